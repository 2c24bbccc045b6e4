"""A month's calendar copied from a spreadsheet (a row of weekdays, a row of cells a week, a day's events quoted in its
cell) and a sheet whose rows begin with an empty cell (a merged column), each run onto one line: the rows, the blank
line before the next month's heading and the heading itself put back, so that the grid's days are read as written."""

from tenders.extractor.relining import relined
from tests.extractor_found import found, one_line

PROSE = (
    "本市では、市の魅力を発信する広報物の制作について、民間事業者の有するノウハウを活用し、より効果的な情報発信を"
    "図るため、事業者を公募します。応募を希望される方は、募集要項をよくお読みのうえ、期限までに必要な書類を提出して"
    "ください。なお、提出された書類は返却しません。\n"
    "応募に要する経費は、応募者の負担とします。選定の結果は、応募者全員に文書で通知するとともに公表します。\n"
)

CALENDAR = PROSE + (
    "若葉台市 広報誌デザイン業務 公募型プロポーザル 日程表\n"
    "\t作成：若葉台市 広報課\t更新：2027/05/20\n\n"
    "2027年6月\n"
    "日\t月\t火\t水\t木\t金\t土\n"
    "\t\t1\t2\t3\t4\t5\n"
    '6\t"7\n公募開始"\t8\t9\t10\t11\t12\n'
    '13\t14\t15\t"16\n質問締切\n17:00"\t17\t18\t19\n'
    '20\t21\t22\t"23\n質問回答"\t24\t25\t26\n'
    "27\t28\t29\t30\t\t\t\n\n"
    "2027年7月\n"
    "日\t月\t火\t水\t木\t金\t土\n"
    "\t\t\t\t1\t2\t3\n"
    '4\t5\t6\t7\t8\t"9\n企画提案書締切\n17:00"\t10\n'
    "11\t12\t13\t14\t15\t16\t17\n"
    '18\t19\t"20\nプレゼン審査"\t21\t22\t23\t24\n'
    "25\t26\t27\t28\t29\t30\t31\n\n"
    "【問合せ】若葉台市 広報課\n"
)


def test_a_spreadsheet_calendar_run_onto_one_line_is_read_as_written():
    assert ("published", "2027-06-07", None, "date") in found(CALENDAR)
    assert found(one_line(CALENDAR)) == found(CALENDAR)


def test_a_month_heading_after_the_last_week_of_the_month_before_is_a_line_of_its_own():
    lines = relined(one_line(CALENDAR))[0].split("\n")
    assert "2027年7月" in lines
    assert "日\t月\t火\t水\t木\t金\t土" in lines


def test_a_week_beginning_with_empty_cells_is_a_row_of_its_own():
    lines = relined(one_line(CALENDAR))[0].split("\n")
    assert "\t\t1\t2\t3\t4\t5" in lines
    assert "\t\t\t\t1\t2\t3" in lines


SHEET = PROSE + (
    "若葉台市 市民プール指定管理者募集スケジュール\t\t\t\t\n"
    "\t\t\t\t作成：R9.4.28　スポーツ振興課\n"
    "区分\t内容\t期日\t時間\t備考\n"
    "募集\t募集要項の配布開始\tR9.5.10(月)\t\t市HP・窓口\n"
    "\t現地説明会\tR9.5.21(金)\t14:00～16:00\t会議室集合\n"
    "\t質問受付締切\tR9.5.28(金)\t17:00\t電子メール（様式2）\n"
    "\t質問回答\tR9.6.4(金)\t\t市HPに掲載\n"
    "\t申請書類受付\tR9.6.14(月)～R9.6.18(金)\t9:00～17:00\t持参のみ（土日除く）\n"
    "選定\t第1次審査（書類）\tR9.7上旬\t\t\n"
    "\t第2次審査（ヒアリング）\tR9.7.20(火)\t13:00～\t1団体40分程度\n"
    "\t選定結果通知\tR9.7下旬\t\t文書で通知\n"
)


def test_a_sheet_whose_rows_begin_with_an_empty_cell_keeps_its_rows_in_one_line():
    lines = relined(one_line(SHEET))[0].split("\n")
    assert "\t質問受付締切\tR9.5.28(金)\t17:00\t電子メール（様式2）" in lines
    assert ("question", "2027-05-28", "17:00", "datetime") in found(one_line(SHEET))
    assert found(one_line(SHEET)) == found(SHEET)


WEEKS = PROSE + (
    "案件カレンダー（営業部 共有）\n"
    "■凡例:\n【市】=市の入札手続\n【社】=社内予定\n\n"
    "2027年9月\n"
    "日\t月\t火\t水\t木\t金\t土\n"
    "\t\t\t1\t2\t3\t4\n"
    "\t\t\t【市】入札公告\t\t【社】積算開始\n"
    "5\t6\t7\t8\t9\t10\t11\n"
    "\t\t【市】質問締切 17:00\t\t【社】申請書類 確認\t【市】質問回答 掲載\n"
    "12\t13\t14\t15\t16\t17\t18\n"
    "\t\t\t\t\t【市】参加資格確認申請書\n"
    "\t\t\t\t\t提出期限 17:00\n"
    "19\t20\t21\t22\t23\t24\t25\n"
    "\t\t【市】開札 10:00\n"
    "26\t27\t28\t29\t30\n\n"
    "欄外メモ\n・開札は立会い任意。\n"
)


def test_a_calendar_whose_weeks_take_lines_of_events_under_their_days_is_read_in_one_line():
    assert ("question", "2027-09-07", "17:00", "datetime") in found(WEEKS)
    assert found(one_line(WEEKS)) == found(WEEKS)


def test_the_lines_of_events_under_a_week_keep_their_columns_in_one_line():
    lines = relined(one_line(WEEKS))[0].split("\n")
    assert "\t\t\t【市】入札公告\t\t【社】積算開始" in lines
    assert "\t\t\t\t\t提出期限 17:00" in lines
    assert "2027年9月" in lines


def test_a_legend_whose_marks_stand_on_the_lines_under_it_names_the_team_rows():
    assert ("submission", "2027-09-09", None, "date") not in found(WEEKS)  # 「【社】申請書類 確認」: the team's own
    assert ("submission", "2027-09-09", None, "date") not in found(one_line(WEEKS))
