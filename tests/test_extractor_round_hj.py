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


def test_a_row_copied_from_a_pdf_with_single_spaces_gives_the_time_wrapped_under_its_date():
    text = (
        "(2) 日程\n"
        "項目 日時 備考\n"
        "参加申込書に関する質問 令和9年4月6日（火） メールに限る\n"
        "の受付期限 午後3時 （様式第２号）\n"
    )
    assert steps(text) == [("question", dt.date(2027, 4, 6), dt.time(15, 0), "datetime")]


def test_a_rows_name_whole_on_its_line_leaves_the_wrapped_time_first():
    text = "(2) 日程\n" "項目 日時 備考\n" "開札 令和9年4月20日（火） 町役場\n" "午後2時 ２階 会議室\n"
    assert steps(text) == [("other", dt.date(2027, 4, 20), dt.time(14, 0), "datetime")]
