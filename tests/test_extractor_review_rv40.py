"""Review rv40 of the devices added since 96e6dd4e, timed on long texts: a schedule drawn sideways whose cells one
space parts (round oi's), run onto one line, has its rows found from each row of dates by reading a few words back and
on (each row of dates had split the whole line before it again, each row after it copied the rest of the line: a line
of many such tables quadratic), and its date cell read as a word up to its first digit (a long word of digits after
「日付」 had been tried at each of its digits). The outputs stay as they were."""

import time

from tenders.extractor.normalize import day_in_figures, sideways_cell
from tenders.extractor.relining import sideways_spaced_rows
from tests.extractor_found import found

ROWS = "項目 公告 質問受付期限 回答 契約締結\n日付 R9.5.10 R9.5.19 R9.6.1 R9.7中旬\n曜日 (月) (水) (金) ―\n時刻 ― 17:00 17:00 ―\n※備考です。\n"


def test_a_sideways_tables_rows_on_one_line_begin_where_they_did():
    assert sideways_spaced_rows("令和9年度 日程 " + ROWS.replace("\n", " "), []) == [9, 30, 63, 80, 99]
    assert sideways_spaced_rows("\u3000" + ROWS.replace("\n", " ") * 2, []) == [1, 22, 55, 72, 91, 98, 119, 152, 169, 188]
    assert sideways_spaced_rows("項目 公告 質問受付期限 回答x" + "あ" * 20 + " 日付 R9.5.10 R9.5.19 R9.6.1", []) == []


def test_a_sideways_table_is_read_as_before():
    assert found("令和9年度 港湾調査業務 公募型プロポーザル 日程\n" + ROWS) == [
        ("published", "2027-05-10", None, "date"),
        ("question", "2027-05-19", "17:00", "datetime"),
        ("answer", "2027-06-01", "17:00", "datetime"),
        ("contract", "2027-07-01", None, "mid_month"),
    ]


def test_a_long_word_of_digits_after_a_date_rows_name_is_read_once():
    started = time.process_time()
    assert sideways_spaced_rows(("日付 " + "1" * 50_000 + "\u3000x ") * 3, []) == []
    assert time.process_time() - started < 2  # (tried at each of its digits: minutes)


def test_the_shared_cell_and_day_tests():
    assert [day_in_figures(word) for word in ("8月3日", "R9.5.10", "H30.4上旬", "―", "令和9年5月1日")] == [
        True,
        True,
        True,
        False,
        False,
    ]
    assert [sideways_cell(word) for word in ("公告", "", "あ" * 17, "提出。")] == [True, False, False, False]
