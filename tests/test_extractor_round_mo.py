"""Round mo: a team's pastes (a sheet's columns of dates, weekdays and times; a sheet's log of its own edits). Each test
a few lines written for its device (none copied from the development set)."""

from tests.extractor_found import found, one_line

SCHEDULE = (
    "令和8年度 港湾清掃業務委託 公募型プロポーザル 社内管理表\n\n"
    "手続\t期日\n"
    "質問書の提出期限\t2026/10/05(月) 17:00\n"
    "企画提案書の提出期限\t2026/10/19(月) 12:00\n\n"
)
SCHEDULE_FOUND = [("question", "2026-10-05", "17:00", "datetime"), ("submission", "2026-10-19", "12:00", "datetime")]


def test_a_sheets_bare_month_and_day_takes_its_weekday_and_time_from_the_next_columns():
    text = (
        "令和9年度 図書館システム更新業務 プロポーザル 進行表\n\n"
        "区分\t手続\t期日\t曜\t時刻\t担当\n"
        "発注者\t公告\t2027/05/10\t月\t\t-\n"
        "発注者\t質問受付期限\t5/17\t月\t17:00:00\t高橋\n"
        "発注者\t参加表明書の提出期限\t5/24\t月\t12:00:00\t高橋\n"
        "発注者\t選定結果の通知\t5/28\t金\t\t-\n"
    )
    assert found(text) == [
        ("published", "2027-05-10", None, "date"),
        ("question", "2027-05-17", "17:00", "datetime"),
        ("application", "2027-05-24", "12:00", "datetime"),
        ("result", "2027-05-28", None, "date"),
    ]


def test_a_markdown_tables_weekday_column_between_the_day_and_an_events_hours():
    text = (
        "# 港湾清掃業務委託 公募型プロポーザル 日程メモ(令和8年度)\n\n"
        "| 手続 | 日付 | 曜日 | 時間 |\n"
        "|---|---|---|---|\n"
        "| 説明会 | 2026/09/02 | 水 | 10:00~11:00 |\n"
        "| 参加申込書の提出 | 9/9 | 水 | 17:00 |\n"
        "| 企画提案書の提出 | 9/30 | 水 | 正午 |\n"
    )
    assert found(text) == [
        ("other", "2026-09-02", "10:00", "datetime"),
        ("application", "2026-09-09", "17:00", "datetime"),
        ("submission", "2026-09-30", "12:00", "datetime"),
    ]


def test_a_csv_rows_weekday_cell_and_a_weekday_column_with_no_time():
    csv = "令和8年度 港湾清掃業務委託 公募型プロポーザル\n\n工程,日付,曜日,時刻\n質問書の提出期限,10/5,月,17:00\n企画提案書の提出期限,10/19,月,12:00\n"
    assert found(csv) == [("question", "2026-10-05", "17:00", "datetime"), ("submission", "2026-10-19", "12:00", "datetime")]
    tsv = "令和8年度 港湾清掃業務委託 公募型プロポーザル\n\n工程\t日付\t曜日\t備考\n質問書の提出期限\t10/5\t月\tメール\n企画提案書の提出期限\t10/19\t月\t持参\n"
    assert found(tsv) == [("question", "2026-10-05", None, "date"), ("submission", "2026-10-19", None, "date")]


def test_a_sheets_log_of_its_own_edits_gives_no_step():
    tab = "[シート2:変更履歴]\n日付\t更新者\t内容\n2026/09/28\t木村\t新規作成\n2026/10/01\t木村\t説明会の行を削除\n2026/10/02\t森\t提案書の部数を修正\n"
    assert found(SCHEDULE + tab) == SCHEDULE_FOUND
    markdown = (
        "## 改訂記録\n\n| 版 | 日付 | 変更者 | 変更内容 |\n|---|---|---|---|\n"
        "| 1.0 | 2026/09/28 | 木村 | 初版 |\n| 1.1 | 2026/10/03 | 森 | 質問書の提出期限を追記 |\n"
    )
    assert found(SCHEDULE + markdown) == SCHEDULE_FOUND
    english = (
        "Sheet 2 - log\nDate\tUpdated by\tChanges\n2026/09/28\tKimura\tcreated\n2026/10/02\tMori\tproposal copies corrected\n"
    )
    assert found(SCHEDULE + english) == SCHEDULE_FOUND


MEMO = (
    "令和8年度 港湾清掃業務委託 公募型プロポーザル メモ\n\n■日程(実施要領より)\n"
    "・参加申込書の提出 9月9日(水)17時まで\n・企画提案書の提出 9月30日(水)正午まで\n\n"
)
MEMO_FOUND = [("application", "2026-09-09", "17:00", "datetime"), ("submission", "2026-09-30", "12:00", "datetime")]


def both(text: str) -> list[tuple]:
    as_written = found(text)
    assert found(one_line(text)) == as_written
    return as_written


def test_the_firms_round_of_approvals_for_its_seal_is_no_step():
    text = MEMO + (
        "■社外秘メモ\n・参加申込書の押印回議 → 9/3(木)着手、9/4(金)決裁\n・参加表明書の稟議 9/2(水)\n"
        "・申込書 押印手続 9/7(月)まで(総務)\n"
    )
    assert both(text) == MEMO_FOUND


def test_a_call_followed_in_another_channel_or_thread_is_no_step_of_this_one():
    text = MEMO + (
        "同じ週に汐見町の観光案件(別チャンネル)の参加申込〆 9/8(火)も重なります。\n"
        "防災無線の案件（別スレッドで管理）は開札が9/10(木)10:00です。\n"
    )
    assert both(text) == MEMO_FOUND


def test_a_second_contract_in_force_said_with_mo_ends_no_signing():
    text = MEMO + "現行の清掃は他社で、保守契約も令和9年3月31日までと仕様書にあります。\nリース契約も2027年3月末までです。\n"
    assert both(text) == MEMO_FOUND


SLACK_JA = (
    "#bid-港湾清掃\n\n9月1日(火)\n\n森 一郎  午前 9:12\n"
    "港湾清掃のプロポ(令和8年度)、参加申込書は9/9(水)17時まで、提案書は9/30(水)正午まで。\n\n"
    "木村 彩  午前 9:40\n提案書の〆は 10/2(金)17時 でしたっけ?\n\n"
    "森 一郎  午前 9:44\nいえ、9/30(水)の正午です。10/2(金)は去年の案件の〆と混ざってますね。\n\n"
    "木村 彩  午前 9:45\n了解です!\n"
)
SLACK_EN = (
    "#bid-harbour\n\nTuesday, September 1st\n\nIchiro Mori  9:12 AM\n"
    "港湾清掃のプロポ(令和8年度)、参加申込書は9/9(水)17時まで、提案書は9/30(水)正午まで。\n\n"
    "Aya Kimura  9:40 AM\n提案書の〆は 10/2(金)17時 でしたっけ?\n\n"
    "Ichiro Mori  9:44 AM\nいえ、9/30(水)正午です。10/2は前回の締切と勘違いしてました。\n\n"
    "Aya Kimura  9:45 AM\n了解です!\n"
)


def test_a_slack_window_with_the_half_of_the_day_and_a_day_mixed_up_with_an_earlier_calls():
    # (the posts' headers 「森 一郎  午前 9:12」「Ichiro Mori  9:12 AM」 make the text a chat; a later post says the day
    # asked about was last year's, mixed up, and gives the right one)
    assert found(SLACK_JA) == MEMO_FOUND
    assert found(SLACK_EN) == MEMO_FOUND
