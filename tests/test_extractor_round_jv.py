"""Ordinary notices as PDF text layers hand them over (round jv): a gazette page of two columns side by side under a
masthead that runs across it, page furniture (the page's number, a running header, blank lines, a form feed) between
a label and its date, a box-drawn table whose cells wrap (a label cut inside a word, a window over three lines, a time
under its date), a table read column after column whose labels wrap, a change notice's schedule restated over a page
break with its 「別紙２」 stamped on each page, a sample form on a page of its own. Each text is invented here and laid
out by the helpers below at several widths and offsets; the steps a bid team relies on must come out whole."""

import unicodedata

import pytest

from tests.extractor_found import found


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def wrapped(text: str, columns: int, first: str = "", rest: str = "") -> list[str]:
    """``text`` cut at ``columns`` display columns, as a PDF's narrow column or a table's cell cuts it (inside a word)."""
    lines, line = [], first
    for char in text:
        if width(line + char) > columns:
            lines.append(line)
            line = rest + char
        else:
            line += char
    return [*lines, line]


def padded(text: str, columns: int) -> str:
    return text + " " * (columns - width(text))


# --- a gazette page: two notices side by side under the masthead and contents ------------------------------------

SCHEDULE = [
    ("", "5　日程"),
    ("(1) ", "募集要項の配布期間"),
    ("　", "令和9年7月1日(木)から7月20日(火)まで"),
    ("(2) ", "質問の受付期限"),
    ("　", "令和9年7月8日(木)午後5時(電子メールに限る。)"),
    ("(3) ", "質問への回答"),
    ("　", "令和9年7月13日(火)までに市ホームページに掲載する。"),
    ("(4) ", "参加申込書の提出期限"),
    ("　", "令和9年7月20日(火)午後5時15分(持参又は郵送とし、郵送の場合は必着)"),
    ("(5) ", "企画提案書の提出期限"),
    ("　", "令和9年8月3日(火)正午(持参に限る。)"),
    ("(6) ", "ヒアリング審査"),
    ("　", "令和9年8月12日(木)(予定。時間は別途通知する。)"),
    ("(7) ", "審査結果の通知"),
    ("　", "令和9年8月下旬"),
    ("", "6　その他"),
    ("(1) ", "提出書類の作成に要する費用は、提案者の負担とする。"),
    ("(2) ", "現行の保守契約は令和10年3月31日をもって満了する。"),
]
SCHEDULE_STEPS = [
    ("published", "2027-07-01", None, "date"),
    ("question", "2027-07-08", "17:00", "datetime"),
    ("answer", "2027-07-13", None, "date"),
    ("application", "2027-07-20", "17:15", "datetime"),
    ("submission", "2027-08-03", "12:00", "datetime"),
    ("hearing", "2027-08-12", None, "date"),
    ("result", "2027-08-01", None, "late_month"),
]
ROAD = [
    ("", "浜霧市告示第112号"),
    ("　", "市道の路線を次のように廃止する。その関係図面は、浜霧市建設部道路管理課において一般の縦覧に供する。"),
    ("　　", "令和9年7月1日"),
    ("　　　　", "浜霧市長　大森　一朗"),
    ("1　", "路線番号　3-207"),
    ("2　", "路線名　汐入一丁目線"),
    ("3　", "廃止の日　令和9年7月15日"),
    ("4　", "起点　浜霧市汐入一丁目21番地先"),
    ("", ""),
]
CALL = [
    ("", "浜霧市告示第113号"),
    ("　", "浜霧市観光情報発信業務委託の受託候補者を公募型プロポーザル方式により選定するため、次のとおり公告する。"),
    ("　　", "令和9年7月1日"),
    ("　　　　", "浜霧市長　大森　一朗"),
    ("1　", "業務名　浜霧市観光情報発信業務委託"),
    ("2　", "業務期間　契約締結日から令和10年3月31日まで"),
    ("3　", "提案上限額　5,500,000円"),
    ("4　", "参加資格　地方自治法施行令第167条の4の規定に該当しない者"),
]
CONTACT = [("", "7　問合せ先"), ("　", "浜霧市観光課　電話000-0000-0000")]
MASTHEAD = [
    "                         浜　霧　市　公　報",
    "",
    "第842号                                           令和9年7月1日（木曜日）",
    "                                                  発行　浜霧市（総務課）",
    "",
    "目　次",
    "○市道路線の廃止（道路管理課）……………………………………………1",
    "○浜霧市観光情報発信業務委託公募型プロポーザルの実施（観光課）…………1",
    "",
]


def column(items: list[tuple[str, str]], columns: int) -> list[str]:
    lines = []
    for head, text in items:
        lines += wrapped(text, columns, head, "　" if head else "") if text else [""]
    return lines


def gazette(columns: int, gap: int, schedule_right: bool, masthead: bool) -> str:
    """A page set in two columns of ``columns`` display columns, ``gap`` apart (pdftotext -layout): the call's schedule
    in the right column beside another notice, or ending the left column with other words beside it."""
    if schedule_right:
        left, right = column(ROAD + CALL, columns), column(SCHEDULE, columns)
    else:
        left, right = column(CALL + SCHEDULE, columns), column(ROAD + CONTACT, columns)
    lines = []
    for at in range(max(len(left), len(right))):
        text = left[at] if at < len(left) else ""
        beside = right[at] if at < len(right) else ""
        lines.append((padded(text, columns + gap) + beside).rstrip() if beside else text.rstrip())
    page = (MASTHEAD if masthead else []) + lines + ["", " " * columns + "- 1 -"]
    return "\n".join(page) + "\n"


@pytest.mark.parametrize("columns", [32, 36, 40, 44])
@pytest.mark.parametrize("gap", [3, 6, 9])
def test_a_gazette_page_under_its_masthead_is_read_a_column_at_a_time(columns, gap):
    # the masthead and the contents run across the page above the columns: the columns start under them, each
    # date read under its own label (not the road notice's words beside it), the contract in force that ends no step
    assert sorted(found(gazette(columns, gap, schedule_right=True, masthead=True))) == sorted(SCHEDULE_STEPS)


@pytest.mark.parametrize("gap", [3, 6, 12])
@pytest.mark.parametrize("masthead", [True, False], ids=["masthead", "no-masthead"])
def test_a_narrow_column_cuts_a_time_and_a_deadline_s_words_inside_them(gap, masthead):
    # the schedule ending the left column, cut at 14 letters: 「令和9年7月20日(火)午後5時1」 / 「　5分(持参…」 is one
    # time, 「…までに市」 / 「　ホームページに掲載する。」 no town signing a paper's date
    assert sorted(found(gazette(28, gap, schedule_right=False, masthead=masthead))) == sorted(SCHEDULE_STEPS)


def test_a_box_drawn_in_the_left_column_leaves_the_page_in_two_columns():
    # the left column's box rules 「├────┼──┤」, each 「─」 laid out as wide as a letter, beside the right column's lines
    box = [
        "┌────────────┬──┐",
        "│評価項目                │配点│",
        "├────────────┼──┤",
        "│事業の理解度            │ 30 │",
        "│企画の独創性            │ 40 │",
        "│実施体制                │ 30 │",
        "├────────────┼──┤",
        "│合計                    │100 │",
        "└────────────┴──┘",
    ]
    left = column(CALL, 36) + ["5　審査基準"] + box
    right = column(SCHEDULE, 36)
    lines = []
    for at in range(max(len(left), len(right))):
        text = left[at] if at < len(left) else ""
        laid_out = width(text) + text.count("─")  # (the rule as wide as the cell's words under it)
        lines.append((text + " " * (44 - laid_out) + (right[at] if at < len(right) else "")).rstrip())
    assert sorted(found("\n".join(MASTHEAD + lines) + "\n")) == sorted(SCHEDULE_STEPS)


@pytest.mark.parametrize("indent", ["", "　"])
def test_a_contract_in_force_that_ends_stays_out_when_the_column_cuts_its_sentence(indent):
    # 「…の保守契約は令和10年3月31日をも」 / 「って満了する。」: the words after the date go on on the next line
    text = (
        "6　その他\n(1) 提出書類の作成に要する費用は、提案者の\n"
        f"{indent}負担とする。\n(2) 現行システム（平成30年度導入）\n{indent}の保守契約は令和10年3月31日をも\n{indent}って満了する。\n"
    )
    assert found(SCHEDULE_TEXT + text) == SCHEDULE_STEPS


SCHEDULE_TEXT = "".join(head + words + "\n" for head, words in SCHEDULE[:15])


# --- page furniture between a label and its date -----------------------------------------------------------------

TITLE = "霧島台市図書館システム更新業務委託　公募型プロポーザル実施要領"
ITEMS = [
    ("(1) 実施要領等の公表", "令和10年4月3日(月)", ("published", "2028-04-03", None, "date")),
    ("(2) 質問書の提出期限", "令和10年4月12日(水)午後5時", ("question", "2028-04-12", "17:00", "datetime")),
    ("(3) 質問への回答", "令和10年4月19日(水)", ("answer", "2028-04-19", None, "date")),
    ("(4) 参加申込書の提出期限", "令和10年4月26日(水)正午", ("application", "2028-04-26", "12:00", "datetime")),
    ("(5) 企画提案書の提出期限", "令和10年5月17日(水)午後5時15分", ("submission", "2028-05-17", "17:15", "datetime")),
]


def paged(at: int, footer: str, header: bool, feed: bool, blank: int) -> str:
    """The schedule with a page break between item ``at``'s label and its date: the page's number, the blank lines
    round it, the next page's running header (the title again), a form feed."""
    lines = [TITLE, "", "1 目的", "　本業務は、図書館システムを更新するものである。", "", "2 日程"]
    for index, (label, date, _) in enumerate(ITEMS):
        lines.append(label)
        if index == at:
            lines += [""] * blank + [footer] + [""] * blank
            lines.append(("\f" if feed else "") + TITLE if header else "\f" if feed else "")
            lines += [""] * blank
        lines.append("　" + date)
    return "\n".join([*lines, "", "3 その他", "　詳細は仕様書による。"]) + "\n"


@pytest.mark.parametrize("at", [0, 2, 3])
@pytest.mark.parametrize("footer", ["－　３　－", "                                   - 3 -", "3/7"])
@pytest.mark.parametrize("blank", [0, 2])
@pytest.mark.parametrize("feed", [False, True], ids=["", "form-feed"])
def test_a_label_governs_its_date_over_the_page_break_and_the_running_header(at, footer, blank, feed):
    # the running header (the title, printed again atop the next page) and the blank lines round the page's
    # number are the break's, not words of the schedule: the label still governs the date after them
    assert found(paged(at, footer, True, feed, blank)) == [step for *_, step in ITEMS]


def test_the_blank_lines_round_a_page_number_are_the_page_breaks():
    assert found(paged(2, "- 3 -", False, False, 2)) == [step for *_, step in ITEMS]


# --- a box-drawn table whose cells wrap ---------------------------------------------------------------------------

ROWS = [
    ("1", "募集要項等の公表", ["令和9年5月10日(月)"], ("published", "2027-05-10", None, "date")),
    (
        "2",
        "質問書の受付",
        ["令和9年5月11日(火)から", "令和9年5月18日(火)", "午後5時まで"],
        ("question", "2027-05-18", "17:00", "datetime"),
    ),
    ("3", "質問への回答", ["令和9年5月21日(金)", "までに"], ("answer", "2027-05-21", None, "date")),
    (
        "4",
        "参加申込書及び資格確認申請書の提出期限",
        ["令和9年5月26日(水)", "正午(必着)"],
        ("application", "2027-05-26", "12:00", "datetime"),
    ),
    ("5", "企画提案書の提出期限", ["令和9年6月9日(水)", "午後5時15分"], ("submission", "2027-06-09", "17:15", "datetime")),
    ("6", "プレゼンテーション審査", ["令和9年6月下旬", "(予定)"], ("hearing", "2027-06-01", None, "late_month")),
    ("7", "審査結果の通知", ["令和9年7月上旬"], ("result", "2027-07-01", None, "early_month")),
]


def boxed(label_columns: int, date_columns: int) -> str:
    """The schedule as a box-drawn table, each cell's words wrapped at its column's width (a date's time, a window's
    end on lines of their own; a label cut inside a word)."""
    widths = [4, label_columns, date_columns, 16]

    def rule(left: str, cross: str, right: str) -> str:
        return "   " + left + cross.join("─" * (columns // 2) for columns in widths) + right

    lines = ["汐見台市観光案内アプリ構築業務委託", "公募型プロポーザル実施要領", "", "2 日程", rule("┌", "┬", "┐")]
    rows = [("番号", "手続", ["日時"], None), *ROWS]
    for at, (number, label, dates, _) in enumerate(rows):
        cells = [[number], wrapped(label, label_columns), [p for d in dates for p in wrapped(d, date_columns)], ["電子メール"]]
        for line in range(max(map(len, cells))):
            texts = [cell[line] if line < len(cell) else "" for cell in cells]
            lines.append("   │" + "│".join(padded(text, columns) for text, columns in zip(texts, widths)) + "│")
        lines.append(rule("├", "┼", "┤") if at < len(rows) - 1 else rule("└", "┴", "┘"))
    return "\n".join([*lines, "3 その他", "　日程は変更する場合がある。"]) + "\n"


@pytest.mark.parametrize("label_columns", [10, 14, 20, 24])
@pytest.mark.parametrize("date_columns", [20, 22])
def test_a_box_table_s_wrapped_cells_are_read_as_one_cell_each(label_columns, date_columns):
    # 「質問への回」 / 「答」 stays an answer; 「…(火)か」 / 「ら」 and a window's end over two lines, its time under its day,
    # give the window's end with its time
    assert found(boxed(label_columns, date_columns)) == [step for *_, step in ROWS]


# --- a table read column after column whose labels wrap ----------------------------------------------------------

STEPS = [
    ("募集要項の公表", "2027年5月10日（月）", ("published", "2027-05-10", None, "date")),
    ("質問書の提出期限", "2027年5月17日（月）17時", ("question", "2027-05-17", "17:00", "datetime")),
    ("質問への回答", "2027年5月21日（金）", ("answer", "2027-05-21", None, "date")),
    ("参加申込書の提出期限", "2027年5月28日（金）正午", ("application", "2027-05-28", "12:00", "datetime")),
    ("参加資格審査結果の通知", "2027年6月2日（水）", ("result", "2027-06-02", None, "date")),
    ("企画提案書の提出期限", "2027年6月18日（金）17時15分", ("submission", "2027-06-18", "17:15", "datetime")),
]


@pytest.mark.parametrize("count", [4, 6])
@pytest.mark.parametrize("numbered", [True, False], ids=["numbers", "no-numbers"])
@pytest.mark.parametrize("page_break", [False, True], ids=["", "page-break"])
def test_a_table_read_by_column_pairs_its_wrapped_labels_with_their_dates(count, numbered, page_break):
    # 「参加申込書の提出」 / 「期限」, 「参加資格審査結果」 / 「の通知」: a label the column's width cut goes on with the line
    # above it, however many are cut, so the n-th label still meets the n-th date
    steps = STEPS[:count]
    lines = ["汐浦市観光プロモーション業務委託", "公募型プロポーザル募集要項", "2 スケジュール"]
    if numbered:
        lines += ["No.", *(str(n) for n in range(1, count + 1))]
    lines += ["項目", *(part for label, _, _ in steps for part in wrapped(label, 16)), "日程"]
    dates = [date for _, date, _ in steps]
    if page_break:
        dates[1:1] = ["－1－", "汐浦市観光プロモーション業務委託"]
    lines += [*dates, "3 参加資格", "本プロポーザルに参加する者は、次の要件を満たす者とする。"]
    assert found("\n".join(lines) + "\n") == [step for *_, step in steps]


# --- a change notice's schedule restated over a page break --------------------------------------------------------

CHANGE = """令和10年2月3日

参加申込者 各位

青凪町教育委員会

青凪町立学校タブレット保守業務委託に係る公募型プロポーザルの日程の変更について（通知）

令和10年1月15日付けで公告した標記プロポーザルについて、下記のとおり日程を変更します。

記

1 変更内容　別紙のとおり

                                     - 1 -
                                                                        別紙
                  プロポーザル日程（令和10年2月3日変更後）

   No.  手続                              日程                      備考
    1   実施要領等の公表                  R10.1.15（月）            町HPに掲載
    2   質問の受付期限                    R10.1.22（月）17:00       電子メール
    3   参加申込書の提出期限              R10.1.29（月）17:00       持参又は郵送
    4   企画提案書の提出期限              R10.2.16（金）17:00       変更
{gap}
                                     - 2 -

                                                                        別紙
    5   プレゼンテーション審査            R10.2.27（火）            変更
    6   契約締結                          R10.3月中旬（予定）

   ※ 備考欄に「変更」とある項目は令和10年2月3日付けで変更したものです。
"""


@pytest.mark.parametrize("gap", ["", "\n\n", "\n\n\n\n"], ids=["no-blank", "two-blank", "four-blank"])
def test_rows_restated_unchanged_after_a_page_break_stay_out(gap):
    # the schedule goes on over the page's number and the 「別紙」 stamped atop the next page: its unmarked rows there
    # are restated as they were, as are those before the break
    assert found(CHANGE.format(gap=gap)) == [
        ("submission", "2028-02-16", "17:00", "datetime"),
        ("hearing", "2028-02-27", None, "date"),
    ]


# --- a sample form on a page of its own ----------------------------------------------------------------------------

FORM = """{header}
入札説明書（庁舎警備業務委託）

1 日程
(1) 入札書の提出期限　令和9年2月12日（金）午後5時15分（必着）
(2) 開札　令和9年2月16日（火）午前10時

2 問い合わせ先
　総務部管財課　電話000-0000-0000

                                   － ４ －
{header}

様式第３号（記載例）


入　札　書


                                             令和9年2月10日


藍浜県知事　様


　住所　藍浜市港町三丁目２番５号

                                   － ５ －
"""


@pytest.mark.parametrize("header", ["", "庁舎警備業務委託　入札説明書"], ids=["no-header", "running-header"])
def test_a_sample_form_on_its_own_page_gives_no_step(header):
    # the form's fields parted by the blank lines a PDF's text layer puts between them: its sample date is the form's
    assert found(FORM.format(header=header)) == [
        ("submission", "2027-02-12", "17:15", "datetime"),
        ("other", "2027-02-16", "10:00", "datetime"),
    ]
