"""Corrections given as 「誤）…」 / 「正）…」 lines (not a table): the words between the mark and the date."""

import datetime as dt

from tests.extractor_found import steps


def test_a_window_end_mark_between_the_version_mark_and_the_date():
    text = (
        "技術提案の日程の訂正について\n"
        "先日お知らせした日程に誤りがありましたので、次のとおり訂正します。\n"
        "・参加表明書の提出\n"
        "　誤）～2027/2/5(金) 17:00\n"
        "　正）～2027/2/9(火) 17:00\n"
        "・技術提案書の提出\n"
        "　誤）～2027/2/19(金) 正午\n"
        "　正）～2027/2/24(水) 正午\n"
    )
    assert steps(text) == [
        ("application", dt.date(2027, 2, 9), dt.time(17, 0), "datetime"),
        ("submission", dt.date(2027, 2, 24), dt.time(12, 0), "datetime"),
    ]


def test_a_time_corrected_on_the_same_day_with_the_steps_name_after_the_mark():
    text = (
        "【訂正】入札日程のご案内\n"
        "先にお送りした入札のご案内のうち、開札の時刻に誤りがありました。次のとおり訂正します。\n"
        "\n"
        "誤）開札日時　令和9年3月10日（水）午後2時\n"
        "正）開札日時　令和9年3月10日（水）午後2時30分\n"
    )
    assert steps(text) == [("other", dt.date(2027, 3, 10), dt.time(14, 30), "datetime")]
