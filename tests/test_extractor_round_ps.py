"""A bid team's pastes and calls in rare layouts (round ps): each test a few lines written for its form."""

from tests.extractor_found import found

# --- a bid team's own days around the call it pastes ------------------------------------------------------


def test_a_crm_deal_next_step_field_is_the_teams_own_plan():
    text = (
        "参加申込書の提出期限\n"
        "令和9年6月14日（月曜日）午後5時（必着）\n"
        "次のステップ\n"
        "6/8(火) 質問書を町へ送付 → 参加申込書を6/11(金)に持参\n"
        "競合情報\n"
        "大手2社が参入見込み。\n"
    )
    assert found(text) == [("application", "2027-06-14", "17:00", "datetime")]
    text = (
        "企画提案書の提出期限　2026年10月2日（金）正午\n"
        "ネクストアクション\n"
        "9/25(金) 企画提案書を持参\n"
        "メモ\n"
        "特になし\n"
    )
    assert found(text) == [("submission", "2026-10-02", "12:00", "datetime")]


def test_an_english_brief_headed_our_plan_is_the_teams_own():
    text = (
        "4. Deadline for proposals: 5:00 p.m., Friday, 15 October 2027\n"
        "\n"
        "Our plan (Acme × Partner Ltd)\n"
        "- We will post our questions on Monday, October 4, 2027.\n"
        "- Proposal: full draft to you by Friday, October 8, 2027.\n"
    )
    assert found(text) == [("submission", "2027-10-15", "17:00", "datetime")]


def test_an_earlier_round_referred_to_by_sono_toki_gives_no_step():
    text = (
        "当社は前回（令和５年度の募集）にも応募しており、そのときは説明会が５月、申請受付が６月でした。\n"
        "申請書の提出期限　令和８年６月２６日（金）午後５時\n"
    )
    assert found(text) == [("submission", "2026-06-26", "17:00", "datetime")]


def test_a_go_leaning_decision_and_a_teams_draft_and_sign_off_are_no_steps():
    text = (
        "判断：Go 方向（5/12(水) 10:00 の社内会議で最終決定）\n"
        "参加表明書の提出期限　2027年5月20日（木）17:00\n"
        "参加表明書ドラフト 5/14(金)\n"
        "参加表明書 決裁 5/18(火)\n"
    )
    assert found(text) == [("application", "2027-05-20", "17:00", "datetime")]


# --- a trade paper's article --------------------------------------------------------------------------------


def test_a_trade_papers_dateline_with_its_page_is_no_step():
    text = (
        "ホーム　地域ニュース　行政・政策　入札・契約　企業・団体　人事\n"
        "ホーム ＞ 地域ニュース ＞ 記事\n"
        "\n"
        "霞浦町／図書館の基本設計をプロポで／参加表明は4月21日まで\n"
        "2027年4月8日　3面　［関東］\n"
    )
    assert found(text) == [("application", "2027-04-21", None, "date")]


def test_a_plan_an_article_says_was_announced_before_the_call_is_no_step():
    text = (
        "参加表明書を2027年4月21日午後5時まで受け付ける。\n"
        "町長は3月2日の会見で、設計者の選定を4月中に始める方針を示していた。\n"
    )
    assert found(text) == [("application", "2027-04-21", "17:00", "datetime")]


# --- pdftotext -layout ------------------------------------------------------------------------------------


def test_a_layout_row_whose_label_and_window_wrap_onto_three_lines():
    text = (
        "        手 続 き              日 時 ・ 期 間                   方 法\n"
        "\n"
        "    質問の受付             令和9年2月26日(金)正午まで       電子メール\n"
        "\n"
        "    入札参加資格確認申請   令和9年3月1日(月)から            総務課へ持参\n"
        "    書の提出               令和9年3月10日(水)まで\n"
        "                           午前9時から午後5時まで\n"
        "                           （土曜日及び日曜日を除く。）\n"
        "\n"
        "    入札及び開札           令和9年3月24日(水)午前10時      本庁舎会議室\n"
    )
    assert found(text) == [
        ("question", "2027-02-26", "12:00", "datetime"),
        ("application", "2027-03-10", "17:00", "datetime"),
        ("submission", "2027-03-24", "10:00", "datetime"),
        ("other", "2027-03-24", "10:00", "datetime"),
    ]
