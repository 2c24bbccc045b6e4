"""A bid team's pastes around the issuer's schedule (round kw): a Chatwork quote of one box, a Slack channel's name and
its creation line over the log, a ticket's start field and a board card's due field, the team's Go/No-Go decision, the
issuer's tag before an English key, an English publication key after a heading run onto its line, and the team's tagged
entries in a paste run onto one line. Each test a few invented lines."""

from tests.extractor_found import found, one_line

SCHEDULE = (
    "1 公告　令和9年5月10日（月）\n"
    "2 質問の提出期限　令和9年5月18日（火）午後5時\n"
    "3 参加申込書の提出期限　令和9年5月28日（金）午後5時\n"
    "4 企画提案書の提出期限　令和9年6月11日（金）正午\n"
)
STEPS = [
    ("published", "2027-05-10", None, "date"),
    ("question", "2027-05-18", "17:00", "datetime"),
    ("application", "2027-05-28", "17:00", "datetime"),
    ("submission", "2027-06-11", "12:00", "datetime"),
]
FILLER = (
    "体制は3名を想定。見積は前回の類似案件をベースに見直す予定。評価は技術点70点、価格点30点で、提案書はA4で15ページ以内。\n"
    "様式は県のテンプレートを使うこと。不明点は各自メモしておき、次回の打合せでまとめて確認する。\n"
)

# --- a chat's markup: one quote ----------------------------------------------------------------------------------


def test_a_chatwork_quote_of_one_box_is_read_without_its_marks():
    text = (
        "[To:4410021]石田さん\n"
        "[qt][qtmeta aid=4410021 time=1810000000]Publication: 10 May 2027\n"
        "Deadline for questions: 5:00 p.m., 18 May 2027[/qt]\n"
        "了解です、質問案を作ります。\n"
    )
    assert found(text) == [("published", "2027-05-10", None, "date"), ("question", "2027-05-18", "17:00", "datetime")]


def test_square_brackets_without_a_chats_marks_are_read_as_written():
    text = "[参考] 質問の提出期限 令和9年5月18日（火）午後5時\n[qt] は引用の意味です。\n"
    assert found(text) == [("question", "2027-05-18", "17:00", "datetime")]


# --- a channel's name and its creation line ----------------------------------------------------------------------


def test_a_slack_channel_name_over_the_day_line_is_no_step():
    text = (
        "# pj-shirakaba-kanko\n"
        "このチャンネルは 2027年5月6日 に 石田 が作成しました。\n"
        "\n"
        "5月11日（火）\n"
        "\n"
        "石田 聡  9:40\n"
        "公告が出ました。日程です。\n" + SCHEDULE
    )
    assert found(text) == STEPS


def test_a_markdown_heading_with_words_stays_a_heading():
    text = "# 4 スケジュール\n" + SCHEDULE
    assert found(text) == STEPS


# --- a ticket's fields and a board card's -------------------------------------------------------------------------


def test_a_ticket_start_field_is_the_teams_own_day():
    text = (
        "SHIRA-7 白樺県 観光PR業務 提案対応\n"
        "状態: 処理中  担当者: 石田  優先度: 中\n"
        "開始日: 2027/05/11  期限日: 2027/06/04\n"
        "\n" + SCHEDULE
    )
    assert found(text) == STEPS


def test_a_board_card_due_field_is_the_teams_own_day():
    text = "白樺県 観光PR業務\n" "リスト: 作業中\n" "ラベル: 県案件\n" "期限: 2027年6月4日 18:00\n" "\n" "説明\n" + SCHEDULE
    assert found(text) == STEPS


def test_a_board_card_keeps_a_steps_deadline_keyed_on_its_own_line():
    text = "白樺県 観光PR業務\n" "リスト: 作業中\n" "メンバー: 石田, 野口\n" "\n" "説明\n" "参加申込 期限: 2027年5月28日 17:00\n"
    assert found(text) == [("application", "2027-05-28", "17:00", "datetime")]


def test_a_deadline_key_alone_in_a_notice_stays_a_step():
    text = "参加申込書の提出\n期限: 令和9年5月28日（金）午後5時\n"
    assert found(text) == [("application", "2027-05-28", "17:00", "datetime")]


# --- the team's decision to bid ----------------------------------------------------------------------------------


def test_the_teams_go_no_go_decision_is_no_result():
    text = SCHEDULE + "\n石田: Go/No-Goは5/14 11時に決めました。参加します。\n"
    assert found(text) == STEPS


def test_a_bid_no_bid_meeting_is_no_step():
    text = SCHEDULE + "\n・5/13(木) 16:00 bid/no-bid 判定\n"
    assert found(text) == STEPS


# --- the issuer's tag before an English key ------------------------------------------------------------------------


def test_an_issuer_tag_before_an_english_key_is_taken_off():
    text = "【県】Publication: 10 May 2027\n【県】Deadline for questions: 5:00 p.m., 18 May 2027\n"
    assert found(text) == [("published", "2027-05-10", None, "date"), ("question", "2027-05-18", "17:00", "datetime")]


def test_a_tag_naming_the_notice_keeps_the_title_after_it():
    text = "【公告】白樺県 観光PR業務委託 公募型プロポーザル 2027/05/10\n"
    assert found(text) == [("published", "2027-05-10", None, "date")]


# --- an English publication key after a heading on its line --------------------------------------------------------


def test_an_english_publication_key_after_a_heading_run_onto_its_line():
    text = "2. 県の日程（RFPより） Publication: 10 May 2027\n" "Deadline for questions: 5:00 p.m., 18 May 2027\n"
    assert found(text) == [("published", "2027-05-10", None, "date"), ("question", "2027-05-18", "17:00", "datetime")]


def test_a_publication_of_results_is_no_publication_of_the_call():
    text = "Deadline for questions: 5:00 p.m., 18 May 2027\nResults Publication: 30 June 2027\n"
    assert ("published", "2027-06-30", None, "date") not in found(text)


# --- the team's tagged entries in a paste run onto one line ----------------------------------------------------------


def test_team_tagged_entries_in_one_line_drop_only_themselves():
    text = (
        "■ 白樺県 観光PR 日程（県と社内）\n"
        + "".join("【県】" + line[2:] + "\n" for line in SCHEDULE.splitlines())
        + "【社内】提案書ドラフト 2027年6月4日(金)\n"
        + "【社内】最終レビュー 2027年6月9日(水)15時\n"
        + FILLER
    )
    assert found(text) == STEPS
    assert found(one_line(text)) == STEPS


def test_a_calendar_entry_marked_the_teams_after_its_words_in_one_line():
    text = (
        "予定リスト（2027年5月）\n"
        "5/12(水) 10:00-11:00 キックオフ（社内）\n"
        "6/4(金) 終日 提案書ドラフト締切（社内）\n"
        "\n"
        "県の日程（募集要項より）\n" + SCHEDULE + FILLER
    )
    assert found(text) == STEPS
    assert found(one_line(text)) == STEPS


def test_a_short_line_with_the_teams_mark_is_still_dropped_whole():
    text = SCHEDULE + "【社内】提案書ドラフト 2027年6月4日(金)\n"
    assert found(text) == STEPS


# --- a chat's posts parted by rules: each post's speaker and time --------------------------------------------------

RULED_LOG = (
    "白樺県 観光PR 提案チーム（書き出し）\n"
    "\n"
    "────────────────\n"
    "石田 聡　2027/05/11(火) 09:40\n"
    "公告が出ました。日程です。\n" + SCHEDULE + "\n"
    "────────────────\n"
    "野口 美和　2027/05/11(火) 10:05\n"
    "了解です。ドラフトは社内で回します。\n"
    "\n"
    "────────────────\n"
    "石田 聡　2027/05/28(金) 15:20\n"
    "参加申込書、本日持参しました。\n"
)


def test_a_post_header_under_a_rule_is_no_step():
    assert found(RULED_LOG) == STEPS


def test_a_post_header_after_a_rule_run_onto_one_line_is_no_step():
    assert found(one_line(RULED_LOG + FILLER)) == STEPS


def test_a_schedule_row_between_rules_stays_a_step():
    text = "────────────\n開札日時　2027/06/10(木) 10:30\n────────────\n"
    assert found(text) == [("other", "2027-06-10", "10:30", "datetime")]
