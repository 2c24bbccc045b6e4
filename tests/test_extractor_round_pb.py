"""Round pb: change tables on one line. A text that is one line, all of it (a short change notice's page run together),
is put back on its lines however short, so its table of 変更前／変更後 (旧／新, 誤／正, Original／Amended) and its restated
schedule's marks read as written; a table drawn with inner bars and a rule of joints has each row (a continuation row
its own) a line again; an English row 「…: No change」 ends before the next row's key. Each test a few lines written for its device (none copied from the development set)."""

import pytest

from tenders.extractor.relining import en_unchanged_row_end_breaks, open_box_rows, relined
from tests.extractor_found import found, one_line

TIDE = ("submission", "2027-09-14", "16:00", "datetime")


def both(text: str) -> list[tuple]:
    as_written = found(text)
    assert found(one_line(text)) == as_written
    return as_written


# --- a short change notice run onto one line ---------------------------------------------------------------------

SHORT_TABLES = {
    "teisei-pipe": (
        "| 区分 | 訂正前 | 訂正後 |\n"
        "| 見積書の提出期限 | 2027年9月7日（火）16時 | 2027年9月14日（火）16時 |\n"
        "| 質問の期限 | 2027年8月31日（火）12時 | 訂正なし |\n"
    ),
    "kyu-shin-tabs": (
        "事項\t旧\t新\n見積書の提出期限\t2027年9月7日（火）16時\t2027年9月14日（火）16時\n"
        "質問の期限\t2027年8月31日（火）12時\t2027年8月31日（火）12時\n"
    ),
    "go-sei-pipe": ("| ページ | 箇所 | 誤 | 正 |\n| 4 | 見積書の提出期限 | 2027年9月7日（火）16時 | 2027年9月14日（火）16時 |\n"),
}


@pytest.mark.parametrize("body", SHORT_TABLES.values(), ids=SHORT_TABLES.keys())
def test_a_short_change_notice_on_one_line_reads_its_table(body):
    text = f"潮見町庁舎清掃業務の見積合わせの日程訂正について\n\n標記について、次のとおり訂正します。\n\n{body}"
    assert len(one_line(text)) < 400  # (shorter than a line a notice is never written in)
    assert both(text) == [TIDE]


def test_a_short_restated_schedule_on_one_line_keeps_its_mark():
    text = (
        "潮見町庁舎清掃業務の日程変更について\n\n令和9年8月2日付けで公告した標記業務について、日程を次のとおり変更します。\n\n"
        "変更後の日程（◆印が変更箇所）\n"
        "　質問の期限　2027年8月31日（火）12時\n◆見積書の提出期限　2027年9月14日（火）16時\n"
    )
    assert both(text) == [TIDE]


def test_a_line_of_a_sentence_or_two_is_left_as_it_is():
    sentence = "見積書の提出期限を2027年9月14日（火）16時に変更します。なお、質問の期限に変更はありません。"
    assert relined(sentence) is None
    assert found(sentence) == [TIDE]


def test_a_short_text_without_a_tables_mark_is_left_one_line():
    text = "潮見町庁舎清掃業務の日程（当初 → 変更後）\n見積書の提出期限\n　2027年9月7日（火）16時 → 2027年9月14日（火）16時\n"
    assert relined(one_line(text)) is None  # (one head word alone, 「変更後」: a heading's, no table's columns)


# --- a table drawn with inner bars and a rule of joints ------------------------------------------------------------

BOXED = (
    "番号│手続　　　　　　　　│期日　　　　　　　　　　│区分\n"
    "――┼――――――――――┼――――――――――――┼――\n"
    " 1│質問の期限　　　　　│2027/08/31(火) 12:00　 │済\n"
    " 2│見積書の提出期限　　│2027/09/14(火) 16:00　 │変\n"
    "　│（持参又は郵送）　　│　　　　　　　　　　　　│\n"
    " 3│開札　　　　　　　　│2027/09/16(木) 10:00　 │変\n"
)


def test_a_table_of_inner_bars_on_one_line_has_its_rows_back():
    line = one_line(BOXED)
    rows = open_box_rows(line, [])
    assert [line[a:b].rstrip() for a, b in zip([0, *rows], [*rows, len(line)])] == BOXED.rstrip("\n").split("\n")


def test_a_table_of_inner_bars_reads_the_same_on_one_line():
    text = "潮見町庁舎清掃業務　日程の変更\n\n【区分】 済＝終了　変＝変更\n\n" + BOXED
    assert ("submission", "2027-09-14", "16:00", "datetime") in both(text)


def test_bars_without_a_rule_of_joints_are_no_such_table():
    line = "質問│2027/08/31 12:00 提出│2027/09/14 16:00"
    assert open_box_rows(line, [5]) == [5]


# --- an English row of no change -----------------------------------------------------------------------------------


@pytest.mark.parametrize("status", ["No change", "Unchanged", "No changes"])
def test_an_english_row_of_no_change_ends_before_the_next_key(status):
    text = (
        "Corrigendum No. 2: Cleaning Services, Shiomi Town Hall\n\n"
        "The Request for Quotations issued by the General Affairs Division of Shiomi Town is corrected as set out below. "
        "Suppliers who have already submitted a quotation may withdraw it and submit a new one before the new deadline; "
        "all other terms and conditions of the Request for Quotations remain in force.\n\n"
        f"Site visit: {status}\nDeadline for quotations: 4:00 p.m., 14 September 2027 (previously 7 September 2027)\n"
    )
    assert len(one_line(text)) > 400  # (a page run together; a short text of key rows is left one line)
    assert both(text) == [TIDE]


def test_a_word_of_no_change_in_a_sentence_ends_no_row():
    line = "The site visit is unchanged. Deadline: Unchanged by this notice"
    assert en_unchanged_row_end_breaks(line, []) == []
