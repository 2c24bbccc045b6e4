"""The time a step's date carries (round s): a time the wrap or a later cell put apart from its date, the daily hours
of a window of days, and hours or last-day notes that belong to one item only. Each test a few lines written for its
class."""

from tests.extractor_found import found

# --- a time apart from its date ---------------------------------------------------------------------------------


def test_a_time_after_a_weekday_the_wrap_cut():
    text = "四 入札参加資格確認申請\n(一)申請書の提出期限 令和8年2月4日(水\n)午後3時\n(二)提出方法 持参に限る。\n"
    assert found(text) == [("application", "2026-02-04", "15:00", "datetime")]


def test_a_deadline_given_for_each_way_of_handing_in():
    text = (
        "◇提出書類\n"
        "②企画提案書（正本１部）\n"
        "　郵送の場合　令和10年3月8日（水）消印有効\n"
        "　持参の場合　令和10年3月8日（水）午後4時30分まで\n"
    )
    assert found(text) == [("submission", "2028-03-08", "16:30", "datetime")]


# --- the daily hours of a window of days ---------------------------------------------------------------------


def test_an_event_over_days_closes_at_its_daily_hours():
    text = "  現地確認      令和8年10月5日(月)～10月9日(金) 10時～15時(要予約)\n"
    assert found(text) == [("other", "2026-10-09", "15:00", "datetime")]
    # an event of one day starts at the start of its hours
    text = "  現地確認      令和8年10月5日(月) 10時～15時\n"
    assert found(text) == [("other", "2026-10-05", "10:00", "datetime")]


def test_office_hours_of_one_item_are_not_those_of_another_step():
    text = (
        "第4 日程\n"
        "｜質問の受付　　｜令和10年5月11日（木）から令和10年5月15日（月）まで｜\n"
        "｜応募書類の受付｜令和10年6月1日（木）から令和10年6月7日（水）まで｜\n"
        "\n"
        "第5 質問\n"
        "　質問は電子メールで送信してください。\n"
        "\n"
        "第6 応募書類の提出\n"
        "　1 受付期間 令和10年6月1日（木）から令和10年6月7日（水）まで\n"
        "　2 受付時間 午前9時から午後4時まで\n"
    )
    assert found(text) == [("question", "2028-05-15", None, "date"), ("submission", "2028-06-07", "16:00", "datetime")]


def test_a_last_day_note_without_a_step_is_of_its_item():
    text = (
        "1 日程\n"
        "　ア 質問の受付　令和10年9月4日（月）から9月8日（金）まで\n"
        "　イ 参加表明書の受付　令和10年9月19日（火）から9月22日（金）まで\n"
        "\n"
        "2 質問の受付及び回答\n"
        "　(ア) 受付時間は、最終日の午後3時までとする。\n"
        "\n"
        "3 参加表明書の提出\n"
        "　(ア) 提出方法 持参(受付時間は午前10時から午後4時まで)\n"
    )
    assert found(text) == [
        ("question", "2028-09-08", "15:00", "datetime"),
        ("application", "2028-09-22", "16:00", "datetime"),
    ]


def test_the_rounds_of_a_window_under_a_heading_of_two_steps():
    text = (
        "第5 質問の受付及び回答\n"
        "(1) 受付期間\n"
        "　ア 第1回 令和9年4月5日(月)から4月9日(金)午後4時まで\n"
        "　イ 第2回 令和9年5月10日(月)から5月14日(金)午後4時まで\n"
        "(2) 回答 令和9年5月21日(金)までにホームページに掲載する。\n"
    )
    assert found(text) == [
        ("question", "2027-04-09", "16:00", "datetime"),
        ("question", "2027-05-14", "16:00", "datetime"),
        ("answer", "2027-05-21", None, "date"),
    ]


def test_the_day_of_the_item_above_given_as_tojitsu():
    text = (
        "6 入札の日時及び場所\n"
        "　(1) 入札日　令和9年6月15日（火曜日）\n"
        "　(2) 入札書の受付　当日　午後1時から午後1時20分まで\n"
        "　(3) 開札　　　　　当日　午後1時30分\n"
        "　(4) 場所　　　　　市役所5階 入札室\n"
    )
    assert found(text) == [("submission", "2027-06-15", "13:20", "datetime"), ("other", "2027-06-15", "13:30", "datetime")]
    # 「当日消印有効」 is no time of a day
    text = "③企画提案書\n　郵送の場合　令和10年3月8日（水）当日消印有効\n"
    assert found(text) == [("submission", "2028-03-08", None, "date")]


def test_what_is_written_on_the_envelope_names_no_step():
    text = "　見積書は、封筒に入れて封をし、表に「産業廃棄物処理業務見積書在中」と朱書のうえ、令和9年8月20日(金)午後3時までに提出してください。\n"
    assert found(text) == [("submission", "2027-08-20", "15:00", "datetime")]


def test_days_listed_as_so_many_days_are_a_window():
    text = "　現地確認は、令和9年7月5日(月)、7月6日(火)の2日間、いずれも9:00～15:00の間で、事前予約制で行います。\n"
    assert found(text) == [("other", "2027-07-06", "15:00", "datetime")]
    # days listed without their count are steps of their own
    text = "　説明会は、令和9年7月5日(月)午前10時及び7月6日(火)午後2時に開催します。\n"
    assert len(found(text)) == 2


def test_a_viewing_window_closes_at_the_hours_its_own_item_gives():
    text = (
        "3 日程\n"
        "　　図面の閲覧　　　　令和11年2月1日(木)～2月6日(火)\n"
        "　　提案書の提出期限　令和11年3月1日(木)　正午\n"
        "\n"
        "4 図面の閲覧\n"
        "　(1) 閲覧日時\n"
        "　　　上記の期間中、各日午前10時から午後3時まで(正午から午後1時までを除く。)\n"
    )
    assert found(text) == [("other", "2029-02-06", "15:00", "datetime"), ("submission", "2029-03-01", "12:00", "datetime")]


# --- a flow chart of boxes -------------------------------------------------------------------------------------


def test_the_boxes_of_a_flow_chart_are_a_label_over_its_date():
    text = (
        "  ┌──────────────────────────────┐\n"
        "  │ 企画提案書 提出締切                │\n"
        "  │ 2027年11月5日(金) 17:00            │\n"
        "  └──────────────────────────────┘\n"
        "                  ▼\n"
        "  ┌──────────────────────────────┐\n"
        "  │ プレゼンテーション                  │\n"
        "  │ 2027年11月16日(火) 10:00~(1者30分)  │\n"
        "  └──────────────────────────────┘\n"
        "                  ▼\n"
        "  ┌──────────────────────────────┐\n"
        "  │ 選定結果の通知 → 契約締結          │\n"
        "  │ 2027年11月下旬 → 2027年12月上旬     │\n"
        "  └──────────────────────────────┘\n"
    )
    assert found(text) == [
        ("submission", "2027-11-05", "17:00", "datetime"),
        ("hearing", "2027-11-16", "10:00", "datetime"),
        ("result", "2027-11-01", None, "late_month"),
        ("contract", "2027-12-01", None, "early_month"),
    ]


def test_the_keys_beside_the_hours_in_their_item_are_no_heading_of_it():
    # 「(1) 受付方法」 / 「(1) 提出期間 表1に示す期間」 above 「(2) 受付時間」 are keys of the item, not its step: the
    # hours and last-day notes are of the item's heading, whichever row of the schedule names its step
    text = (
        "1 日程(表1)\n"
        "　令和10年9月4日（月）～9月8日（金）　　質問の受付\n"
        "　令和10年9月19日（火）～9月22日（金）　参加申請書の受付\n"
        "　令和10年11月6日（月）～11月8日（水）　提案書の受付\n"
        "\n"
        "2 質問及び回答\n"
        "　(1) 受付方法\n"
        "　　質問票を電子メールで送付すること。\n"
        "　(2) 受付期間\n"
        "　　表1に示す期間とし、受付期間最終日の午後3時までに着信したものに限る。\n"
        "\n"
        "3 参加申請書の提出\n"
        "　(1) 提出期間　表1に示す期間\n"
        "　(2) 受付時間　各日午前9時から午後4時まで\n"
        "\n"
        "4 提案書の提出\n"
        "　(1) 提出期間　令和10年11月6日（月）から11月8日（水）まで\n"
        "　(2) 受付時間　各日午前9時から午後4時まで（最終日の11月8日（水）は正午まで）\n"
    )
    assert found(text) == [
        ("question", "2028-09-08", "15:00", "datetime"),
        ("application", "2028-09-22", "16:00", "datetime"),
        ("submission", "2028-11-08", "12:00", "datetime"),
    ]


def test_the_hours_of_one_item_reach_a_step_no_heading_names():
    # the hours stand in the bids' item; the questions have an item of their own (sent by e-mail), the
    # applications none: they are received in the bids' hours
    text = (
        "第1 日程\n"
        "　質問の受付　　　令和10年4月3日（月）から4月7日（金）まで\n"
        "　参加申請の受付　令和10年4月17日（月）から4月21日（金）まで\n"
        "　入札書の受付　　令和10年5月15日（月）から5月19日（金）まで\n"
        "\n"
        "第2 質問\n"
        "　質問は電子メールで送信してください。\n"
        "\n"
        "第3 入札書の提出\n"
        "　1 受付時間 午前9時から午後4時まで\n"
    )
    assert found(text) == [
        ("question", "2028-04-07", None, "date"),
        ("application", "2028-04-21", "16:00", "datetime"),
        ("submission", "2028-05-19", "16:00", "datetime"),
    ]
