"""Change notices in the forms their writers choose (round ln): a 県報's 改め文 in kanji numerals whose clause wraps
between its old words and its new ones, and a clause that moves only the end of the papers' window the call opened.
Each test a few invented lines."""

from tests.extractor_found import found, one_line

HEAD = (
    "公　告\n"
    "柚木県公告第五十二号\n"
    "　令和九年五月十日付け柚木県公告第四十号（一般競争入札の実施について）の一部を次のように改める。\n"
    "　　令和九年五月二十一日\n"
    "　　　　　　　　柚木県知事　青　木　　一　郎\n"
)


def test_a_clause_wrapped_after_its_old_words_moves_its_step():
    text = HEAD + (
        "一　２の（３）入札参加資格確認申請書の提出期限中「令和九年五月二十六日（水）」を\n"
        "「令和九年六月二日（水）」に改める。\n"
        "二　２の（６）入札書の提出期限中「令和九年六月九日（水）」を「令和九年六月十六日（水）」に改める。\n"
    )
    assert found(text) == [
        ("application", "2027-06-02", None, "date"),
        ("submission", "2027-06-16", None, "date"),
    ]


def test_a_clause_moving_the_end_of_the_papers_window_is_no_publication():
    text = HEAD + (
        "一　２の（２）入札説明書の交付期間中「令和九年六月九日（水）」を「令和九年六月十六日（水）」に改める。\n"
        "二　２の（４）入札参加資格の確認結果の通知中「令和九年六月一日（火）」を「令和九年六月八日（火）」に改める。\n"
        "三　２の（６）入札書の提出期限中「令和九年六月九日（水）」を「令和九年六月十六日（水）」に改める。\n"
    )
    assert found(text) == [
        ("result", "2027-06-08", None, "date"),
        ("submission", "2027-06-16", None, "date"),
    ]


def test_a_clause_moving_a_lone_day_of_no_window_still_moves_its_step():
    # (an item whose words name no period: the step itself, moved)
    text = HEAD + "一　２の（７）開札の日時中「令和九年六月十日（木）午前十時」を「令和九年六月十七日（木）午前十時」に改める。\n"
    assert found(text) == [("other", "2027-06-17", "10:00", "datetime")]


# --- a forwarded mail of a change -------------------------------------------------------------------------------

FORWARD = (
    "差出人: 小川 亮 <r-ogawa@example.jp>\n"
    "送信日時: 2027年6月8日 火曜日 10:05\n"
    "件名: FW: 【日程変更】企画競争「港湾統計システム改修業務」に係る日程の変更について\n"
    "添付ファイル: 仕様書（変更後）.pdf\n"
    "\n"
    "皆さん\n"
    "提案書の締切が延びました。質問があれば 6/14(月)中に私まで。\n"
    "\n"
    "-----Original Message-----\n"
    "From: 港湾技術研究所 契約課 <keiyaku@example.jp>\n"
    "Sent: Monday, June 7, 2027 4:10 PM\n"
    "Subject: 【日程変更】企画競争「港湾統計システム改修業務」に係る日程の変更について\n"
    "\n"
    "下記のとおり日程を変更します。\n"
    "1. 企画提案書の提出期限\n"
    " （変更前）2027年6月18日（金）17時00分\n"
    " （変更後）2027年6月25日（金）17時00分\n"
    "2. 契約締結予定日\n"
    " 2027年7月20日（火）（変更なし）\n"
    "このメールは参加表明書（2027年6月1日締切）を提出された事業者の皆様に送信しています。\n"
)


def test_a_forwarded_change_keeps_only_what_it_moves():
    assert found(FORWARD) == [("submission", "2027-06-25", "17:00", "datetime")]


def test_a_forwarded_change_run_onto_one_line_is_read_alike():
    # (the forward's subject names the change, cut at the field after it: a change notice though its head is run onto
    # the body)
    assert found(one_line(FORWARD)) == [("submission", "2027-06-25", "17:00", "datetime")]


def test_a_step_named_as_done_in_a_change_is_left_out_but_a_step_named_to_come_stays():
    text = (
        "【日程変更】企画競争「港湾統計システム改修業務」に係る日程の変更について\n"
        "令和9年6月7日\n"
        "1. 企画提案書の提出期限\n"
        " （変更前）令和9年6月18日（金）17時00分\n"
        " （変更後）令和9年6月25日（金）17時00分\n"
        "参加表明書（令和9年6月1日締切）を提出した事業者には、別途お知らせします。\n"
    )
    assert found(text) == [("submission", "2027-06-25", "17:00", "datetime")]


def test_a_day_to_bring_something_to_the_writer_is_the_teams():
    text = (
        "件名: 提案書の準備\n"
        "企画提案書の提出期限 2027年6月25日（金）17時00分\n"
        "気になる点があれば 6/21(月)までに私あてに連絡してください。\n"
    )
    assert found(text) == [("submission", "2027-06-25", "17:00", "datetime")]
