"""Change notices read by their marks (round ku): an arrow down alone on its line between a step's old date and its new
one; an arrow to 「実施しない」「行わない」「取りやめ」 that calls the step off; an English step 「postponed until further
notice」 or 「cancelled」 with no new day. Each test a few invented lines."""

from tests.extractor_found import found

HEAD = "若葉町公告第７号\n若葉町公民館清掃業務委託に係る見積合わせの日程変更について\n令和９年４月２０日\n\n記\n"


def test_down_arrow_line_between_old_and_new_date_keeps_the_new():
    text = HEAD + "見積書の提出期限\n令和９年５月１０日（月）正午\n↓\n令和９年５月１４日（金）正午\n"
    assert found(text) == [("submission", "2027-05-14", "12:00", "datetime")]


def test_down_arrow_line_under_a_labelled_old_date_with_a_mark_of_the_new():
    text = HEAD + "見積書の提出期限　５月１０日（月）正午\n　　⇓\n（変更後）５月１４日（金）午後３時\n"
    assert found(text) == [("submission", "2027-05-14", "15:00", "datetime")]


def test_down_arrows_of_a_flow_between_steps_are_no_change():
    text = HEAD + "公告　令和９年４月２０日\n↓\n質問締切　令和９年４月３０日\n↓\n見積書の提出期限　令和９年５月１０日（月）正午\n"
    assert found(text) == [
        ("published", "2027-04-20", None, "date"),
        ("question", "2027-04-30", None, "date"),
        ("submission", "2027-05-10", "12:00", "datetime"),
    ]


def test_arrow_to_not_held_calls_the_step_off():
    text = (
        HEAD
        + "現地説明会　令和９年４月２７日（火）午前１０時　→　実施しない\n見積書の提出期限　５月１０日（月）正午　→　５月１４日（金）正午\n"
    )
    assert found(text) == [("submission", "2027-05-14", "12:00", "datetime")]


def test_arrow_to_not_held_alone_under_the_step():
    text = (
        HEAD
        + "現地説明会　令和９年４月２７日（火）午前１０時\n→行わないこととします。\n見積書の提出期限　令和９年５月１４日（金）正午\n"
    )
    assert found(text) == [("submission", "2027-05-14", "12:00", "datetime")]


def test_english_step_postponed_until_further_notice_gives_none():
    text = (
        "Notice of Change - Quotation for Cleaning Services, Town of Wakaba\nIssued: April 20, 2027\n\n"
        "The site visit scheduled for April 27, 2027 is postponed until further notice.\n"
        "Quotations are due May 14, 2027 at 12:00 noon.\n"
    )
    dates = [step[1] for step in found(text)]
    assert "2027-05-14" in dates and "2027-04-27" not in dates


def test_ordinary_notice_with_a_step_not_held_in_the_past_sense_is_read():
    text = (
        HEAD
        + "見積書の提出期限　令和９年５月１０日（月）正午（期限後の提出は受け付けない）\n開札　令和９年５月１２日（水）午前１０時\n"
    )
    assert found(text) == [
        ("submission", "2027-05-10", "12:00", "datetime"),
        ("other", "2027-05-12", "10:00", "datetime"),
    ]


def test_bare_step_key_right_under_the_signature_keeps_its_step():
    text = (
        "若葉町公告第７号\n見積合わせの日程の一部変更について\n令和９年４月２０日\n若葉町長　山田　太郎\n"
        "見積書の提出期限　令和９年５月１０日（月）正午　→　令和９年５月１４日（金）正午\n"
    )
    assert found(text) == [("submission", "2027-05-14", "12:00", "datetime")]


def test_bare_step_key_under_a_signatory_of_an_office():
    text = "お知らせ\n契約担当役　総務部長　佐藤　花子\n提出期限　令和９年５月１４日（金）正午\n"
    assert found(text) == [("submission", "2027-05-14", "12:00", "datetime")]


def test_underlined_rows_under_an_underline_legend_are_the_changed_ones():
    text = (
        HEAD + "※下線部が今回変更した箇所です。\n"
        "見積説明会　令和９年４月２７日（火）\n"
        "見積書の提出期限　<u>令和９年５月１４日（金）正午</u>\n"
        "開札　令和９年５月１７日（月）午前１０時\n"
    )
    assert found(text) == [("submission", "2027-05-14", "12:00", "datetime")]


def test_underlined_cell_in_a_markdown_table_under_the_legend():
    text = (
        HEAD + "（アンダーラインは訂正箇所）\n"
        "| 手続 | 日程 |\n|---|---|\n"
        "| 見積説明会 | 令和９年４月２７日（火） |\n"
        "| 見積書の提出期限 | __令和９年５月１４日（金）正午__ |\n"
        "| 開札 | 令和９年５月１７日（月）午前１０時 |\n"
    )
    assert found(text) == [("submission", "2027-05-14", "12:00", "datetime")]


def test_underlined_words_with_no_legend_leave_the_schedule_whole():
    text = (
        "若葉町公民館清掃業務委託　見積合わせ\n令和９年４月２０日\n"
        "見積説明会　令和９年４月２７日（火）\n"
        "見積書の提出期限　<u>令和９年５月１４日（金）正午</u>\n"
        "開札　令和９年５月１７日（月）午前１０時\n"
    )
    assert [step[1] for step in found(text)] == ["2027-04-20", "2027-04-27", "2027-05-14", "2027-05-17"]


EN_HEAD = "Amendment No. 2 - Request for Quotation: Cleaning Services, Town of Wakaba\n\n"


def test_english_change_in_words_keeps_the_new_date():
    text = EN_HEAD + "The due date for quotations of May 10, 2027 is changed to May 14, 2027, 12:00 PM.\n"
    assert found(text) == [("submission", "2027-05-14", "12:00", "datetime")]


def test_english_step_postponed_to_a_date_is_read_as_the_new_day():
    text = EN_HEAD + "Quotations due May 10, 2027 have been postponed to Friday, May 14, 2027.\n"
    assert [step[1] for step in found(text)] == ["2027-05-14"]


def test_english_sentence_with_to_between_dates_of_a_window_is_no_change():
    text = EN_HEAD + "Questions are accepted from May 3, 2027 to May 7, 2027.\nQuotations are due May 14, 2027.\n"
    assert [step[1] for step in found(text)][-1] == "2027-05-14"
    assert "2027-05-03" in [step[1] for step in found(text)] or "2027-05-07" in [step[1] for step in found(text)]


def test_a_flow_of_date_first_boxes_joined_by_down_arrows_is_no_change():
    text = (
        "令和9年度 施設予約システム構築業務 公募型プロポーザル\n"
        "選定スケジュール\n"
        "6/1(火)　公募開始\n"
        "　↓\n"
        "6/8(火)　質問締切　17:00\n"
        "　↓\n"
        "6/15(火)　参加申込締切　17:00\n"
    )
    assert found(text) == [
        ("published", "2027-06-01", None, "date"),
        ("question", "2027-06-08", "17:00", "datetime"),
        ("application", "2027-06-15", "17:00", "datetime"),
    ]
