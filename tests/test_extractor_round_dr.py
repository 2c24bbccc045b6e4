"""Calls passed on inside a bid team's own papers (round dr): its plan beside the call's schedule, its checklist's
notes, its chat's markup, its guesses; each test a few lines written for its class."""

from tests.extractor_found import found

# --- the team's own plan under a heading that says whose it is ----------------------------------------------


def test_a_schedule_headed_as_the_companys_own_is_no_step_of_the_call():
    text = (
        "3. 募集日程\n"
        " |項目 |日程 |\n"
        " |質問書提出期限 |令和9年6月7日(月)午後5時 |\n"
        " |企画提案書提出期限 |令和9年6月28日(月)正午 |\n"
        "\n"
        "4. 当社対応スケジュール(社内)\n"
        " |項目 |予定日 |担当 |\n"
        " |質問案とりまとめ |2027年6月3日 |佐野 |\n"
        " |提案書提出(持参) |2027年6月25日 |佐野 |\n"
        "\n"
        "5. 収支見込\n"
        " 売上 1,000,000円\n"
    )
    assert found(text) == [
        ("question", "2027-06-07", "17:00", "datetime"),
        ("submission", "2027-06-28", "12:00", "datetime"),
    ]


def test_a_sentence_that_puts_the_teams_plan_below_opens_it():
    text = (
        "企画提案書の提出期限は令和8年9月14日(月)正午です。\n"
        "\n"
        "社内の段取りは以下で進めたいと思います。\n"
        " ・参加申込書の押印申請 9/1(火) までに総務へ\n"
        " ・提案書は9/11(金)に持参します\n"
        "\n"
        "以上\n"
    )
    assert found(text) == [("submission", "2026-09-14", "12:00", "datetime")]


def test_an_english_mails_internal_plan_is_no_step_of_the_call():
    text = (
        "2. KEY DATES (from the notice)\n"
        "  - Proposal deadline: 12 November 2027, 17:00 JST\n"
        "\n"
        "3. OUR INTERNAL PLAN (draft)\n"
        "  - Wed 10 Nov: proposal hand delivery to the office\n"
        "  - Mon 22 Nov: interview practice in Tokyo\n"
        "\n"
        "4. RISKS\n"
        "- none\n"
    )
    assert found(text) == [("submission", "2027-11-12", "17:00", "datetime")]


def test_a_table_row_marked_as_the_teams_with_a_symbol_is_dropped():
    text = (
        "| 区分 | 日付 | 内容 |\n"
        "|---|---|---|\n"
        "| 📢 発注者 | 2027/05/10(月) 12:00 | 質問受付〆 |\n"
        "| 🏢 社内 | 2027/05/12(水) | 参加申請書 読み合わせ |\n"
        "| 📢 発注者 | 2027/05/20(木) 17:00 | 参加申請書 提出〆 |\n"
    )
    assert [step[1] for step in found(text)] == ["2027-05-10", "2027-05-20"]


# --- steps only a bidding team takes, in any text ---------------------------------------------------------------


def test_a_seal_request_a_drafts_deadline_and_a_rehearsal_are_the_teams():
    text = (
        "提案書提出期限 2027年3月19日(金)17:00\n"
        "プレゼンテーション 2027年3月30日(火)\n"
        "メモ\n"
        "・参加申込書の押印申請 3/15(月)\n"
        "・提案書の骨子〆 3/8(月)\n"
        "・プレゼンのリハーサル 3/26(金)\n"
    )
    assert [step[0] for step in found(text)] == ["submission", "hearing"]


def test_a_day_checked_off_as_done_is_no_step_and_no_change_of_its_deadline():
    text = (
        "☑ 2. 質問書の提出　　期限：4/12（月）17:00　電子メール\n"
        "　　　→ 4/9（金）提出済（2問）\n"
        "☑ 3. 参加申込書の提出　　期限：4/26（月）17:00 必着\n"
        "　　　→ 4/22（木）簡易書留で発送\n"
        "☐ 4. 企画提案書の提出　　期限：令和9年5月17日（月）17:00 必着\n"
    )
    assert found(text) == [
        ("question", "2027-04-12", "17:00", "datetime"),
        ("application", "2027-04-26", "17:00", "datetime"),
        ("submission", "2027-05-17", "17:00", "datetime"),
    ]


def test_a_members_guess_at_a_day_the_call_does_not_give_is_no_step():
    text = (
        "参加表明書の提出期限 2026年10月2日(金)17時\n"
        "・二次審査に進んだ場合、提案書の提出は11月中旬になるはず(要領には日付なし)\n"
        "・契約期間が4月1日からなので、3月中に契約締結の想定だと思います\n"
    )
    assert found(text) == [("application", "2026-10-02", "17:00", "datetime")]


# --- a chat's markup, a memo's month ends -----------------------------------------------------------------------


def test_a_chat_boxs_title_heads_its_items():
    text = (
        "[2026/05/11 10:02] 村田 洋子 (aid:1002)\n"
        "[toall]\n"
        "[info][title]案件共有[/title]■質問：5/20(水) 17:00まで\n"
        "■提案書：2026/6/3(水) 12:00[/info]\n"
        "[hr]\n"
        "[2026/05/11 10:30] 石井 剛 (aid:1003)\n"
        "[To:1002]村田 洋子さん\n"
        "[info][title]社内スケジュール(案)[/title]5/25(月) 質問書の送付\n"
        "6/2(火) 提案書の提出[/info]\n"
        "[2026/05/12 09:00] 村田 洋子 (aid:1002)\n"
        "了解です。\n"
        "[2026/05/12 09:05] 石井 剛 (aid:1003)\n"
        "よろしくお願いします。\n"
    )
    assert found(text) == [
        ("question", "2026-05-20", "17:00", "datetime"),
        ("submission", "2026-06-03", "12:00", "datetime"),
    ]


def test_a_slash_after_words_parts_them_from_the_day():
    text = "■公示日：2026/01/20(火)\n■説明会：1/27(火) 14:00 オンライン(要申込／1/26(月) 12:00まで)\n"
    assert ("other", "2026-01-26", "12:00", "datetime") in found(text)


def test_a_results_month_end_or_a_contracts_month_head_is_a_part_of_the_month():
    text = "提案書 令和7年11月7日(金)17時\n結果 11月末\n契約 12月頭\n"
    assert found(text)[1:] == [
        ("result", "2025-11-01", None, "late_month"),
        ("contract", "2025-12-01", None, "early_month"),
    ]
    assert found("審査結果の通知 令和9年7月末日\n")[0][1:] == ("2027-07-31", None, "date")
    assert found("参加申込書の提出期限 令和9年7月末\n")[0][1:] == ("2027-07-31", None, "date")  # a deadline: its last day


# --- a meeting's record --------------------------------------------------------------------------------------------


def test_a_meetings_numbered_items_are_its_agenda_not_a_newsletters_articles():
    rule = "━━━━━━━━━━━━━━━━━━━━\n"
    text = (
        "議事録\n"
        "会議名：某市 端末購入 入札対応\n"
        "出席者：営業 石田、SE 三好\n" + rule + "1. 案件概要\n" + rule + "■公告文抜粋\n"
        "　5 入札参加資格確認申請書の提出期限　令和9年9月10日(金)午後5時\n"
        "　8 開札の日時　令和9年10月7日(木)午前10時\n"
        + rule
        + "2. 発注者側スケジュールの確認\n"
        + rule
        + "・質問は 9/8(水)17時まで。回答は 9/14(火) に公開。\n"
        "・資格確認の結果通知は 9/21(火)。\n" + rule + "3. 当社スケジュール\n" + rule + "\n"
        "・9/9(木) 申請書を電子入札システムで提出\n" + rule + "4. ToDo\n" + rule + "| No | 内容 | 担当 | 期限 |\n"
        "| 1 | 質問書の送付 | 三好 | 9/6(月) |\n"
        "| 2 | 入札書の登録 | 石田 | 10/5(火) |\n"
    )
    assert [step[:2] for step in found(text)] == [
        ("question", "2027-09-08"),
        ("application", "2027-09-10"),
        ("answer", "2027-09-14"),
        ("result", "2027-09-21"),
        ("other", "2027-10-07"),
    ]
