"""Round on: a comparison table (新旧対照表) a PDF's text layer sets in fixed-width text, the new column and the old one
on the same lines parted by runs of spaces, cells wrapping over lines, with a narrow first column of the pages each row
stands on (「頁」「ページ」「No.」) before the versions' heads (their letters spread apart by two spaces or more), rules
between its rows, and the steps the change creates alone on their lines beside the old column's 「（新設）」. Only the new
column's dates are read, as written and with the text run onto one line. Each test a short text written for its device
(none copied from the development set)."""

from tests.extractor_found import found, one_line


def both(text: str) -> list[tuple]:
    as_written = found(text)
    assert found(one_line(text)) == as_written
    return as_written


def _width(text: str) -> int:
    return sum(2 if ord(char) > 0x2E7F else 1 for char in text)


def table(heads: tuple[str, str], rows: list[tuple[str, str, str]], name: str = "頁", width: int = 46) -> str:
    """Rows of (page, left cell, right cell) set with spaces under a page column as wide as its name and three spaces,
    each left cell padded to ``width``; a row of 「-」 alone is a rule."""
    pages = _width(name) + 4
    rule = "-" * (pages + width + 36)
    head = " " + name + "   " + heads[0]
    lines = [head + " " * (pages + width - _width(head)) + heads[1], rule]
    for page, left, right in rows:
        if left == "-":
            lines.append(rule)
            continue
        text = " " + page + " " * (pages - 1 - _width(page)) + left
        lines.append(text + (" " * (pages + width - _width(text)) + right if right else ""))
    return "\n".join(lines)


INTRO = (
    "令和9年6月3日\n"
    "七瀬市立郷土資料館展示改修設計業務 公募型プロポーザル参加予定者 各位\n"
    "七瀬市 教育委員会 文化財課長\n"
    "\n"
    "七瀬市立郷土資料館展示改修設計業務公募型プロポーザル実施要領の一部改正について\n"
    "\n"
    "令和9年5月20日に公表した実施要領の一部を、次の新旧対照表のとおり改正しましたので、お知らせします。\n"
    "\n"
    "                         実施要領 新旧対照表\n"
    "                                                                    （下線部は改正箇所）\n"
)

NEW_LEFT_ROWS = [
    ("４", "４　スケジュール", "４　スケジュール"),
    ("", "（１）質問の受付期限", "（１）質問の受付期限"),
    ("", "　令和9年6月14日（月）午後5時", "　令和9年6月10日（木）午後5時"),
    ("", "-", ""),
    ("５", "（２）施設見学会", "（新設）"),
    ("", "　令和9年6月16日（水）午前10時から", ""),
    ("", "　申込　令和9年6月11日（金）正午まで", ""),
    ("", "-", ""),
    ("５", "（３）企画提案書の提出期限", "（２）企画提案書の提出期限"),
    ("", "　令和9年7月2日（金）午後5時", "　令和9年6月25日（金）午後5時"),
    ("", "（４）プレゼンテーション", "（３）プレゼンテーション"),
    ("", "　令和9年7月中旬", "　令和9年7月上旬"),
]

NEW_LEFT_EXPECTED = [
    ("other", "2027-06-11", "12:00", "datetime"),
    ("question", "2027-06-14", "17:00", "datetime"),
    ("other", "2027-06-16", "10:00", "datetime"),
    ("submission", "2027-07-02", "17:00", "datetime"),
    ("hearing", "2027-07-01", None, "mid_month"),
]


def test_page_column_before_spread_heads_new_on_the_left_reads_the_new_column():
    text = INTRO + table(("改　　正　　後", "改　　正　　前"), NEW_LEFT_ROWS)
    assert both(text) == NEW_LEFT_EXPECTED


def test_page_column_named_pages_in_katakana_with_change_heads():
    text = INTRO + table(("変　　更　　後", "変　　更　　前"), NEW_LEFT_ROWS, name="ページ", width=50)
    assert both(text) == NEW_LEFT_EXPECTED


def test_page_column_new_on_the_right_reads_the_right_column():
    rows = [
        ("3", "3 日程", "3 日程"),
        ("", "(1) 参加申込書の提出期限", "(1) 参加申込書の提出期限"),
        ("", "  令和9年6月8日(火)午後5時", "  令和9年6月15日(火)午後5時"),
        ("", "-", ""),
        ("4", "(2) 質問の受付期限", "(2) 質問の受付期限"),
        ("", "  令和9年6月10日(木)正午", "  令和9年6月17日(木)正午"),
        ("", "(3) 企画提案書の提出期限", "(3) 企画提案書の提出期限"),
        ("", "  令和9年6月24日(木)午後5時", "  令和9年7月1日(木)午後5時"),
        ("", "(4) 審査結果の通知", "(4) 審査結果の通知"),
        ("", "  令和9年7月上旬", "  令和9年7月中旬"),
    ]
    text = INTRO + table(("改　正　前", "改　正　後"), rows, name="No.")
    assert both(text) == [
        ("application", "2027-06-15", "17:00", "datetime"),
        ("question", "2027-06-17", "12:00", "datetime"),
        ("submission", "2027-07-01", "17:00", "datetime"),
        ("result", "2027-07-01", None, "mid_month"),
    ]


# a step kept as it was but regrouped under a heading the change adds (「ア 第1回」 over its date in the new column,
# the old column's date one line higher): unchanged, restated; only the added round's date is new
CHANGE_INTRO = INTRO.replace("一部改正について", "一部変更について")


def test_date_regrouped_one_line_lower_is_unchanged():
    rows = [
        ("２", "（１）現地説明会", "（１）現地説明会"),
        ("", "　ア　第１回", "　ア　日時　令和9年6月18日（金）"),
        ("", "　　日時　令和9年6月18日（金）", "　　　　　　午後2時から午後3時まで"),
        ("", "　　　　　午後2時から午後3時まで", "　イ　会場　資料館1階ホール"),
        ("", "　イ　第２回（追加開催）", "（新設）"),
        ("", "　　日時　令和9年6月25日（金）", ""),
        ("", "　　　　　午後2時から午後3時まで", ""),
        ("", "　ウ　会場　資料館1階ホール", ""),
        ("", "-", ""),
        ("３", "（２）企画提案書の提出期限", "（２）企画提案書の提出期限"),
        ("", "　令和9年7月9日（金）午後5時", "　令和9年7月2日（金）午後5時"),
    ]
    text = CHANGE_INTRO + table(("改　　正　　後", "改　　正　　前"), rows)
    assert found(text) == [
        ("other", "2027-06-25", "14:00", "datetime"),
        ("submission", "2027-07-09", "17:00", "datetime"),
    ]


def test_date_regrouped_under_a_round_heading_is_unchanged_other_wording():
    rows = [
        ("3", "(2) 事業者説明会", "(2) 事業者説明会"),
        ("", "  1回目", "  日時 令和9年6月18日(金)"),
        ("", "  日時 令和9年6月18日(金)", "       午前10時から"),
        ("", "       午前10時から", "  場所 市役所3階会議室"),
        ("", "  2回目(追加)", "(新設)"),
        ("", "  日時 令和9年6月24日(木)", ""),
        ("", "       午前10時から", ""),
        ("", "  場所 市役所3階会議室", ""),
        ("", "-", ""),
        ("4", "(3) 質問の受付期限", "(3) 質問の受付期限"),
        ("", "  令和9年6月28日(月)正午", "  令和9年6月24日(木)正午"),
    ]
    text = CHANGE_INTRO + table(("変　更　後", "変　更　前"), rows, name="No.")
    assert found(text) == [
        ("other", "2027-06-24", "10:00", "datetime"),
        ("question", "2027-06-28", "12:00", "datetime"),
    ]
