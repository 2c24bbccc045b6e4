"""English calls in their everyday forms (round iw): a timetable laid out with spaces, its step first and its date in a
column (no two-column page, its day no item's number; in one line, its rows back); a call's title run onto its next
line in one line; an earlier call's schedule shown for reference; a grid table that rules off each row; a definition
list of steps with 「Date:」「Time:」 lines; a window's daily hours the wrap cut; a mail's note that extends a deadline.
Each test a notice written for its form."""

from tenders.extractor import extract
from tests.extractor_found import found, one_line


def labels(text: str) -> list[str]:
    return [milestone.label for milestone in extract(text).proposal.milestones]


# --- a timetable laid out with spaces: the step, then its date in a column -------------------------------------

HARBOUR_TENDER = (
    "KITAHAMA HARBOUR AUTHORITY\n"
    "\n"
    "INVITATION TO TENDER No. KHA-2027-31\n"
    "\n"
    "(1) Tenderers must hold the Unified Qualification for the sale of goods.\n"
    "(2) Tenderers must not be under suspension of nomination by the Authority.\n"
    "\n"
    "3. TIMETABLE\n"
    "\n"
    "   Step                                      Date / Time (JST)\n"
    "   ----------------------------------------  ----------------------------------------\n"
    "   Date of this notice                       4 Oct 2027 (Mon)\n"
    "   Site visit (optional)                     14 Oct 2027 (Thu) 10:00 - 11:30\n"
    "                                             register by e-mail two days in advance\n"
    "   Deadline for questions                    21 Oct 2027 (Thu) 17:00\n"
    "   Answers to questions                      by 28 Oct 2027 (Thu), on the Authority's website\n"
    "   Deadline for eligibility documents        1 Nov 2027 (Mon) 17:00\n"
    "   Deadline for tenders                      15 Nov 2027 (Mon) 12:00\n"
    "   Opening of tenders                        17 Nov 2027 (Wed) 14:00\n"
    "                                             Room 3, Harbour Office\n"
    "   ----------------------------------------  ----------------------------------------\n"
    "\n"
    "(3) Tenders received late will not be opened.\n"
)
HARBOUR_STEPS = [
    ("published", "2027-10-04", None, "date"),
    ("other", "2027-10-14", "10:00", "datetime"),
    ("question", "2027-10-21", "17:00", "datetime"),
    ("answer", "2027-10-28", None, "date"),
    ("application", "2027-11-01", "17:00", "datetime"),
    ("submission", "2027-11-15", "12:00", "datetime"),
    ("other", "2027-11-17", "14:00", "datetime"),
]


def test_a_timetable_whose_dates_stand_in_a_column_is_no_two_column_page():
    # (「14 Oct 2027 (Thu)」 at the column's start: an English date's day, no numbered item of a right column)
    assert found(HARBOUR_TENDER) == HARBOUR_STEPS


def test_a_timetable_laid_out_with_spaces_run_onto_one_line_has_its_rows_back():
    # (each row's step read whole in English, the remark under a date its row's last cell, not the next row's step)
    assert found(one_line(HARBOUR_TENDER)) == HARBOUR_STEPS
    assert labels(one_line(HARBOUR_TENDER)) == labels(HARBOUR_TENDER)


def test_a_calls_title_run_onto_its_next_line_is_no_specification():
    text = (
        "MINAMIKAWA INSTITUTE OF MARINE SCIENCE\n"
        "\n"
        "NOTICE OF TENDER\n"
        "(Open tendering under the Agreement on Government Procurement)\n"
        "\n"
        "1. ITEM\n"
        "   Item            Deep-sea sampling winch\n"
        "   Specifications  As described in the tender documentation\n"
        "\n"
        "2. DEADLINES\n"
        "   Questions must reach the Institute by 17:00 on Friday, 8 October 2027.\n"
        "   Tenders must reach the Institute by 15:00 on Tuesday, 26 October 2027.\n"
    )
    expected = [("question", "2027-10-08", "17:00", "datetime"), ("submission", "2027-10-26", "15:00", "datetime")]
    assert found(text) == expected
    assert found(one_line(text)) == expected


# --- an earlier call's schedule beside this one's, and a grid table ruled row by row ---------------------------

GRANT_CALL = (
    "Hoshizora City Creative Residency Grant 2028 - Call for Applications\n"
    "\n"
    "5. Timetable\n"
    "\n"
    "+----------------------------------+----------------------------------+\n"
    "| Step                             | Date                             |\n"
    "+==================================+==================================+\n"
    "| Call opens                       | Mon 10 January 2028              |\n"
    "+----------------------------------+----------------------------------+\n"
    "| Publication of the FAQ on the    | Updated weekly; last update      |\n"
    "| City website                     | Fri 28 January 2028              |\n"
    "+----------------------------------+----------------------------------+\n"
    "| Entry deadline                   | Fri 11 February 2028, 17:00      |\n"
    "| (full proposal documents)        |                                  |\n"
    "+----------------------------------+----------------------------------+\n"
    "| Panel interviews                 | Tue 7 - Thu 9 March 2028         |\n"
    "| (at the City Hall or online)     | (slots sent by e-mail)           |\n"
    "+----------------------------------+----------------------------------+\n"
    "\n"
    "Last year's timetable (for reference)\n"
    "| Step | Date |\n"
    "|---|---|\n"
    "| Call opens | Tue 12 January 2027 |\n"
    "| Entry deadline | Fri 12 February 2027, 17:00 |\n"
    "| Panel interviews | Wed 10 March 2027 |\n"
)


def test_an_earlier_calls_schedule_given_for_reference_gives_no_step():
    assert [step for step in found(GRANT_CALL) if step[1] < "2028"] == []


def test_the_faq_put_up_for_all_is_the_answer_to_the_questions():
    text = (
        "| Step | Date |\n"
        "|---|---|\n"
        "| Deadline for questions | Friday 3 September 2027, 12:00 |\n"
        "| FAQ published on the project page | Friday 10 September 2027 |\n"
    )
    assert found(text) == [("question", "2027-09-03", "12:00", "datetime"), ("answer", "2027-09-10", None, "date")]


def test_the_calls_deadline_whose_bracket_names_the_papers_is_their_hand_in():
    text = (
        "| Step | Date |\n"
        "|---|---|\n"
        "| Registration (required) | Monday 4 October 2027, 17:00 |\n"
        "| Deadline for applications (full proposal) | Friday 22 October 2027, 17:00 |\n"
    )
    assert found(text) == [
        ("application", "2027-10-04", "17:00", "datetime"),
        ("submission", "2027-10-22", "17:00", "datetime"),
    ]


def test_a_grid_table_that_rules_off_each_row_reads_each_row_whole():
    # (「Panel interviews」 over 「(at the City Hall or online)」 beside its days: one row, its first day; the FAQ put up
    # for all, an answer; the call's deadline whose bracket names the papers, their hand-in)
    assert found(GRANT_CALL) == [
        ("published", "2028-01-10", None, "date"),
        ("answer", "2028-01-28", None, "date"),
        ("submission", "2028-02-11", "17:00", "datetime"),
        ("hearing", "2028-03-07", None, "date"),
    ]


# --- a definition list: each step's name over its Date: and Time: lines -----------------------------------------

FESTIVAL_CALL = (
    "Call for Proposals: Lantern Festival Stage Production\n"
    "\n"
    "Timeline\n"
    "\n"
    "Call opens\n"
    "    Date: Monday, 6 December 2027\n"
    "\n"
    "Registration for the online briefing session\n"
    "    Date: Friday, 10 December 2027\n"
    "    Time: 12:00 (JST)\n"
    "\n"
    "Proposal submission deadline\n"
    "    Date: Friday, 14 January 2028\n"
    "    Time: 17:00 (JST)\n"
    "\n"
    "Final presentations\n"
    "    Date: Week of 31 January 2028 (slots to be confirmed)\n"
    "\n"
    "Documents\n"
    "- Guidelines (PDF)\n"
    "- Form 3: Budget (Excel) (updated 8 December 2027)\n"
)
FESTIVAL_STEPS = [
    ("published", "2027-12-06", None, "date"),
    ("other", "2027-12-10", "12:00", "datetime"),
    ("submission", "2028-01-14", "17:00", "datetime"),
    ("hearing", "2028-01-31", None, "date"),
]


def test_a_listed_papers_stamp_of_its_update_is_no_step():
    text = (
        "Deadline for proposals: Friday, 14 January 2028, 17:00\n"
        "\n"
        "Downloads\n"
        "- Specifications (PDF, 320 KB) - updated 20 December 2027\n"
        "- Form 2: Cost proposal (Excel) (replaced 22 December 2027)\n"
    )
    assert found(text) == [("submission", "2028-01-14", "17:00", "datetime")]


def test_a_date_key_then_the_dates_own_words_takes_the_step_above():
    # (「Date: Week of 31 January 2028」: the week's first day, the step named above; a listed form's stamp 「(updated
    # 8 December 2027)」, the day it was replaced, no step)
    assert found(FESTIVAL_CALL) == FESTIVAL_STEPS


def test_a_definition_list_run_onto_one_line_has_each_step_over_its_keys():
    assert found(one_line(FESTIVAL_CALL)) == FESTIVAL_STEPS


def test_a_long_english_step_name_on_its_own_line_names_the_date_below():
    text = (
        "Key dates\n"
        "\n"
        "Registration for the guided tour of the exhibition halls\n"
        "Date: Thursday, 9 September 2027\n"
        "\n"
        "Deadline for questions on the specifications\n"
        "Date: Friday, 17 September 2027, 17:00\n"
    )
    assert found(text) == [("other", "2027-09-09", None, "date"), ("question", "2027-09-17", "17:00", "datetime")]


# --- a window whose daily hours the wrap cut --------------------------------------------------------------------


def test_a_windows_daily_hours_cut_by_the_wrap_close_its_last_day():
    text = (
        "4. Procedure\n"
        "(2) Bids will be received from Monday, 4 October 2027 to Friday, 15 October 2027, between 10:00 a.m. and\n"
        "    4:00 p.m. on working days.\n"
        "(3) The results will be notified by e-mail on Friday, 22 October 2027.\n"
    )
    expected = [("submission", "2027-10-15", "16:00", "datetime"), ("result", "2027-10-22", None, "date")]
    assert found(text) == expected
    assert found(one_line(text)) == expected


# --- a mail's note that extends a deadline ----------------------------------------------------------------------


def test_a_reply_asked_for_by_mail_is_no_answer():
    text = " 4. Intention to bid: reply to this e-mail by 5:00 p.m. on Tuesday, 7 September 2027\n"
    assert found(text) == [("application", "2027-09-07", "17:00", "datetime")]


def test_a_papers_own_date_in_a_bracket_is_no_step():
    text = (
        "Answers to questions: by Friday, 10 September 2027\n"
        "Questions on the tender notice (dated Wednesday, 1 September 2027) may be sent by e-mail.\n"
    )
    assert found(text) == [("answer", "2027-09-10", None, "date")]


def test_a_sentence_goes_on_past_the_bracket_its_first_date_stood_in():
    text = (
        "The closing time for quotations on the form in the request letter (dated Thursday, 2 September 2027) is "
        "3:00 p.m. on Monday, 27 September 2027.\n"
    )
    assert found(text) == [("submission", "2027-09-27", "15:00", "datetime")]


def test_a_note_that_extends_a_deadline_gives_its_new_date_only():
    text = (
        "Subject: Request for Quotation - Printing of the Tourist Map (RFQ No. 27-09)\n"
        "\n"
        " 1. RFQ issued: Monday, 6 September 2027\n"
        " 2. Expression of interest: reply to this e-mail by 5:00 p.m. on Wednesday, 8 September 2027\n"
        " 3. Closing date for quotations: 12:00 noon on Friday, 17 September 2027\n"
        "\n"
        "Please note: the closing date for quotations in item 3 and in the attached RFQ letter (dated Thursday,\n"
        "2 September 2027) has been extended to 3:00 p.m. on Monday, 27 September 2027.\n"
    )
    # (the reply asked for is how a company says it will quote, no answer; the letter's own date no step)
    assert found(text) == [
        ("published", "2027-09-06", None, "date"),
        ("application", "2027-09-08", "17:00", "datetime"),
        ("submission", "2027-09-27", "15:00", "datetime"),
    ]


def test_a_schedules_public_announcement_is_the_calls_publication():
    text = (
        "4. Schedule\n"
        "\n"
        "| No. | Item | Date |\n"
        "|---|---|---|\n"
        "| 1 | Public announcement | Monday, 3 May 2027 |\n"
        "| 2 | Deadline for proposals | Friday, 28 May 2027, 5:00 p.m. |\n"
    )
    assert found(text) == [("published", "2027-05-03", None, "date"), ("submission", "2027-05-28", "17:00", "datetime")]
