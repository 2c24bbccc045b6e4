"""English documents of Japanese public bodies, round cw: a schedule of date lines with each step indented under its
date, papers made available from a day, registering for a briefing, answers issued, an opening 「on the same day」,
the first stage's result in plain words, a window's daily hours, a notice's own 「Published:」 key, and dates that are
no step (a bid's validity, an event the work serves, a contract in force, the signature's date)."""

import datetime as dt

from tests.extractor_found import steps


def test_a_step_indented_under_its_date_line_is_that_dates_step():
    text = (
        "KEY DATES\n"
        "Monday 5 July 2027\n"
        "    Invitation issued on the Authority's website\n"
        "Tuesday 13 July 2027, 4:00 p.m.\n"
        "    Closing date for clarification questions\n"
        "Wednesday 28 July 2027, 12:00\n"
        "    Closing date for proposals (hard copy and USB)\n"
        "    Closing date for the declaration of conflicts of interest\n"
        "Mid-August 2027\n"
        "    Notification of the selected proposer\n"
    )
    found = steps(text)
    assert ("published", dt.date(2027, 7, 5), None, "date") in found
    assert ("question", dt.date(2027, 7, 13), dt.time(16, 0), "datetime") in found
    assert ("submission", dt.date(2027, 7, 28), dt.time(12, 0), "datetime") in found
    assert ("result", dt.date(2027, 8, 1), None, "mid_month") in found
    assert not any(kind == "published" and day == dt.date(2027, 7, 13) for kind, day, _, _ in found)


def test_a_windows_daily_hours_after_a_dash_close_it_at_their_end():
    text = "Schedule\n" "- Submission of proposals: 6 September (Mon) - 10 September (Fri) 2027, 9:30-16:30, weekdays only\n"
    assert steps(text) == [("submission", dt.date(2027, 9, 10), dt.time(16, 30), "datetime")]


def test_a_notices_own_published_key_and_the_publication_of_this_notice():
    text = "Call for Proposals: Inbound Promotion\n\nPublished: 3 March 2027 (Wed)\n\n- Questions: by 10 March 2027\n"
    assert ("published", dt.date(2027, 3, 3), None, "date") in steps(text)
    text = "4. Timetable\n (1) Publication of this announcement: 2027-04-02 (Fri)\n (2) Deadline for questions: 2027-04-09\n"
    assert ("published", dt.date(2027, 4, 2), None, "date") in steps(text)
    text = "1.2 The study builds on the survey report of the Bureau (published 2026-11-30).\n" + text
    assert not any(day == dt.date(2026, 11, 30) for _, day, _, _ in steps(text))  # a report's publication


def test_papers_downloadable_from_a_day_are_the_calls_publication():
    text = (
        "3. Tender documents\n"
        "The tender documents (Instructions to Tenderers, General Conditions, Specifications, Drawings and Bill of "
        "Quantities) can be downloaded free of charge from the Bureau's procurement page from Tuesday, May 11, 2027.\n"
        "3.2 The tender documents, comprising the instructions, the contract conditions, the specifications and the "
        "forms, will be distributed at the Contracts Office from 12 May 2027.\n"
    )
    found = steps(text)
    assert ("published", dt.date(2027, 5, 11), None, "date") in found
    assert all(kind == "published" for kind, _, _, _ in found)


def test_a_sentence_referring_to_an_item_by_its_number_is_one_sentence():
    text = (
        "(2) Issue of the tender documentation: The documentation will be issued free of charge at the office in (1) "
        "from 7 June 2027 to 20 July 2027, between 9:00 a.m. and 5:00 p.m.\n"
    )
    assert steps(text) == [("published", dt.date(2027, 6, 7), None, "date")]


def test_registering_to_attend_a_briefing_is_the_briefings_step():
    text = (
        "How to take part\n"
        "A briefing for applicants will be held online on Tuesday 7 September 2027 at 15:00 JST. It will be recorded. "
        "If you wish to attend, please register by e-mail by Friday 3 September 2027.\n"
        "Applicants must register on the portal by 17:00 on Friday 24 September 2027.\n"
    )
    found = steps(text)
    assert ("other", dt.date(2027, 9, 3), None, "date") in found
    assert ("application", dt.date(2027, 9, 24), dt.time(17, 0), "datetime") in found  # the call's own registration


def test_responses_issued_on_or_before_a_day_are_the_answers():
    text = (
        "4.4 Clarifications\n"
        "Questions will be received until 12 October 2027. The Board will publish its responses on its website, "
        "without naming those who asked, on or before Tuesday 19 October 2027.\n"
    )
    assert ("answer", dt.date(2027, 10, 19), None, "date") in steps(text)


def test_answers_posted_by_a_year_first_date_ending_a_sentence():
    text = "- Questions: by e-mail by 2027/11/02 17:00. Answers will be posted on this page by 2027/11/09.\n"
    assert ("answer", dt.date(2027, 11, 9), None, "date") in steps(text)


def test_tenders_opened_at_a_time_on_the_same_day():
    text = (
        "7.1 Tenders must be received no later than 12:00 noon (JST) on Friday 14 January 2028.\n"
        "7.2 Tenders will be opened in public at 15:30 on the same day in Meeting Room 2.\n"
    )
    found = steps(text)
    assert ("submission", dt.date(2028, 1, 14), dt.time(12, 0), "datetime") in found
    assert ("other", dt.date(2028, 1, 14), dt.time(15, 30), "datetime") in found


def test_the_first_stages_result_and_the_outcome_in_plain_words():
    text = (
        "(4) Notice of eligibility\n"
        "The Council will notify each applicant whether it is qualified to submit a tender by Monday, March 6, 2028.\n"
    )
    assert steps(text) == [("result", dt.date(2028, 3, 6), None, "date")]
    text = (
        "A panel will review the applications. All applicants will be informed of the outcome in early June 2028, "
        "and grant agreements are expected to be concluded in July 2028.\n"
    )
    found = steps(text)
    assert ("result", dt.date(2028, 6, 1), None, "early_month") in found
    assert ("contract", dt.date(2028, 7, 1), None, "month") in found


def test_a_full_application_after_a_letter_of_intent_is_the_hand_in():
    text = "Full applications (Form 2 and the budget sheet) must reach the Foundation by 17:00 on 14 May 2027.\n"
    assert steps(text) == [("submission", dt.date(2027, 5, 14), dt.time(17, 0), "datetime")]


def test_dates_that_are_no_step_of_the_call():
    text = (
        "The current maintenance contract ends on 31 March 2028.\n"
        "Bids shall remain valid for 60 days after the closing date (i.e., until 30 June 2027).\n"
        'Bids shall be placed in an envelope marked "Bid for Lot 2 - not to be opened before the opening". They must '
        "reach the Office no later than 4:00 p.m. on 30 April 2027.\n"
        "The photographs will first be used at the Prefecture's stand at a travel expo to be held in October 2027, "
        "which the Bureau attends every year.\n"
    )
    assert steps(text) == [("submission", dt.date(2027, 4, 30), dt.time(16, 0), "datetime")]


def test_a_date_over_an_english_signatory_is_the_notices_date():
    text = (
        "Notice of Open Tendering\n"
        "The following supply will be put out to open competitive tendering.\n\n"
        "3 June 2027\n\n"
        "Keiko Tanabe\n"
        "Director-General, Finance Department\n\n"
        "(2) Issue of the tender documentation: from 3 June 2027 at the Contracts Section.\n"
        "(3) Time-limit for tender: 5:00 p.m., 19 July 2027.\n"
    )
    found = steps(text)
    assert ("published", dt.date(2027, 6, 3), None, "date") in found
    assert not any(kind == "submission" and day == dt.date(2027, 6, 3) for kind, day, _, _ in found)


def test_an_amendments_revised_papers_are_no_publication_and_a_step_changed_from_one_day_to_another():
    text = (
        "AMENDMENT No. 2 to the Invitation to Tender dated 2 August 2027\n\n"
        "1. The time-limit for tender is changed from 5:00 p.m., 14 September 2027 to 5:00 p.m., 28 September 2027.\n"
        "2. Revised drawings will be issued on 9 September 2027 on the procurement page.\n"
    )
    found = steps(text)
    assert ("submission", dt.date(2027, 9, 28), dt.time(17, 0), "datetime") in found
    assert not any(kind == "published" for kind, _, _, _ in found)


def test_a_pages_update_history_gives_no_steps():
    text = (
        "- Questions: by 2027/10/08 17:00 by e-mail.\n\n"
        "Revision history\n"
        "2027/10/01\tForm 3 (Question Sheet) replaced with a corrected version.\n"
        "2027/09/24\tNotice posted.\n"
    )
    assert steps(text) == [("question", dt.date(2027, 10, 8), dt.time(17, 0), "datetime")]


def test_papers_listed_under_a_sentence_take_their_items_heading():
    text = (
        "6. Qualification documents\n"
        "Tenderers must submit the following by 5:00 p.m. JST on Monday, May 10, 2027:\n"
        "- the Application for Qualification Review (Form 1);\n"
        "- a copy of the Unified Qualification certificate.\n"
    )
    assert steps(text) == [("application", dt.date(2027, 5, 10), dt.time(17, 0), "datetime")]
