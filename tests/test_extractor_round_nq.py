"""English documents of Japanese issuers and their sheets (round nq): each test a few lines written for its device."""

from tests.extractor_found import found, one_line

# --- a spreadsheet's d-mmm-yy date ------------------------------------------------------------------------


def test_a_day_month_and_two_figure_year_joined_by_hyphens_is_a_date():
    assert found("Deadline for questions: 3-Jun-27, 17:00\n") == [("question", "2027-06-03", "17:00", "datetime")]
    assert found("Proposals due 09-Nov-26 (must arrive)\n") == [("submission", "2026-11-09", None, "date")]
    text = "Step,Date\nQuestions,12-Jan-28\nTenders due,2-Feb-28\n"
    assert found(text) == [("question", "2028-01-12", None, "date"), ("submission", "2028-02-02", None, "date")]


def test_hyphened_figures_of_no_date_stay_no_date():
    assert found("Reference No. DSG-3-Jun-27A, Lot 12-Mar-2\nDeadline for questions: 3 June 2027\n") == [
        ("question", "2027-06-03", None, "date")
    ]


# --- one step's day written twice in a row, its time in a cell of its own -----------------------------------


def test_a_rows_day_in_two_calendars_takes_the_time_of_its_time_cell():
    text = (
        "Schedule of the call (reference translation),,,,,,\n"
        "No,Step,Date,Era date,Day,Time,Remarks\n"
        "1,Deadline for questions,14-May-27,R9.5.14,Fri,17:00,By e-mail\n"
        "2,Site visit,20-May-27,R9.5.20,Thu,10:00-11:30,Registered firms only\n"
        "3,Proposals due,1-Jun-27,R9.6.1,Tue,12:00,In person\n"
        "4,Result notified,15-Jun-27,R9.6.15,Tue,,By post\n"
    )
    assert found(text) == [
        ("question", "2027-05-14", "17:00", "datetime"),
        ("other", "2027-05-20", "10:00", "datetime"),
        ("submission", "2027-06-01", "12:00", "datetime"),
        ("result", "2027-06-15", None, "date"),
    ]
    text = (
        "| Step | Date | 日付 | Time |\n"
        "|---|---|---|---|\n"
        "| Proposal deadline | 2 July 2027 | 令和9年7月2日 | 12:00 |\n"
        "| Presentation | 9 July 2027 | 令和9年7月9日 | 14:00 |\n"
    )
    assert found(text) == [
        ("submission", "2027-07-02", "12:00", "datetime"),
        ("hearing", "2027-07-09", "14:00", "datetime"),
    ]


# --- a CSV sheet's numbered rows run onto one line, notes of another width under them ---------------------


def test_a_csv_sheets_numbered_rows_are_told_by_their_numbers_with_notes_under_them():
    text = (
        "Kirisato Town - Call summary (English),,,,,,\n"
        "No,Step,Date,Day,Time,Place,Notes\n"
        "1,Question deadline,3 Jun 2027,Thu,17:00,E-mail,Form 3 only; questions by phone are not taken\n"
        "2,Answers posted,10 Jun 2027,Thu,,Town website,All questions and answers in Japanese\n"
        "3,Proposal deadline,14 Jun 2027 to 24 Jun 2027,Mon-Thu,12:00 (last day),Planning Office,In person on weekdays\n"
        "4,Hearing,5 Jul 2027,Mon,13:00-,Town Hall 3F,Each applicant given 30 minutes\n"
        "5,Result,Mid Jul 2027,,,,By post to all applicants\n"
        ",,,,,,\n"
        "Remarks,,,,,,\n"
        'a,"Row 3: proposals arriving after noon on 24 Jun 2027 are not accepted, whatever the cause.",,,,\n'
        'b,"Row 4: the time slot of each applicant is told by e-mail a week before.",,,,\n'
    )
    want = [
        ("question", "2027-06-03", "17:00", "datetime"),
        ("answer", "2027-06-10", None, "date"),
        ("submission", "2027-06-24", "12:00", "datetime"),
        ("hearing", "2027-07-05", "13:00", "datetime"),
        ("result", "2027-07-01", None, "mid_month"),
    ]
    assert found(text) == want
    assert found(one_line(text)) == want


# --- an English change notice: a papers' window extended, its own day keyed under a long head ---------------------

AMENDMENT_HEAD = (
    "NORTHERN HARBOUR WORKS OFFICE\n"
    "Home > Procurement > Tenders > Amendments\n"
    "\n"
    "[PDF] Amendment-2_EN.pdf\n"
    "\n"
    "==============================================================\n"
    "                    AMENDMENT No. 2\n"
    "      to the Invitation for Bids No. NHW-2027-118\n"
    "       Supply of Mooring Buoys for the East Basin\n"
    "==============================================================\n"
    "\n"
    "Contracts Unit, Northern Harbour Works Office\n"
    "\n"
    "Date of this Amendment: 9 March 2027\n"
    "\n"
)


def test_an_english_papers_window_extended_gives_no_publication():
    text = AMENDMENT_HEAD + (
        "The Invitation for Bids issued on 15 February 2027 is amended as follows.\n"
        "1. The deadline for bids is changed to 12:00 noon on Friday, 16 April 2027.\n"
        "2. The period for obtaining the bidding documents is extended until 16 April 2027.\n"
    )
    assert found(text) == [("submission", "2027-04-16", "12:00", "datetime")]
    text = AMENDMENT_HEAD + (
        "1. Deadline for clarification requests: changed to 5:00 p.m., Monday, 5 April 2027.\n"
        "2. Sale of the tender documents: the sale of the documents has been prolonged to Wednesday, 14 April 2027.\n"
    )
    assert found(text) == [("question", "2027-04-05", "17:00", "datetime")]


def test_an_english_change_notices_own_day_keyed_below_its_boxed_title_ends_what_is_over():
    text = AMENDMENT_HEAD + (
        "1. The bid opening is postponed to 10:00 on Tuesday, 20 April 2027.\n"
        "2. Clarification requests received by 8 March 2027 will be answered together with the new ones.\n"
    )
    assert found(text) == [("other", "2027-04-20", "10:00", "datetime")]


# --- an English condition opening a sentence: the step is the main clause's --------------------------------------


def test_the_step_of_a_sentence_after_its_opening_condition_is_the_main_clauses():
    text = "WHAT HAPPENS NEXT\n" "- If no compliant EOI arrives, the Board will sign the contract in late May 2027.\n"
    assert found(text) == [("contract", "2027-05-01", None, "late_month")]
    text = "Unless a question changes the specifications, the contract will be signed in early July 2027.\n"
    assert found(text) == [("contract", "2027-07-01", None, "early_month")]
    assert found(one_line(text)) == [("contract", "2027-07-01", None, "early_month")]
