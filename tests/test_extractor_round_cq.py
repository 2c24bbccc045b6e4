"""English calls, round cq: a day written 「29-Jun-2026」 with its time in 「hrs」, a 「Closing Date」, a year-first date
with 「4:00 PM」 after it, a document's number 「RFQ 2026-04」, an amendment's 「Original:」 / 「Amended:」 keys, the
earlier papers a clarification belongs to, the words marked on a tender's envelope, a site survey or a walk-through,
a vendor selected and the clarification calls with the shortlisted, a bare 「Period:」 under its step's heading, and
the successful tenderer signing the contract."""

import datetime as dt

from tests.extractor_found import steps


def test_a_day_month_year_joined_by_hyphens_is_a_date_and_hrs_follow_its_time():
    text = (
        "9. SCHEDULE SUMMARY\n"
        "  Registration for briefing ........ 03-Jul-2026, 16:00 hrs\n"
        "  Pre-tender briefing ............... 07-Jul-2026, 14:00 hrs\n"
        "6.1 Requests for clarification must be submitted no later than 16:00 hrs on 10-Jul-2026 (Friday).\n"
    )
    found = steps(text)
    assert ("other", dt.date(2026, 7, 3), dt.time(16, 0), "datetime") in found
    assert ("other", dt.date(2026, 7, 7), dt.time(14, 0), "datetime") in found
    assert ("question", dt.date(2026, 7, 10), dt.time(16, 0), "datetime") in found


def test_a_service_period_in_hyphened_days_stays_out():
    text = "2.1 Service period: 01-Mar-2027 to 30-Nov-2027 (call days only).\nTender opening ...... 27-Jul-2026, 10:00 hrs\n"
    assert steps(text) == [("other", dt.date(2026, 7, 27), dt.time(10, 0), "datetime")]


def test_a_closing_date_and_time_is_the_hand_in():
    text = "| Closing Date and Time: 16:00 hrs, Monday, 14 August 2028     |\n"
    assert steps(text) == [("submission", dt.date(2028, 8, 14), dt.time(16, 0), "datetime")]


def test_another_tenders_closing_in_a_list_stays_out():
    text = (
        "Recently posted\n"
        "2028-07-09  Purchase of Seismograph Units (closing 2028-08-31)\n"
        "2028-06-25  Maintenance of Gas Monitoring Network (closing 2028-07-30)\n"
    )
    assert [kind for kind, *_ in steps(text)] == []


def test_a_year_first_date_takes_the_half_of_the_day_written_after_its_time():
    text = (
        "3. Timeline\n"
        "  Deadline for questions          2028/02/18 (Fri) 3:00 PM\n"
        "  Deadline for quotations         2028.03.03 (Fri) 11:30 AM\n"
    )
    found = steps(text)
    assert ("question", dt.date(2028, 2, 18), dt.time(15, 0), "datetime") in found
    assert ("submission", dt.date(2028, 3, 3), dt.time(11, 30), "datetime") in found


def test_a_documents_number_of_a_year_and_a_serial_is_no_month():
    text = (
        'Quotations must be sent by e-mail with the subject "RFQ 2028-05 - [Company name]".\n'
        "Deadline for quotations ........ 19 April 2028, 17:00\n"
    )
    assert steps(text) == [("submission", dt.date(2028, 4, 19), dt.time(17, 0), "datetime")]


def test_an_amendments_original_and_amended_keys_keep_only_the_amended_day():
    text = (
        "PART B - AMENDMENTS\n\n"
        "1. Deadline for submission of proposals\n"
        "   Original:  12:00 noon JST, Monday, 8 May 2028\n"
        "   Amended:   12:00 noon JST, Monday, 15 May 2028\n\n"
        "2. Presentations\n"
        "   Original:  Thursday, 18 May 2028\n"
        "   Amended:   Wednesday, 24 May 2028\n"
    )
    assert steps(text) == [
        ("submission", dt.date(2028, 5, 15), dt.time(12, 0), "datetime"),
        ("hearing", dt.date(2028, 5, 24), None, "date"),
    ]


def test_the_earlier_papers_a_clarification_belongs_to_stay_out():
    text = (
        "Request for Proposals No. 7\n\n"
        "CLARIFICATIONS No. 3\n"
        "Issued: Tuesday, 9 May 2028\n\n"
        "This document must be read together with the RFP issued on 17 April 2028 and Clarifications No. 2 issued on "
        "2 May 2028.\n"
        "These Instructions to Bidders supplement the Invitation to Bid dated 17 April 2028.\n"
    )
    assert steps(text) == []


def test_answers_to_be_issued_on_a_day_still_count():
    text = "Clarification responses will be issued on 12 May 2028.\n"
    assert steps(text) == [("answer", dt.date(2028, 5, 12), None, "date")]


def test_the_words_marked_on_a_tenders_envelope_stay_out():
    text = (
        "(6) Opening of tenders: 10:00 a.m., 5 October 2028.\n"
        "7. Submission\n"
        '(1) Tenders shall be submitted in a sealed envelope marked "Tender for Radar Units, to be opened on '
        'October 5, 2028" by hand or by registered mail.\n'
    )
    assert steps(text) == [("other", dt.date(2028, 10, 5), dt.time(10, 0), "datetime")]


def test_a_site_survey_and_a_venue_walk_through_are_briefings_their_registration_too():
    text = (
        "Key dates\n"
        "RSVP for venue walk-through ........ 5 March 2028, 17:00\n"
        "Venue walk-through (optional) ...... 6 March 2028, 15:00-16:00\n"
        "Application for the site survey .... 8 March 2028, 16:00\n"
        "Site survey ........................ 10 March 2028, 13:30\n"
    )
    assert steps(text) == [
        ("other", dt.date(2028, 3, 5), dt.time(17, 0), "datetime"),
        ("other", dt.date(2028, 3, 6), dt.time(15, 0), "datetime"),
        ("other", dt.date(2028, 3, 8), dt.time(16, 0), "datetime"),
        ("other", dt.date(2028, 3, 10), dt.time(13, 30), "datetime"),
    ]


def test_a_contract_running_through_a_day_stays_out():
    text = "Contract period: 1 April 2028 through 31 March 2029\nDeadline for quotations: 10 March 2028\n"
    assert steps(text) == [("submission", dt.date(2028, 3, 10), None, "date")]


def test_a_vendor_selected_and_the_clarification_calls_with_the_shortlisted():
    text = (
        "Key dates\n"
        "Clarification calls (if required) ....... 24 March 2028\n"
        "Vendor selected and informed ............ by 27 March 2028\n"
    )
    assert steps(text) == [
        ("hearing", dt.date(2028, 3, 24), None, "date"),
        ("result", dt.date(2028, 3, 27), None, "date"),
    ]


def test_a_deadline_for_clarification_questions_stays_a_question():
    text = "Key dates\nDeadline for clarification questions ..... 14 March 2028, 12:00\n"
    assert steps(text) == [("question", dt.date(2028, 3, 14), dt.time(12, 0), "datetime")]


def test_a_bare_period_key_takes_its_steps_heading():
    text = (
        "(3) Questions\n"
        "    (a) Period: until 5:00 p.m. on Friday, June 9, 2028\n"
        "(5) Submission of application documents\n"
        "    Period: From Monday, July 3 to Friday, July 14, 2028, 9:00 a.m. to 5:00 p.m. daily\n"
    )
    assert steps(text) == [
        ("question", dt.date(2028, 6, 9), dt.time(17, 0), "datetime"),
        ("submission", dt.date(2028, 7, 14), dt.time(17, 0), "datetime"),
    ]


def test_a_bare_period_key_under_the_contract_stays_out():
    text = (
        "3. Contract\n    Period: From April 1, 2029 to March 31, 2030\n    Period: from the date of contract to March 31, 2030\n"
    )
    assert steps(text) == []


def test_the_successful_tenderer_signing_the_contract_is_the_contract():
    text = "8.4 The successful tenderer will be required to sign the contract by 21-Aug-2028.\n"
    assert steps(text) == [("contract", dt.date(2028, 8, 21), None, "date")]
