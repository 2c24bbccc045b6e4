"""English award notices and bid calendars (round lo2): an award notice's recourse steps at one moment, a holiday a note
names, a bid calendar's rows in an English grid (a row on the day of another's numeric date, 「Jun-2027」, a best and
final offer, bid clarification meetings, the ITT issued to the pre-qualified), and such a grid run onto one line. Each
text is invented."""

from tests.extractor_found import found, one_line

AWARD_NOTICE = (
    "NOTICE OF INTENT TO AWARD\n"
    "\n"
    "Ref.: KH/2029/RFP/031\n"
    "\n"
    "4. Debriefing\n"
    "DEADLINE: A request for a debriefing shall be made by 17:00 JST on Monday, 15 January 2029.\n"
    "\n"
    "5. Complaints\n"
    "Period: Procurement-related complaints about the decision to award the contract shall be submitted\n"
    "by 23:59 JST on Tuesday, 23 January 2029, i.e. before the end of the Standstill Period.\n"
    "\n"
    "6. Standstill Period\n"
    "DEADLINE: The Standstill Period is seven (7) Business Days and ends at 23:59 JST on\n"
    "Tuesday, 23 January 2029.\n"
    "\n"
    "7. Next steps\n"
    " - sign the contract on or about Monday, 5 February 2029.\n"
    "Note: Business Days exclude Saturdays, Sundays and national holidays (including\n"
    "8 January 2029, Coming of Age Day).\n"
)


def test_the_complaints_deadline_and_the_standstill_end_at_one_moment_are_two_steps():
    steps = found(AWARD_NOTICE)
    assert steps.count(("other", "2029-01-23", "23:59", "datetime")) == 2
    assert ("other", "2029-01-15", "17:00", "datetime") in steps
    assert ("contract", "2029-02-05", None, "date") in steps


def test_a_holiday_a_note_names_is_no_step():
    assert not [step for step in found(AWARD_NOTICE) if step[1] == "2029-01-08"]


def test_the_award_notice_run_onto_one_line_keeps_both_steps():
    steps = found(one_line(AWARD_NOTICE))
    assert steps.count(("other", "2029-01-23", "23:59", "datetime")) == 2  # (「seven (7) Business Days」 starts no item)
    assert not [step for step in steps if step[1] == "2029-01-08"]


def test_a_holiday_named_after_its_date_is_no_step():
    text = (
        "Deadline for proposals: 17:00 JST on Friday, 7 May 2027.\n"
        "The office is open on Monday, 3 May 2027 (a public holiday) for collection only.\n"
    )
    assert found(text) == [("submission", "2027-05-07", "17:00", "datetime")]


BID_CALENDAR = (
    "Invitation to Tender No. KS-2028-014\n"
    "Section 3: Bid Calendar\n"
    "\n"
    " # | Step                                               | Deadline\n"
    "---+----------------------------------------------------+---------------------\n"
    " 1 | Issue of ITT to pre-qualified Bidders              | 10-Apr-2028\n"
    " 2 | Intention to Bid and signed Confidentiality        | 2028.04.14 17:00 JST\n"
    "   | Undertaking                                        |\n"
    " 3 | Registration for site visit                        | 14-Apr-2028 12:00 JST\n"
    " 4 | Site visit                                         | Thu 20-Apr-2028 10:00\n"
    " 5 | Bid submission                                     | 2028.05.26 15:00 JST\n"
    " 6 | Bid clarification meetings                         | Mid-Jun-2028\n"
    " 7 | Best and Final Offer (if requested)                | 2028.06.30 15:00 JST\n"
    " 8 | Notification of Preferred Bidder                   | Late Jul-2028\n"
    " 9 | Contract signature (target)                        | Sep-2028\n"
    "10 | Commercial close (Envelope 2)                      | 2028.10.02 15:00 JST\n"
    "---+----------------------------------------------------+---------------------\n"
)

CALENDAR_STEPS = [
    ("published", "2028-04-10", None, "date"),
    ("application", "2028-04-14", "17:00", "datetime"),
    ("other", "2028-04-14", "12:00", "datetime"),
    ("other", "2028-04-20", "10:00", "datetime"),
    ("submission", "2028-05-26", "15:00", "datetime"),
    ("hearing", "2028-06-01", None, "mid_month"),
    ("submission", "2028-06-30", "15:00", "datetime"),
    ("result", "2028-07-01", None, "late_month"),
    ("contract", "2028-09-01", None, "month"),
]


def test_an_english_bid_calendar_gives_each_of_its_rows():
    steps = found(BID_CALENDAR)
    for step in CALENDAR_STEPS:
        assert step in steps


def test_the_bid_calendar_run_onto_one_line_keeps_its_rows_whole():
    steps = found(one_line(BID_CALENDAR))
    for step in CALENDAR_STEPS:
        assert step in steps


def test_the_itt_issued_to_the_prequalified_after_an_eoi_stays_the_second_stage():
    text = (
        "Schedule\n"
        "Publication of the EOI call: 7 June 2027\n"
        "Deadline for EOI: 2 July 2027, 12:00 noon (JST)\n"
        "Issue of ITT to pre-qualified applicants: 23 July 2027\n"
    )
    steps = found(text)
    assert ("published", "2027-06-07", None, "date") in steps
    assert ("other", "2027-07-23", None, "date") in steps


def test_a_document_revision_row_is_no_step():
    text = (
        "Revision history\n"
        "Rev.  Date         Description\n"
        "1     2028.04.10   Issued for Tender\n"
        "\n"
        "Deadline for tenders: 2028.05.26 15:00 JST\n"
    )
    assert found(one_line(text)) == [("submission", "2028-05-26", "15:00", "datetime")]
