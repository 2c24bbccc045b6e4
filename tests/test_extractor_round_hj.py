"""Round hj: a table row wrapped over two lines, the time of its date on the wrapped line under the date's cell."""

import datetime as dt

from tests.extractor_found import steps


def test_a_pipe_tables_wrapped_row_gives_a_time_with_its_note_in_brackets():
    text = (
        "日程は次のとおりとする。\n"
        "| 番号 | 内容 | 期日 |\n"
        "|---|---|---|\n"
        "| 1 | 入札書の提出期限 | 令和9年3月9日(火) |\n"
        "|  | (郵送に限る) | 午後4時まで(必着) |\n"
    )
    assert steps(text) == [("submission", dt.date(2027, 3, 9), dt.time(16, 0), "datetime")]
