"""Change notices read by their marks (round ku): an arrow down alone on its line between a step's old date and its new
one; an arrow to 「実施しない」「行わない」「取りやめ」 that calls the step off; an English step 「postponed until further
notice」 or 「cancelled」 with no new day. Each test a few invented lines."""

from tests.extractor_found import found, one_line

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
    text = HEAD + "現地説明会　令和９年４月２７日（火）午前１０時　→　実施しない\n見積書の提出期限　５月１０日（月）正午　→　５月１４日（金）正午\n"
    assert found(text) == [("submission", "2027-05-14", "12:00", "datetime")]


def test_arrow_to_not_held_alone_under_the_step():
    text = HEAD + "現地説明会　令和９年４月２７日（火）午前１０時\n→行わないこととします。\n見積書の提出期限　令和９年５月１４日（金）正午\n"
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
    text = HEAD + "見積書の提出期限　令和９年５月１０日（月）正午（期限後の提出は受け付けない）\n開札　令和９年５月１２日（水）午前１０時\n"
    assert found(text) == [
        ("submission", "2027-05-10", "12:00", "datetime"),
        ("other", "2027-05-12", "10:00", "datetime"),
    ]
