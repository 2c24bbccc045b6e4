"""When reminders go out: offsets, business days (Golden Week, year-end), fuzzy windows."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from tenders.moments import (
    business_days_before,
    day_start,
    due_moment,
    first_business_day,
    is_business_day,
    send_time,
    window_send_time,
)
from tenders.offsets import Offset, parse_offset
from tests.conftest import TOKYO, tokyo


@pytest.mark.parametrize(
    "code,offset", [("7d", Offset(7, "days")), ("3bd", Offset(3, "business_days")), ("3h", Offset(3, "hours"))]
)
def test_offset_codes(code, offset):
    assert parse_offset(code) == offset and offset.code == code


@pytest.mark.parametrize("bad", ["", "7", "0d", "3w", "-1d", "d3"])
def test_bad_offset_codes_are_refused_in_japanese(bad):
    with pytest.raises(ValueError, match="リマインダーの時期として読めません"):
        parse_offset(bad)


@pytest.mark.parametrize(
    "day,expected",
    [
        (dt.date(2026, 5, 1), True),  # Friday
        (dt.date(2026, 5, 2), False),  # Saturday
        (dt.date(2026, 4, 29), False),  # 昭和の日
        (dt.date(2026, 5, 6), False),  # 振替休日 (Constitution Day fell on a Sunday)
        (dt.date(2026, 12, 29), False),  # year-end closure
        (dt.date(2027, 1, 4), True),  # first business day of 2027
        (dt.date(2027, 1, 11), False),  # 成人の日
    ],
)
def test_business_days(day, expected):
    assert is_business_day(day) is expected


def test_three_business_days_before_golden_week_deadline():
    # Due Thursday 7 May 2026: back over 6 (振替休日), 5, 4, 3 (holidays), 2 (Sat), 1 May (Fri), 30 Apr (Thu), 29 (holiday), 28 Apr.
    assert business_days_before(dt.date(2026, 5, 7), 1) == dt.date(2026, 5, 1)
    assert business_days_before(dt.date(2026, 5, 7), 3) == dt.date(2026, 4, 28)


def test_business_days_across_the_year_end():
    assert business_days_before(dt.date(2027, 1, 5), 2) == dt.date(2026, 12, 28)


def test_send_times_keep_the_clock_time():
    due = tokyo(2026, 5, 7, 16, 30)
    assert send_time(due, Offset(3, "business_days"), TOKYO) == tokyo(2026, 4, 28, 16, 30)
    assert send_time(due, Offset(7, "days"), TOKYO) == tokyo(2026, 4, 30, 16, 30)
    assert send_time(due, Offset(3, "hours"), TOKYO) == tokyo(2026, 5, 7, 13, 30)


def test_due_moments_by_precision():
    five = dt.time(17, 0)
    assert due_moment("datetime", dt.date(2026, 4, 15), tokyo(2026, 4, 15, 16, 30), five, TOKYO) == tokyo(2026, 4, 15, 16, 30)
    assert due_moment("date", dt.date(2026, 4, 17), None, five, TOKYO) == tokyo(2026, 4, 17, 17, 0)
    assert due_moment("late_month", dt.date(2026, 5, 21), None, five, TOKYO) == tokyo(2026, 5, 21, 0, 0)


def test_fuzzy_window_reminder_on_its_first_business_day():
    # 2026年5月上旬: 1 May is a Friday — but 2–6 May are weekend and holidays, so 1 May it is.
    assert window_send_time(dt.date(2026, 5, 1), dt.date(2026, 5, 10), TOKYO) == tokyo(2026, 5, 1, 9, 0)
    # 2027年1月上旬: closure until 3 Jan, then Monday 4 Jan.
    assert first_business_day(dt.date(2027, 1, 1), dt.date(2027, 1, 10)) == dt.date(2027, 1, 4)
    # 2026年5月下旬: 21 May is a Thursday.
    assert window_send_time(dt.date(2026, 5, 21), dt.date(2026, 5, 31), TOKYO) == tokyo(2026, 5, 21, 9, 0)


@pytest.mark.parametrize(
    "zone,day",
    [
        ("Asia/Tokyo", dt.date(2026, 4, 14)),
        ("America/Santiago", dt.date(2024, 9, 8)),  # clocks jump from 00:00 to 01:00: the day starts at "00:00"-04:00
        ("America/Los_Angeles", dt.date(2026, 11, 1)),  # a 25-hour day
        ("Europe/London", dt.date(2026, 3, 29)),
    ],
)
def test_a_day_starts_where_the_day_before_ended(zone, day):
    zone = ZoneInfo(zone)
    start = day_start(day, zone)
    assert start.astimezone(zone).date() == day
    assert (start - dt.timedelta(microseconds=1)).astimezone(zone).date() == day - dt.timedelta(days=1)


def test_the_start_of_a_day_is_its_local_midnight():
    assert day_start(dt.date(2026, 4, 14), TOKYO) == tokyo(2026, 4, 14, 0, 0)
    assert day_start(dt.date(2026, 4, 14), TOKYO).astimezone(dt.UTC) == dt.datetime(2026, 4, 13, 15, 0, tzinfo=dt.UTC)
