"""Schedules laid out in unusual ways (round dh): each test a few lines written for its class."""

from tenders.extractor.relining import relined
from tests.extractor_found import found

# a notice's prose run onto one line whose line breaks its headings alone do not give back whole (「■概要 本業務」:
# the heading's line break left a space between two words), so its indents and sentence ends are not cut
UNWHOLE = " ■概要 本業務 ■目的 市民 ■期間 契約日" * 20

# --- a month grid whose cells write the day ---------------------------------------------------------------


def test_a_month_grid_cell_that_writes_its_day_or_third_gives_that_day():
    text = (
        "2027年4月1日\n"
        "\n"
        "|手続|5月|6月|7月|8月|\n"
        "|入札公告|●12日(水)| | |\n"
        "|開札| |●中旬| |\n"
        "|契約の締結| | |●2日(金)|\n"
        "|議会の議決| | | |●|\n"
    )
    assert found(text) == [
        ("published", "2027-05-12", None, "date"),
        ("other", "2027-06-01", None, "mid_month"),
        ("contract", "2027-07-02", None, "date"),
        ("other", "2027-08-01", None, "month"),
    ]


# --- a table cell that points to a footnote --------------------------------------------------------------


def test_a_cell_of_a_footnote_mark_reads_the_date_in_the_note():
    text = (
        "| 手続 | 日程 |\n"
        "|---|---|\n"
        "| 質問書の提出 | 2026年8月4日（火）正午 |\n"
        "| 回答の公表 | ※1 |\n"
        "| 面接審査 | 注2 |\n"
        "\n"
        "※1 2026年8月11日（火）までに、ウェブサイトに掲載する。\n"
        "注2 2026年8月下旬（予定）。時刻は別途通知する。\n"
    )
    assert found(text) == [
        ("question", "2026-08-04", "12:00", "datetime"),
        ("answer", "2026-08-11", None, "date"),
        ("hearing", "2026-08-01", None, "late_month"),
    ]


def test_a_footnote_run_onto_one_line_opens_its_own_line():
    text = (
        "■日程 次のとおり ■備考 ※1　交付は電子メールによる。 注1　質問は様式2により提出すること。"
        " 注2　2026年8月下旬（予定）。" + UNWHOLE
    )
    lines = relined(text)[0].split("\n")
    assert "注1　質問は様式2により提出すること。" in lines and "注2　2026年8月下旬（予定）。" in lines


# --- a calendar under month headings, run onto one line ---------------------------------------------------


def test_day_lines_under_a_month_heading_run_together_are_cut_apart():
    lines = [
        "■日程",
        "■令和9年2月",
        "　 3日（水）　説明会（午後2時・本庁舎）",
        "　15日（月）　参加申込締切（正午必着）",
        "　下旬　　　　審査結果の通知",
        "■問合せ先 企画課" + UNWHOLE,
    ]
    expected = [
        ("other", "2027-02-03", "14:00", "datetime"),
        ("application", "2027-02-15", "12:00", "datetime"),
        ("result", "2027-02-01", None, "late_month"),
    ]
    assert found("\n".join(lines)) == expected
    assert found(" ".join(lines)) == expected


def test_an_event_time_in_a_bracket_the_sentence_cut_open():
    text = "■令和9年2月\n　 3日（水）　現地見学会（午前10時、駅前集合。候補地をバスで巡回します）\n"
    assert found(text) == [("other", "2027-02-03", "10:00", "datetime")]


# --- a table drawn with full-width bars, run onto one line -------------------------------------------------


def test_rows_of_a_month_grid_of_full_width_bars_run_together_are_cut_apart():
    rows = [
        "■日程（令和8年）",
        "｜手続　　　　　｜6月　　　　｜7月　　　　｜8月　　　｜",
        "｜1 公告　　　　｜●1日(月)　 ｜　　　　　　｜　　　　　｜",
        "｜2 質問締切　　｜●12日(金)　｜　　　　　　｜　　　　　｜",
        "｜3 審査　　　　｜　　　　　　｜●中旬　　　｜　　　　　｜",
        "｜4 契約の締結　｜　　　　　　｜　　　　　　｜●上旬　　｜",
    ]
    expected = [
        ("published", "2026-06-01", None, "date"),
        ("question", "2026-06-12", None, "date"),
        ("hearing", "2026-07-01", None, "mid_month"),
        ("contract", "2026-08-01", None, "early_month"),
    ]
    assert found("\n".join(rows)) == expected
    assert found(" ".join(rows) + UNWHOLE) == expected


# --- the office's closed days in a note under the schedule -----------------------------------------------


def test_closed_days_called_holidays_under_a_schedule_are_no_step():
    text = (
        "質問への回答　　　　随時\n"
        "契約締結　　　　　　令和10年7月上旬\n"
        "※　令和10年4月29日から5月5日までの祝日等は、閉庁日です。\n"
    )
    assert found(text) == [("contract", "2028-07-01", None, "early_month")]
