"""English acceptance windows run onto one line (round io): a schedule's rows cut back never part a window's two ends,
and the words saying its hours are each day's stay with its last day. Each test a few lines written for its class."""

import pytest

from tests.extractor_found import found, one_line

# --- a window's two ends, one row of a schedule run onto one line -------------------------------------------


def test_a_window_in_a_date_first_schedule_keeps_its_daily_hours_in_one_line():
    text = (
        "MARINA CITY PORT AUTHORITY\n"
        "CALL FOR PROPOSALS\n"
        "Visitor Ferry Timetable Signage Renewal\n"
        "\n"
        "Section 4. Schedule\n"
        "All times are Japan Standard Time.\n"
        "\n"
        "Tuesday 4 April 2028, 15:00     Deadline for questions\n"
        "Friday 14 April 2028     Answers to questions posted on the website\n"
        "Monday 24 April - Thursday 27 April 2028, 9:30-16:30 each day\n"
        "    Proposal submission period (in person only)\n"
        "Friday 12 May 2028     Notification of the selection results\n"
        "\n"
        "Section 5. Contact\n"
        "Harbour Planning Office, Marina City Port Authority. Telephone enquiries are answered on weekdays during office "
        "hours; questions about the call itself must be sent in writing so that all applicants receive the same answer.\n"
    )
    expected = [
        ("question", "2028-04-04", "15:00", "datetime"),
        ("answer", "2028-04-14", None, "date"),
        ("submission", "2028-04-27", "16:30", "datetime"),
        ("result", "2028-05-12", None, "date"),
    ]
    assert found(text) == expected
    assert found(one_line(text)) == expected


@pytest.mark.parametrize("between", [" - ", " to ", " until "])
@pytest.mark.parametrize("daily", ["each day", "daily", "on weekdays"])
def test_the_last_row_of_a_schedule_a_window_keeps_its_daily_hours_and_its_step_in_one_line(between, daily):
    text = (
        "MARINA CITY PORT AUTHORITY\n"
        "CALL FOR PROPOSALS\n"
        "Visitor Ferry Timetable Signage Renewal\n"
        "\n"
        "Section 4. Schedule\n"
        "All times are Japan Standard Time.\n"
        "\n"
        "Tuesday 4 April 2028, 15:00     Deadline for questions\n"
        "Friday 14 April 2028     Answers to questions posted on the website\n"
        "Monday 17 April 2028     Notification of the results of the eligibility check\n"
        f"Monday 24 April{between}Thursday 27 April 2028, 9:30-16:30 {daily}\n"
        "    Proposal submission period (in person only; must arrive)\n"
        "Late May 2028     Notification of the selection results\n"
        "\n"
        "Section 5. Contact\n"
        "Harbour Planning Office, Marina City Port Authority. Telephone enquiries are answered on weekdays during office "
        "hours; questions about the call itself must be sent in writing so that all applicants receive the same answer.\n"
    )
    expected = [
        ("question", "2028-04-04", "15:00", "datetime"),
        ("answer", "2028-04-14", None, "date"),
        ("result", "2028-04-17", None, "date"),
        ("submission", "2028-04-27", "16:30", "datetime"),
        ("result", "2028-05-01", None, "late_month"),
    ]
    assert found(text) == expected
    # (the step of the row after it, a month's part, is read as the window's in one line: no matter of this rule)
    assert found(one_line(text))[:4] == expected[:4]
