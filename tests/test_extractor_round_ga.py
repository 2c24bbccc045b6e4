"""Notices read as well in one line as as written (round ga): each test a few lines written for its class, run onto
one line as a PDF's text layer or a portal page gives them."""

from tests.extractor_found import found, one_line

# --- an English table whose cells tabs part ---------------------------------------------------------------


ENGLISH_TABLE = (
    "Harbour City Tourism Office\n"
    "Call for Proposals: Promotion of the Harbour Festival in Overseas Markets\n"
    "The Office invites proposals from companies with experience of promotion abroad. Proposals are assessed on their\n"
    "plan, their cost and the company's record, by a committee of five members.\n"
    "\n"
    "Schedule\n"
    "Step\tDate\tRemarks\n"
    "Call opens\tWed 2 June 2027\tGuidelines on the Office website\n"
    "Registration for the briefing\tMon 14 June 2027, 12:00\tOnline form\n"
    "Question deadline\tFri 18 June 2027, 17:00\tE-mail only (Form 2)\n"
    "Proposal deadline\tFri 9 July 2027, 17:00\tBy post, must arrive\n"
    "Contract\tAugust 2027\tAfter approval of the budget\n"
    "\n"
    "Contact: Harbour City Tourism Office, promotion team, 000-0000-0000\n"
)


def test_an_english_tables_rows_are_told_by_the_capital_that_begins_each():
    assert found(one_line(ENGLISH_TABLE)) == [
        ("published", "2027-06-02", None, "date"),
        ("other", "2027-06-14", "12:00", "datetime"),
        ("question", "2027-06-18", "17:00", "datetime"),
        ("submission", "2027-07-09", "17:00", "datetime"),
        ("contract", "2027-08-01", None, "month"),
    ]
