"""English calls, round ch: a month/day written without a year but with its English weekday (「02/05 (Fri) 5:00 p.m.」),
a mail's year-less dates taking the year its Date header gives, and a step done by the contractor (no step of the
call)."""

import datetime as dt

from tests.extractor_found import steps


def test_a_month_day_with_an_english_weekday_and_no_year_is_read():
    text = (
        "Marlow Prefecture Board of Education\n"
        "REQUEST FOR TENDERS - FY2028 School Lunch Delivery\n\n"
        "(all dates month/day, Japan time)\n"
        "Schedule\n"
        "  Clarification questions due .... 01/18 (Tue) 3:00 p.m.\n"
        "  Site visit ...................... 01/25 (Tue) at 10:30 a.m.\n"
        "  Tenders due ..................... 02/08 (Tue), noon\n"
    )
    found = steps(text)
    assert ("question", dt.date(2028, 1, 18), dt.time(15, 0), "datetime") in found
    assert ("submission", dt.date(2028, 2, 8), dt.time(12, 0), "datetime") in found


def test_a_fraction_or_a_month_day_without_a_weekday_stays_out():
    text = (
        "Tenders due: Tuesday, 8 February 2028, 12:00\n"
        "Scoring: price 3/10 (weight) and quality 7/10.\n"
        "Ref. 11/24 (internal)\n"
    )
    assert [day for _, day, _, _ in steps(text)] == [dt.date(2028, 2, 8)]


def test_a_mails_year_less_dates_take_the_year_it_was_sent():
    text = (
        "From: Contracts Office <contracts@example.org>\n"
        "Date: Wed, 9 Feb 2028 10:02:11 +0900\n"
        "Subject: Request for quotation - interpreting services\n\n"
        "Dear supplier,\n\n"
        "Questions are accepted until 12:00 on Wednesday 16 February.\n"
        "Quotations must reach us by 4:00 p.m. on Friday 25th February.\n"
    )
    found = steps(text)
    assert ("question", dt.date(2028, 2, 16), dt.time(12, 0), "datetime") in found
    assert ("submission", dt.date(2028, 2, 25), dt.time(16, 0), "datetime") in found


def test_a_step_done_by_the_contractor_is_part_of_the_work():
    text = (
        "1. Outline\n"
        " (3) Staff induction (by the contractor): Monday, 27 March 2028\n"
        "2. Schedule\n"
        " Tender deadline: Friday, 10 February 2028, 5:00 p.m.\n"
    )
    assert [kind for kind, *_ in steps(text)] == ["submission"]


def test_an_ordinal_date_written_the_nth_of_month_and_an_art_calls_step_words():
    text = (
        "CALL FOR ARTISTS - Harbour Light Festival 2028\n\n"
        "Timeline\n"
        "  Call launched ................ the 3rd of March 2028\n"
        "  Applications close ........... the 21st of April 2028 (Friday), 5 p.m.\n"
        "  Finalists announced .......... late May 2028\n"
        "  Winner announced ............. June 2028\n"
    )
    found = steps(text)
    assert ("published", dt.date(2028, 3, 3), None, "date") in found
    assert ("application", dt.date(2028, 4, 21), dt.time(17, 0), "datetime") in found
    assert ("result", dt.date(2028, 5, 1), None, "late_month") in found
    assert ("result", dt.date(2028, 6, 1), None, "month") in found


def test_a_designated_managers_schedule_in_tab_cells_with_close_of_business():
    text = (
        "CALL FOR APPLICATIONS - Designated Manager of the Northgate Sports Park\n\n"
        "Schedule\n"
        "Step\tDate\tNotes\n"
        "Distribution of Application Guidelines\t2028/06/01 (Thu) - 2028/06/30 (Fri)\tCity website\n"
        "Registration for the site tour\tby 2028/06/09 (Fri) close of business (17:15)\tBy e-mail\n"
        "Selection of the designated manager\tlate August 2028\t\n"
        "Town Council resolution\tSeptember 2028\t\n"
        "Basic agreement\tNovember 2028\t\n"
    )
    found = steps(text)
    assert ("published", dt.date(2028, 6, 1), None, "date") in found
    assert ("other", dt.date(2028, 6, 9), dt.time(17, 15), "datetime") in found
    assert ("result", dt.date(2028, 8, 1), None, "late_month") in found
    assert ("other", dt.date(2028, 9, 1), None, "month") in found
    assert ("contract", dt.date(2028, 11, 1), None, "month") in found


def test_a_reply_saying_whether_a_firm_will_bid_is_its_application():
    text = (
        "Please let us know whether you will bid by 12:00 on Monday, 7 February 2028.\n"
        "Bids must reach us by 10:00 a.m. on Friday, 18 February 2028.\n"
    )
    found = steps(text)
    assert ("application", dt.date(2028, 2, 7), dt.time(12, 0), "datetime") in found
    assert ("submission", dt.date(2028, 2, 18), dt.time(10, 0), "datetime") in found


def test_a_selection_of_the_site_or_an_application_guideline_word_stays_out():
    text = "Tenders due: Friday, 4 February 2028, 5:00 p.m.\n" "Selection of the site for the exhibition: March 2028\n"
    assert [kind for kind, *_ in steps(text)] == ["submission"]


def test_a_rows_step_wrapped_below_its_long_date_cell_and_a_qa_period_and_a_pitch():
    text = (
        "TIMETABLE (Japan time)\n"
        "  Date                        Activity\n"
        "  --------------------------  ------------------------------------\n"
        "  2028-02-01 (Tue)            Call published\n"
        "  2028-02-01 -> 2028-02-14 (Mon) 15:00\n"
        "                              Q&A period (e-mail only)\n"
        "  2028-02-25 (Fri) 12:00      Proposal deadline\n"
        "  2028-03-07 (Tue)            Final pitch to the panel\n"
    )
    found = steps(text)
    assert ("question", dt.date(2028, 2, 14), dt.time(15, 0), "datetime") in found
    assert ("submission", dt.date(2028, 2, 25), dt.time(12, 0), "datetime") in found
    assert ("hearing", dt.date(2028, 3, 7), None, "date") in found


def test_pitching_stories_to_the_media_is_the_work():
    text = "Proposals due: Friday, 4 February 2028, 5:00 p.m.\n" "Scope: pitching stories to national media from March 2028.\n"
    assert [kind for kind, *_ in steps(text)] == ["submission"]


def test_an_overseas_offices_date_gives_way_to_the_japan_time_in_brackets_below():
    text = (
        "London Office of Minamisato Prefecture - Request for Expressions of Interest\n"
        "Timeline (UK time; the Japan time in brackets is binding)\n"
        " - Questions: by 4:00 a.m. BST, Thursday, 8 June 2028\n"
        "   [12:00 noon JST, Thursday, 8 June 2028]\n"
        " - Expressions of interest due: 9:00 a.m. BST, Monday, 19 June 2028\n"
        "   (5:00 p.m. JST, Monday, 19 June 2028)\n"
        " - Shortlisting and invitation to tender: early July 2028\n"
    )
    found = steps(text)
    assert ("question", dt.date(2028, 6, 8), dt.time(12, 0), "datetime") in found
    assert ("application", dt.date(2028, 6, 19), dt.time(17, 0), "datetime") in found
    assert ("result", dt.date(2028, 7, 1), None, "early_month") in found
    assert all(time != dt.time(9, 0) for _, _, time, _ in found)
    us = "Proposals due: 8:00 p.m. EDT, Tuesday, October 3, 2028\n" "   [9:00 a.m. JST, Wednesday, October 4, 2028]\n"
    assert steps(us) == [("submission", dt.date(2028, 10, 4), dt.time(9, 0), "datetime")]


def test_a_year_less_english_date_after_by_or_with_its_time_takes_the_notices_year():
    text = (
        "REQUEST FOR QUOTATION\n"
        "Date of issue: 3 July 2028\n\n"
        "Schedule\n"
        "   - Questions due: 14 July 2028, 5:00 p.m.\n"
        "   - Answers posted on the website: by July 19th\n"
        "   - Opening of quotations: 26th July, 2:30 p.m.\n"
        "Staff have worked here since 1 April.\n"
    )
    found = steps(text)
    assert ("answer", dt.date(2028, 7, 19), None, "date") in found
    assert ("other", dt.date(2028, 7, 26), dt.time(14, 30), "datetime") in found
    assert all(day.month != 4 for _, day, _, _ in found)
