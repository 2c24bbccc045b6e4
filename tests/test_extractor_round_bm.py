"""Construction-consultancy calls in the house styles of prefectures and towns (round bm): one sentence that times
every deadline, a schedule whose note gives the hours of its windows, a correction that cites the notice by its
number, and one call of two jobs each with its own hearing. Each test a few lines written for its class."""

from tenders.extractor import extract
from tests.extractor_found import found

# --- one sentence gives the time of every deadline given as a day ------------------------------------------


def test_a_sentence_of_the_time_of_every_deadline_times_the_deadlines_and_windows_only():
    text = (
        "公募型プロポーザルの手続開始の公告\n"
        "\n"
        "第4 手続等\n"
        "  本第4に定める各期限の時刻は、特に記載のない限り、いずれも午後5時とする。\n"
        "  1 質問\n"
        "    (1) 提出期限 令和9年5月21日（金）\n"
        "    (2) 回答 令和9年5月26日（水）までにホームページに掲載する。\n"
        "  2 参加表明書の提出期間 令和9年5月17日（月）から令和9年5月31日（月）まで\n"
        "  3 選定結果の通知 令和9年6月10日（木）\n"
        "  4 技術提案書の提出期限 令和9年6月25日（金）正午\n"
    )
    assert found(text) == [
        ("question", "2027-05-21", "17:00", "datetime"),
        ("answer", "2027-05-26", None, "date"),
        ("application", "2027-05-31", "17:00", "datetime"),
        ("result", "2027-06-10", None, "date"),
        ("submission", "2027-06-25", "12:00", "datetime"),  # its own time stays
    ]


def test_the_time_of_deadlines_and_of_a_windows_last_day_said_before_the_list():
    text = (
        "6 日程\n"
        " 期限（期間にあっては最終日）の時刻は、いずれも正午とする。\n"
        " (1) 質問の受付期間 令和9年4月12日（月）から令和9年4月16日（金）まで\n"
        " (2) 質問への回答 令和9年4月21日（水）\n"
        " (3) 参加申込書の提出期限 令和9年4月23日（金）\n"
    )
    assert found(text) == [
        ("question", "2027-04-16", "12:00", "datetime"),
        ("answer", "2027-04-21", None, "date"),
        ("application", "2027-04-23", "12:00", "datetime"),
    ]


def test_the_time_of_one_kinds_deadline_leaves_the_others_as_days():
    text = (
        "第3 日程\n"
        " 1 質問書の提出期限 令和9年4月16日（金）\n"
        " 2 技術提案書の提出期限 令和9年5月21日（金）\n"
        " 質問書の提出期限の時刻は、正午とする。\n"
    )
    assert found(text) == [
        ("question", "2027-04-16", "12:00", "datetime"),
        ("submission", "2027-05-21", None, "date"),
    ]


# --- the daily hours of a schedule's windows, by its note or in its header ---------------------------------


def test_a_note_above_a_tab_schedule_closes_its_windows_at_the_daily_closing_hour():
    text = (
        "5 入札日程等\n"
        "  （期間の欄の時間は、各日とも午前9時から午後5時まで（県の休日を除く。）とする。）\n"
        "\n"
        "手続等\t期間又は日時\n"
        "設計図書等の閲覧\t令和9年6月1日（火）～令和9年6月25日（金）\n"
        "質問書の提出\t令和9年6月1日（火）～令和9年6月11日（金）\n"
        "競争参加資格確認結果の通知\t令和9年6月21日（月）（予定）\n"
        "入札書の提出\t令和9年6月23日（水）～令和9年6月25日（金）\n"
        "開札\t令和9年6月28日（月）午前10時\n"
    )
    assert found(text) == [
        ("question", "2027-06-11", "17:00", "datetime"),
        ("result", "2027-06-21", None, "date"),  # no window: its day stays a day
        ("other", "2027-06-25", "17:00", "datetime"),
        ("submission", "2027-06-25", "17:00", "datetime"),
        ("other", "2027-06-28", "10:00", "datetime"),
    ]


def test_the_hours_in_a_schedules_header_close_its_windows_but_not_an_events_day():
    text = (
        "4 入札日程\n"
        "手続\t期間又は日時（各日とも午前9時から午後4時まで）\n"
        "質問の受付\t令和9年6月2日（水）～令和9年6月9日（水）\n"
        "現地説明会\t令和9年6月7日（月）\n"
        "入札参加申請書の提出\t令和9年6月3日（木）～令和9年6月11日（金）\n"
    )
    assert found(text) == [
        ("other", "2027-06-07", None, "date"),
        ("question", "2027-06-09", "16:00", "datetime"),
        ("application", "2027-06-11", "16:00", "datetime"),
    ]


def test_a_note_under_a_schedule_gives_the_hours_of_the_windows_above_it():
    text = (
        "4 入札日程\n"
        "| 手続 | 期間 |\n"
        "|---|---|\n"
        "| 設計図書の閲覧 | 令和9年6月1日（火）～令和9年6月18日（金） |\n"
        "| 入札書の提出 | 令和9年6月16日（水）～令和9年6月18日（金） |\n"
        "\n"
        "※期間の欄の時間は、各日とも午前8時30分から午後5時15分までとする。\n"
    )
    assert found(text) == [
        ("other", "2027-06-18", "17:15", "datetime"),
        ("submission", "2027-06-18", "17:15", "datetime"),
    ]


# --- a correction that cites the notice it corrects by its number ------------------------------------------


def test_a_correction_citing_the_notice_by_number_reads_the_steps_after_it_not_a_publication():
    text = (
        "入札公告の一部訂正について\n"
        "\n"
        "令和9年8月3日付け霧浜市公告第120号で公告した一般競争入札について、次のとおり訂正する。\n"
        "\n"
        "（1）公告第120号 4（2）参加資格確認申請書の提出期限\n"
        "  （訂正前）令和9年8月13日（金）午後5時\n"
        "  （訂正後）令和9年8月20日（金）午後5時\n"
        "（2）公告第120号 4（3）入札書の受付期間\n"
        "  （訂正前）令和9年8月23日（月）から令和9年8月25日（水）まで\n"
        "  （訂正後）令和9年8月30日（月）から令和9年9月1日（水）まで\n"
        "         （各日とも午前9時から午後5時まで）\n"
    )
    assert found(text) == [
        ("application", "2027-08-20", "17:00", "datetime"),
        ("submission", "2027-09-01", "17:00", "datetime"),
    ]  # (no 「published」 on the new window's first day, no old date)


# --- one call of two jobs, each with its own hearing --------------------------------------------------------


def test_a_step_given_for_each_job_one_under_the_other_is_a_step_of_each():
    text = (
        "1 対象業務\n"
        " 第1号 ○○川河川詳細設計業務委託\n"
        " 第2号 △△橋補修設計業務委託\n"
        "2 日程\n"
        " ア 技術提案書の提出期限    令和9年8月6日（金）午後5時\n"
        " イ ヒアリング         第1号 令和9年8月17日（火）\n"
        "                 第2号 令和9年8月18日（水）\n"
        " ウ 特定結果の通知       令和9年8月下旬\n"
        "3 その他\n"
        " (1) 事務は、会計規則（昭和39年○○県規則第10号）による。\n"
    )
    assert found(text) == [
        ("submission", "2027-08-06", "17:00", "datetime"),
        ("hearing", "2027-08-17", None, "date"),
        ("hearing", "2027-08-18", None, "date"),
        ("result", "2027-08-01", None, "late_month"),
    ]
    labels = [m.label for m in extract(text).proposal.milestones if m.kind == "hearing"]
    assert labels == ["ヒアリング 第1号", "ヒアリング 第2号"]


def test_a_law_cited_by_its_number_stays_no_step():
    text = "2 参加資格\n (1) 令和9年4月1日施行の○○県条例第3号\n3 日程\n (1) 参加申込期限 令和9年5月14日（金）午後5時\n"
    assert found(text) == [("application", "2027-05-14", "17:00", "datetime")]
