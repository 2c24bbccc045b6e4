"""English and bilingual calls: the steps' English words, a time on a "Time:" line, a time after "from", a
deadline word before a schedule row's date, the order of a slashed date, a corrigendum's reference and a bilingual
row with its time in one language only."""

import datetime as dt

from tests.extractor_found import steps


def test_english_step_words_of_a_schedule_give_their_kinds():
    text = (
        "TENDER TIMETABLE (Osprey Bay Harbour Authority)\n\n"
        "  Invitation issued .................... 3 May 2027\n"
        "  Enquiry responses circulated ......... 17 May 2027\n"
        "  Closing date for offers .............. 28 May 2027, 15:00\n"
        "  Opening of financial proposals ....... 31 May 2027, 10:00\n"
        "  First-stage review ................... mid-June 2027\n"
        "  Award decision ....................... late June 2027\n"
    )
    found = steps(text)
    assert ("answer", dt.date(2027, 5, 17), None, "date") in found
    assert ("other", dt.date(2027, 5, 31), dt.time(10, 0), "datetime") in found
    assert ("other", dt.date(2027, 6, 1), None, "mid_month") in found
    assert ("result", dt.date(2027, 6, 1), None, "late_month") in found


def test_a_request_for_proposals_announced_and_an_agreement_signed_in_prose():
    text = (
        "Lindenfeld Regional Tourism Board\n\n"
        "A Request for Proposals (RFP) was announced on 4 October 2027 (Monday).\n"
        "Proposals must reach the Board by 5:00 p.m. on Friday, 29 October 2027.\n"
        "The partnership agreement will be signed in December 2027.\n"
    )
    found = steps(text)
    assert ("published", dt.date(2027, 10, 4), None, "date") in found
    assert ("contract", dt.date(2027, 12, 1), None, "month") in found


def test_answers_published_on_a_website_are_the_answers_but_a_pages_published_on_is_not():
    text = (
        "Call for tenders: harbour CCTV renewal\n"
        "Published on: 1 March 2027\n\n"
        "Schedule\n"
        "  2027-03-08 (Mon) 17:00    Deadline for questions\n"
        "  2027-03-12 (Fri)          Answers published on the portal\n"
        "  2027-03-26 (Fri) 12:00    Tender submission deadline\n"
    )
    found = steps(text)
    assert ("answer", dt.date(2027, 3, 12), None, "date") in found
    assert all(day != dt.date(2027, 3, 1) for _, day, _, _ in found)


def test_a_time_line_under_a_date_line_gives_the_deadline_its_time():
    text = (
        "3. Deadline for tenders\n"
        "   Date:   Wednesday, 9 June 2027\n"
        "   Time:   4:30 p.m. (JST)\n"
        "   Place:  Procurement Office, 2nd floor\n"
    )
    assert ("submission", dt.date(2027, 6, 9), dt.time(16, 30), "datetime") in steps(text)


def test_a_time_after_from_starts_an_event_but_a_window_of_hours_does_not():
    event = "Presentations to the panel: Tuesday, 14 September 2027, from 10:30 a.m. (JST)\n"
    assert steps(event) == [("hearing", dt.date(2027, 9, 14), dt.time(10, 30), "datetime")]
    window = "Tenders are received on Friday, 3 September 2027, from 9:00 a.m. to 5:00 p.m.\n"
    assert all(time != dt.time(9, 0) for _, _, time, _ in steps(window))


def test_a_deadline_word_before_a_rows_date_leaves_the_step_after_the_date():
    text = (
        "Key dates\n"
        "  2027-11-02 (Tue)          Tender published\n"
        "  2027-11-19 (Fri) 17:00    Tender submission deadline\n"
        "  no later than 2027-12-10 (Fri)   Notification of results\n"
    )
    assert ("result", dt.date(2027, 12, 10), None, "date") in steps(text)


def test_a_slashed_date_both_orders_fit_is_read_in_the_notices_order():
    # 08/02/2027 is a Monday both as 8 February and as 2 August; the other dates put the day first
    text = (
        "TIMETABLE (dates DD/MM/YYYY)\n"
        "  Deadline for proposals ............ Fri 16/07/2027, 17:00\n"
        "  Contract signature ................ Mon 02/08/2027\n"
    )
    assert ("contract", dt.date(2027, 8, 2), None, "date") in steps(text)
    us = (
        "Schedule (MM/DD/YYYY)\n"
        "  Deadline for proposals             07/16/2027 (Fri)\n"
        "  Contract signing                   02/08/2027 (Mon)\n"
    )
    assert ("contract", dt.date(2027, 2, 8), None, "date") in steps(us)


def test_a_corrigendums_reference_to_the_original_call_is_no_step():
    text = (
        "ADDENDUM No. 2\n"
        "This addendum makes the following amendments to the Invitation to Tender issued on 5 April 2027.\n\n"
        "| Item | Original | Revised |\n"
        "|---|---|---|\n"
        "| Closing date for tenders | Friday, 30 April 2027, 12:00 | Friday, 7 May 2027, 12:00 |\n"
    )
    found = steps(text)
    assert ("submission", dt.date(2027, 5, 7), dt.time(12, 0), "datetime") in found
    assert all(day != dt.date(2027, 4, 5) for _, day, _, _ in found)


def test_a_bilingual_row_takes_the_time_written_in_one_language():
    text = (
        "| 項目 Item | 日程 | Date |\n"
        "|---|---|---|\n"
        "| 公告 Notice | 令和9年6月1日(火) | Tuesday, 1 June 2027 |\n"
        "| 参加申込期限 Application | 令和9年6月15日(火) | Tuesday, 15 June 2027, 15:00 |\n"
    )
    assert ("application", dt.date(2027, 6, 15), dt.time(15, 0), "datetime") in steps(text)


def test_a_sentence_wrapped_onto_the_dates_line_is_read_from_where_it_began():
    text = (
        "Harbourside Arts Council\n\n"
        "The Council seeks a curator for its 2028 autumn exhibition. This invitation\n"
        "is published on 11 October 2027 (Monday) under the Council's procurement rules.\n"
        "Proposals are due by 5:00 p.m. on Friday, 5 November 2027. A list of answers to the questions\n"
        "received will be posted on the website around 22 October 2027.\n"
    )
    found = steps(text)
    assert ("published", dt.date(2027, 10, 11), None, "date") in found
    assert ("answer", dt.date(2027, 10, 22), None, "date") in found


def test_a_date_line_opened_by_a_capitalised_key_is_not_read_as_a_wrapped_sentence():
    text = "Ref. No. HAC-2027-11\nNo. of lots: one. Registration closes\nOpening ceremony: 3 December 2027\n"
    assert all(kind != "application" for kind, *_ in steps(text))


def test_a_long_english_step_name_after_a_rows_date_is_its_label():
    text = (
        "Schedule\n"
        "  2027-05-06 (Thu)          Tender published\n"
        "  2027-05-12 (Wed) 17:00    Registration deadline for the virtual site visit\n"
        "  2027-05-28 (Fri) 12:00    Tender submission deadline\n"
    )
    assert ("other", dt.date(2027, 5, 12), dt.time(17, 0), "datetime") in steps(text)


def test_an_english_window_whose_start_has_no_year_records_its_end_only():
    text = (
        "TIMETABLE\n"
        "  Call published ........... Tuesday 1 June 2027\n"
        "  Receipt of tenders ....... Monday 14 June to Thursday 24 June 2027, 4:00 p.m.\n"
    )
    found = steps(text)
    assert ("submission", dt.date(2027, 6, 24), dt.time(16, 0), "datetime") in found
    assert all(day != dt.date(2027, 6, 14) for _, day, _, _ in found)


def test_a_sentence_that_waits_for_its_date_on_the_next_line_labels_it():
    text = (
        "5. Evaluation\n"
        "Tenders must be received by 12:00 noon on Friday, 10 September 2027. The outcome will be notified to all tenderers by\n"
        "24 September 2027.\n"
    )
    assert ("result", dt.date(2027, 9, 24), None, "date") in steps(text)
