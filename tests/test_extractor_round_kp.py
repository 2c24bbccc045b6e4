"""A team's own dates beside the issuer's in the tools a bid team pastes a call into (round kp): a plan whose heading
says it is not the issuer's, a column of the team's or its joint venture's, a row named by the team's draft or review,
a day set against the issuer's in a bracket, a list of several calls the team keeps. Each test a few invented lines."""

from tests.extractor_found import found

# --- a heading that says whose days its list holds -------------------------------------------------------------


def test_a_team_plan_whose_note_says_it_is_not_the_issuers_is_left_out():
    text = (  # (a chat room's box, its title the plan's heading)
        "────────────────────\n"
        "森 健　2027/05/12(水) 09:10\n"
        "[info][title]要領「日程」より[/title](4) 参加表明書の提出期限　令和9年6月5日(金)午後5時\n"
        "(6) 技術提案書の提出期限　令和9年6月30日(火)正午[/info]\n"
        "\n"
        "────────────────────\n"
        "森 健　2027/05/12(水) 11:30\n"
        "[info][title]社内工程（案）※発注者の日程ではありません[/title]6/3(木)　参加表明書 発送\n"
        "6/25(金)　技術提案書 初稿\n"
        "6/29(火)　持参で提出[/info]\n"
    )
    assert found(text) == [
        ("application", "2027-06-05", "17:00", "datetime"),
        ("submission", "2027-06-30", "12:00", "datetime"),
    ]
    # (an Excel WBS pasted into a meeting's record under a heading whose bracket, however long, says so)
    text = (
        "打合せ記録\n"
        "出席者：4名\n"
        "1. 発注者の日程\n"
        "・技術提案書の提出期限 令和9年6月30日(水)午後4時\n"
        "2. 社内スケジュール（Excel WBS v1.2 から転記。以下は当社の作業期限で、県の日程ではない）\n"
        "・6/21(月) 技術提案書 照査\n"
        "・6/30(水) 午前中に持参\n"
    )
    assert found(text) == [("submission", "2027-06-30", "16:00", "datetime")]


def test_a_team_deadlines_moved_are_its_own():
    text = (
        "質問書の提出期限 2027年9月3日(金)17時00分\n"
        "企画書の提出期限 2027年9月24日(金)12時00分\n"
        "社内の締切も3日前倒しします。\n"
        "・9/20(月) 企画書 見直し\n"
    )
    assert found(text) == [
        ("question", "2027-09-03", "17:00", "datetime"),
        ("submission", "2027-09-24", "12:00", "datetime"),
    ]


def test_a_meetings_next_meeting_is_no_step():
    text = (
        "打合せ記録\n"
        "出席者：営業部 3名\n"
        "1. 日程\n"
        "・企画提案書の提出期限 2027年7月9日(金)午後5時\n"
        "2. 次回\n"
        "・2027年7月1日(木) 14:00～ 提案書の読み合わせ\n"
    )
    assert found(text) == [("submission", "2027-07-09", "17:00", "datetime")]


# --- a row named by the team's own work ------------------------------------------------------------------------


def test_a_row_named_by_a_draft_or_a_review_is_the_teams():
    text = (
        "作業\t期日\n"
        "技術提案書 第2稿\t2027/6/20\n"
        "技術提案書 部長レビュー\t2027/6/24\n"
        "ヒアリング想定問答 初版\t2027/7/2\n"
        "入札額決定会議\t2027/7/5\n"
    )
    assert found(text) == []


def test_an_issuers_step_with_a_like_word_stays():  # (must not: 第1次審査, 確認結果通知 are the issuer's)
    text = "手続\t日程\n" "参加表明書の確認結果通知\t2027/6/10\n" "提案書の提出（第1次審査）\t2027/6/30 17:00\n"
    assert found(text) == [
        ("result", "2027-06-10", None, "date"),
        ("submission", "2027-06-30", "17:00", "datetime"),
    ]


# --- a day set against the issuer's -----------------------------------------------------------------------------


def test_a_day_the_issuers_own_is_set_against_after_it_is_the_teams():
    text = (
        "入札書の提出期間 令和9年2月17日(水)午前9時から令和9年2月19日(金)午後5時まで\n"
        "（Asana のコメントより）入札書は、決裁の都合上 2/18(木) に提出予定です（町の受付は2/19(金) 17:00まで）。\n"
        "質問書は 2/8(月) に送ります（町の締切より前倒し）。\n"
    )
    assert found(text) == [("submission", "2027-02-19", "17:00", "datetime")]


def test_the_issuers_day_in_the_bracket_stays():  # (must not: the bracket's own date is the issuer's)
    text = (
        "件名：【町】公民館改修 資格確認\n"
        "資格確認の結果は、代表者あてに届き次第転送します（町は 2027年2月10日(水) までに通知）。\n"
    )
    assert found(text) == [("result", "2027-02-10", None, "date")]


# --- a column of the team's, a joint venture's inside ----------------------------------------------------------


def test_a_joint_ventures_column_beside_the_issuers_is_left_out():
    text = (
        "| 項目 | 県（発注者）の期限 | 共同企業体内の締切（構成員→代表者） |\n"
        "|---|---|---|\n"
        "| 競争参加資格確認申請書 | 2027/3/12 17:00 | 2027/3/8 |\n"
        "| 質問への回答 | 2027/3/19 | － |\n"
        "| 入札書 | 2027/3/26 17:00 | 2027/3/23 |\n"
    )
    assert found(text) == [
        ("application", "2027-03-12", "17:00", "datetime"),
        ("answer", "2027-03-19", None, "date"),
        ("submission", "2027-03-26", "17:00", "datetime"),
    ]


# --- a team's list of several calls (a Notion database export) --------------------------------------------------


def test_a_teams_list_of_calls_reads_each_row_and_not_the_pages_fields_again():
    text = (
        "| 案件名 | ステータス | 公告日 | 提出締切 | プレゼン・開札 | 結果・契約 | 社内締切 | 担当 |\n"
        "|---|---|---|---|---|---|---|---|\n"
        "| [市民課窓口業務委託](%E5%B8%82%E6%B0%91%E8%AA%B2%E7%AA%93%E5%8F%A3%E6%A5%AD%E5%8B%99%20a1b2c3.md)"
        " | 申請済 | 2027年4月5日 | 2027年4月26日 17:00 | 2027年5月10日 | 5月中旬 結果通知 | 2027年4月20日 | 森 |\n"
        "| [庁舎清掃業務](%E5%BA%81%E8%88%8E%E6%B8%85%E6%8E%83%E6%A5%AD%E5%8B%99%20d4e5f6.md)"
        " | 検討中 | 2027年4月12日 | 2027年5月7日 17:00 | 開札 2027年5月10日 10:00 |"
        " 5月下旬 結果／6月上旬 契約 | 2027年5月1日 | 林 |\n"
        "\n"
        "# 市民課窓口業務委託\n"
        "\n"
        "ステータス: 申請済\n"
        "公告日: 2027年4月5日\n"
        "プレゼン・開札: 2027年5月10日\n"
        "結果・契約: 5月中旬 結果通知\n"
        "社内締切: 2027年4月20日\n"
    )
    assert sorted(found(text)) == [
        ("contract", "2027-06-01", None, "early_month"),
        ("hearing", "2027-05-10", None, "date"),
        ("other", "2027-05-10", "10:00", "datetime"),
        ("published", "2027-04-05", None, "date"),
        ("published", "2027-04-12", None, "date"),
        ("result", "2027-05-01", None, "late_month"),
        ("result", "2027-05-01", None, "mid_month"),
        ("submission", "2027-04-26", "17:00", "datetime"),
        ("submission", "2027-05-07", "17:00", "datetime"),
    ]


# --- a mail's and a meeting tool's own dates ------------------------------------------------------------------


def test_a_quoted_mails_sender_line_is_no_step():
    text = (
        "(5) 質問の受付 令和9年3月1日(月)から3月5日(金)午後5時まで\n"
        "（以下略。回答は説明書による。）\n"
        "\n"
        "> 2027/02/26(金) 9:41 山田 太郎 <yamada@example.jp>:\n"
        "> 日程表をお送りください。\n"
    )
    assert found(text) == [("question", "2027-03-05", "17:00", "datetime")]


def test_a_recordings_expiry_a_followup_task_and_a_papers_date_are_no_steps():
    text = (
        "会議名：入札対応 キックオフ\n"
        "レコーディング：あり（レコーディングは 2027年8月30日 に期限切れになります）\n"
        "・入札書の提出期限 2027年7月20日(火)午後5時\n"
        "・フォローアップ タスク：佐藤さんが見積依頼を出す（7月5日）\n"
        "・協定書の日付は 7/12(月) で統一してください。\n"
        "・質問は 7/8(木)までに送付を目標とする。\n"
        "・見積書は 7/16(金) に持参する。\n"
    )
    assert found(text) == [("submission", "2027-07-20", "17:00", "datetime")]
