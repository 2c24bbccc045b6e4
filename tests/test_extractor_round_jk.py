"""English notices read in plain words (round jk): each test a few lines written for its class."""

from tests.extractor_found import found

# --- the call made public, named by the call's own word ---------------------------------------------------


def test_an_english_key_naming_the_call_made_public_is_its_publication():
    text = "Key dates\nCall for expressions of interest issued: 3 March 2028\nExpressions of interest due: 24 March 2028, 17:00\n"
    assert found(text) == [
        ("published", "2028-03-03", None, "date"),
        ("application", "2028-03-24", "17:00", "datetime"),
    ]
    text = "Timeline\nApplications open: Tuesday 4 April 2028\nApplications close: Friday 28 April 2028, 5:00 pm\n"
    assert found(text)[0] == ("published", "2028-04-04", None, "date")
    text = "Application guidelines released: Monday, 10 January 2028\nProposals due: Friday, 4 February 2028, noon\n"
    assert found(text)[0] == ("published", "2028-01-10", None, "date")
    text = "EOI publication date: 02.10.2028\nDeadline for expressions of interest: 30.10.2028 (12:00 local time)\n"
    assert found(text)[0] == ("published", "2028-10-02", None, "date")


def test_the_results_of_an_eoi_made_public_stay_a_result():
    text = "Deadline for EOIs: 12 May 2028\nPublication of EOI results: 2 June 2028\n"
    assert found(text)[-1][0] == "result"


# --- a wrapped sentence after a dated one, under a step's item ---------------------------------------------


def test_the_answers_told_in_a_sentence_wrapped_under_the_questions_item_are_the_answer():
    text = (
        "5. Deadline for questions on the tender documents:\n"
        "   12:00 (JST), 2028-03-09 (Thu). The answers will be posted on the Agency's procurement page\n"
        "   by 2028-03-16 (Thu).\n"
        "6. Deadline for tenders: 17:00 (JST), 2028-04-03 (Mon)\n"
    )
    assert found(text) == [
        ("question", "2028-03-09", "12:00", "datetime"),
        ("answer", "2028-03-16", None, "date"),
        ("submission", "2028-04-03", "17:00", "datetime"),
    ]


def test_a_registration_wrapped_under_a_briefing_stays_the_briefings():
    text = (
        "4. Briefing session\n"
        'Participation is optional. Register by e-mail (subject: "Briefing") by\n'
        "2028-05-10 12:00 JST. The link will be sent on 2028-05-11.\n"
    )
    assert found(text)[0] == ("other", "2028-05-10", "12:00", "datetime")


# --- a window opened by an earlier step, under its step's heading ------------------------------------------


def test_a_window_from_the_briefing_to_a_deadline_is_the_headings_step():
    text = (
        "(2) Briefing session\n"
        "    (a) Date and time: Tuesday, May 9, 2028, 2:00 p.m.\n"
        "(3) Questions\n"
        "    (a) Period: from the date of the briefing session to 5:00 p.m. on Friday, May 19, 2028\n"
        "    (b) Method: e-mail only\n"
    )
    assert found(text) == [
        ("other", "2028-05-09", "14:00", "datetime"),
        ("question", "2028-05-19", "17:00", "datetime"),
    ]


# --- a range of days under its step's line -----------------------------------------------------------------


def test_a_range_between_two_days_under_its_steps_line_is_the_step_on_its_first_day():
    text = (
        "Stage\n"
        "Date\n"
        "Tender return deadline\n"
        "Friday 12 March 2027, 12:00 noon\n"
        "Clarification interviews (video call)\n"
        "between Tuesday 16 and Thursday 18 March 2027\n"
        "Notification of intention to award\n"
        "by Friday 26 March 2027\n"
    )
    assert ("hearing", "2027-03-16", None, "date") in found(text)
