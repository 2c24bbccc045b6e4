"""Kinds of steps: the vote of a council that turns a provisional contract into the final one (each test a few
lines written for its class)."""

from tests.extractor_found import found


def test_a_provisional_contract_made_final_by_the_councils_vote_dates_the_vote():
    text = (
        "入札公告\n"
        "1 開札 令和9年5月20日（木）午前10時\n"
        "2 落札者とは令和9年5月下旬に仮契約を締結する。\n"
        "3 仮契約は、令和9年6月市議会定例会において議決を得たときに本契約として成立する。\n"
    )
    assert ("other", "2027-06-01", None, "month") in found(text)
    assert ("contract", "2027-06-01", None, "month") not in found(text)
    text = (
        "入札公告\n"
        "1 開札 令和9年5月20日（木）午前10時\n"
        "2 本件は議会の議決を要するため、令和9年6月町議会定例会に議案を提出し、その議決を経た後に本契約とする。\n"
    )
    assert ("other", "2027-06-01", None, "month") in found(text)


def test_the_selection_committees_first_review_on_paper_is_no_hearing():
    text = (
        "公募型プロポーザル実施要領\n"
        "(1) 企画提案書の提出期限は令和9年7月9日（金）午後5時とする。\n"
        "(2) 応募者が多数の場合は、選定委員会において提案書による書類審査を令和9年7月中旬に行う。\n"
        "(3) 選定委員会による第１次審査を令和9年7月下旬に行い、プレゼンテーションは8月5日（木）に行う。\n"
    )
    steps = found(text)
    assert ("other", "2027-07-01", None, "mid_month") in steps
    assert ("other", "2027-07-01", None, "late_month") in steps
    assert not [s for s in steps if s[0] == "hearing" and s[1] == "2027-07-01"]


def test_a_bare_sign_up_under_an_event_just_named_is_the_events():
    text = (
        "質問に対する回答書\n"
        "【回答】\n"
        "　次のとおり施設見学会を開催します。参加を希望する者は、参加申込みをしてください。\n"
        "　（１）日時　令和９年４月２０日（火）１４時から\n"
        "　（２）参加申込み　令和９年４月１６日（金）１７時までに電子メールで申し込むこと。\n"
    )
    assert ("other", "2027-04-16", "17:00", "datetime") in found(text)
    text = (
        "Pre-bid meeting: Will be held online.\n"
        "Venue: Online. Register by e-mail to the contact point no later than 3 May 2027, 12:00 hrs.\n"
    )
    assert ("other", "2027-05-03", "12:00", "datetime") in found(text)
    text = "説明会　令和９年４月１２日（月）\n参加申込書の提出期限　令和９年４月１６日（金）１７時\n"
    assert ("application", "2027-04-16", "17:00", "datetime") in found(text)
