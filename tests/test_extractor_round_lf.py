"""A team's pastes whose dates carry no year of their own (round lf): the year a team's heading states alone (「提案対応
メモ（2027年）」「2027年 社内共有」「bid notes (2027)」) and a team's short form of the fiscal year (「R8年度」「令8年度」).
Each test a few invented lines."""

from tests.extractor_found import found, one_line

ROWS = "公告 1/12(火)\n" "質問締切 1/20(水) 17:00\n" "提案書提出締切 2/10(水) 12:00\n"
STEPS = [
    ("published", "2027-01-12", None, "date"),
    ("question", "2027-01-20", "17:00", "datetime"),
    ("submission", "2027-02-10", "12:00", "datetime"),
]


def test_a_year_alone_in_a_team_heading_gives_the_year():
    text = "霞川市 観光DX 提案対応メモ（2027年）\n市の日程\n" + ROWS
    assert found(text) == STEPS
    assert found(one_line(text)) == STEPS


def test_a_year_alone_before_the_heading_words():
    assert found("2027年 社内共有 霞川市 観光DX\n" + ROWS) == STEPS


def test_an_english_heading_year_in_its_bracket():
    assert found("Kasumigawa tourism DX - bid notes (2027)\n" + ROWS) == STEPS


def test_a_relayed_step_reads_in_the_heading_year():
    text = "霞川市 観光DX 提案対応（2027年）\n" + ROWS + "市から連絡があり、ヒアリングは2/17(水)14時に決定\n"
    assert found(text) == STEPS + [("hearing", "2027-02-17", "14:00", "datetime")]


def test_the_short_fiscal_year_r_and_rei():
    for head in ("【R8年度】霞川市 観光DX推進業務\n", "令8年度 霞川市 観光DX推進業務\n"):
        assert found(head + ROWS) == STEPS


def test_a_year_with_its_month_or_a_year_word_is_no_year_alone():
    # 「2027年問題」 and 「2027年 3月」 name no year of the heading alone; no year written, none given
    assert found("霞川市 観光DX 2027年問題への対応\n" + ROWS) == []
    assert found("霞川市 観光DX（5年間）\n" + ROWS) == []


def test_an_ordinary_notice_keeps_its_written_years():
    text = (
        "霞川市告示第12号（2026年）\n"
        "1 公告日 令和9年1月12日(火)\n"
        "2 質問の提出期限 令和9年1月20日(水)午後5時\n"
        "3 企画提案書の提出期限 令和9年2月10日(水)正午\n"
    )
    assert found(text) == STEPS


def test_a_calendar_agenda_month_heading_unindented():
    # a calendar's agenda pasted as it stands: the month alone, then a line for each day (no wrap of one date)
    text = (
        "2027年3月\n"
        "4日(木) 12:00 霞川市 企画提案書 提出締切\n"
        "9日(火) 社内リハーサル\n"
        "11日(木) 14:00 霞川市 プレゼンテーション審査\n"
    )
    assert found(text) == [("submission", "2027-03-04", "12:00", "datetime"), ("hearing", "2027-03-11", "14:00", "datetime")]


def test_a_date_cut_after_its_month_is_still_joined():
    # a PDF's line wrapped after the month, the day on the next line: one date, not a month heading
    text = "1 企画提案書の提出期限 令和9年3月\n" "4日(木)正午\n" "2 プレゼンテーション審査 令和9年3月11日(木)午後2時\n"
    assert found(text) == [("submission", "2027-03-04", "12:00", "datetime"), ("hearing", "2027-03-11", "14:00", "datetime")]
