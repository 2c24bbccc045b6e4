"""English notices' prose about an event's seats (round fj): each test a few lines written for its case, as written and
run onto one line."""

from tests.extractor_found import found, one_line

_HEAD = (
    "Kitahama City Waterworks Bureau\n"
    "\n"
    "INVITATION TO TENDER\n"
    "Supply of Portable Water Quality Analysers\n"
    "\n"
    "1. Time-limit for tender: 5:00 p.m., 20 August 2027\n"
    "\n"
)


# --- a seat at the briefing booked by notifying the issuer, in a sentence under the item's heading -------------------


def test_a_wish_to_attend_the_briefing_notified_by_a_day_is_its_registration():
    text = _HEAD + (
        "2. Briefing session\n"
        "Date and time: 10:00 a.m., 6 August 2027 (Fri.)\n"
        "Bidders wishing to attend are requested to notify the Bureau by e-mail by noon on 4 August 2027 (Wed.), "
        "stating the number of attendees.\n"
    )
    expected = [
        ("submission", "2027-08-20", "17:00", "datetime"),
        ("other", "2027-08-04", "12:00", "datetime"),
        ("other", "2027-08-06", "10:00", "datetime"),
    ]
    assert sorted(found(text)) == sorted(expected)
    assert sorted(found(one_line(text))) == sorted(expected)


# --- a seat on a guided tour of the premises booked by sending a form ------------------------------------------------


def test_a_wish_to_take_part_in_a_guided_tour_with_a_form_sent_by_a_day_is_its_registration():
    text = _HEAD + (
        "2. A guided tour of the treatment plant will be offered to interested bidders. Bidders wishing to take part in "
        "the tour should send Form 2 by e-mail no later than 5:00 p.m. on Monday, 2 August 2027. Up to two persons per "
        "company may join.\n"
    )
    expected = [
        ("submission", "2027-08-20", "17:00", "datetime"),
        ("other", "2027-08-02", "17:00", "datetime"),
    ]
    assert sorted(found(text)) == sorted(expected)
    assert sorted(found(one_line(text))) == sorted(expected)


# --- the facility tour's registration: a seat booked, no application to the call -----------------------------------


def test_the_registration_for_a_facility_tour_is_the_tours_not_an_application():
    text = _HEAD + "2. Registration for the facility tour: 12:00 noon, Tuesday, 27 July 2027\n"
    expected = [
        ("submission", "2027-08-20", "17:00", "datetime"),
        ("other", "2027-07-27", "12:00", "datetime"),
    ]
    assert sorted(found(text)) == sorted(expected)
    assert sorted(found(one_line(text))) == sorted(expected)


# --- a long sentence that names its step only past its first 80 characters, ending on the deadline ------------------


def test_a_long_sentence_naming_its_step_late_and_ending_on_by_keeps_the_step():
    text = _HEAD + (
        "2. The Bureau will check the submitted catalogues against the specifications and inform every supplier of the "
        "result by e-mail by Friday, 13 August 2027. Only suppliers found compliant may tender.\n"
    )
    expected = [
        ("submission", "2027-08-20", "17:00", "datetime"),
        ("result", "2027-08-13", None, "date"),
    ]
    assert sorted(found(text)) == sorted(expected)
    assert sorted(found(one_line(text))) == sorted(expected)


# --- a schedule's selection made known as 「Notice of selection」 or 「Final decision」 ---------------------------------


def test_a_notice_of_selection_and_a_final_decision_in_a_schedule_are_results():
    for row in ("Notice of selection", "Final decision"):
        text = (
            "REQUEST FOR PROPOSALS\n"
            "Overseas Promotion Agency Services\n"
            "\n"
            "Schedule\n"
            "  Proposals due                                  5:00 p.m., 3 September 2027\n"
            f"  {row:<46} by 24 September 2027\n"
        )
        expected = [
            ("submission", "2027-09-03", "17:00", "datetime"),
            ("result", "2027-09-24", None, "date"),
        ]
        assert found(text) == expected, row
        assert found(one_line(text)) == expected, row
