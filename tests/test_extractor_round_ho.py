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
