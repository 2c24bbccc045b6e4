"""Ordinary notices as text-extraction tools hand them over (round bn): a Word table saved as text, whose date cells
of two lines put their first line above the row; a spreadsheet saved as CSV, a cell quoted only when it holds a comma
or a line break, a window's 開始日 and 終了日 and the day's 時刻 in columns of their own; a PDF's layout text with
full-width row numbers whose label and date both wrap within their columns; a text browser's dump of a two-column
table whose step wraps under itself; a table read a cell a line whose step's cell wraps at a word's tail; a date in
the bracket of one item of a list of the work. Each notice written for its class."""

from tenders.extractor.normalize import cells_begun_above, csv_rows, wrapped_keys_joined
from tests.extractor_found import found


def notice(head: str, *lines: str) -> str:
    return head + "\n\n" + "\n".join(lines) + "\n\n問合せ先 総務課 電話000-0000-0000\n"


# --- a Word table saved as text: a cell of two lines ----------------------------------------------------------------


WORD_TABLE = notice(
    "青葉市民プール 指定管理者募集要項",
    "令和9年5月",
    "3 募集日程",
    "日程\t内容\t備考",
    "令和9年6月1日(火)~",
    "令和9年6月30日(水)\t募集要項の配布\t市ホームページ",
    "令和9年6月8日(火)",
    "午後5時まで\t現地見学会の参加申込\t電子メール",
    "令和9年6月11日(金)",
    "午前10時から\t現地見学会\t市民プール管理棟",
    "令和9年6月18日(金)\t質問の受付期限\t電子メール",
    "令和9年6月21日(月)~",
    "令和9年6月30日(水)\t応募書類の受付\t持参に限る",
)


def test_a_word_tables_date_cell_of_two_lines_is_one_cell_of_its_row():
    steps = found(WORD_TABLE)
    assert ("published", "2027-06-01", None, "date") in steps  # the window's start, not its end
    assert ("other", "2027-06-08", "17:00", "datetime") in steps
    assert ("other", "2027-06-11", "10:00", "datetime") in steps
    assert ("question", "2027-06-18", None, "date") in steps
    assert ("submission", "2027-06-30", None, "date") in steps
    assert ("published", "2027-06-30", None, "date") not in steps


def test_a_remark_going_on_below_its_row_stays_a_line_of_its_own():
    lines = ["日程\t内容\t備考", "令和9年6月1日(火)\t公告\t市ホームページ", "(紙でも配布)", "令和9年6月8日(火)\t質問\t電子メール"]
    assert cells_begun_above(lines) == lines
    lines = ["日程\t内容", "令和9年6月8日(火)", "令和9年6月9日(水)\t見学会"]  # two days of one cell, no window: as written
    assert cells_begun_above(lines) == lines


# --- a spreadsheet saved as CSV ----------------------------------------------------------------------------------------


CSV_EXPORT = "\n".join(
    [
        "青葉市観光案内所運営業務 公募型プロポーザル 日程表,,,,,",
        ",,,,,",
        "No.,手続,開始日,終了日,時刻,備考",
        "1,実施要領の配布,2027/4/5(月),2027/4/23(金),,市ホームページ",
        '2,説明会,2027/4/12(月),,14:00,"本庁舎3階',
        '第1会議室"',
        "3,質問の受付,2027/4/5(月),2027/4/14(水),17:00,電子メール",
        '4,企画提案書の受付,2027/4/19(月),2027/4/23(金),17:00,"持参又は郵送,必着"',
        "5,プレゼンテーション審査,2027年5月中旬,,,",
        ",,,,,",
        "最終更新,2027/3/30,,,,",
    ]
)


def test_a_csv_exports_rows_read_as_cells_with_their_window_and_time():
    steps = found(CSV_EXPORT)
    assert ("published", "2027-04-05", None, "date") in steps
    assert ("other", "2027-04-12", "14:00", "datetime") in steps  # the day's time in the 時刻 column
    assert ("question", "2027-04-14", "17:00", "datetime") in steps  # the end of the acceptance window
    assert ("submission", "2027-04-23", "17:00", "datetime") in steps
    assert ("hearing", "2027-05-01", None, "mid_month") in steps
    for start in (("question", "2027-04-05", None, "date"), ("submission", "2027-04-19", None, "date")):
        assert start not in steps  # a window's start (its 開始日) is no deadline
    assert not any(date == "2027-03-30" for _, date, *_ in steps)  # the sheet's own update


def test_only_a_run_of_csv_rows_is_read_as_cells():
    rows, origin = csv_rows(CSV_EXPORT.splitlines())
    assert rows[4] == "2\t説明会\t2027/4/12(月)\t\t14:00\t本庁舎3階 第1会議室" and origin[4] == 4
    assert rows[0] == "青葉市観光案内所運営業務 公募型プロポーザル 日程表"  # a row of one cell: its text
    amounts = ["予定価格", "1,200,000円", "2,400,000円", "3,600,000円", "4,800,000円"]  # no cell empty or quoted
    assert csv_rows(amounts) is None


def test_a_quote_inside_an_unquoted_cell_before_a_line_break_is_no_csv_row_and_breaks_nothing():
    """「備考,注"1"」 and the quote closing on the next line: no CSV row can start there (the csv module refuses the
    line break in an unquoted cell); the rows before and after are still read, and the notice's steps found."""
    text = "\n".join(
        [
            "項目,日程,備考",
            '質問の受付期限,令和8年5月1日(金),電子メール 注"1',
            '1"は別紙',
            "質問への回答,令和8年5月8日(金),市ホームページ",
            "企画提案書の提出期限,令和8年5月22日(金),持参",
            "審査結果の通知,令和8年6月5日(金),書面",
        ]
    )
    assert {("question", "2026-05-01", None, "date"), ("answer", "2026-05-08", None, "date")} <= set(found(text))


# --- a PDF's layout text: label and date wrapped in their columns -------------------------------------------------------


LAYOUT = notice(
    "                     企画競争の実施に関する公示",
    "                                                              令和１０年５月１０日",
    " ４．日程",
    "     項目                              日時                              備考",
    "     （１）説明書の交付開始            令和１０年５月１０日（水）        ウェブサイト",
    "     （２）説明書に関する質問の        令和１０年５月１７日（水）        電子メール",
    "           受付期限                    １２時００分",
    "     （３）企画書の提出                令和１０年５月３１日（水）        持参又は郵送",
    "           期限                        １７時００分（必着）",
    "     （４）審査結果の通知              令和１０年６月１４日（水）        書面により通知",
)


def test_a_numbered_rows_label_and_time_wrapped_below_stay_with_the_row():
    steps = found(LAYOUT)
    assert ("question", "2028-05-17", "12:00", "datetime") in steps
    assert ("submission", "2028-05-31", "17:00", "datetime") in steps
    assert ("result", "2028-06-14", None, "date") in steps
    assert ("question", "2028-05-17", None, "date") not in steps


# --- a text browser's dump: a two-column table whose step wraps under itself ----------------------------------------


LYNX = notice(
    "青葉町 校務支援システム導入に係る公募型プロポーザルを実施します",
    "スケジュール",
    "",
    "   手続                           日程",
    "   公告                           2027年6月1日（火曜日）",
    "   質問の受付期限                 2027年6月8日（火曜日）午後5時まで",
    "   企画提案書の提出期限           2027年6月22日（火曜日）正午まで",
    "   操作デモンストレーション       2027年7月上旬",
    "   及びプレゼンテーション審査",
    "   審査結果の通知                 2027年7月中旬",
)


def test_a_two_column_rows_step_wrapped_under_itself_names_the_date():
    steps = found(LYNX)
    assert ("hearing", "2027-07-01", None, "early_month") in steps
    assert ("result", "2027-07-01", None, "mid_month") in steps
    assert ("submission", "2027-06-22", "12:00", "datetime") in steps


def test_a_line_under_a_row_whose_step_is_named_stays_apart():
    source = ["   公告                 2027年6月1日", "   審査", "   一次審査             2027年6月20日"]
    assert wrapped_keys_joined(source, list(source)) == source  # 「公告」 names its step: 「審査」 is no rest of it


# --- a table read a cell a line: a step's cell wrapped at a word's tail ----------------------------------------------


CELL_A_LINE = notice(
    "一般競争入札の実施について",
    "3 入札手続等",
    "項目",
    "日時等",
    "方法等",
    "入札説明書の交付",
    "令和８年７月１日（水）から",
    "令和８年７月１４日（火）まで",
    "市ホームページ",
    "一般競争入札参加資格確認申請",
    "書の提出",
    "令和８年７月２日（木）から",
    "令和８年７月１４日（火）まで",
    "持参",
    "入札書の提出期限",
    "令和８年７月２８日（火）",
    "午後５時",
    "郵送",
)


def test_a_step_cell_wrapped_at_a_words_tail_keeps_its_whole_name():
    steps = found(CELL_A_LINE)
    assert ("application", "2026-07-14", None, "date") in steps
    assert ("submission", "2026-07-28", "17:00", "datetime") in steps
    assert ("submission", "2026-07-14", None, "date") not in steps


# --- a date in the bracket of one item of a list of the work ---------------------------------------------------------


WORK_LIST = notice(
    "青葉町地域公共交通計画策定支援業務 公募型プロポーザル",
    "業務内容",
    "現況分析、住民アンケート調査（令和9年7月実施予定）、交通事業者ヒアリング、計画案の作成等",
    "日程",
    "現地説明会（令和9年5月20日）、質問の受付（令和9年5月27日まで）",
    "企画提案書の提出期限 令和9年6月10日（木）午後5時",
)


def test_a_date_aside_in_a_list_of_the_work_names_no_step_of_the_next_item():
    steps = found(WORK_LIST)
    assert not any(date == "2027-07-01" for _, date, *_ in steps)  # the survey's month, no hearing
    assert ("other", "2027-05-20", None, "date") in steps  # a list of steps keeps each item's date
    assert ("question", "2027-05-27", None, "date") in steps
    assert ("submission", "2027-06-10", "17:00", "datetime") in steps
