"""English notices' days (round fo): a US range of days 「April 6 - 8, 2027」, and an English summary's time for a
step its Japanese table dates without one. Each test a few lines written for its case, as written and run onto one
line."""

from tests.extractor_found import found, one_line

_RFP = (
    "Request for Proposals No. KHM-2027-03\n"
    "Kitahama Tourism Association\n"
    "\n"
    "Schedule\n"
    "  RFP issued                               Monday, March 1, 2027\n"
    "  Proposals due                            Friday, March 19, 2027, 4:00 PM\n"
)


# --- a range of days written month first, its year after the last day ------------------------------------------------


def test_a_presentation_held_over_a_us_range_of_days_is_its_first_day():
    text = _RFP + "  Finalist presentations                  May 11 - 13, 2027\n"
    expected = [
        ("published", "2027-03-01", None, "date"),
        ("submission", "2027-03-19", "16:00", "datetime"),
        ("hearing", "2027-05-11", None, "date"),
    ]
    assert sorted(found(text)) == sorted(expected)
    assert sorted(found(one_line(text))) == sorted(expected)


def test_a_window_over_a_us_range_of_days_with_an_en_dash_ends_on_its_last_day():
    text = (
        _RFP.replace("March 19, 2027, 4:00 PM", "March 17–19, 2027")
        + "  Interviews                               April 5 - 7, 2027\n"
    )
    expected = [
        ("published", "2027-03-01", None, "date"),
        ("submission", "2027-03-19", None, "date"),
        ("hearing", "2027-04-05", None, "date"),
    ]
    assert sorted(found(text)) == sorted(expected)
