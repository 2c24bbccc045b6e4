"""Devices of English notices of the uh set: a US combined synopsis/solicitation (military hours, a zoned hour before
its date, the portal's header in US Eastern time, the Government's award), an eForms notice's request for additional
information, a sign-up asked for by its request to attend, a contract in force named with its owner's possessive."""

from tenders.extractor.labels import kind_of
from tests.extractor_found import found, one_line

SYNOPSIS = (
    "Janitorial Services, Hoshizora Air Station\n"
    "Combined Synopsis/Solicitation HSA27Q0031\n"
    "\n"
    "(i) This is a combined synopsis/solicitation for commercial services. Solicitation issue date: 02/08/2027.\n"
    "(ii) Site walk. A site walk will be held on Wednesday, 02/17/2027 at 1030 JST. Requests to attend (names and ID "
    "numbers of attendees) must be emailed to the Contracting Officer no later than 0900 JST, Monday, 02/15/2027.\n"
    "(iii) Questions shall be emailed no later than 1500 JST, 02/22/2027.\n"
    "(iv) Offers are due no later than 1600 hours Japan Standard Time (JST) on 03/05/2027 by email.\n"
    "(v) The Government anticipates award on or about 03/26/2027.\n"
)


def test_military_hours_a_zoned_hour_before_its_date_and_the_governments_award():
    # 「1030 JST」「1600 hours」: four figures told an hour by the zone or 「hours」; 「0900 JST, Monday, 02/15/2027」: a
    # zoned hour before its date after a comma; 「Requests to attend」: the site walk's sign-up (the Contracting Officer
    # whom it is sent to signs nothing); 「Solicitation issue date」: the call's publication
    assert found(SYNOPSIS) == [
        ("published", "2027-02-08", None, "date"),
        ("other", "2027-02-15", "09:00", "datetime"),
        ("other", "2027-02-17", "10:30", "datetime"),
        ("question", "2027-02-22", "15:00", "datetime"),
        ("submission", "2027-03-05", "16:00", "datetime"),
        ("contract", "2027-03-26", None, "date"),
    ]


def test_four_figures_are_an_hour_only_with_a_zone_or_hours_after_them():
    assert found("Offers are due no later than 1600 on 03/05/2027 (Fri).") == [("submission", "2027-03-05", None, "date")]
    assert found("Offers are due no later than 1600 hours on 03/05/2027 (Fri).") == [
        ("submission", "2027-03-05", "16:00", "datetime")
    ]


def test_a_portals_header_in_us_eastern_time_repeats_the_notices_own_deadline():
    text = (
        "Cleaning of the Kitaura Depot\n"
        "Active\n"
        "Original Published Date: Jan 11, 2027 02:30 am EST\n"
        "Original Date Offers Due: Feb 24, 2027 03:00 am EST\n"
        "Description\n"
        "Solicitation issue date: 01/11/2027.\n"
        "Quotations are due no later than 1700 JST on 02/24/2027 by email to the Contract Specialist.\n"
    )
    expected = [("published", "2027-01-11", None, "date"), ("submission", "2027-02-24", "17:00", "datetime")]
    assert found(text) == expected
    assert found(one_line(text)) == expected


def test_a_request_for_additional_information_and_a_sign_up_by_registering():
    text = (
        "Harbour lighting renewal\n"
        "Deadline for requesting additional information: 11/09/2027 18:00:00 (UTC+01:00)\n"
        "Deadline for receipt of tenders: 22/09/2027 10:00:00 (UTC+01:00)\n"
        "Additional information: A site visit will be held on Monday 6 September 2027 at 09:00 local time. Tenderers "
        "wishing to attend must register through the portal no later than 01/09/2027 16:00.\n"
    )
    expected = [
        ("other", "2027-09-01", "16:00", "datetime"),
        ("other", "2027-09-06", "09:00", "datetime"),
        ("question", "2027-09-11", "18:00", "datetime"),
        ("submission", "2027-09-22", "10:00", "datetime"),
    ]
    assert found(text) == expected
    assert found(one_line(text)) == expected
    assert kind_of("Time limit for receipt of requests for additional information") == "question"
    assert kind_of("Organisation providing additional information") is None


def test_a_contract_in_force_named_with_its_owners_possessive():
    text = (
        "Call for proposals: visitor centre booking system (renewal)\n"
        "- Proposals due: 15 July 2027, 17:00 JST\n"
        "- Contract period: from the contract date to 31 March 2028; go-live by 1 October 2027 (the current centre's "
        "booking contract ends 30 September 2027)\n"
    )
    assert found(text) == [("submission", "2027-07-15", "17:00", "datetime")]
    assert found(one_line(text)) == [("submission", "2027-07-15", "17:00", "datetime")]
