"""Round mo: a team's pastes (a sheet's columns of dates, weekdays and times; a sheet's log of its own edits). Each test
a few lines written for its device (none copied from the development set)."""

from tests.extractor_found import found

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
