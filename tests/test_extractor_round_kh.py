"""English calls: a key–value ITB's documentation window and its deadline key, a contract's term and its conditions
(no contract step), days listed again after a sentence of days off, an event's invitation after a notice of the
shortlist, a bare registration under an event, a standing list's registration."""

import datetime as dt

from tenders.extractor.labels import kind_of
from tests.extractor_found import steps


def test_the_documentation_availability_window_is_the_papers_not_the_tender_deadline():
    text = (
        "INVITATION TO BID\n"
        "Date of Notice: 3 March 2027\n\n"
        "4. BID DOCUMENTS\n"
        "Availability Period: From 3 March 2027 to 14 April 2027, 9:00 a.m. to 4:00 p.m. on business days\n"
        "Method: by e-mail request\n\n"
        "5. KEY DATES\n"
        "Deadline for Receipt of Bids: Noon, 14 April 2027\n"
        "Bid Opening: 10:00 a.m., 16 April 2027\n"
    )
    found = steps(text)
    assert ("submission", dt.date(2027, 4, 14), dt.time(12, 0), "datetime") in found
    assert not any(kind == "submission" and at != dt.time(12, 0) for kind, _, at, _ in found)
    assert kind_of("Tender documents collection period") == "published"


def test_a_contract_term_run_from_signature_is_no_contract_step():
    text = (
        "REQUEST FOR PROPOSALS\n"
        "Issued: 2 February 2027\n"
        "Proposals due: 9 March 2027, 17:00\n\n"
        "The agreement is expected to run from signature until 31-Jan-2028.\n"
        "The contract will last until 15 December 2027.\n"
        "Contract signature (expected): 20 March 2027\n"
    )
    found = steps(text)
    assert ("contract", dt.date(2027, 3, 20), None, "date") in found
    assert not any(day.year == 2028 or day == dt.date(2027, 12, 15) for _, day, _, _ in found)


def test_a_condition_the_contract_depends_on_is_no_step_but_the_signing_after_it_is():
    text = (
        "REQUEST FOR QUOTATIONS\n"
        "Issued: 2 February 2027\n"
        "Quotations due: 9 March 2027, 17:00\n\n"
        "Award is conditional on the City Council's adoption of the FY2027 budget, expected in mid-March 2027.\n"
        "Subject to the approval of the budget, the contract will be signed on 2 April 2027.\n"
    )
    found = steps(text)
    assert ("contract", dt.date(2027, 4, 2), None, "date") in found
    assert not any(precision == "mid_month" for _, _, _, precision in found)


def test_days_off_listed_again_after_and_from_are_still_days_off():
    text = (
        "CALL FOR PROPOSALS\n"
        "Published: 05/04/2027\n\n"
        "3. Questions\n"
        "Questions must be sent by 20/04/2027. Please note that the office is closed from 29/04/2027 to 06/05/2027 "
        "(spring holidays) and from 28/12/2027 to 04/01/2028.\n"
        "Proposals due: 24/05/2027, 17:00\n"
    )
    found = steps(text)
    assert ("question", dt.date(2027, 4, 20), None, "date") in found
    assert not any(day >= dt.date(2027, 12, 1) or dt.date(2027, 4, 29) <= day <= dt.date(2027, 5, 6) for _, day, _, _ in found)


def test_a_step_listed_again_after_and_on_keeps_its_step():
    text = (
        "REQUEST FOR PROPOSALS\n"
        "Issued: 2 February 2027\n\n"
        "Interviews will be held on 10 March 2027 and on 11 March 2027.\n"
        "Proposals due: 1 March 2027, 17:00\n"
    )
    found = steps(text)
    assert ("hearing", dt.date(2027, 3, 10), None, "date") in found


def test_shortlisted_bidders_invited_to_a_presentation_on_a_day_is_the_hearing():
    label = "Shortlisted firms will be notified by e-mail and invited to a 20-minute online presentation, on"
    assert kind_of(label) == "hearing"
    assert kind_of("Shortlisted firms will be notified by e-mail by") == "result"


def test_a_bare_registration_after_an_event_is_the_events():
    text = (
        "CALL FOR APPLICATIONS\n"
        "Published: 1 March 2027\n"
        "Application deadline: 30 April 2027, 16:00 JST\n\n"
        "We will hold an online Q&A session on Tuesday 6 April 2027, 10:00-11:00 JST. Please register via the form on "
        "this page by 17:00 JST on Monday 5 April 2027.\n"
    )
    found = steps(text)
    assert ("other", dt.date(2027, 4, 5), dt.time(17, 0), "datetime") in found
    assert ("submission", dt.date(2027, 4, 30), dt.time(16, 0), "datetime") in found or (
        "application",
        dt.date(2027, 4, 30),
        dt.time(16, 0),
        "datetime",
    ) in found


def test_registering_a_company_or_a_standing_list_is_no_application_to_the_call():
    assert kind_of("Applications for registration in the qualification list will be accepted until") == "other"
    assert kind_of("Entry on the County's register of suppliers") != "application"
    assert kind_of("provided the founders undertake to register a branch in the city by") is None
    assert kind_of("Registration of interest") == "application"
    assert kind_of("Please register your application on the portal by") == "application"


def test_a_portal_outage_is_no_step():
    text = (
        "CALL FOR PROPOSALS\n"
        "Published: 1 March 2027\n"
        "Proposals due: 30 April 2027, 16:00\n\n"
        "Because of scheduled maintenance of the online submission portal from 12 to 14 April, please upload early.\n"
        "Tenders for the maintenance of the city website must be submitted by 30 April 2027, 16:00.\n"
    )
    found = steps(text)
    assert not any(dt.date(2027, 4, 12) <= day <= dt.date(2027, 4, 14) for _, day, _, _ in found)
