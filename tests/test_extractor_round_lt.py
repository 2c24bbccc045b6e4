"""Devices of English calls told in an FAQ: the call opened in a sentence, decisions announced, a form signed up
through, the question for the deadline (round lt)."""

from tests.extractor_found import found, one_line

FAQ_HEAD = "Harbourside Science Foundation\nOcean Data Call 2030 - Questions and Answers\n\n"


def test_the_call_opened_told_in_a_sentence_is_its_publication():
    text = FAQ_HEAD + (
        "Q1. Where can I read the call?\n"
        "A1. The call was formally opened on Wednesday, 9 January 2030. Papers are on the website.\n\n"
        "Q2. How do I ask questions?\n"
        "A2. Please send questions by e-mail by 17:00 on Friday, 1 February 2030.\n"
    )
    expected = [
        ("published", "2030-01-09", None, "date"),
        ("question", "2030-02-01", "17:00", "datetime"),
    ]
    assert found(text) == expected
    assert found(one_line(text)) == expected


def test_decisions_announced_in_the_plural_are_the_result():
    text = FAQ_HEAD + (
        "Q5. When will we hear?\n" "A5. Grant decisions will be announced in mid-July 2030, after the board meets.\n"
    )
    expected = [("result", "2030-07-01", None, "mid_month")]
    assert found(text) == expected
    assert found(one_line(text)) == expected


def test_signing_up_through_a_form_is_the_means_not_a_window_closed():
    text = FAQ_HEAD + (
        "Q3. Will you hold an information session?\n"
        "A3. Yes. An online information session will be held on Monday, 14 January 2030, from 10:00 to 11:00 JST. "
        "Please register through the booking form by 12:00 noon JST on Thursday 10 January.\n"
    )
    expected = [
        ("other", "2030-01-10", "12:00", "datetime"),
        ("other", "2030-01-14", "10:00", "datetime"),
    ]
    assert found(text) == expected
    assert found(one_line(text)) == expected


def test_an_faq_asking_for_the_deadline_names_the_calls_own_deadline():
    text = FAQ_HEAD + (
        "Q4. When is the deadline?\n"
        "A4. Please allow time for uploading. The deadline is 24:00 (midnight) on Tuesday, 5 March 2030.\n"
    )
    assert found(text) == [("submission", "2030-03-05", "23:59", "datetime")]


def test_an_faq_asking_for_the_deadline_of_a_step_keeps_that_step():
    text = FAQ_HEAD + (
        "Q4. What is the deadline for questions?\n" "A4. Questions are taken until 17:00 on Monday, 18 February 2030.\n"
    )
    assert found(text) == [("question", "2030-02-18", "17:00", "datetime")]


def test_a_day_range_with_its_weekday_range_in_brackets_is_a_date_without_a_year():
    text = (
        "Lakeview Town - Smart Parking Pilot: call timeline\n"
        "Questions due\nby 18 Jun 2027 (Fri) 17:00\n"
        "Interviews\n12–14 Jul (Mon–Wed)\n"
        "Winner announced\nlate Jul\n"
    )
    expected = [
        ("question", "2027-06-18", "17:00", "datetime"),
        ("hearing", "2027-07-12", None, "date"),
        ("result", "2027-07-01", None, "late_month"),
    ]
    assert found(text) == expected
    assert found(one_line(text)) == expected
