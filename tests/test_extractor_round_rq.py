"""Schedules whose rows a text on one line runs together (round rq): a PDF's pages each run onto one line, however short
a page, and a table whose rows rules drawn across part, a row's cells wrapped onto a second line."""

from tenders.extractor.relining import relined, ruled_row_cuts
from tests.extractor_found import found, one_line

# --- a PDF's pages, each run onto one line --------------------------------------------------------------------

_PAGED = (
    "業務委託 公募型プロポーザル実施要領\n"
    "第５ 日程\n"
    "本プロポーザルは、次の日程により実施する。\n"
    "- 2 -\f"
    "項目\n"
    "日程\n"
    "実施要領の公表\n"
    "質問の受付期限\n"
    "参加表明書の提出期限\n"
    "企画提案書の提出期限\n"
    "プレゼンテーション審査\n"
    "令和９年５月６日（木）\n"
    "令和９年５月１３日（木）午後５時\n"
    "令和９年５月２１日（金）午後５時\n"
    "令和９年６月４日（金）正午\n"
    "令和９年６月１５日（火）\n"
    "- 3 -\f"
    "第６ その他\n"
    "提出書類は返却しない。\n"
)


def test_a_short_page_of_a_table_read_by_its_columns_is_cut_back_into_its_cells():
    text = one_line(_PAGED)
    assert "\n" not in text and text.count("\f") == 2
    lines = relined(text)[0].splitlines()
    assert "令和９年５月１３日（木）午後５時" in lines and "質問の受付期限" in lines
    assert (
        found(text)
        == found(_PAGED)
        == [
            ("published", "2027-05-06", None, "date"),
            ("question", "2027-05-13", "17:00", "datetime"),
            ("application", "2027-05-21", "17:00", "datetime"),
            ("submission", "2027-06-04", "12:00", "datetime"),
            ("hearing", "2027-06-15", None, "date"),
        ]
    )


def test_a_text_of_short_lines_with_a_page_break_is_left_as_written():
    text = "実施要領\n質問の受付期限 令和９年５月１３日（木）午後５時\n- 1 -\f第２ その他\n提出書類は返却しない。\n"
    assert relined(text) is None  # (a page's lines as written: no line run together, none cut)
    assert found(text) == [("question", "2027-05-13", "17:00", "datetime")]


# --- a table whose rows are parted by rules, a row wrapped onto a second line ------------------------------------

_RULE = "  " + "―" * 50 + "\n"
_RULED = (
    "一般競争入札公告\n"
    "令和9年5月10日\n"
    "１ 入札日程等\n"
    + _RULE
    + "  項 目                    期 間 ・ 日 時                 場所・方法\n"
    + _RULE
    + "  入札説明書の交付         自 令和9年5月10日(月)          市ホームページに掲載\n"
    + "                           至 令和9年5月21日(金) 午後5時  (契約課でも交付)\n"
    + _RULE
    + "  入札説明書に対する       自 令和9年5月10日(月)          電子メール\n"
    + "  質問の受付               至 令和9年5月14日(金) 午後5時  (質問書 様式第2号)\n"
    + _RULE
    + "  質問に対する回答         令和9年5月19日(水)             市ホームページに掲載\n"
    + _RULE
    + "  入札書の提出             自 令和9年5月24日(月)          郵便入札\n"
    + "  (郵便入札)               至 令和9年5月28日(金) 午後5時  契約課あて\n"
    + _RULE
    + "  開札                     令和9年6月1日(火) 午前10時     市役所3階 会議室\n"
    + _RULE
    + "２ 入札保証金\n"
    + "免除する。本公告に示した入札参加資格のない者のした入札は無効とする。落札者は最低の価格をもって有効な入札を"
    + "行った者とする。契約の締結は落札決定の通知を受けた日から7日以内とする。\n"
)


def test_a_ruled_rows_second_line_is_its_own_line_again():
    text = one_line(_RULED)
    lines = relined(text)[0].splitlines()
    assert any(line.strip().startswith("質問の受付") and "至 令和9年5月14日(金) 午後5時" in line for line in lines)
    assert any(line.rstrip().endswith("電子メール") and "自 令和9年5月10日(月)" in line for line in lines)
    assert any(line.strip().startswith("至 令和9年5月21日(金)") for line in lines)
    assert any(line.strip().startswith("開札") for line in lines)


def test_a_ruled_tables_steps_are_read_on_one_line_as_written():
    wanted = found(_RULED)
    assert ("question", "2027-05-14", "17:00", "datetime") in wanted
    assert ("answer", "2027-05-19", None, "date") in wanted
    assert found(one_line(_RULED)) == wanted
    assert ("question", "2027-05-10", None, "date") not in wanted  # (the window's first day is no deadline)


def test_posts_between_rules_are_no_table_rows():
    post = "  山田 太郎　2027/05/12(水) 09:14 資料を置きました。提出期限は5月20日(木)です。確認してください。\n"
    text = "チャット 社内の連絡用です。" + "".join("  " + "─" * 20 + "\n" + post for _ in range(4))
    text = one_line(text * 3)
    assert ruled_row_cuts(text) == []
    rows = relined(text)
    assert rows is None or not any(line.strip() == "─" * 20 for line in rows[0].splitlines())


# --- a calendar printed month by month: each month's heading over its grid ----------------------------------------

_WEEK = "│ 日   │ 月   │ 火   │ 水   │ 木   │ 金   │ 土   │\n"
_JOINT = "├──────┼──────┼──────┼──────┼──────┼──────┼──────┤\n"


def _month(heading: str, days: str, marks: str) -> str:
    return (
        heading
        + "\n┌──────┬──────┬──────┬──────┬──────┬──────┬──────┐\n"
        + _WEEK
        + _JOINT
        + days
        + marks
        + "└──────┴──────┴──────┴──────┴──────┴──────┴──────┘\n"
    )


_CALENDAR = (
    "観光案内板作成業務 公募型プロポーザル 手続日程\n\n"
    + _month(
        "2027年（令和9年）9月",
        "│ 12   │ 13   │ 14   │ 15   │ 16   │ 17   │ 18   │\n",
        "│      │      │      │      │      │◆質問 │      │\n│      │      │      │      │      │締切  │      │\n"
        "│      │      │      │      │      │17:00 │      │\n",
    )
    + "\n"
    + _month(
        "2027年（令和9年）10月",
        "│ 3    │ 4    │ 5    │ 6    │ 7    │ 8    │ 9    │\n",
        "│      │      │      │      │      │■提案 │      │\n│      │      │      │      │      │書締切│      │\n"
        "│      │      │      │      │      │正午  │      │\n",
    )
)


def test_each_months_heading_over_its_grid_is_a_line_of_its_own_on_one_line():
    text = one_line(_CALENDAR)
    lines = relined(text)[0].splitlines()
    assert "2027年（令和9年）9月" in lines and "2027年（令和9年）10月" in lines
    assert not any("手続日程" in line and "9月" in line for line in lines)  # (the title's line keeps no month)
    assert lines.index("2027年（令和9年）10月") == lines.index("2027年（令和9年）9月") + 10  # (each grid's rows kept)


def test_a_heading_over_a_drawn_table_that_names_no_month_stays_as_it_was():
    text = one_line(_CALENDAR.replace("2027年（令和9年）9月", "手続の日程は次のとおり"))
    lines = relined(text)[0].splitlines()
    assert "手続の日程は次のとおり" not in lines and "2027年（令和9年）10月" in lines
