"""English calls read by what their words mark (round ky): a paper of answers telling its own history (the questions it
replies to, received in the past; an earlier bulletin's day; the minutes of a meeting held), a past 「attend」, a call
called off named by its day, a numbered clarification bulletin as the answers, a firm asked to tell it will take part,
an e-mail address that is no word of a step, and a bar table's cell whose words wrapped onto the rows below. Each test
a few invented lines."""

from tests.extractor_found import found

ADDENDUM = (
    "ADDENDUM No. 3\n"
    "Tender No. KT-2028-014: Supply of Laboratory Freezers\n"
    "\n"
    "1. This Addendum replies to the questions received between 3 March 2028 and 9 March 2028.\n"
    "Addendum No. 2, issued on 1 March 2028, remains in force.\n"
    "The minutes of the site visit held on 6 March 2028 are attached.\n"
    "\n"
    "2. Revised schedule\n"
    "- Deadline for questions: 20 March 2028, 16:00\n"
    "- Deadline for submission of tenders: 3 April 2028, 12:00\n"
)


def test_a_paper_of_answers_tells_its_own_history_no_steps():
    assert found(ADDENDUM) == [
        ("question", "2028-03-20", "16:00", "datetime"),
        ("submission", "2028-04-03", "12:00", "datetime"),
    ]


def test_minutes_named_with_the_meeting_day_and_a_past_attend_are_no_steps():
    text = (
        "Deadline for questions: 20 March 2028, 16:00\n"
        "Deadline for submission of tenders: 3 April 2028, 12:00\n"
        "Q1. We did not attend the site visit on 6 March 2028. May we still bid?\n"
        "A1. Yes.\n"
        "Annex 1: Minutes of the site visit (6 March 2028)\n"
    )
    assert found(text) == [
        ("question", "2028-03-20", "16:00", "datetime"),
        ("submission", "2028-04-03", "12:00", "datetime"),
    ]


def test_a_site_visit_to_come_and_questions_received_by_a_day_stay_steps():
    text = (
        "A site visit will be held on 6 March 2028 at 10:00.\n"
        "Firms wishing to attend the site visit on 6 March 2028 must register by e-mail.\n"
        "Each bidder will present for 15 minutes followed by 10 minutes of questions, on 24 April 2028.\n"
        "Deadline for submission of tenders: 3 April 2028, 12:00\n"
    )
    kinds_dates = [(kind, date) for kind, date, *_ in found(text)]
    assert ("other", "2028-03-06") in kinds_dates
    assert ("submission", "2028-04-03") in kinds_dates
    assert ("hearing", "2028-04-24") in kinds_dates


def test_a_numbered_clarification_bulletin_to_come_is_the_answers():
    text = (
        "Deadline for requests for clarification: 12 May 2028, 17:00\n"
        "Issue of Clarification Bulletin No. 2: 19 May 2028\n"
        "Deadline for submission of proposals: 2 June 2028, 12:00\n"
    )
    assert found(text)[1] == ("answer", "2028-05-19", None, "date")


def test_a_call_called_off_named_by_its_day_is_no_step():
    text = (
        "Deadline for submission of EOIs: 10 May 2028, 12:00\n"
        "EOIs sent under the cancelled notice KT-EOI-2028-02 of 14 February 2028 must be sent again.\n"
    )
    assert found(text) == [("application", "2028-05-10", "12:00", "datetime")]


def test_a_firm_asked_to_tell_it_will_take_part_is_the_application():
    text = (
        "Firms that intend to submit a proposal are asked to return the enclosed form by e-mail no later\n"
        "than 5:00 p.m. on Monday, March 13, 2028.\n"
        "Proposals must be received no later than 3:00 p.m. on Friday, April 7, 2028.\n"
    )
    assert [kind for kind, *_ in found(text)] == ["application", "submission"]


def test_a_briefing_registration_to_an_eoi_address_is_no_application():
    text = (
        "Deadline for submission of EOIs: 10 May 2028, 12:00\n"
        "\n"
        "4. Information session\n"
        "An online information session will be held on 20 April 2028 at 15:00.\n"
        "Firms must register by e-mail to eoi@example.org by 18 April 2028.\n"
    )
    assert ("application", "2028-04-18", None, "date") not in found(text)
    assert ("other", "2028-04-18", None, "date") in found(text)


def test_a_bar_table_cell_wrapped_onto_the_rows_below():
    text = (
        "No. | Item                                  | Details\n"
        "----|---------------------------------------|-------------------------------\n"
        "1   | Deadline for submitting requests for  | 9 May 2028, 17:00 hrs\n"
        "    | clarification                         |\n"
        "2   | Manner of publishing answers          | Answers will be posted online\n"
        "    |                                       | and sent by e-mail no later than\n"
        "    |                                       | 16 May 2028\n"
        "3   | Deadline for submission of proposals  | 30 May 2028, 12:00 hrs\n"
    )
    assert found(text) == [
        ("question", "2028-05-09", "17:00", "datetime"),
        ("answer", "2028-05-16", None, "date"),
        ("submission", "2028-05-30", "12:00", "datetime"),
    ]


def test_an_ordinary_bar_table_rows_stay_apart():
    text = (
        "No. | Item                                  | Date\n"
        "----|---------------------------------------|-------------------------------\n"
        "1   | Deadline for questions                | 9 May 2028, 17:00 hrs\n"
        "2   | Answers to questions                  | 16 May 2028\n"
        "3   | Deadline for submission of proposals  | 30 May 2028, 12:00 hrs\n"
    )
    assert found(text) == [
        ("question", "2028-05-09", "17:00", "datetime"),
        ("answer", "2028-05-16", None, "date"),
        ("submission", "2028-05-30", "12:00", "datetime"),
    ]
