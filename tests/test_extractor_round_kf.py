"""A bid team's pastes about a call (a sales mail's 社内の〆, a record's 社内日程 fields, its 提出予定, a chat's thread
foot and memo): the issuer's steps read, the team's own left out."""

import datetime as dt

from tests.extractor_found import steps

D, T = dt.date, dt.time

ISSUER = (
    "■市の日程（実施要領より）\n"
    "・公告：R9.6.1(火)\n"
    "・質問〆：6/10(木) 17:00（メールのみ）\n"
    "・企画提案書〆：7/2(金) 正午 必着\n"
)
ISSUER_STEPS = [
    ("published", D(2027, 6, 1), None, "date"),
    ("question", D(2027, 6, 10), T(17, 0), "datetime"),
    ("submission", D(2027, 7, 2), T(12, 0), "datetime"),
]


def test_a_team_deadlines_heading_with_bare_shime_and_a_long_bracket_leaves_its_items_out():
    for heading in (
        "■社内の〆（市の日程ではありません。市の〆から逆算して置いています）",
        "■社内〆（市の日程とは別。営業で引いた目安）",
    ):
        text = (
            ISSUER
            + f"\n{heading}\n・6/25(金) 提案書 一次稿\n・6/16(水) 参加申込書 押印（部長）→ 6/17 に持参\n・7/9(金) プレゼンリハ\n"
        )
        assert steps(text) == ISSUER_STEPS, heading


def test_an_issuers_deadlines_heading_that_names_the_team_in_its_bracket_keeps_its_items():
    text = "■県の〆（社内の日程ではありません）\n・公告：R9.6.1(火)\n・参加申込書〆：6/18(金) 17:00 必着\n"
    assert steps(text) == [
        ("published", D(2027, 6, 1), None, "date"),
        ("application", D(2027, 6, 18), T(17, 0), "datetime"),
    ]


def test_the_day_a_team_plans_to_hand_in_its_papers_is_no_step():
    text = ISSUER + "\n提出予定：7/1(木)\n持参予定日：7/1(木) 午前\n参加申込書 投函予定 6/16(水)\n"
    assert steps(text) == ISSUER_STEPS


def test_an_issuers_planned_steps_written_with_yotei_stay():
    text = (
        "公告 令和9年6月1日（火）\n"
        "企画提案書の提出（予定） 令和9年7月上旬\n"
        "指定議案の提出 令和9年12月（市議会12月定例会に議案を提出予定）\n"
    )
    assert steps(text) == [
        ("published", D(2027, 6, 1), None, "date"),
        ("submission", D(2027, 7, 1), None, "early_month"),
        ("other", D(2027, 12, 1), None, "month"),
    ]


def test_a_count_told_with_its_busy_months_is_no_step():
    text = ISSUER + "\n・昨年度の問い合わせ件数は約2万件、うち7割が4〜5月に集中。\n・相談件数が多いのは8〜9月\n"
    assert steps(text) == ISSUER_STEPS


def test_a_record_of_the_team_lists_its_own_fields_over_their_values_under_its_heading():
    text = (
        "案件管理（官公庁）\nレコード番号：1287\n\n発注者日程\n公告日\n2027-06-01\n質問書 提出期限\n2027-06-10 17:00\n"
        "企画提案書 提出期限\n2027-07-02 12:00\n\n社内日程\n入札可否判定日\n2027-06-04\n積算締め\n2027-06-28\n"
        "提案書 一次稿\n2027-06-25\n\n発注者日程（追加）\n開札日時\n2027-07-08 10:00\n"
    )
    assert steps(text) == [*ISSUER_STEPS, ("other", D(2027, 7, 8), T(10, 0), "datetime")]


def test_a_threads_foot_gives_no_step():
    text = (
        "田中 美咲  9:58\n@channel 要領の日程です。\n> (1) 公告　令和9年6月1日（火）\n"
        "> (2) 審査結果の通知　令和9年7月下旬（予定）\n5件の返信  最終返信: 6月2日\n\n"
        "小林 拓也  10:21\nありがとうございます。\n"
    )
    assert steps(text) == [
        ("published", D(2027, 6, 1), None, "date"),
        ("result", D(2027, 7, 1), None, "late_month"),
    ]


def test_a_hearing_on_one_of_two_slashed_days_is_its_first_day():
    for line in (
        "・プレゼン：7/13(火)・7/14(水)のいずれか（各社の時間は別途通知）",
        "    ・プレゼン：7/13(火)・7/14(水)のいずれか（各社の時間は資格確認結果と一緒に通知）",
    ):
        text = f"公告 令和9年6月1日（火）\n{line}\n"
        assert steps(text) == [
            ("published", D(2027, 6, 1), None, "date"),
            ("hearing", D(2027, 7, 13), None, "date"),
        ], line


def test_two_sessions_a_week_apart_stay_two():
    text = "公告 令和9年6月1日（火）\n説明会　7/13(火)、7/20(火)の2回開催\n"
    assert steps(text) == [
        ("published", D(2027, 6, 1), None, "date"),
        ("other", D(2027, 7, 13), None, "date"),
        ("other", D(2027, 7, 20), None, "date"),
    ]


def test_a_step_said_not_taken_at_an_event_is_the_step_not_the_event():
    text = "公告 令和9年6月1日（火）\n・質問は説明会の場では受け付けず、メールで 6/10(木) 17時まで\n"
    assert steps(text) == [
        ("published", D(2027, 6, 1), None, "date"),
        ("question", D(2027, 6, 10), T(17, 0), "datetime"),
    ]


def test_an_event_that_takes_no_questions_stays_the_event():
    text = "公告 令和9年6月1日（火）\n説明会 令和9年6月7日（月）午後2時から（質問は受け付けません）\n"
    assert steps(text) == [
        ("published", D(2027, 6, 1), None, "date"),
        ("other", D(2027, 6, 7), T(14, 0), "datetime"),
    ]
