"""English notices (round ij): hours that 「between」 opens and 「and」 closes, a window's daily hours and an event's
start. Each test a few lines written for its class."""

from tests.extractor_found import found, one_line

# --- 「between 9:00 a.m. and 5:15 p.m.」 --------------------------------------------------------------------


def test_a_windows_daily_hours_between_two_times_close_its_last_day():
    text = (
        "INVITATION TO SUBMIT PROPOSALS\n"
        "Harbour Museum Audio Guide Production\n"
        "\n"
        "Bids are received at the Museum office from 6 September (Mon) to 17 September 2029 (Fri), "
        "between 8:30 a.m. and 4:45 p.m. each day. Bids sent by fax are not accepted.\n"
    )
    assert found(text) == [("submission", "2029-09-17", "16:45", "datetime")]
    assert found(one_line(text)) == [("submission", "2029-09-17", "16:45", "datetime")]


def test_an_events_hours_between_two_times_give_its_start():
    text = (
        "REQUEST FOR PROPOSALS\n"
        "Lighthouse Walking Trail Signage\n"
        "\n"
        "5.4 Presentations by the shortlisted bidders will take place on 11 October 2029 (Thursday), "
        "between 13:00 and 17:00 JST. Each bidder will have 30 minutes.\n"
    )
    assert found(text) == [("hearing", "2029-10-11", "13:00", "datetime")]
    assert found(one_line(text)) == [("hearing", "2029-10-11", "13:00", "datetime")]


# --- a unit named for its contracts -------------------------------------------------------------------------


def test_a_contracts_division_named_over_a_date_is_no_contract():
    text = (
        "INVITATION TO TENDER\n"
        "Supply of Harbour Crane Spare Parts\n"
        "\n"
        "1. Time-limit for tenders: 12:00 noon, 9 November 2029\n"
        "\n"
        "Page 1 of 2 | Seiran Port Authority Contract Management Division | This page was last updated on 3 October 2029.\n"
    )
    assert found(text) == [("submission", "2029-11-09", "12:00", "datetime")]


def test_a_letterhead_naming_the_contracts_division_over_its_day_gives_no_step():
    text = (
        "SEIRAN PORT AUTHORITY\n"
        "Purchasing and Contracts Division\n"
        "3 October 2029\n"
        "\n"
        "INVITATION TO TENDER\n"
        "1. Time-limit for tenders: 12:00 noon, 9 November 2029\n"
    )
    assert found(one_line(text)) == [("submission", "2029-11-09", "12:00", "datetime")]
