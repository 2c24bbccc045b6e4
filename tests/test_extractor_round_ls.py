"""Round ls: English on one line — a table drawn with bars between its cells only (no rule, no bar at a row's ends),
run together so that one row's last cell and the next row's first share the words between two bars."""

from tenders.extractor.relining import bare_bar_rows
from tests.extractor_found import found, one_line

BARE_BAR_TABLE = (
    "KITAHAMA HARBOUR AUTHORITY\n"
    "Request for Proposals: Berth Booking Platform (ref. KHA-27-031)\n"
    "\n"
    "Timetable (all times JST)\n"
    "Stage | Date | Channel\n"
    "Call published | Tue 6 Apr 2027 | Authority website and e-procurement portal\n"
    "Clarification requests | by 15:00, Fri 16 Apr 2027 | Form C, e-mail only\n"
    "Responses to clarifications | by Fri 23 Apr 2027 | Posted on the portal; no individual replies\n"
    "Proposal | by 16:00, Mon 10 May 2027 | Sealed envelope by hand or courier\n"
    "Interviews | w/c 24 May 2027 | Slot sent by e-mail to each bidder\n"
    "Preferred bidder notified | mid-June 2027 | Letter + e-mail\n"
    "Note: the Authority's 2024 platform study (closed 2 Feb 2024) is not part of this call.\n"
    "The berth system must be live on 1 October 2027; the contract runs to 30 September 2030.\n"
)

EXPECTED = [
    ("published", "2027-04-06", None, "date"),
    ("question", "2027-04-16", "15:00", "datetime"),
    ("answer", "2027-04-23", None, "date"),
    ("submission", "2027-05-10", "16:00", "datetime"),
    ("hearing", "2027-05-24", None, "date"),
    ("result", "2027-06-01", None, "mid_month"),
]


def test_a_bar_table_without_rule_reads_alike_on_one_line():
    # (「… | Posted on the portal; no individual replies Proposal | by 16:00, Mon 10 May 2027 | …」: each date takes its
    # own row's step, not the words of the row above's last cell)
    assert len(one_line(BARE_BAR_TABLE)) > 400
    assert found(BARE_BAR_TABLE) == EXPECTED
    assert found(one_line(BARE_BAR_TABLE)) == EXPECTED


def test_a_bar_tables_shared_cell_is_parted_after_a_closing_bracket_and_not_inside_a_name():
    # (「Portal (English + Japanese) Written questions」: the row begins after the bracket; 「Form C, e-mail only
    # Answers – Q&A log」: a dash joins the step's name, the row begins before 「Answers」)
    text = (
        "Schedule of the call, as approved by the board of the Kitahama Harbour Authority on its spring meeting\n"
        "Step | When | Where\n"
        "Call issued | Mon 5 Apr 2027 | Portal (English + Japanese)\n"
        "Written questions | by 12:00 noon, Thu 15 Apr 2027 | Form C, e-mail only\n"
        "Answers – Q&A log | by Thu 22 Apr 2027 | Portal; sent to all registered bidders\n"
        "Notice of Intent to Bid | by 17:00, Thu 29 Apr 2027 | Form B by e-mail to the Contracts Office\n"
        "Bid | by 17:00, Fri 14 May 2027 | Contracts Office, 2F, by hand or courier\n"
    )
    expected = [
        ("published", "2027-04-05", None, "date"),
        ("question", "2027-04-15", "12:00", "datetime"),
        ("answer", "2027-04-22", None, "date"),
        ("application", "2027-04-29", "17:00", "datetime"),
        ("submission", "2027-05-14", "17:00", "datetime"),
    ]
    assert found(text) == expected
    assert found(one_line(text)) == expected


def test_a_two_column_bar_table_is_not_read_as_rows_of_more_bars():
    # (「Milestone | Date Call opens | 1 March 2027 Questions close | …」: every shared cell holds a date; the rows are
    # of one bar each, not two, and no row is begun inside a date's cell: each begins after its date (round ma))
    rows = [
        "Milestone | Date",
        "Call opens | 1 March 2027",
        "Questions close | 12 March 2027, 5:00 p.m.",
        "Answers posted on the call page | By 19 March 2027",
        "Proposal submission deadline | 2 April 2027, 12:00 noon",
        "Document screening | Mid-April 2027",
        "Interviews (shortlisted applicants only) | 10-12 May 2027",
        "Notification of results | Late May 2027",
    ]
    text = one_line("\n".join(rows) + "\n")
    assert bare_bar_rows(text, []) == [len(" ".join(rows[:row])) + 1 for row in range(1, len(rows))]


def test_a_bar_table_of_no_dates_is_left_as_it_is():
    text = one_line(
        "Criterion | Points | Note\n"
        "Service design | 30 | Language coverage\n"
        "Staffing and training | 25 | Quality control\n"
        "Disaster response | 15 | Alert messaging\n"
        "Price | 20 | Lowest scores full\n"
    )
    assert bare_bar_rows(text, []) == []
