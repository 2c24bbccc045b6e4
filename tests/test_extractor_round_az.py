"""Schedules shaped in ways seldom met (round az): a day's row of several timed steps, a table of days × kinds of
step, a table of steps × lots, a footnote's time on a registration, a flow chart's boxes; each test a few lines
written for its class."""

from tenders.extractor import extract
from tests.extractor_found import found


def labels(text: str) -> list[str]:
    return [m.label for m in extract(text).proposal.milestones]


# --- a day's row holding several steps, each after its own time ---------------------------------------------


DAY_ROWS = (
    "入札の日程\n"
    "　月日　　　　　　　　　　　時刻及び手続\n"
    "　令和9年6月1日（火）　　　入札公告、入札説明書の交付開始\n"
    "　令和9年6月9日（水）　　　午前9時30分　現地説明会、\n"
    "　　　　　　　　　　　　　　正午　質問書の提出期限、\n"
    "　　　　　　　　　　　　　　午後4時　入札参加申請書の提出期限\n"
    "　令和9年6月16日（水）　　質問に対する回答・参加資格確認結果の通知\n"
    "　令和9年6月25日（金）　　午前11時　入札書の提出期限　午後3時　開札\n"
    "　令和9年7月上旬　　　　　契約締結（予定・議会の議決後）\n"
)


def test_each_time_in_a_days_row_starts_a_step_of_its_own():
    # the steps on the lines under the day go on with it; the combined row is two steps; 「開札」 after
    # 「午後3時」 is not the bids' deadline at 11 o'clock
    assert found(DAY_ROWS) == [
        ("published", "2027-06-01", None, "date"),
        ("other", "2027-06-09", "09:30", "datetime"),
        ("question", "2027-06-09", "12:00", "datetime"),
        ("application", "2027-06-09", "16:00", "datetime"),
        ("answer", "2027-06-16", None, "date"),
        ("result", "2027-06-16", None, "date"),
        ("submission", "2027-06-25", "11:00", "datetime"),
        ("other", "2027-06-25", "15:00", "datetime"),
        ("contract", "2027-07-01", None, "early_month"),
    ]
    assert labels(DAY_ROWS)[2:4] == ["質問書の提出期限", "入札参加申請書の提出期限"]  # (no time left in a label)


def test_a_day_alone_on_its_line_with_its_timed_steps_under_it():
    text = "審査の日程\n" "令和8年9月14日（月）\n" "  午前10時 第1次審査（書類審査）\n" "  午後4時 第1次審査結果の通知\n"
    assert found(text) == [
        ("other", "2026-09-14", "10:00", "datetime"),
        ("result", "2026-09-14", "16:00", "datetime"),
    ]


def test_a_range_of_hours_or_a_deadlines_time_after_its_step_is_no_timed_step():
    text = "日程\n" "令和8年6月10日（水） 企画提案書の提出期限 午後5時\n" "令和8年6月17日（水） 午前10時から正午まで ヒアリング\n"
    assert found(text) == [
        ("submission", "2026-06-10", "17:00", "datetime"),
        ("hearing", "2026-06-17", "10:00", "datetime"),
    ]


def test_a_window_opened_after_a_condition_is_no_opening():
    # 「（…執行開始後）」 says when the contract can be signed; the step is the contract
    assert found("日程\n令和9年4月中旬　契約締結（予算の執行開始後）\n") == [("contract", "2027-04-01", None, "mid_month")]


# --- a table whose rows are days and whose columns are kinds of step ---------------------------------------


DAYS_BY_STEPS = (
    "3. 日程\n"
    "表中の「●」は期限、「○」は開始又は実施を示す。\n"
    "日付\t曜日\t要項配布\t質問\t参加申込\t企画提案書\t審査\n"
    "2027/5/10\t月\t○公告・配布開始\t\t\t\t\n"
    "2027/5/19\t水\t\t●質問締切 15:00\t\t\t\n"
    "2027/5/24\t月\t\t○回答掲載\t\t\t\n"
    "2027/5/28\t金\t●配布終了\t\t●申込締切 17:00\t\t\n"
    "2027/6/11\t金\t\t\t\t●提出締切 正午\t\n"
    "2027/6/22\t火\t\t\t\t\t○プレゼンテーション 10:00～\n"
    "2027/6/下旬\t\t\t\t\t\t○審査結果通知\n"
)


def test_a_table_of_days_by_kinds_of_step_gives_each_cell_its_step():
    # the time after a step is its own; the column names a bare 「提出締切」 and 「申込締切」; the distribution's end is
    # the end of the window its start records
    assert found(DAYS_BY_STEPS) == [
        ("published", "2027-05-10", None, "date"),
        ("question", "2027-05-19", "15:00", "datetime"),
        ("answer", "2027-05-24", None, "date"),
        ("application", "2027-05-28", "17:00", "datetime"),
        ("submission", "2027-06-11", "12:00", "datetime"),
        ("result", "2027-06-01", None, "late_month"),
        ("hearing", "2027-06-22", "10:00", "datetime"),
    ]


def test_a_headings_bracket_saying_after_the_contract_puts_its_section_aside():
    text = (
        "4. スケジュール\n"
        "(1) 企画提案書の提出期限 2027年6月11日(金)正午\n"
        "(2) 契約締結 2027年7月上旬\n"
        "\n"
        "5. 業務の主な日程（参考：契約後の予定であり本公募の手続ではない）\n"
        "2027/7/中旬　　キックオフ会議\n"
        "2027/8/下旬　　中間報告\n"
        "\n"
        "6. 問合せ先\n"
    )
    assert found(text) == [
        ("submission", "2027-06-11", "12:00", "datetime"),
        ("contract", "2027-07-01", None, "early_month"),
    ]


# --- a table of steps × lots ----------------------------------------------------------------------------------


LOTS = (
    "3 日程\n"
    "手続\tA地区\tB地区\n"
    "質問の提出期限\t令和8年11月4日(水)17時(両地区共通)\t\n"
    "見積書の提出期限\t令和8年11月11日(水)17時\t令和8年11月12日(木)17時\n"
    "開封\t令和8年11月16日(月)10時00分\t令和8年11月16日(月)13時30分\n"
)


def test_each_lots_date_of_a_step_is_a_milestone_of_its_own():
    # on the same day at another time, too: the opening of each lot
    assert found(LOTS) == [
        ("question", "2026-11-04", "17:00", "datetime"),
        ("submission", "2026-11-11", "17:00", "datetime"),
        ("submission", "2026-11-12", "17:00", "datetime"),
        ("other", "2026-11-16", "10:00", "datetime"),
        ("other", "2026-11-16", "13:30", "datetime"),
    ]
    assert labels(LOTS)[3:] == ["開封（A地区）", "開封（B地区）"]


def test_columns_that_are_no_lots_are_read_as_before():
    # 「開始 | 終了」 name no lots (no number tells them apart)
    text = "手続\t開始\t終了\n質問の受付\t令和8年11月2日(月)\t令和8年11月6日(金)17時\n"
    assert found(text) == [("question", "2026-11-06", "17:00", "datetime")]


def test_the_lots_sharing_a_date_name_no_step():
    text = (
        "  手続          第1工区          第2工区          第3工区\n"
        "  見積書の提出期限(郵送必着)2027年10月22日(金)17:00 ←第1・第2工区共通→   2027年10月25日(月)17:00\n"
    )
    assert found(text) == [
        ("submission", "2027-10-22", "17:00", "datetime"),
        ("submission", "2027-10-25", "17:00", "datetime"),
    ]


# --- a footnote's time on a briefing's registration ---------------------------------------------------------


def test_a_footnotes_time_closes_a_briefings_registration():
    text = (
        "| 項目 | 日程 |\n"
        "|---|---|\n"
        "| 現地説明会の参加申込 | 令和9年5月12日(水)まで ※1 |\n"
        "| 現地説明会 | 令和9年5月17日(月) ※2 |\n"
        "\n"
        "※1 期限の日の午後5時必着とします。\n"
        "※2 午後2時から開始します。\n"
    )
    assert found(text) == [
        ("other", "2027-05-12", "17:00", "datetime"),
        ("other", "2027-05-17", "14:00", "datetime"),
    ]


# --- a flow chart's boxes beside their dates ------------------------------------------------------------------


FLOW = (
    "選定の流れ\n"
    "　令和10年4月3日（月）　　　╔══════════════╗\n"
    "　　　　　　　　　　　　　　║　公募開始　　　　　　║\n"
    "　　　　　　　　　　　　　　╚══════════════╝\n"
    "　　　　　　　　　　　　　　　　　　▼\n"
    "　令和10年4月21日（金）　　　╔══════════════╗\n"
    "　午後4時　　　　　　　　　　║　企画提案書の提出締切║\n"
    "　　　　　　　　　　　　　　║　（様式1～5一式）　　║\n"
    "　　　　　　　　　　　　　　╚══════════════╝\n"
    "　　　　　　　　　　　　　　　　　　▼\n"
    "　令和10年5月9日（火）　　　╔══════════════╗\n"
    "　午前10時から　　　　　　　║　プレゼンテーション　║\n"
    "　　　　　　　　　　　　　　╚══════════════╝\n"
)


def test_a_flow_charts_box_is_one_step_and_the_time_beside_it_its_own():
    # the bracket on the box's second line is part of the step, no step of its own
    assert found(FLOW) == [
        ("published", "2028-04-03", None, "date"),
        ("submission", "2028-04-21", "16:00", "datetime"),
        ("hearing", "2028-05-09", "10:00", "datetime"),
    ]
