"""Review rv4: the time a spaced row's cell holds, read by one helper for the wrapped line below and the joined line."""

import datetime as dt

from tenders.extractor.extract import cell_time
from tests.extractor_found import steps


def test_a_cell_holding_a_time_and_nothing_else_gives_the_time():
    assert cell_time("午後5時まで") == dt.time(17, 0)
    assert cell_time("正午(必着)") == dt.time(12, 0)
    assert cell_time("13:30") == dt.time(13, 30)


def test_a_cell_with_other_words_or_none_gives_no_time():
    assert cell_time("午後5時から受付") is None
    assert cell_time("10時間") is None
    assert cell_time("町役場3階") is None
    assert cell_time("") is None


ROWS = [
    "4 日程",
    "  参加申込書の提出期限      令和9年6月9日(水)          企画課(持参に限る)",
    "                              正午(必着)",
    "  説明会                    令和9年6月14日(月)         町役場3階",
    "                              午後1時30分                 第1会議室",
]


def test_the_wrapped_line_below_and_the_joined_line_read_the_same_cell_times():
    expected = [
        ("application", dt.date(2027, 6, 9), dt.time(12, 0), "datetime"),
        ("other", dt.date(2027, 6, 14), dt.time(13, 30), "datetime"),
    ]
    assert steps("\n".join(ROWS)) == expected
    assert steps(" ".join(ROWS)) == expected
