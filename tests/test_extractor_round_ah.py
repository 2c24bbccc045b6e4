"""A whole notice on one line (a PDF text layer, a portal page copied without its line breaks): a schedule
written date first still gives each date the step written after it."""

import datetime as dt

from tests.extractor_found import steps


def test_a_date_first_schedule_under_a_schedule_heading_on_one_line():
    # 「選定スケジュール」 names no step of the first date: the words after each date do
    text = (
        "■ 選定スケジュール 2027年4月5日(月) 公募開始 2027年4月12日(月) 質問締切(17:00) "
        "2027年4月16日(金) 質問への回答 2027年4月26日(月) 企画提案書提出締切(17:00)"
    )
    found = steps(text)
    assert ("published", dt.date(2027, 4, 5), None, "date") in found
    assert ("question", dt.date(2027, 4, 12), dt.time(17, 0), "datetime") in found
    assert ("submission", dt.date(2027, 4, 26), dt.time(17, 0), "datetime") in found


def test_one_step_of_no_kind_does_not_undo_a_date_first_schedule():
    # 「業務開始」 names no kind: the other steps still read the words after their dates
    text = (
        "■ 日程 2027年4月5日(月) 公募開始 2027年4月12日(月) 質問締切(17:00) "
        "2027年4月26日(月) 企画提案書提出締切(17:00) 2027年5月下旬 契約締結 2027年6月1日(火) 業務開始"
    )
    found = steps(text)
    assert ("question", dt.date(2027, 4, 12), dt.time(17, 0), "datetime") in found
    assert ("submission", dt.date(2027, 4, 26), dt.time(17, 0), "datetime") in found
    assert not any(kind == "published" and day == dt.date(2027, 4, 12) for kind, day, *_ in found)


def test_keys_that_ask_for_the_date_after_them_stay_label_first():
    # a portal's 「公告日 … 質問受付期限 …」: each key's date is the one after it
    text = (
        "案件名称 庁舎清掃業務 公告日 2028/02/14 質問受付期限 2028/02/22 17:00 質問回答予定日 2028/02/25 "
        "入札書受付締切日時 2028/03/02 17:00 開札予定日時 2028/03/06 10:00 最終更新日時 2028/02/14 13:45"
    )
    found = steps(text)
    assert ("question", dt.date(2028, 2, 22), dt.time(17, 0), "datetime") in found
    assert ("answer", dt.date(2028, 2, 25), None, "date") in found


def test_the_year_before_the_first_date_of_a_schedule_on_one_line():
    # 「2027年(令和9年)」 stood on a line of its own above the year-less dates
    text = (
        "3 選定スケジュール 2027年(令和9年)   7月5日(月) 公募開始 7月14日(水) 質問受付締切(17時) "
        "7月28日(水) 参加表明書提出締切(17時必着)"
    )
    found = steps(text)
    assert all(day.year == 2027 for _, day, *_ in found)
    assert any(day == dt.date(2027, 7, 14) for _, day, *_ in found)
