"""Review dk of the line-reshaping passes merged in rounds d–di: ordinary texts they mishandled, and long lines."""

from tenders.extractor.normalize import (
    box_arrows_blanked,
    close_of_business_defined,
    normalize_line,
    noted_cells_filled,
)
from tenders.extractor.scoring import SHAPES
from tests.extractor_found import found


def test_close_of_business_defined_many_times_on_one_line_is_read_in_one_pass():
    # (a notice run onto one line with its definition repeated on every page: no recursion per definition)
    line = "Close of business means 5 p.m. Japan time. Bids are due by close of business on May 20, 2027. " * 3000
    (read,) = close_of_business_defined(line, [line])
    assert read.count("Close of business means 5 p.m.") == 3000
    assert read.count("due by 17:00 on May 20") == 3000


def test_a_full_width_bar_between_katakana_cells_of_a_table_parts_them():
    # (the bar read as a long vowel only in vertical text run on (「町ホ｜ムペ｜ジに掲載」), not between a table's cells)
    assert normalize_line("｜6月1日｜プレゼンテーション｜オンライン｜") == "|6月1日|プレゼンテーション|オンライン|"
    assert normalize_line("町ホ｜ムペ｜ジに掲載する") == "町ホームページに掲載する"
    text = "２ 日程\n｜手続｜日時｜方法｜\n｜ヒアリング｜令和8年6月10日(水)午後2時｜オンライン｜\n"
    assert ("hearing", "2026-06-10", "14:00", "datetime") in found(text)


def test_a_notes_hours_that_last_are_no_clock():
    # (「17h」 after a day is its hour, round df's; 「2h程度」「24h以内」 say how long)
    assert normalize_line("説明会 5/27(水) 2h程度") == "説明会 5/27(水) 2h程度"
    assert normalize_line("回答 6/3(水) 24h以内") == "回答 6/3(水) 24h以内"
    assert normalize_line("質問〆 5/31(月)17h") == "質問〆 5/31(月)17時"


def test_a_tables_cell_marked_with_an_asterisk_reads_its_note_alone():
    # (「*2」 is a note's mark as 「※2」 is: read without a 「※」 or 「注」 elsewhere in the text)
    lines = ["| 3 | 質問への回答 | *2 |", "", "*2 2025年9月18日(木)までに、ウェブサイトに掲載する。"]
    assert noted_cells_filled(lines)[0] == "| 3 | 質問への回答 | 2025年9月18日(木)までに、ウェブサイトに掲載する |"


def test_a_third_of_a_month_spaced_apart_is_not_read_as_cut_short():
    # (「結果 7月上」 is a note's 7月上旬, round df's; 「9月下 旬」 is 下旬 spaced by a PDF's text layer, its 旬 there)
    assert "旬 旬" not in normalize_line("(2) 契約 令和8年9月下 旬")
    assert normalize_line("結果 7月上") == "結果 7月上旬"


def test_a_box_arrow_is_blanked_in_a_long_notice_too():
    # (the pass had stood aside past 5000 lines; its per-line check is cheap at any length)
    lines = ["本文の行です。"] * 6000 + ["│ 質問書の提出 │◀────┘"]
    blanked = box_arrows_blanked(lines)
    assert blanked is not None and blanked[-1].rstrip() == "│ 質問書の提出 │"
    assert box_arrows_blanked(["本文の行です。"] * 10) is None


_SPACED_WINDOW = (
    "1 件名 庁舎清掃業務委託\n"
    + "2 参加資格 （1）地方自治法施行令第167条の4の規定に該当しない者であること。 （2）市の入札参加資格者名簿に登録"
    "されている者であること。 （3）過去5年以内に同種業務の実績を有する者であること。 "
    * 3
    + "\n3 日程\n（1）参加申込期間\n・2026年6月 1日 ～ 10日 まで（土日を除く）\n（2）企画提案書の提出期限\n"
    "・2026年6月 24日 正午\n4 その他\n本件に関する問合せは総務課まで。"
)


def test_a_window_spaced_apart_after_a_bullet_is_no_calendar_run_onto_one_line():
    # (round dh's calendar 「■令和8年6月 　 1日(月)　質問締切 　12日(金)　…」 is cut before each day; a window
    # 「・2026年6月 1日 ～ 10日 まで」 is not cut before its end)
    want = [("application", "2026-06-10", None, "date"), ("submission", "2026-06-24", "12:00", "datetime")]
    assert found(_SPACED_WINDOW) == want
    assert found(SHAPES["one-line"](_SPACED_WINDOW)) == want
