"""Times that stand on the line under their date, in a notice that arrives as one line (every line break a space)."""

import datetime as dt

from tests.extractor_found import steps


def test_a_time_wrapped_in_the_date_cell_of_a_spaced_row_is_read_after_the_next_cell_in_one_line():
    rows = [
        "4 日程",
        "  参加申込書の提出期限      令和9年6月9日(水)          企画課(持参に限る)",
        "                              午後5時まで",
        "  説明会                    令和9年6月14日(月)         町役場3階",
        "                              午後1時30分                 第1会議室",
        "  契約締結(予定)            令和9年7月上旬",
    ]
    assert steps(" ".join(rows)) == [
        ("application", dt.date(2027, 6, 9), dt.time(17, 0), "datetime"),
        ("other", dt.date(2027, 6, 14), dt.time(13, 30), "datetime"),
        ("contract", dt.date(2027, 7, 1), None, "early_month"),
    ]
    assert steps("\n".join(rows)) == steps(" ".join(rows))
