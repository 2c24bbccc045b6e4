"""A notice that arrives as one line (round bc): outline markers the re-lining now knows — an item 「2.」 whose
heading is spaced out (「2.　件　　名」), Roman-numeral headings (「Ⅰ」「Ⅱ」), chapters 「第1章」 — begin lines again,
so that each date keeps the heading of its own item."""

from tenders.extractor.relining import LONG_LINE, cut_points
from tests.extractor_found import found

PREAMBLE = (
    "本市では、次のとおり業務を委託する事業者を公募型プロポーザル方式により選定しますので、参加を希望する事業者は"
    "実施要領及び仕様書を熟読の上、必要な書類を提出してください。なお、提出書類の作成に要する費用は提出者の負担と"
    "し、提出された書類は返却しません。本件に関する問合せは、担当課へ電子メールにより行ってください。"
)


def one_line(*parts: str) -> str:
    text = " ".join(parts)
    assert len(text) > LONG_LINE and "\n" not in text
    return text


def pieces(line: str) -> list[str]:
    points = cut_points(line)
    return [line[a:b].strip() for a, b in zip([0, *points], [*points, len(line)])]


# --- a heading spaced out after an item's number ---------------------------------------------------------


def test_an_item_whose_heading_is_spaced_out_begins_a_line():
    line = "1.　入札番号　　R8委第45号  2.　件　　名　　庁舎清掃業務委託  3.　履行場所　　本庁舎"
    assert pieces(line) == ["1.　入札番号　　R8委第45号", "2.　件　　名　　庁舎清掃業務委託", "3.　履行場所　　本庁舎"]


def test_quantities_after_a_number_stay_no_markers():
    line = "1. 概要 見本 2 件 及び 3.5 件分 2. 日程"
    assert [line[at:].split()[0] for at in cut_points(line)] == ["2."]


# --- Roman-numeral headings -------------------------------------------------------------------------------


def test_roman_numeral_headings_begin_lines_in_sequence():
    line = "Ⅰ 目的 本業務の目的を定める。 Ⅱ 概要 Ⅲ 日程 Ⅴ 以下略"  # (Ⅴ out of sequence: no heading)
    assert pieces(line) == ["Ⅰ 目的 本業務の目的を定める。", "Ⅱ 概要", "Ⅲ 日程 Ⅴ 以下略"]


def test_each_deadline_keeps_its_own_roman_numbered_heading():
    text = one_line(
        "Ⅰ 趣旨",
        PREAMBLE,
        PREAMBLE,
        "Ⅱ 質問の受付及び回答 1 質問の受付 受付期限：令和8年5月1日(金) 15時00分 2 回答 回答期限：令和8年5月12日(火)"
        " ※休日は回答が遅れることがある。",
        "Ⅲ 参加申込 提出期限：令和8年5月8日(金) 15時00分 提出方法：電子メール",
        "Ⅳ 企画提案書の提出 提出期限：令和8年5月22日(金) 15時00分 必着",
        "Ⅴ 問合せ先 総務課 電話 000-0000-0000",
    )
    assert found(text) == [
        ("question", "2026-05-01", "15:00", "datetime"),
        ("application", "2026-05-08", "15:00", "datetime"),
        ("answer", "2026-05-12", None, "date"),
        ("submission", "2026-05-22", "15:00", "datetime"),
    ]


# --- chapters 「第1章」 ------------------------------------------------------------------------------------


def test_chapters_begin_lines_in_sequence():
    line = "第1章　総則 本要領は手続を定める。 第2章　日程 第167条 の規定 第3章　提出先"
    assert pieces(line) == ["第1章　総則 本要領は手続を定める。", "第2章　日程 第167条 の規定", "第3章　提出先"]
