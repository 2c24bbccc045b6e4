"""English sentences that move a date: the old date told by the closed vocabulary of a change (previously, instead
of), a forwarded call under the note that moves its steps, and the day a move was made on."""

import datetime as dt

from tests.extractor_found import steps


def test_a_date_told_as_previously_scheduled_or_replaced_instead_of_is_the_old_one():
    text = (
        "Rivermoor Harbour Board\n"
        "ADDENDUM No. 2\n"
        "Request for Proposals No. RHB-27-031 (issued on 3 May 2027)\n"
        "Date of this Addendum: 17 May 2027\n\n"
        "1. Answers\n"
        "The Board will publish its answers by Monday, 31 May 2027, instead of Wednesday, 26 May 2027 as first "
        "announced.\n\n"
        "2. Interviews\n"
        "The interviews with proposers, previously scheduled for Thursday, 17 June 2027, are rescheduled to "
        "Tuesday, 22 June 2027, starting at 10:00 (JST).\n\n"
        "3. Results\n"
        "The notification of results, previously expected in late June 2027, is now expected in mid-July 2027.\n"
    )
    assert steps(text) == [
        ("answer", dt.date(2027, 5, 31), None, "date"),
        ("hearing", dt.date(2027, 6, 22), dt.time(10, 0), "datetime"),
        ("result", dt.date(2027, 7, 1), None, "mid_month"),
    ]


def test_a_forwarded_call_under_a_note_that_moves_its_steps_gives_only_the_notes_steps():
    text = (
        "From: Grants Office <grants@example.jp>\n"
        "Sent: Tuesday, March 9, 2027 11:02 AM\n"
        "To: grants-list@example.jp\n"
        "Subject: FW: Call for Proposals - Coastal Data Pilots (DEADLINE EXTENDED)\n\n"
        "Dear all,\n\n"
        "Please note that the proposal deadline has been extended to 12:00 noon (JST), Friday, April 9, 2027.\n"
        "- Online interviews: Thursday, April 22, 2027 (originally Wednesday, April 14, 2027)\n\n"
        "Kind regards,\nGrants Office\n\n"
        "-----Original Message-----\n"
        "From: Grants Office <grants@example.jp>\n"
        "Sent: Monday, March 1, 2027 9:00 AM\n"
        "Subject: Call for Proposals - Coastal Data Pilots\n\n"
        "> Schedule\n"
        "> - Call opens: Monday, March 1, 2027\n"
        "> - Deadline for questions: 5:00 p.m. (JST), Friday, March 12, 2027\n"
        "> - Proposal deadline: 12:00 noon (JST), Friday, March 26, 2027\n"
        "> - Online interviews: Wednesday, April 14, 2027\n"
    )
    assert steps(text) == [
        ("submission", dt.date(2027, 4, 9), dt.time(12, 0), "datetime"),
        ("hearing", dt.date(2027, 4, 22), None, "date"),
    ]


def test_the_day_a_deadline_was_moved_on_opening_its_sentence_is_no_step():
    text = (
        "Frequently Asked Questions: Proposal for the Lakeside Museum Shop\n\n"
        "Q3. When is the deadline for questions?\n"
        "A. Questions must reach us by 5:00 PM on Friday, August 6, 2027.\n\n"
        "Q4. Has the proposal deadline changed?\n"
        "A. Yes. On Tuesday, August 10, 2027, the deadline for submitting proposals was extended from Friday, "
        "August 20 to Friday, August 27, 2027, 5:00 PM, because the floor plans were replaced.\n"
    )
    assert steps(text) == [
        ("question", dt.date(2027, 8, 6), dt.time(17, 0), "datetime"),
        ("submission", dt.date(2027, 8, 27), dt.time(17, 0), "datetime"),
    ]
