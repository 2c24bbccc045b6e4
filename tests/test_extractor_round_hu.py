"""A question in running English text ends its sentence: the sentence after it, not the question, tells what its date is
(each test a few lines written for its class)."""

from tests.extractor_found import found


def test_a_sentence_after_a_question_gives_its_own_date_no_step():
    text = (
        "Proposals are due by 12:00 noon on Friday, 14 May 2027.\n"
        "\n"
        "Questions received\n"
        "1. Can the proposal deadline be moved? Our staff are on leave until 30 April 2027.\n"
    )
    assert found(text) == [("submission", "2027-05-14", "12:00", "datetime")]


def test_a_faq_entry_added_on_a_day_is_no_step_and_an_answer_still_gives_the_step_asked_for():
    text = (
        "Q2. When is the deadline for proposals? A2. Monday, 7 June 2027, 5:00 p.m.\n"
        "Q3. Can the proposal be sent by courier? (added 20 May 2027)\n"
        "A3. Yes.\n"
    )
    assert found(text) == [("submission", "2027-06-07", "17:00", "datetime")]
