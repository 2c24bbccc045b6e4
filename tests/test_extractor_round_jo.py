"""Round jo: English notices as a city, an agency or an international desk writes them — the year only in the
notice's number, US-style dates, two-column tables whose rows wrap, a change mail's restated steps, a bilingual notice
with the English under each Japanese line."""

import datetime as dt

from tests.extractor_found import found, one_line, steps


def test_a_law_cited_by_its_number_and_year_in_a_sentence_dates_nothing():
    # (「Public Notice No. 5 of 2019」 inside a sentence of the head is a citation, not the notice's own number)
    text = (
        "Kiriyama City\n"
        "The tender is held under the Procurement Rules (City Public Notice No. 5 of 2019).\n"
        "Bids must arrive no later than noon on June 22.\n"
    )
    assert found(text) == []


def test_a_cited_paragraph_or_forms_number_opens_no_line_in_a_page_run_onto_one_line():
    # (「Paragraph 1 of」「Forms 1 to 4」 run onto one line: the numbers of the law's paragraph and of the forms are
    # no outline items, and the sentence that opens the download keeps its start)
    text = one_line(
        "Hanamizu City Public Notice No. 3 of 2027\n\n"
        "1. General\n\n"
        "1.1 Pursuant to Article 234, Paragraph 1 of the Local Autonomy Act, the Mayor gives notice of a tender.\n\n"
        "2. Tender Documents\n\n"
        "2.1 The tender documents, consisting of the Specifications and Forms 1 to 4, may be downloaded from the "
        "City's portal from 9:00 a.m. on May 10 until the bid deadline.\n\n"
        "3. Bids\n\n"
        "3.1 Bids must arrive no later than 4:00 p.m. on May 28.\n"
    )
    assert steps(text) == [
        ("published", dt.date(2027, 5, 10), dt.time(9, 0), "datetime"),
        ("submission", dt.date(2027, 5, 28), dt.time(16, 0), "datetime"),
    ]


def test_an_english_date_first_row_keeps_a_long_step_name_before_its_aside():
    # (the step's name over forty letters, then its aside in brackets: the step, not the schedule's heading)
    text = (
        "Section 5. Schedule\n"
        "Friday 3 December 2027, 17:00     Deadline for questions (Form 4)\n"
        "Friday 10 December 2027, 17:00     Deadline for the application to participate (Forms 1 to 3 and Annex B papers)\n"
        "Friday 17 December 2027     Notification of the results of the eligibility check\n"
    )
    assert ("application", dt.date(2027, 12, 10), dt.time(17, 0), "datetime") in steps(text)
