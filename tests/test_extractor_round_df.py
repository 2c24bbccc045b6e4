"""A bid team's own texts about one call (a weekly report, a handwritten note, a voice memo, a chat, minutes), round df."""

import datetime as dt

from tenders.extractor.scoring import SHAPES
from tests.extractor_found import steps

_WEEKLY_REPORT = """■営業週報
報告週:2025年 第23週
━━━━━━━━━━━━
1.今週のトピックス
━━━━━━━━━━━━
(1)【新規公募】山吹町 観光サイト運営業務委託(公募型プロポーザル)
 ・日程は以下のとおり。
   - 説明会:6/10(火)10:00~ 町役場2階
   - 参加申込書の提出:6/13(金)17:00まで
   - 企画提案書の提出:6/27(金)17:00必着
 ・契約期間は契約日から2026年3月31日まで。
━━━━━━━━━━━━
2.来週の予定
━━━━━━━━━━━━
 6/9(月) 社内キックオフ
"""


def test_a_weekly_reports_topics_of_the_week_hold_the_calls_schedule():
    # (「今週の主な締め切り」 of a news page is a digest of other calls; a report's own 「今週のトピックス」 is not)
    assert steps(_WEEKLY_REPORT) == [
        ("other", dt.date(2025, 6, 10), dt.time(10, 0), "datetime"),
        ("application", dt.date(2025, 6, 13), dt.time(17, 0), "datetime"),
        ("submission", dt.date(2025, 6, 27), dt.time(17, 0), "datetime"),
    ]


def test_a_bullet_under_the_briefings_bullet_is_a_step_of_its_own():
    text = "日程\n  - 説明会:2025年6月10日(火)10:00~ 町役場\n  - 参加申込書の提出:6月13日(金)17:00まで\n"
    assert [kind for kind, *_ in steps(text)] == ["other", "application"]


def test_weekdays_no_year_near_a_far_period_end_fits_take_the_year_they_all_fit():
    # (the nearest written date is the contract's end two years on; 9/1(月), 9/10(水), 9/26(金) fit 2025, not 2026
    # or 2027)
    text = (
        "○○町 業務委託 公募型プロポーザル\n"
        "・契約期間は契約日から2027年3月31日まで\n"
        "・公告 9/1(月)\n"
        "・説明会 9/10(水)14:00\n"
        "・企画提案書の提出 9/26(金)17:00まで\n"
        "・プレゼン審査 10月中旬\n"
    )
    found = steps(text)
    assert found[0] == ("published", dt.date(2025, 9, 1), None, "date")
    assert ("submission", dt.date(2025, 9, 26), dt.time(17, 0), "datetime") in found
    assert ("hearing", dt.date(2025, 10, 1), None, "mid_month") in found


_CHAT = """[チャット] 営業グループ のトーク履歴
保存日時:2026/04/10 19:00
2026/04/06(月)
09:10\t高田 一郎\t桔梗市の端末賃貸借、公告出ました。
09:11\t高田 一郎\t日程です
・公告 4/6(月)
・参加資格確認申請書 4/13(月)17時まで
・開札 4/28(火)10時
09:20\t森 花子\t了解です。
09:25\t森 花子\t見積は来週で。
2026/04/07(火)
08:50\t高田 一郎\t訂正です。
08:51\t高田 一郎\t× 参加資格確認申請書 4/13(月)17時まで
○ 参加資格確認申請書 4/14(火)17時まで
09:00\t森 花子\t了解です。
"""


def test_a_chats_crossed_line_gives_way_to_its_circled_line():
    found = steps(_CHAT)
    assert ("application", dt.date(2026, 4, 14), dt.time(17, 0), "datetime") in found
    assert not any(day == dt.date(2026, 4, 13) for _, day, *_ in found)


_NOTE = """【手書きメモ書き起こし】
◎菖蒲市 校務支援業務委託(R3年度) 公募型プロポ
 業務期間 R3.8.1~R4.3.31
○市の日程
 公告 5/21(金)
 説明会 5/26(水)14h~ 市役所 → 中止(感染対策)
 質問〆 5/31(月)17h
 提案書 6/11 正午必着
 プレ 6月下旬
 結果 7月上
"""


def test_a_handwritten_notes_short_forms():
    # (「17h」 for 17時, 「6/11 正午」 a date by its noon, 「プレ」 for プレゼン, 「7月上」 for 7月上旬, 「→ 中止」 calling a step off)
    assert steps(_NOTE) == [
        ("published", dt.date(2021, 5, 21), None, "date"),
        ("question", dt.date(2021, 5, 31), dt.time(17, 0), "datetime"),
        ("submission", dt.date(2021, 6, 11), dt.time(12, 0), "datetime"),
        ("hearing", dt.date(2021, 6, 1), None, "late_month"),
        ("result", dt.date(2021, 7, 1), None, "early_month"),
    ]


def test_a_speakers_weekday_without_its_day_and_month_part_with_no():
    text = (
        "令和八年四月十三日、月曜日に公告されました。\n"
        "参加申込書の締切は四月二十四日の金曜、午後五時です。\n"
        "審査結果の通知は、五月の下旬。\n"
    )
    for found in (steps(text), steps(SHAPES["one-line"](text))):
        assert ("application", dt.date(2026, 4, 24), dt.time(17, 0), "datetime") in found
        assert ("result", dt.date(2026, 5, 1), None, "late_month") in found


_MINUTES = """入札参加検討会議 議事録
１．案件
　公募型プロポーザル 参加表明書の提出期限 令和５年９月８日（金）午後５時
　企画提案書の提出期限 令和５年１０月２日（月）正午
２．決定事項
　・参加表明書は９月５日（火）までに社内決裁を完了する。
３．社内スケジュール（発注者の日程ではない）
　　9/20(水)　提案書 第一稿
　　9/27(水)　提案書 レビュー会
"""


def test_a_teams_own_approval_and_its_plan_under_a_bracketed_heading_are_no_steps():
    assert steps(_MINUTES) == [
        ("application", dt.date(2023, 9, 8), dt.time(17, 0), "datetime"),
        ("submission", dt.date(2023, 10, 2), dt.time(12, 0), "datetime"),
    ]


_TICKET = """PROJ-58  柳町 図書館システム更新 プロポーザル対応
種別: タスク   状態: 処理中   優先度: 中
担当者: 佐藤 花子
開始日: 2026/05/11
期限日: 2026/06/10
--------------------------------
柳町の公募型プロポーザル。
・質問の受付 2026/05/20 17:00まで
・企画提案書の提出 2026/06/12 17:00まで
※期限日(6/10)は社内の最終版完成日。
"""


def test_a_tickets_due_day_field_is_the_teams():
    assert steps(_TICKET) == [
        ("question", dt.date(2026, 5, 20), dt.time(17, 0), "datetime"),
        ("submission", dt.date(2026, 6, 12), dt.time(17, 0), "datetime"),
    ]


def test_a_chats_later_post_correcting_a_steps_time_gives_the_step_that_time():
    text = _CHAT.replace(
        "09:00\t森 花子\t了解です。\n",
        "09:00\t森 花子\t了解です。\n"
        "2026/04/08(水)\n"
        "10:00\t高田 一郎\tもう一点訂正です。開札は10時ではなく、4月28日(火)午前11時でした。\n"
        "10:05\t森 花子\t了解です。\n",
    )
    assert ("other", dt.date(2026, 4, 28), dt.time(11, 0), "datetime") in steps(text)
    assert ("other", dt.date(2026, 4, 28), dt.time(10, 0), "datetime") not in steps(text)
