"""What a bid team pastes about one call (round lk2): a ticket of its tracker (the sub-tickets' due days, a history
entry's stamp, the firm's own sign-off, its own day set against the deadline), a row naming two papers handed in under
one deadline, and a report whose arrow remarks, heading note and attachment line carry days of no step. Each test a
few lines written for its device."""

from tests.extractor_found import found, one_line

# --- a ticket of the team's tracker ------------------------------------------------------------------------------------

TICKET = (
    "タスク #310\n"
    "【入札】湖沼水質調査業務\n"
    "ステータス:  対応中          開始日:   2027/05/10\n"
    "優先度:      通常            期日:     2027/06/18\n"
    "担当者:      森 一樹\n"
    "\n"
    "|_. 手続 |_. 日時 |\n"
    "| 質問書 提出期限 | 2027/05/21(金) 17:00 |\n"
    "| 質問回答 | 2027/05/28(金)まで |\n"
    "| 参加申請書及び企画提案書 提出期限 | 2027/06/08(火) 12:00 |\n"
    "| 入札書 提出期限 | 2027/06/22(火) 17:00 |\n"
    "\n"
    "子チケット\n"
    "タスク #311: 質問案の作成                      終了     森 一樹     2027/05/19\n"
    "タスク #312: 企画提案書ドラフト                進行中   川端 遥     2027/06/02\n"
    "\n"
    "履歴\n"
    "#2 川端 遥 さんが 2027/05/28 15:20 に更新\n"
    "質問回答の掲載を確認。\n"
    "\n"
    "#3 森 一樹 さんが 2027/06/09 09:12 に更新\n"
    "見積は課長決裁 6/15(火)。入札書は 6/18(金) に提出します（〆は 6/22 17:00 だが前倒し）。\n"
)
TICKET_STEPS = [
    ("question", "2027-05-21", "17:00", "datetime"),
    ("answer", "2027-05-28", None, "date"),
    ("application", "2027-06-08", "12:00", "datetime"),
    ("submission", "2027-06-08", "12:00", "datetime"),
    ("submission", "2027-06-22", "17:00", "datetime"),
]


def test_a_ticket_keeps_the_call_steps_and_leaves_the_team_days_out():
    assert found(TICKET) == TICKET_STEPS


def test_a_ticket_run_onto_one_line_keeps_the_call_steps_only():
    assert found(one_line(TICKET)) == TICKET_STEPS


def test_a_row_of_two_papers_under_one_deadline_gives_a_step_each():
    text = "令和9年5月10日 公告\n競争参加資格確認申請書及び技術提案書 提出期限　令和9年6月8日(火) 17:00\n"
    assert ("application", "2027-06-08", "17:00", "datetime") in found(text)
    assert ("submission", "2027-06-08", "17:00", "datetime") in found(text)


def test_a_history_stamp_lends_no_time_to_the_step_named_below_it():
    text = (
        "ステータス: 対応中\n優先度: 高め\n担当者: 森\n"
        "| 質問回答 | 2027/05/28(金)まで |\n"
        "#2 川端 さんが 2027/05/28 15:20 に更新\n"
        "質問回答の掲載を確認。\n"
    )
    assert found(text) == [("answer", "2027-05-28", None, "date")]


# --- a report on a briefing ---------------------------------------------------------------------------------------------

REPORT = (
    "説明会参加報告書\n"
    "湖沼水質調査業務 公募型プロポーザル\n"
    "・公告日　令和9年4月12日(月)\n"
    "\n"
    "2．スケジュール（要領の表を転記。→ は説明会での補足）\n"
    "　(1) 質問書の提出　　　　4/23(金) 17時まで\n"
    "　(2) 参加申込書の提出　　5/6(木) 正午まで（持参のみ）\n"
    "　　　→ 5/3(月)〜5/5(水)は閉庁のため、実質は4/30(金)か5/6(木)午前\n"
    "　(3) 企画提案書の提出　　5/20(木) 17時まで\n"
    "\n"
    "（添付）説明会資料、申込受付メール（2027/4/20 受信）\n"
)


def test_an_arrow_remark_leaves_the_row_above_its_own_day_and_the_attachment_day_is_out():
    assert found(REPORT) == [
        ("published", "2027-04-12", None, "date"),
        ("question", "2027-04-23", "17:00", "datetime"),
        ("application", "2027-05-06", "12:00", "datetime"),
        ("submission", "2027-05-20", "17:00", "datetime"),
    ]


def test_a_deadline_said_as_received_by_stays_a_step():
    text = "参加申込書の提出　令和9年5月6日(木) 17時受信分まで（電子メール）\n"
    assert found(text) == [("application", "2027-05-06", "17:00", "datetime")]


# --- a reply in a mail thread -------------------------------------------------------------------------------------------


def test_an_engagement_already_in_the_team_diary_is_no_step():
    text = (
        "件名: Re: 【日程変更】港湾観光計画策定業務 プレゼンテーション審査\n"
        "プレゼンテーション審査の日程を令和9年7月14日(水)に変更します。\n"
        "\n"
        "了解しました。\n"
        "7/15(木)は午後に別件の川口町のヒアリング（14:00〜、町役場）が入っているので、14日なら問題ありません。\n"
    )
    assert found(text) == [("hearing", "2027-07-14", None, "date")]


def test_the_later_day_of_the_team_practice_is_no_hearing_also_on_one_line():
    text = (
        "■プレゼンテーション審査　令和9年8月24日(火)\n"
        "\n"
        "社内スケジュール（案）\n"
        "・プレゼン練習 8/16(月)・8/20(金)\n"
        "✅ 3\n"
    )
    assert found(text) == [("hearing", "2027-08-24", None, "date")]
    assert found(one_line(text)) == [("hearing", "2027-08-24", None, "date")]
