"""English and bilingual calls, round cc: a table's date cell whose time or window end wrapped onto the next line, a
date or a window's end that the wrap put at the start of the next line, an English window opened by 'from', an
ordinal date whose time wrapped below it, a step's 'Session:' line, a time cell opened by 'from', an amended column's
'(unchanged)', a sentence wrapped over lines, and the step words of two-stage calls."""

import datetime as dt

from tests.extractor_found import steps


def test_a_corrigendum_tables_time_wrapped_under_its_date_cell():
    text = (
        "Riverton Water Board\n\n"
        "AMENDMENT No. 2\n"
        "to the Request for Tenders dated 4 May 2027 (Tue)\n\n"
        "| Clause | Subject                  | Original date           | Amended date            |\n"
        "|--------|--------------------------|-------------------------|-------------------------|\n"
        "| 6.1    | Closing time for tenders | 14 June 2027 (Mon),     | 21 June 2027 (Mon),     |\n"
        "|        |                          | 2:00 p.m.               | 3:00 p.m.               |\n"
        "| 6.3    | Opening of bids          | 15 June 2027 (Tue),     | 22 June 2027 (Tue),     |\n"
        "|        |                          | 11:00 a.m.              | 11:30 a.m.              |\n"
    )
    found = steps(text)
    assert ("submission", dt.date(2027, 6, 21), dt.time(15, 0), "datetime") in found
    assert ("other", dt.date(2027, 6, 22), dt.time(11, 30), "datetime") in found
    assert all(day != dt.date(2027, 5, 4) for _, day, _, _ in found)


def test_a_table_without_outer_bars_whose_window_end_wrapped_below():
    text = (
        " No. | Activity                      | Timing\n"
        "-----+-------------------------------+----------------------\n"
        "  1  | Tender launched               | 2027.05.10\n"
        "  2  | Written enquiries             | from 2027.05.10 until\n"
        "     |                               | 2027.05.24 16:00\n"
        "  3  | Tender closing                | 2027.06.07 12:00\n"
    )
    found = steps(text)
    assert ("question", dt.date(2027, 5, 24), dt.time(16, 0), "datetime") in found
    assert all(kind != "question" or day != dt.date(2027, 5, 10) for kind, day, _, _ in found)


def test_a_time_ending_a_line_takes_the_date_that_opens_the_next():
    text = (
        "4. Eligibility\n"
        " (3) Bidders shall deliver the statement of eligibility by 4:00 p.m.\n"
        "     Sep. 13, 2027 (Mon.).\n"
        " (4) Opening of bids: 10:00 a.m. Oct. 5, 2027 (Tue.)\n"
    )
    assert ("application", dt.date(2027, 9, 13), dt.time(16, 0), "datetime") in steps(text)
    body = (
        "6. Registration\n"
        "Firms wishing to take part must register their interest by 12:00 noon\n"
        "JST on Tuesday, 8 June 2027.\n"
    )
    assert ("application", dt.date(2027, 6, 8), dt.time(12, 0), "datetime") in steps(body)


def test_a_window_opened_by_from_records_its_end():
    text = "Receipt of bids (online portal): from 1 June 2027 until 30 June 2027, 5:00 p.m.\n"
    found = steps(text)
    assert ("submission", dt.date(2027, 6, 30), dt.time(17, 0), "datetime") in found
    assert all(day != dt.date(2027, 6, 1) for _, day, _, _ in found)
    wrapped = (
        "  Bid upload window .................. from 14/06/2027 (Mon)\n"
        "                                       until 25/06/2027 (Fri) 23:59\n"
    )
    assert ("submission", dt.date(2027, 6, 25), dt.time(23, 59), "datetime") in steps(wrapped)


def test_an_ordinal_date_with_its_weekday_takes_the_time_wrapped_below_it():
    text = (
        "TIMELINE\n"
        "  • Clarification deadline ............ 9th February 2027 (Tuesday),\n"
        "                                         3:00 p.m. JST\n"
        "  • Bids due ........................... 23rd February 2027 (Tuesday),\n"
        "                                         3:00 p.m. JST\n"
    )
    assert ("question", dt.date(2027, 2, 9), dt.time(15, 0), "datetime") in steps(text)


def test_a_session_line_under_a_step_gives_that_step_its_date():
    text = (
        "Key dates\n"
        "  • Online information session (advance booking needed)\n"
        "      Booking:   by 2nd June 2027 (Wednesday), 5:00 p.m.\n"
        "      Session:   4th June 2027 (Friday), 10:00 a.m.\n"
    )
    assert ("other", dt.date(2027, 6, 4), dt.time(10, 0), "datetime") in steps(text)


def test_a_time_cell_opened_by_from_times_the_rows_event():
    text = (
        "| Stage                 | Weekday | Date       | Time       |\n"
        "|-----------------------|---------|------------|------------|\n"
        "| Tenders due           | Fri     | 05/14/2027 | 16:00      |\n"
        "| Oral presentations    | Thu     | 05/27/2027 | from 09:30 |\n"
    )
    assert ("hearing", dt.date(2027, 5, 27), dt.time(9, 30), "datetime") in steps(text)


def test_an_unchanged_cell_under_the_amended_column_keeps_the_original_date():
    text = (
        "ADDENDUM No. 3 - Change of timetable\n\n"
        " Step                  | Previous                  | New\n"
        "-----------------------+---------------------------+---------------------------\n"
        " Tender closing        | Monday, 4 October 2027    | Monday, 11 October 2027\n"
        " Award announcement    | late November 2027        | No change\n"
    )
    found = steps(text)
    assert ("submission", dt.date(2027, 10, 11), None, "date") in found
    # (round fe: 「ADDENDUM No. 3」 is read as a change notice, whose 「No change」 rows are restated, no milestones of
    # it (INDEX.md, "Separate change notices"); the old tender closing stays out as before)
    assert ("result", dt.date(2027, 11, 1), None, "late_month") not in found
    assert ("submission", dt.date(2027, 10, 4), None, "date") not in found


def test_a_sentence_wrapped_over_lines_labels_the_date_on_its_last_line():
    text = (
        "Q2. Can further questions be asked?\n"
        "A2. Yes. Further questions are accepted until 5:00 p.m. on Monday, 2 August 2027. Replies will be given as\n"
        "    Bulletin No. 4 on or before Friday, 6 August 2027.\n"
    )
    assert ("answer", dt.date(2027, 8, 6), None, "date") in steps(text)
    heading = (
        "Dates not affected\n"
        "The closing date for the submission of expressions of interest by\n"
        "interested firms remains 3 September 2027 (Fri), 12:00 noon. Firms that\n"
        "have already applied need not apply again.\n"
    )
    assert ("application", dt.date(2027, 9, 3), dt.time(12, 0), "datetime") in steps(heading)


def test_step_words_of_two_stage_calls_and_concessions():
    text = (
        "INDICATIVE PROGRAMME\n"
        "  Stage 1 - Call for Tenders published .......... 3 March 2027\n"
        "  Entry form deadline ............................ 17 March 2027\n"
        "  Competitive dialogue sessions .................. April 2027\n"
        "  Issue of the Final Request for Tenders ......... mid-May 2027\n"
        "  Final tenders due .............................. 30 June 2027\n"
        "  Selection of the preferred tenderer ............ August 2027\n"
        "  Signing of the Lease Agreement ................. October 2027\n"
    )
    found = steps(text)
    assert ("published", dt.date(2027, 3, 3), None, "date") in found
    assert ("application", dt.date(2027, 3, 17), None, "date") in found
    assert ("other", dt.date(2027, 4, 1), None, "month") in found
    assert ("other", dt.date(2027, 5, 1), None, "mid_month") in found
    assert ("result", dt.date(2027, 8, 1), None, "month") in found
    assert ("contract", dt.date(2027, 10, 1), None, "month") in found


def test_a_bare_date_under_a_title_and_a_presentations_questions_stay_out():
    text = (
        "INVITATION TO TENDER\n"
        "(Restricted procedure)\n\n"
        "Date: 6 September 2027\n\n"
        "Tenders are due by 5:00 p.m. on Friday, 1 October 2027.\n"
        "Each tenderer will present for 15 minutes followed by 15 minutes of\n"
        "questions on 12 October 2027 (Tue).\n"
    )
    found = steps(text)
    assert all(day != dt.date(2027, 9, 6) for _, day, _, _ in found)
    assert all(kind != "question" for kind, _, _, _ in found)


def test_a_notices_day_keeps_no_hour_from_documents_available_from_that_hour():
    text = (
        "Notice date: 1 June 2027\n"
        "The tender documents are available from 9:00 a.m., Tuesday, 1 June 2027 until the closing date.\n"
        "Tenders due: 5:00 p.m., Friday, 2 July 2027\n"
    )
    assert ("published", dt.date(2027, 6, 1), None, "date") in steps(text)


def test_a_calls_name_split_over_two_lines_labels_its_day():
    text = (
        "1. Background\n"
        "The Harbour Board is issuing this Invitation for\n"
        "Tenders (ITT) on Tuesday, March 2, 2027 to appoint a ferry operator.\n"
        "Tenders are due by 4:00 p.m. on Friday, April 2, 2027.\n"
    )
    found = steps(text)
    assert ("published", dt.date(2027, 3, 2), None, "date") in found
    assert ("submission", dt.date(2027, 4, 2), dt.time(16, 0), "datetime") in found


def test_a_contract_period_from_the_contract_date_is_no_step():
    text = (
        "Deadline for proposals: Friday, 3 September 2027, 5:00 p.m.\n"
        "Contract term\n"
        "  From the contract signing until the end of March 2028.\n"
    )
    assert [kind for kind, *_ in steps(text)] == ["submission"]


def test_a_briefing_for_the_contractors_staff_is_part_of_the_work():
    text = (
        "Scope of work\n" "3. Staffing: three interpreters on all five days, with a briefing for staff in late September 2027.\n"
    )
    assert steps(text) == []
    call = "Bidders' briefing session: Monday, 6 September 2027, 2:00 p.m.\n"
    assert ("other", dt.date(2027, 9, 6), dt.time(14, 0), "datetime") in steps(call)
