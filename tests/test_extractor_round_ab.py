"""Calls of schools, sport, disaster prevention and safety (round ab): each test a few lines written for its class."""

from tests.extractor_found import found, kinds

# --- the qualification papers of a bid ---------------------------------------------------------------------


def test_a_section_on_applying_to_bid_names_its_window():
    text = (
        "5 入札参加の申請\n"
        "(1) 提出書類\n"
        "  ア 入札参加資格確認申請書（様式第1号）\n"
        "  イ 納入実績調書（様式第2号）\n"
        "(2) 受付期間 令和8年5月11日（月）から5月20日（水）まで\n"
    )
    assert kinds(text) == ["application"]


def test_a_spaced_out_bracketed_item_number_is_an_item():
    text = (
        "3 　入札参加資格確認申請\n"
        "( 1 ) 　提出書類　入札参加資格確認申請書（様式第 1 号）、納入実績調書（様式第 2\n"
        "　　号）及び保守体制調書（様式第 3 号）\n"
        "( 2 ) 　提出期間　令和 8 年 5 月 11 日 ( 月 ) から 5 月 20 日 ( 水 ) まで\n"
    )
    assert found(text) == [("application", "2026-05-20", None, "date")]


# --- times of windows --------------------------------------------------------------------------------------


def test_a_note_of_one_steps_daily_hours_closes_its_window():
    text = (
        "| 手続 | 期間 |\n"
        "|---|---|\n"
        "| 入札参加資格確認申請 | 2026年6月1日（月曜日）～6月10日（水曜日） |\n"
        "| 入札書の提出 | 2026年6月15日（月曜日）～6月17日（水曜日）正午 |\n"
        "\n"
        "※入札参加資格確認申請の受付時間は、各日午前9時から午後4時までです。6月6日（土曜日）は受付しません。\n"
        "\n"
        "問合せ先 受付時間：平日 午前8時30分～午後5時15分\n"
    )
    assert [(kind, time) for kind, _, time, _ in found(text)] == [("application", "16:00"), ("submission", "12:00")]


def test_daily_hours_cut_by_the_wrap_after_their_opening_time():
    text = (
        "(2) 参加表明書の提出期間\n"
        "令和8年9月1日(火)から令和8年9月14日(月)まで\n"
        "の土曜日、日曜日及び祝日を除く毎日、8時30分から\n"
        "16時30分まで。持参により提出すること。\n"
    )
    assert found(text) == [("application", "2026-09-14", "16:30", "datetime")]


# --- corrections -------------------------------------------------------------------------------------------


def test_the_item_of_the_notices_text_a_correction_changes_names_no_publication():
    text = (
        "| 項目 | 訂正前 | 訂正後 |\n"
        "|---|---|---|\n"
        "| 公告文 5(2) 入札書の提出期限 | 令和8年11月9日（月）正午 | 令和8年11月16日（月）正午 |\n"
    )
    assert found(text) == [("submission", "2026-11-16", "12:00", "datetime")]


# --- years -------------------------------------------------------------------------------------------------


def test_a_schedule_runs_forward_past_the_half_year():
    text = (
        "日程\t内容\n"
        "令和9年4月20日（火）\t募集要項の配布開始\n"
        "9月\t市議会9月定例会へ指定議案を提出\n"
        "11月（議決後）\t基本協定の締結\n"
    )
    assert found(text)[-1] == ("contract", "2027-11-01", None, "month")


# --- not steps ---------------------------------------------------------------------------------------------


def test_holidays_left_out_in_a_bracket_within_a_bracket_are_no_step():
    text = (
        "(2) 提出期限 令和8年5月12日(火)正午\n"
        "(3) 提出方法 持参又は郵送\n"
        "  持参の場合は、午前9時から午後5時まで（土曜日、日曜日及び祝日（5月3日から5月6日まで）を除く。）の間に提出してください。\n"
    )
    assert found(text) == [("submission", "2026-05-12", "12:00", "datetime")]
