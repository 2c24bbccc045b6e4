"""English corrigenda and award notices (round lo): the original schedule a corrigendum quotes, the rows it marks
「(no change)」, an award notice's history of the call and its steps for the bidders not chosen. Each text is invented."""

from tests.extractor_found import found, one_line

CORRIGENDUM_MAIL = (
    "From: Tender Desk <tenders@example.jp>\n"
    "Date: Tue, 9 Mar 2027 10:12:00 +0900\n"
    "Subject: Corrigendum No.2 to RFP KW-2027-07 (Harbour Signage) - Revised Schedule\n"
    "\n"
    "Dear bidders,\n"
    "\n"
    "The schedule in Section 5 of the RFP is revised.\n"
    "For reference, the original schedule was:\n"
    "\n"
    "> 5. Schedule\n"
    ">  (1) Deadline for questions ...... March 12, 2027 (Fri) 17:00 JST\n"
    ">  (2) Deadline for proposals ...... March 26, 2027 (Fri) 17:00 JST\n"
    ">  (3) Notification of results ..... Mid-April 2027\n"
    "\n"
    "The revised schedule is as follows (changes marked with *):\n"
    "\n"
    "  (1)  Deadline for questions (no change)\n"
    "       March 12, 2027 (Fri) 17:00 JST\n"
    "  (2)  Deadline for proposals *\n"
    "       April 9, 2027 (Fri) 17:00 JST\n"
    "  (3)  Notification of results *\n"
    "       Late April 2027\n"
)


def test_an_english_corrigendum_quoting_its_original_schedule_gives_the_revised_dates_only():
    assert found(CORRIGENDUM_MAIL) == [
        ("submission", "2027-04-09", "17:00", "datetime"),
        ("result", "2027-04-01", None, "late_month"),
    ]


def test_the_quoted_original_schedule_stays_out_when_the_line_breaks_are_lost():
    steps = found(one_line(CORRIGENDUM_MAIL))
    assert ("submission", "2027-04-09", "17:00", "datetime") in steps
    assert ("submission", "2027-03-26", "17:00", "datetime") not in steps  # (the old deadline, quoted)
    assert ("question", "2027-03-12", "17:00", "datetime") not in steps  # (no change: restated, as it was)


def test_a_forwarded_mail_whose_subject_names_the_revised_schedule_is_a_change():
    text = (
        "Subject: FW: Addendum to ITB 33/2027 - Revised Schedule\n"
        "\n"
        "Tender opening (no change)\n"
        "June 3, 2027 (Thu) 10:00\n"
        "Deadline for bids *\n"
        "June 2, 2027 (Wed) 12:00\n"
    )
    assert found(text) == [("submission", "2027-06-02", "12:00", "datetime")]


def test_a_call_without_an_original_schedule_keeps_its_schedule():
    text = (
        "Request for Quotations RFQ-88\n"
        "Schedule:\n"
        "Deadline for questions: May 6, 2027 (Thu) 17:00\n"
        "Deadline for quotations: May 20, 2027 (Thu) 17:00\n"
    )
    assert found(text) == [
        ("question", "2027-05-06", "17:00", "datetime"),
        ("submission", "2027-05-20", "17:00", "datetime"),
    ]


AWARD_NOTICE = (
    "NOTIFICATION OF INTENTION TO AWARD\n"
    "\n"
    "1. Purpose\n"
    "This Notification begins the Standstill Period.\n"
    "\n"
    "2. Background of the procurement\n"
    "The Request for Proposals was issued on Monday, 6 September 2027. Proposals were received until\n"
    "12:00 JST on Friday, 15 October 2027. The technical evaluation was completed on 29 October 2027.\n"
    "\n"
    "3. How to request a debriefing\n"
    "DEADLINE: The deadline to request a debriefing expires at 17:00 JST on Thursday, 18 November 2027.\n"
    "\n"
    "4. Standstill Period\n"
    "The Standstill Period ends at 23:59 JST on Friday, 26 November 2027.\n"
)


def test_an_award_notice_gives_the_debriefing_and_standstill_deadlines_not_its_history():
    assert found(AWARD_NOTICE) == [
        ("other", "2027-11-18", "17:00", "datetime"),
        ("other", "2027-11-26", "23:59", "datetime"),
    ]


def test_an_award_notice_history_run_onto_its_heading_stays_out():
    steps = found(one_line(AWARD_NOTICE))
    assert ("other", "2027-11-18", "17:00", "datetime") in steps
    assert not [step for step in steps if step[1] < "2027-11-01"]  # (issued, received, evaluated: done)


def test_complaints_are_a_step_and_a_contract_that_expires_is_not():
    text = (
        "Deadline for questions: 17:00 JST on Friday, 14 January 2028.\n"
        "Complaints shall be submitted by 23:59 JST on Friday, 4 February 2028.\n"
        "The current contract expires on 31 March 2028.\n"
        "Contract period: until 31 March 2029.\n"
    )
    assert found(text) == [
        ("question", "2028-01-14", "17:00", "datetime"),
        ("other", "2028-02-04", "23:59", "datetime"),
    ]


def test_responses_to_a_round_of_questions_are_the_answers():
    text = (
        " # | Step                                   | Deadline\n"
        " 1 | Clarification questions - Round 1      | 10-May-2027 17:00 JST\n"
        " 2 | Responses to Round 1 questions         | 2027.05.17\n"
        " 3 | Bid submission                         | 2027.06.01 15:00 JST\n"
    )
    assert found(text) == [
        ("question", "2027-05-10", "17:00", "datetime"),
        ("answer", "2027-05-17", None, "date"),
        ("submission", "2027-06-01", "15:00", "datetime"),
    ]
