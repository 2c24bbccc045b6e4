"""English notices: the days the office is closed, a paragraph of sentences run onto one line, the call's own day of
publication in a sentence, and a briefing's registration named as a pre-proposal conference or a clarification
meeting."""

import datetime as dt

from tests.extractor_found import one_line, steps


def test_days_the_office_is_closed_are_no_step():
    text = (
        "4. Questions\n"
        "Questions must be sent by e-mail by 5:00 p.m. on Friday, 18 December 2026. Questions received after the deadline\n"
        "will not be answered. The City's offices are closed from 12/28/2026 to 01/04/2027.\n"
        "\n"
        "5. Proposals\n"
        "Proposals must be received by 12:00 noon on Friday, 15 January 2027.\n"
    )
    assert steps(text) == [
        ("question", dt.date(2026, 12, 18), dt.time(17, 0), "datetime"),
        ("submission", dt.date(2027, 1, 15), dt.time(12, 0), "datetime"),
    ]


def test_a_closure_note_after_a_schedules_last_row_run_onto_one_line_is_no_step():
    text = (
        "Schedule\n"
        "Friday 3 September 2027, 17:00\n"
        "    Deadline for questions\n"
        "Friday 24 September 2027, 12:00\n"
        "    Deadline for proposals\n"
        "Early November 2027 (planned)\n"
        "    Conclusion of the contract\n"
        "\n"
        "Note: The Office is closed for the autumn holidays from Wednesday 20 October 2027 to Monday 25 October 2027."
        " Letters received during this period will be handled from Tuesday 26 October 2027.\n"
    )
    assert ("contract", dt.date(2027, 10, 25), None, "date") not in steps(one_line(text))


def test_sentences_run_onto_one_line_are_no_schedules_rows():
    text = (
        "Timetable\n"
        "This call was published on Monday 24 August 2026, and the guidelines can be downloaded from this page from that"
        " day. Questions may be sent by e-mail until 5 p.m. on Friday 11 September 2026; we will post all answers"
        " (without the names of those who asked) on this page by Wednesday 16 September 2026.\n"
        "\n"
        "Applications will be accepted from Monday 31 August until 5 p.m. on Friday 18 September 2026. We will tell every"
        " applicant by e-mail whether the application was accepted.\n"
    )
    found = steps(one_line(text))
    assert ("application", dt.date(2026, 9, 18), dt.time(17, 0), "datetime") in found
    assert ("application", dt.date(2026, 8, 31), None, "date") not in found


def test_this_call_was_published_on_is_the_calls_own_publication():
    text = (
        "Call for a guide-book editor\n"
        "\n"
        "This call was published on Tuesday 6th April 2027. It is written in English so that editors abroad can apply.\n"
        "\n"
        "Proposals must reach us no later than 5 p.m. on Friday 30 April 2027.\n"
    )
    assert steps(text) == [
        ("published", dt.date(2027, 4, 6), None, "date"),
        ("submission", dt.date(2027, 4, 30), dt.time(17, 0), "datetime"),
    ]


def test_page_metadata_published_on_stays_out():
    text = (
        "Published on 1 April 2027\n"
        "Call for a guide-book editor\n"
        "Proposals must reach us no later than 5 p.m. on Friday 30 April 2027.\n"
    )
    assert steps(text) == [("submission", dt.date(2027, 4, 30), dt.time(17, 0), "datetime")]


def test_registration_for_a_clarification_meeting_is_the_meetings_step():
    text = (
        "3. Online clarification meeting\n"
        "An online clarification meeting will be held on Tuesday, 14 September 2027 at 14:00 (JST). Firms wishing to"
        " attend shall register by e-mail no later than 5:00 p.m. (JST) on Friday, 10 September 2027.\n"
        "4. Proposals\n"
        "Proposals must be received by 5:00 p.m. (JST) on Friday, 1 October 2027.\n"
    )
    assert steps(text) == [
        ("other", dt.date(2027, 9, 10), dt.time(17, 0), "datetime"),
        ("other", dt.date(2027, 9, 14), dt.time(14, 0), "datetime"),
        ("submission", dt.date(2027, 10, 1), dt.time(17, 0), "datetime"),
    ]


def test_the_calls_notice_of_intent_beside_a_pre_proposal_conference_stays_an_application():
    text = (
        "1.2 Pre-Proposal Conference\n"
        "A Pre-Proposal Conference will be held online on Thursday, March 4, 2027 at 10:00 a.m. JST. Proposers wishing"
        " to attend must register by e-mail by 5:00 p.m. JST on Tuesday, March 2, 2027.\n"
        "\n"
        "1.3 Notice of Intent to Propose\n"
        "Proposers are requested to submit the Notice of Intent to Propose by e-mail by 5:00 p.m. JST on March 9, 2027.\n"
    )
    assert steps(text) == [
        ("other", dt.date(2027, 3, 2), dt.time(17, 0), "datetime"),
        ("other", dt.date(2027, 3, 4), dt.time(10, 0), "datetime"),
        ("application", dt.date(2027, 3, 9), dt.time(17, 0), "datetime"),
    ]
