"""Devices of layout and wording the extractor learned in round oh: each test a few invented lines written for its
device."""

from tests.extractor_found import found, one_line

# --- an event held on the days a row's cell lists, its hour in the next cell ----------------------------------------


def test_a_site_visit_on_listed_days_starts_at_the_hour_the_next_cell_gives_each_day():
    text = (
        "スケジュール\n"
        "No.\t項目\t日時\t備考\n"
        "2\t現地調査\t2027年6月14日（月）、15日（火）\t各日10時00分から（1者あたり60分）\n"
        "3\t質問の受付期限\t2027年6月18日（金）17時00分\t電子メール\n"
    )
    expected = [
        ("other", "2027-06-14", "10:00", "datetime"),
        ("question", "2027-06-18", "17:00", "datetime"),
    ]
    assert found(text) == expected
    assert found(one_line(text)) == expected
    text = (
        "項目\t日程\t備考\n"
        "現地確認\t令和9年9月6日(月)・7日(火)\t両日とも午後1時30分から\n"
        "企画提案書の提出期限\t令和9年9月24日(金)正午\t持参\n"
    )
    assert found(text) == [
        ("other", "2027-09-06", "13:30", "datetime"),
        ("submission", "2027-09-24", "12:00", "datetime"),
    ]
    text = "日程\n説明会\t9月2日(木)及び3日(金)\tいずれも午前10時から\n令和9年度 業務委託\n"
    assert found(text)[0][2:] == ("10:00", "datetime")


# --- the qualification-review papers a bidder hands in are its application -------------------------------------------


def test_qualification_review_papers_are_the_application_as_a_qualification_check_is():
    text = "(2) 落札候補者は、資格審査書類を令和9年6月2日(水)午後5時までに契約課へ持参により提出すること。\n"
    assert found(text) == [("application", "2027-06-02", "17:00", "datetime")]
    assert found(one_line(text)) == found(text)
    text = "参加資格審査書類の提出期限　2027年10月8日（金）正午（郵送の場合は必着）\n"
    assert found(text) == [("application", "2027-10-08", "12:00", "datetime")]
    text = "・資格審査資料の提出　令和9年7月16日（金）17時まで\n"
    assert found(text) == [("application", "2027-07-16", "17:00", "datetime")]
