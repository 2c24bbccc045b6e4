"""Change notices read as their change-notice rule says: a 新旧対照表 set with spaces by a PDF's text layer (its
items parted by blank lines, the rows that read the same in both columns restated, the rows of a new step on the
left alone), and an old date told after 「当初」 in a clause that turns to the new one."""

import datetime as dt
import unicodedata

from tenders.extractor.change_notices import old_plan_told
from tests.extractor_found import one_line, steps

SPACE = "\u3000"


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def _row(left: str, right: str = "", column: int = 44) -> str:
    """A row of a two-column table as pdftotext -layout sets it: the left cell padded with spaces to the right one."""
    return left + " " * (column - _width(left)) + right if right else left


def _both(cell: str) -> str:
    return _row(cell, cell)


_HEADS = _row(SPACE * 5 + "変" + SPACE + "更" + SPACE + "後", SPACE * 5 + "変" + SPACE + "更" + SPACE + "前")

# a 新旧対照表 of a 募集要項 (full-width digits, as the PDF prints them): a date moved, dates restated, a step added
COMPARISON = "\n".join(
    [
        "鶴見台市立図書館指定管理者募集要項の一部変更について",
        "",
        "　令和９年５月１日に公表した募集要項について、別紙新旧対照表のとおり変更します。",
        "",
        "別紙",
        "",
        "　　　　　　　　　　新旧対照表",
        "",
        _HEADS,
        "",
        _both("２　指定期間"),
        _both("　令和１０年４月１日から令和１５年３月３１日ま"),
        _both("　で"),
        "",
        _both("８　日程"),
        _both("⑴　施設見学会"),
        _row("　　令和９年５月２８日（金）午後２時から", "　　令和９年５月２１日（金）午後２時から"),
        _both("⑵　質問の受付"),
        _both("　　令和９年６月４日（金）午後５時まで"),
        "⑶　見学会に関する質問の受付",
        "　　令和９年６月１１日（金）午後５時まで",
        _row("⑷　申請書類の受付", "⑶　申請書類の受付"),
        _both("　　令和９年６月２５日（金）午後５時まで"),
        _both("⑸　選定結果の通知"),
        _both("　　令和９年８月上旬"),
        _both("⑹　基本協定の締結"),
        _both("　　令和１０年１月以降"),
        "",
        "－２－",
        "",
    ]
)

NEW_AND_MOVED = [
    ("other", dt.date(2027, 5, 28), dt.time(14, 0), "datetime"),
    ("question", dt.date(2027, 6, 11), dt.time(17, 0), "datetime"),
]


def test_a_spaced_comparison_table_goes_on_past_the_blank_line_between_its_items():
    """The rows under 「８　日程」, a blank line below the heads' first item: the moved date and the new step only,
    the rows that read the same in both columns (a day, a part of a month, a month alone) restated."""
    assert steps(COMPARISON) == NEW_AND_MOVED
    # (a blank line under the table's last row, then prose: the table has ended, the prose's step is read)
    text = COMPARISON.replace(
        "－２－", "提出先　鶴見台市教育委員会\n\n　なお、申請書類の受付は令和９年７月２日（金）午後５時までとします。"
    )
    assert steps(text) == [*NEW_AND_MOVED, ("submission", dt.date(2027, 7, 2), dt.time(17, 0), "datetime")]


def test_a_spaced_comparison_table_run_onto_one_line_keeps_its_heads_and_its_new_rows():
    """Run onto one line: the heads' line indented with full-width spaces, the new step's lines after a right cell
    with no padding of their own, the page's foot after the last row."""
    assert steps(one_line(COMPARISON)) == NEW_AND_MOVED


def test_an_old_date_told_after_touki_in_a_clause_that_turns_is_no_milestone():
    text = (
        "審査日程の変更について\n\n鶴見台市\n\n"
        "　審査結果は当初令和９年７月下旬に通知する予定としていましたが、提出期限を変更したため、令和９年８月上旬に通知する予定です。\n"
    )
    assert steps(text) == [("result", dt.date(2027, 8, 1), None, "early_month")]
    assert steps(text.replace("\n", " ")) == [("result", dt.date(2027, 8, 1), None, "early_month")]


def test_a_date_after_touki_told_as_standing_or_moved_in_its_own_words_is_no_old_date():
    assert old_plan_told("審査結果は当初7月下旬の予定どおり通知します。提出期限は8月2日に変更します。") == []
    assert old_plan_told("説明会は当初7月3日から7月10日に変更しましたが、会場は同じです。") == []
    assert old_plan_told("説明会は当初7月3日に開催する予定でしたが、7月10日に開催します。") == [(4, 20)]
