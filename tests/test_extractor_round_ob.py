"""English notices read in round ob: an event announced by a lead sentence ending in a colon, its keyed items under
it; each test a few lines written for its device."""

from tests.extractor_found import found, one_line

# --- an event announced by a lead sentence ending in a colon ------------------------------------------------


def test_a_when_key_under_a_long_event_lead_is_the_events_day():
    text = (
        "Proposals are due on Friday, 16 July 2027, 16:00.\n"
        "\n"
        "In addition, the Agency will organise an online briefing session on the updated data sheets (new):\n"
        "  - Date and time: Tuesday, 22 June 2027, 10:00 - 11:30 (JST)\n"
        "  - Platform: Zoom (the link is sent on registration)\n"
    )
    assert found(text) == [
        ("other", "2027-06-22", "10:00", "datetime"),
        ("submission", "2027-07-16", "16:00", "datetime"),
    ]
    text = (
        "Further, the Port Authority will host a guided site visit to the container yard and the planned berth:\n"
        "• When: 3 March 2028, 13:30\n"
        "• Meeting point: Gate 2\n"
    )
    assert found(text) == [("other", "2028-03-03", "13:30", "datetime")]
    assert found(one_line(text)) == found(text)


def test_a_registration_key_under_an_event_lead_is_the_events_sign_up():
    text = (
        "Tenders close at 12:00 on Monday, 4 October 2027.\n"
        "\n"
        "The Board will also hold a pre-bid meeting on the revised drawings of the pumping station (new):\n"
        "  - Date and time: Wednesday, 15 September 2027, 14:00 (JST), Room 4\n"
        "  - Registration: e-mail the names of your delegates to the procurement desk by\n"
        "    17:00 on Friday, 10 September 2027.\n"
    )
    assert found(text) == [
        ("other", "2027-09-10", "17:00", "datetime"),
        ("other", "2027-09-15", "14:00", "datetime"),
        ("submission", "2027-10-04", "12:00", "datetime"),
    ]
    text = (
        "We will run an information session for suppliers interested in the catering concession:\n"
        "- Date and time: 8 May 2026, 15:00\n"
        "- Registration: by 6 May 2026 through the online form\n"
    )
    assert found(text) == [("other", "2026-05-06", None, "date"), ("other", "2026-05-08", "15:00", "datetime")]
    assert found(one_line(text)) == found(text)


# --- a call published on a site named by its owner ----------------------------------------------------------


def test_a_call_published_on_its_owners_named_site_is_the_publication():
    text = "Timetable\n" "Mon 7 June 2027        Tender published on NDRA website\n" "Fri 25 June 2027 17:00 Tenders due\n"
    assert found(text) == [("published", "2027-06-07", None, "date"), ("submission", "2027-06-25", "17:00", "datetime")]
    text = "Key dates\n- 2 February 2026: RFQ published on City of Marlow portal\n- 20 February 2026: Quotations due\n"
    assert found(text) == [("published", "2026-02-02", None, "date"), ("submission", "2026-02-20", None, "date")]
