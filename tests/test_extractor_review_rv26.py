"""Review rv26: super-linear paths on a repeated device, each made linear with the same reading (measured by the
bench's adversarial devices 「window tables under one header each」「an event's days on a long line」「a change key on a
long line」, not here): a table's header whose start and end columns are read no longer looks through the tables under
later headers of the same columns; a line's cells split once, not once per pair of days on it; a dump's line set aside
before its words are looked through, not once per date on it. What a bid team relies on, unchanged:"""

import datetime as dt

from tests.extractor_found import steps

HEAD = "No\t項目\t開始日\t終了日\n"


def test_two_tables_under_the_same_window_header_each_close_on_their_end_day():
    text = (
        "公募型プロポーザル\n"
        + HEAD
        + "1\t参加申込書の受付\t2027/6/1\t2027/6/11\n\n"
        + HEAD
        + "1\t企画提案書の受付\t2027/7/1\t2027/7/9\n"
    )
    assert steps(text) == [
        ("application", dt.date(2027, 6, 11), None, "date"),
        ("submission", dt.date(2027, 7, 9), None, "date"),
    ]


def test_an_event_on_two_days_in_a_tables_cell_is_one_event_on_the_first():
    text = "公募型プロポーザル\nプレゼンテーション審査\t令和9年7月5日(月)及び7月6日(火)\n"
    assert [(kind, day) for kind, day, *_ in steps(text)] == [("hearing", dt.date(2027, 7, 5))]


def test_an_old_value_keyed_before_its_date_gives_way_to_the_new():
    text = (
        "公募型プロポーザル 日程変更\n入札書の提出期限\n（変更前）令和9年6月4日（金）午後5時\n"
        "（変更後）令和9年6月11日（金）午後5時\n"
    )
    assert steps(text) == [("submission", dt.date(2027, 6, 11), dt.time(17, 0), "datetime")]
