"""A team's pastes read by what they mark (round kp2): a team's list of calls whose rows are earlier calls (its status
says the call is over, a note calls them past ones) or the memo's own call again; a task list whose items say whom they
fall to (「@川村」), when they were done (「(完了 5/11)」) or that a day is held (「仮押さえ」). Each test a few invented lines."""

from tests.extractor_found import found

MEMO_SCHEDULE = (
    "件名：【共有】霞ヶ浦町 移住相談窓口運営業務 参加検討\n"
    "\n"
    "1. 町の日程（募集要項より）\n"
    "・公告 令和9年7月1日(木)\n"
    "・参加申込書の提出期限 令和9年7月12日(月)午後5時\n"
    "・企画提案書の提出期限 令和9年8月2日(月)正午\n"
    "・審査結果の通知 令和9年8月下旬\n"
    "\n"
)
MEMO_STEPS = [
    ("published", "2027-07-01", None, "date"),
    ("application", "2027-07-12", "17:00", "datetime"),
    ("submission", "2027-08-02", "12:00", "datetime"),
    ("result", "2027-08-01", None, "late_month"),
]

# --- a team's list of calls under a memo of one ------------------------------------------------------------------


def test_a_team_list_rows_of_calls_over_for_the_team_are_left_out():
    text = (
        MEMO_SCHEDULE
        + (  # (a Markdown list, no note: the status says the call is over)
            "2. 管理表\n"
            "| 案件名 | 公告日 | 申込期限 | 提出期限 | 担当 | 状態 |\n"
            "|---|---|---|---|---|---|\n"
            "| 霞ヶ浦町移住相談窓口運営業務 | 2027/07/01 | 2027/07/12 17:00 | 2027/08/02 12:00 | 岡 | 準備中 |\n"
            "| 霞ヶ浦町移住促進PR業務 | 2026/05/10 | 2026/05/20 17:00 | 2026/06/08 17:00 | 岡 | 失注 |\n"
            "| 霞ヶ浦町空き家調査業務 | 2025/09/01 | 2025/09/12 17:00 | 2025/10/01 17:00 | 西 | 辞退 |\n"
        )
    )
    assert found(text) == MEMO_STEPS


def test_a_team_list_rows_a_note_calls_past_calls_are_left_out():
    text = (
        MEMO_SCHEDULE
        + (  # (a CSV export; the statuses say nothing, the note under it names the rows)
            '"件名","公告日","申込期限","提出期限","担当者","ステータス"\n'
            '"霞ヶ浦町移住相談窓口運営業務","2027/07/01","2027/07/12 17:00","2027/08/02 12:00","岡","検討中"\n'
            '"霞ヶ浦町移住促進PR業務","2026/05/10","2026/05/20 17:00","2026/06/08 17:00","岡",""\n'
            '"霞ヶ浦町空き家調査業務","2025/09/01","2025/09/12 17:00","2025/10/01 17:00","西",""\n'
            "※2～3行目は過去の案件です（参考）。\n"
        )
    )
    assert found(text) == MEMO_STEPS


def test_a_team_list_alone_keeps_its_live_call_and_drops_the_lost_one():
    text = (
        "| 案件名 | 公告日 | 提案書提出期限 | 担当 | ステータス |\n"
        "|---|---|---|---|---|\n"
        "| 白浜市観光サイト改修業務 | 2027/03/01 | 2027/03/26 17:00 | 牧 | 提案準備中 |\n"
        "| 白浜市観光動画制作業務 | 2026/03/02 | 2026/03/27 17:00 | 牧 | 受注 |\n"
    )
    assert found(text) == [
        ("published", "2027-03-01", None, "date"),
        ("submission", "2027-03-26", "17:00", "datetime"),
    ]


def test_a_team_list_of_live_calls_keeps_every_row():
    text = (  # (must not: 「提出済」「準備中」 say where the team stands, no call is over)
        "| 案件名 | 公告日 | 提案書提出期限 | 担当 | ステータス |\n"
        "|---|---|---|---|---|\n"
        "| 白浜市観光サイト改修業務 | 2027/03/01 | 2027/03/26 17:00 | 牧 | 準備中 |\n"
        "| 白浜市観光動画制作業務 | 2027/02/15 | 2027/03/10 17:00 | 牧 | 提出済 |\n"
    )
    assert found(text) == [
        ("published", "2027-02-15", None, "date"),
        ("published", "2027-03-01", None, "date"),
        ("submission", "2027-03-10", "17:00", "datetime"),
        ("submission", "2027-03-26", "17:00", "datetime"),
    ]


def test_an_issuers_schedule_with_a_status_column_keeps_its_steps():
    text = (  # (must not: the issuer's page marks its own steps 終了/受付中; no list of calls)
        "白浜市 観光サイト改修業務 公募型プロポーザル\n"
        "| 手続 | 日程 | 状態 |\n"
        "|---|---|---|\n"
        "| 公告 | 2027年3月1日(月) | 終了 |\n"
        "| 質問の受付期限 | 2027年3月10日(水)午後5時 | 終了 |\n"
        "| 企画提案書の提出期限 | 2027年3月26日(金)午後5時 | 受付中 |\n"
    )
    assert found(text) == [
        ("published", "2027-03-01", None, "date"),
        ("question", "2027-03-10", "17:00", "datetime"),
        ("submission", "2027-03-26", "17:00", "datetime"),
    ]


# --- a task list's items -------------------------------------------------------------------------------------


def test_items_with_an_owner_mark_are_the_teams_tasks():
    text = (  # (no タスク heading: the item's @ and name say whose it is)
        "件名：砂丘市 交流拠点運営業務 参加方針\n"
        "・企画提案書の提出期限　2027年9月17日(金)17時\n"
        "・ヒアリング　2027年9月29日(水)\n"
        "進め方\n"
        "・市への質問送付 9/3(金) 締切に間に合わせる @佐藤\n"
        "・提案書の骨子 9/8(水) @小林 誠\n"
        "・市担当へヒアリング日程の確認 @佐藤 (済 9/1)\n"
    )
    assert found(text) == [
        ("submission", "2027-09-17", "17:00", "datetime"),
        ("hearing", "2027-09-29", None, "date"),
    ]


def test_a_minutes_task_list_and_a_day_held_are_the_teams():
    text = (
        "【議事録】提案準備 定例\n"
        "出席：佐藤、小林\n"
        "1. 市の日程\n"
        "　・企画提案書の提出期限　2027年9月17日(金)17時\n"
        "2. タスク\n"
        "　- 市へ質問を送る 9/3(金)まで（佐藤）\n"
        "3. その他\n"
        "　・会議室の仮押さえ 9/24(金) 10:00\n"
        "　・企画書骨子 9/10(金)\n"
        "　・市担当へ日程の確認 (完了 9/1)\n"
    )
    assert found(text) == [("submission", "2027-09-17", "17:00", "datetime")]


def test_an_issuers_step_with_an_address_or_a_place_is_kept():
    text = (  # (must not: an e-mail address's @, a place after @, a chat's mention before the words)
        "・質問の受付期限　2027年9月3日(金)17時 送付先 kikaku@city.example.lg.jp\n"
        "・現地説明会　2027年9月6日(月)10:00 @市役所3F\n"
        "@佐藤 企画提案書の提出期限は2027年9月17日(金)17時です\n"
    )
    assert found(text) == [
        ("question", "2027-09-03", "17:00", "datetime"),
        ("other", "2027-09-06", "10:00", "datetime"),
        ("submission", "2027-09-17", "17:00", "datetime"),
    ]
