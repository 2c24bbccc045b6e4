"""Schedule tables handed over one cell a line (round al): a browser's copy of an HTML table, a Word table saved as
text, a PDF table read cell by cell. The header's cells 「項目」「日程」「備考」 each on a line, then each row's cells
in turn (an empty cell an empty line), read as the table's rows. Each test a small table written for its class."""

from tenders.extractor.normalize import cells_refolded
from tests.extractor_found import found

INTRO = "令和9年度 観光案内業務委託 公募型プロポーザルの実施について\n\n1 日程\n"

TAB_TABLE = (
    "No\t項目\t日付\t曜日\t時刻\t備考\n"
    "1\t実施要領の公表\t2027/6/1\t火\t\t市ホームページに掲載\n"
    "2\t質問書の提出期限\t2027/6/10\t木\t17:00\t電子メールのみ\n"
    "3\t参加申込書の提出期限\t2027/6/18\t金\t17:00\t持参又は郵送（必着）\n"
    "4\t企画提案書の提出期限\t2027/7/2\t金\t12:00\t持参のみ\n"
    "5\tプレゼンテーション審査\t2027/7/13\t火\t13:30\t開始時刻は別途通知\n"
)
TAB_STEPS = [
    ("published", "2027-06-01", None, "date"),
    ("question", "2027-06-10", "17:00", "datetime"),
    ("application", "2027-06-18", "17:00", "datetime"),
    ("submission", "2027-07-02", "12:00", "datetime"),
    ("hearing", "2027-07-13", "13:30", "datetime"),
]


def one_cell_a_line(text: str) -> str:
    return text.replace("\t", "\n")


def test_the_tab_table_itself():
    assert found(INTRO + TAB_TABLE) == TAB_STEPS


def test_a_table_one_cell_a_line_reads_as_its_rows():
    """「2027/6/10」 / 「木」 / 「17:00」 / 「電子メールのみ」 / 「3」 / 「参加申込書の提出期限」: each date keeps its
    row's label and time, no remark is read as the next row's label, and a slash date alone on its line is no page
    number under a running header (「2027/」 then 「6/10」)."""
    assert found(INTRO + one_cell_a_line(TAB_TABLE)) == TAB_STEPS


def test_a_markdown_table_one_cell_a_line():
    """「| # | 手続 | 期日 | 備考 |」 with each cell on a line, the rule row's 「---」 among them."""
    rows = [line.split("\t") for line in TAB_TABLE.splitlines()[1:]]
    table = ["#", "手続", "期日", "備考", "---", "---", "---", "---"]
    for number, label, day, weekday, time, remark in rows:
        table += [number, label, f"{day}({weekday}) {time}".strip(), remark]
    assert found(INTRO + "\n".join(table) + "\n") == TAB_STEPS


def test_a_word_table_saved_as_text_with_an_empty_line_after_each_row():
    text = (
        "項目\n日程\n備考\n\n"
        "実施要領の公表\n令和9年6月1日（火）\n市ホームページに掲載\n\n"
        "質問書の提出期限\n令和9年6月10日（木）午後5時\n電子メールに限る\n\n"
        "企画提案書の提出期限\n令和9年7月2日（金）正午\n持参又は郵送（必着）\n\n"
        "\n3 その他\n提出された書類は返却しない。\n"
    )
    assert found(INTRO + text) == [
        ("published", "2027-06-01", None, "date"),
        ("question", "2027-06-10", "17:00", "datetime"),
        ("submission", "2027-07-02", "12:00", "datetime"),
    ]


def test_a_window_across_a_start_and_an_end_column():
    """「開始日」「終了日」 columns, a row's start left empty (an empty line): the end is the deadline."""
    text = (
        "No.\n工程\n開始日\n終了日\n時刻\n備考\n"
        "1\n募集要項の公表\n2027/7/1\n2027/7/30\n\n窓口配布は平日のみ\n"
        "2\n質問受付\n2027/7/1\n2027/7/14\n17:00\nメールのみ\n"
        "3\n申請書類受付\n\n2027/7/30\n17:00\n持参\n"
    )
    steps = found(INTRO + text)
    assert ("question", "2027-07-14", "17:00", "datetime") in steps
    assert ("application", "2027-07-30", "17:00", "datetime") in steps or (
        "submission",
        "2027-07-30",
        "17:00",
        "datetime",
    ) in steps


def test_refolding_leaves_other_text_alone():
    """Short lines that are no header of a table (a heading 「日程」 over sentences) are not joined."""
    lines = ["2 日程", "日程", "内容", "参加申込は6月1日までとする。", "質問は6月5日までとする。"]
    assert cells_refolded(lines) is None
    assert cells_refolded(TAB_TABLE.splitlines()) is None


def test_numbers_of_the_rows_are_no_dates():
    """「日程」 over 「1」: the header's first cell 「■」 or 「No」 missing, the rows' numbers fit no date's column."""
    lines = ["日程", "備考", "1", "公告", "2", "質問"]
    assert cells_refolded(lines) is None
