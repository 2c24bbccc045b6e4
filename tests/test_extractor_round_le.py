"""Dates that are not steps of an English call, beside the steps (round le): a bid's validity told after the deadline it
runs from (「Bid validity: 90 days from the deadline for submission」), a form's sample date marked 「(example)」 or
「Example:」, a page's 「Posted on:」 stamp, an earlier call said to be cancelled, and, in a page run onto one line, the
sentence under a schedule run into its last cell or its last row's line (a term, a budget year, an earlier call's
history). Each test a few invented lines."""

from tests.extractor_found import found, one_line

HEAD = "Hanasaki University\nRequest for Proposals: Campus Interpreting Services\n\n"
TABLE = (
    "| Step | Date |\n"
    "|---|---|\n"
    "| Deadline for questions | 9 August 2028, 17:00 |\n"
    "| Deadline for submission of proposals | 30 August 2028, 12:00 |\n"
    "| Notification of award | 20 September 2028 |\n"
    "| Contract signing | early October 2028 |\n"
)
STEPS = [
    ("question", "2028-08-09", "17:00", "datetime"),
    ("submission", "2028-08-30", "12:00", "datetime"),
    ("result", "2028-09-20", None, "date"),
    ("contract", "2028-10-01", None, "early_month"),
]


def both(text: str) -> tuple[list, list]:
    return found(text), found(one_line(text))


# --- a bid's validity -------------------------------------------------------------------------------------------


def test_a_bid_validity_counted_from_a_step_is_no_step():
    text = HEAD + TABLE + "\nBid validity: 60 days from the deadline for submission (until 29 October 2028).\n"
    assert both(text) == (STEPS, STEPS)


def test_a_validity_sentence_run_into_the_last_row_is_no_step():
    text = HEAD + TABLE + "\nProposals shall remain valid until 31 December 2028.\n"
    assert both(text) == (STEPS, STEPS)


# --- a form's sample entry --------------------------------------------------------------------------------------


def test_a_sample_date_marked_example_after_it_is_no_step():
    text = HEAD + TABLE + "\nForm 3 (Letter of Intent to Apply)\nDate: 12 August 2028 (example)\nCompany name: ________\n"
    assert both(text) == (STEPS, STEPS)


def test_a_sample_date_keyed_example_before_it_is_no_step():
    text = HEAD + TABLE + "\nForm 1 (Application)\nDate of application: Example: 14 August 2028\n"
    assert found(text) == STEPS


# --- a page's stamp, an earlier call ------------------------------------------------------------------------------


def test_a_posted_on_stamp_under_a_list_is_no_step():
    text = (
        "Their dates:\n"
        "* Deadline for submission of proposals - August 30, 2028 at noon\n"
        "* Contract signing\n"
        "- early October 2028  Posted on: July 20, 2028\n"
    )
    assert found(text) == [("submission", "2028-08-30", "12:00", "datetime"), ("contract", "2028-10-01", None, "early_month")]


def test_an_earlier_call_cancelled_is_no_step():
    text = HEAD + TABLE + "\nThe earlier Request for Proposals issued on 2 June 2028 was cancelled on 20 June 2028.\n"
    assert both(text) == (STEPS, STEPS)


def test_an_earlier_call_history_in_a_one_line_mail_is_no_step():
    text = (
        "Subject: Hanasaki Univ. RFP dates\n\nHi all,\n"
        "* Deadline for submission of proposals - August 30, 2028 at noon\n"
        "* Contract signing - early October 2028\n"
        "Thanks, Mori\n\nBackground: the first call was published on 10 March 2028 and closed without a bidder.\n"
    )
    assert found(one_line(text)) == [
        ("submission", "2028-08-30", "12:00", "datetime"),
        ("contract", "2028-10-01", None, "early_month"),
    ]


# --- ordinary notices not misread -------------------------------------------------------------------------------


def test_answers_posted_key_is_still_the_answer():
    text = HEAD + "Schedule\nQuestions due: 9 August 2028\nAnswers Posted: 16 August 2028\nProposals due: 30 August 2028\n"
    assert found(text) == [
        ("question", "2028-08-09", None, "date"),
        ("answer", "2028-08-16", None, "date"),
        ("submission", "2028-08-30", None, "date"),
    ]


def test_a_window_cell_and_a_deadline_by_a_preposition_are_still_read():
    text = HEAD + (
        "| Step | Date |\n"
        "|---|---|\n"
        "| Submission of proposals | from 20 August 2028 to 30 August 2028 |\n"
        "| Interviews | between 11 September and 13 September 2028 |\n"
    )
    assert found(text) == [("submission", "2028-08-30", None, "date"), ("hearing", "2028-09-11", None, "date")]


def test_a_table_cell_s_second_date_after_a_step_s_sentence_is_still_read():
    text = HEAD + (
        "| Step | Date |\n"
        "|---|---|\n"
        "| Briefing session | 16 August 2028, 14:00 Registration is required by 14 August 2028, 17:00 |\n"
        "| Deadline for submission of proposals | 30 August 2028, 12:00 |\n"
    )
    assert found(text) == [
        ("other", "2028-08-14", "17:00", "datetime"),
        ("other", "2028-08-16", "14:00", "datetime"),
        ("submission", "2028-08-30", "12:00", "datetime"),
    ]
