"""Whole long documents (round eq): the dates of a document's other parts — the previous call told for reference,
the work's own duties, a form's sample entries — are no steps of the call; each test a few lines written for its
class."""

from tests.extractor_found import found

# --- a part given for reference ----------------------------------------------------------------------------


def test_a_bracketed_reference_table_of_the_previous_call_gives_no_steps():
    text = (
        "第3 日程\n"
        "(1) 再募集要項の配布 2026年1月13日(火)\n"
        "(2) 応募書類の提出期限 2026年2月27日(金)午後5時\n"
        "\n"
        "【別表1 前回の募集の経過(参考)】\n"
        "募集要項の配布開始 2025年9月1日(月)\n"
        "応募書類の受付締切 2025年10月31日(金)\n"
        "ヒアリング審査 2025年11月27日(木)\n"
    )
    assert found(text) == [
        ("published", "2026-01-13", None, "date"),
        ("submission", "2026-02-27", "17:00", "datetime"),
    ]


# --- the work's own duties, in a chapter that describes the work ----------------------------------------------


def test_a_duty_in_a_numbered_section_of_the_works_chapter_is_no_submission():
    text = (
        "第2 業務の概要\n"
        "1 業務名\n"
        "  県民防災意識啓発業務委託\n"
        "2 年間を通じて受託者が行うこと\n"
        "  (1) 訓練の実施計画書(案)を、令和6年9月20日(金)までに県に提出すること。\n"
        "\n"
        "第3 日程\n"
        "  (1) 企画提案書の提出期限 令和6年7月19日(金)午後5時\n"
    )
    assert found(text) == [("submission", "2024-07-19", "17:00", "datetime")]


def test_the_scope_of_a_designated_managers_work_gives_no_steps():
    text = (
        "第5 業務の範囲\n"
        "1 事業計画書及び事業報告書の作成・提出\n"
        "  (1) 事業報告書 毎年度4月30日までに提出すること。\n"
        "  (2) 月例報告 翌月15日までに提出すること。\n"
        "第6 募集の日程\n"
        "1 応募書類の提出期限 2026年7月31日(金)午後5時\n"
    )
    assert found(text) == [("submission", "2026-07-31", "17:00", "datetime")]


# --- the forms a document appends ------------------------------------------------------------------------------


def test_a_forms_cells_and_sample_entries_give_no_steps():
    text = (
        "第8 日程\n"
        "① 施設見学会の参加申込期限 令和8年9月11日(金)17時00分\n"
        "② 応募書類の提出期限 令和8年10月16日(金)17時00分\n"
        "\n"
        "様式第1号 施設見学会参加申込書\n"
        " 提出日 令和 年 月 日\n"
        " 碧浜市長 様\n"
        " 参加希望日 □9月24日 □9月25日 □どちらでも可\n"
        " 【記入例】提出日 令和8年9月8日/団体名 株式会社あおはまステージ/参加希望日 9月24日\n"
        "様式1-1 説明会参加申込書\n"
        " 提出日 年 月 日/会社名/担当者\n"
        " ※提出期限 2026年10月8日(木)17時\n"
    )
    assert found(text) == [
        ("other", "2026-09-11", "17:00", "datetime"),
        ("submission", "2026-10-16", "17:00", "datetime"),
    ]


# --- an event held on the days listed ----------------------------------------------------------------------------


def test_an_event_on_two_days_listed_is_the_first_at_the_hour_of_each():
    text = "(2) 現地見学会\n・日時 令和7年8月6日(水)及び8月7日(木) 各日午前10時から正午まで\n"
    assert found(text) == [("other", "2025-08-06", "10:00", "datetime")]
    text = "② 施設見学会 令和8年9月17日(木)・18日(金) 各日午前10時から\n"
    assert found(text) == [("other", "2026-09-17", "10:00", "datetime")]
    text = "・プレゼンテーション審査 日程 令和5年6月6日(火)及び6月7日(水)(応募者数により1日で実施することがあります。)\n"
    assert found(text) == [("hearing", "2023-06-06", None, "date")]


# --- a step given twice: in the schedule's table by day, in the body with its time ---------------------------------


def test_a_step_named_in_the_schedule_keeps_the_time_its_section_gives():
    text = (
        "■4 スケジュール\n"
        "質問受付期間\t2027年1月12日(火曜日)~1月19日(火曜日)\n"
        "提案書の提出期限\t2027年2月12日(金曜日)\n"
        "\n"
        "■5 質問\n"
        "(1) 受付期間\n"
        "2027年1月12日(火曜日)から1月19日(火曜日)17時00分まで\n"
        "(2) 方法\n"
        "質問書(様式4)をメールで送付してください。\n"
    )
    assert found(text) == [
        ("question", "2027-01-19", "17:00", "datetime"),
        ("submission", "2027-02-12", None, "date"),
    ]


def test_the_chapters_of_a_specification_appended_after_the_call_are_the_works():
    text = (
        "1 趣旨\n"
        "  本要項は、受託者を選定するために必要な事項を定める。\n"
        "2 日程\n"
        "(1) 企画提案書の提出期限 令和7年6月20日(金)午後5時\n"
        "(2) プレゼンテーション 令和7年7月8日(火)\n"
        "\n"
        "別紙 仕様書(抜粋)\n"
        "第6 業務の進め方\n"
        "1 受託者は、契約締結後10日以内に業務実施計画書を提出すること。\n"
        "2 各課へのヒアリングの日程は、令和8年3月までの間で市と協議して定めること。\n"
    )
    assert found(text) == [
        ("submission", "2025-06-20", "17:00", "datetime"),
        ("hearing", "2025-07-08", None, "date"),
    ]


def test_a_window_from_the_notice_day_alone_on_its_line_is_the_step_of_its_heading():
    text = (
        "第5 質問の受付及び回答\n"
        "1 受付期間\n"
        "  本告示の日から令和8年4月21日(火)午後5時まで\n"
        "2 提出方法\n"
        "  質問書に記入のうえ、電子メールにより提出すること。\n"
    )
    assert found(text) == [("question", "2026-04-21", "17:00", "datetime")]


def test_a_summary_given_for_reference_in_another_language_restates_this_calls_own_steps():
    """「【和文概要（参考）】」 marks the translation as not binding, not the steps of another call (round eq's bracketed
    「(参考)」 heading read it as a past call's history)."""
    text = (
        "INVITATION TO BID\n"
        "The University invites sealed bids for the supply of laboratory furniture.\n"
        "Bids shall be submitted by 15:00 on 20 January 2027.\n"
        "\n"
        "【和文概要（参考）】\n"
        "質問締切 2027年1月8日（金）17時00分\n"
        "入札書提出期限 2027年1月20日（水）15時00分\n"
    )
    assert ("question", "2027-01-08", "17:00", "datetime") in found(text)


def test_a_table_of_a_previous_call_given_for_reference_still_gives_no_steps():
    text = (
        "3 日程\n"
        "(1) 応募書類の提出期限 令和8年2月27日(金)午後5時\n"
        "\n"
        "【別表1 前回の募集の経過（参考）】\n"
        "応募書類の受付締切 令和7年10月31日(金)\n"
        "選定結果の公表 令和7年12月10日(水)\n"
    )
    assert found(text) == [("submission", "2026-02-27", "17:00", "datetime")]


def test_a_summary_of_an_earlier_call_given_for_reference_gives_no_steps():
    """「概要（参考）」 over another call's dates is that call's history; only a summary in another language restates
    this call's steps."""
    text = (
        "再度公告\n"
        "入札書の提出期限 令和9年1月22日（金）午後5時\n"
        "\n"
        "【不調となった入札の概要（参考）】\n"
        "資格確認結果の通知 令和8年12月8日\n"
        "開札日時 令和8年12月15日 午前10時\n"
    )
    assert found(text) == [("submission", "2027-01-22", "17:00", "datetime")]
