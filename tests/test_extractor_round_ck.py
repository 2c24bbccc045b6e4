"""English calls, round ck: a step's window named a 「period」, a window opened by 「From」 or 「Between … and」 (or with
both years, in its own cell), its daily hours closing its last day, a bare verb of handing in under its item's
heading, a deadline extended 「from A to B」, a paper's title over its month, the work's dates told as a contract's
term or in the background, a translation's note naming the original's day, a tender's papers issued from a day, a
predicate line 「To be posted … by」 under its step, a Q&A session and a council bill."""

import datetime as dt

from tests.extractor_found import steps


def test_a_submission_period_from_a_to_b_closes_at_the_daily_hours_below():
    text = (
        "Schedule\n\n"
        "Distribution of Application Guidelines\n"
        "From Monday, May 1, 2028 to Friday, June 30, 2028\n\n"
        "Submission Period (Application Documents)\n"
        "From Monday, June 19 to Friday, June 30, 2028\n"
        "9:00 a.m. to 4:30 p.m. daily (excluding weekends)\n"
    )
    found = steps(text)
    assert ("published", dt.date(2028, 5, 1), None, "date") in found
    assert ("submission", dt.date(2028, 6, 30), dt.time(16, 30), "datetime") in found
    assert len(found) == 2


def test_a_contract_period_stays_out_though_a_submission_period_counts():
    text = (
        "(1) Contract period: 1 April 2029 to 31 March 2031\n"
        "(2) Designation period: April 1, 2029 to March 31, 2034\n"
        "(3) Submission period: 10 January 2029 to 19 January 2029\n"
    )
    assert steps(text) == [("submission", dt.date(2029, 1, 19), None, "date")]


def test_a_window_between_two_days_ends_at_its_hours_on_the_same_line():
    text = (
        "3. Submission period: Between Tuesday, March 6 and Friday, March 16, 2029, 10:00 a.m. to 3:00 p.m. (JST) "
        "on working days.\n"
    )
    assert steps(text) == [("submission", dt.date(2029, 3, 16), dt.time(15, 0), "datetime")]


def test_an_events_time_range_keeps_its_start_and_a_range_after_a_lone_date_is_no_window():
    text = (
        "Site Tour\n"
        "Wednesday, May 9, 2029, 1:00 p.m. to 3:00 p.m.\n\n"
        "Deadline for proposals ...... Tue 12/06/2029, 16:00-18:00 JST\n"
    )
    found = steps(text)
    assert ("other", dt.date(2029, 5, 9), dt.time(13, 0), "datetime") in found
    assert ("submission", dt.date(2029, 6, 12), dt.time(16, 0), "datetime") in found


def test_a_bare_hand_in_verb_under_an_items_heading_takes_the_headings_step():
    text = (
        "5. Application for Participation\n"
        "(1) Documents: Application Form (Form 1) and Company Profile (Form 2)\n"
        "(2) Must arrive by 17:00 (Japan time), May 11, 2029. Bring them in person or send them by registered mail.\n"
    )
    assert steps(text) == [("application", dt.date(2029, 5, 11), dt.time(17, 0), "datetime")]


def test_a_deliverable_that_must_be_delivered_is_no_hand_in():
    text = "3. Contract Period\nThe final report must be delivered no later than Friday, 15 March 2030.\n"
    assert steps(text) == []


def test_a_deadline_extended_from_one_day_to_another_keeps_only_the_new_day():
    text = (
        "[NOTICE - 2 May 2029] The deadline for proposals has been postponed from Fri 11 May 2029 (noon) to "
        "Fri 18 May 2029 (noon).\n\n"
        "Timeline\n"
        "- Deadline for proposals: Fri 18 May 2029, 12:00 noon JST\n"
    )
    assert steps(text) == [("submission", dt.date(2029, 5, 18), dt.time(12, 0), "datetime")]


def test_a_window_from_one_day_to_another_without_a_change_is_one_window():
    text = "Questions will be accepted from 7 May 2029 to 14 May 2029 by e-mail.\n"
    assert steps(text) == [("question", dt.date(2029, 5, 14), None, "date")]


def test_a_guidelines_title_over_its_month_is_no_step():
    text = (
        "Harbour Museum Guide App Project\n"
        "Implementation Guidelines for the Public Proposal Procedure\n\n"
        "April 2029\n"
        "Culture Division, Harbour City\n\n"
        "Schedule\n"
        "(1) Deadline for Proposals\n"
        "    Friday, 25 May 2029, 5:00 p.m.\n"
    )
    assert steps(text) == [("submission", dt.date(2029, 5, 25), dt.time(17, 0), "datetime")]


def test_a_proposal_deadline_in_a_month_alone_still_counts():
    text = "Schedule\nDeadline for proposals\nJune 2029\n"
    assert steps(text) == [("submission", dt.date(2029, 6, 1), None, "month")]


def test_the_works_dates_as_a_contract_phase_or_in_the_background_stay_out():
    text = (
        "1. Background and purpose\n"
        "The new portal will serve the intake for October 2030 (registrations open on 2030-04-01).\n\n"
        "2. Outline of the contract\n"
        "(3) Contract period: From the contract date to 2031-03-31\n"
        "    - Build phase: contract date to 2030-03-15\n"
        "(4) Note: staff must complete the contractor's induction before the first day of service, April 8, 2030 (Mon.).\n\n"
        "3. Schedule\n"
        "  Deadline for proposals        2029-07-06 (Fri) 17:00\n"
    )
    assert steps(text) == [("submission", dt.date(2029, 7, 6), dt.time(17, 0), "datetime")]


def test_a_contract_signing_still_counts():
    text = "Schedule\n  Deadline for proposals   2029-07-06 (Fri) 17:00\n  Contract signing   2029-08-01 (Wed)\n"
    assert ("contract", dt.date(2029, 8, 1), None, "date") in steps(text)


def test_the_originals_day_a_translation_names_and_a_period_in_brackets_stay_out():
    text = (
        "The Japanese notice of amendment (入札公告の訂正, 令和11年6月4日) takes precedence over this English version.\n"
        "Time-limit for tender: 12:00 noon, 2 July, 2029\n"
        "All other items, including the qualifications and the delivery period (by 21 December, 2029), remain unchanged.\n"
    )
    assert steps(text) == [("submission", dt.date(2029, 7, 2), dt.time(12, 0), "datetime")]


def test_a_tenders_papers_issued_from_a_day_open_the_call():
    text = (
        "3. Tender documents\n"
        " The tender explanation and specifications will be issued from June 4, 2029 (Monday) through June 29, 2029 "
        "(Friday) at the contact point below.\n"
        "4. Tenders\n"
        " (1) Tenders must arrive by 5:00 p.m., June 29, 2029 (Friday).\n"
    )
    found = steps(text)
    assert ("published", dt.date(2029, 6, 4), None, "date") in found
    assert ("submission", dt.date(2029, 6, 29), dt.time(17, 0), "datetime") in found


def test_the_specifications_revised_on_a_day_are_no_publication():
    text = "The specifications were revised on 4 June 2029.\nTime-limit for tender: 12:00 noon, 2 July, 2029\n"
    assert [kind for kind, *_ in steps(text)] == ["submission"]


def test_a_predicate_line_takes_the_step_named_above_it():
    text = (
        "Schedule\n\n"
        "Deadline for Questions\n"
        "Friday, May 4, 2029, 5:00 p.m.\n\n"
        "Answers to Questions\n"
        "To be posted on this page by Friday, May 11, 2029\n"
    )
    assert ("answer", dt.date(2029, 5, 11), None, "date") in steps(text)


def test_a_long_sentence_names_its_step_by_the_words_near_the_date():
    text = (
        "IV. Application\n"
        "Firms must send the Application Form by e-mail by 5:00 p.m. on Wednesday, May 2, 2029. The Agency will confirm "
        "eligibility and will inform each applicant of the result by e-mail by Friday, May 4, 2029.\n"
    )
    found = steps(text)
    assert ("application", dt.date(2029, 5, 2), dt.time(17, 0), "datetime") in found
    assert ("result", dt.date(2029, 5, 4), None, "date") in found


def test_a_qa_session_and_a_council_bill_are_steps_of_their_own():
    text = (
        "Timeline\n"
        "- Registration for the online Q&A session: by noon, Mon 7 May 2029\n"
        "- Online Q&A session: Wed 9 May 2029, 10:00-11:00 JST\n"
        "- Deadline for proposals: Fri 1 June 2029, 12:00 noon JST\n"
        "- Designation Bill to the City Council: December 2029\n"
    )
    found = steps(text)
    assert ("other", dt.date(2029, 5, 7), dt.time(12, 0), "datetime") in found
    assert ("other", dt.date(2029, 5, 9), dt.time(10, 0), "datetime") in found
    assert ("other", dt.date(2029, 12, 1), None, "month") in found


def test_a_council_session_alone_is_no_step():
    text = "- Deadline for proposals: Fri 1 June 2029, 12:00 noon JST\n- City Council regular session: December 2029\n"
    assert [kind for kind, *_ in steps(text)] == ["submission"]
