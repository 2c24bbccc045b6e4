"""When a reminder is due: business days, due moments and send times. Plain Python.

- A timed milestone is due at its time; a date-only one at the team's deadline time.
- An offset is counted in days, hours or business days (営業日): Saturdays, Sundays, Japanese
  public holidays (substitute holidays included, from the `holidays` package) and the government
  year-end closure 12/29–1/3 are not business days.
- A 上旬/中旬/下旬 or month milestone gets one "expected in this period" reminder on the first
  business day of its window, at WINDOW_TIME.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

from tenders.offsets import Offset

WINDOW_TIME = dt.time(9, 0)


@lru_cache(maxsize=64)
def _japanese_holidays(year: int) -> frozenset[dt.date]:
    return frozenset(holidays.country_holidays("JP", years=[year]).keys())


def is_business_day(day: dt.date) -> bool:
    if day.weekday() >= 5:
        return False
    if (day.month == 12 and day.day >= 29) or (day.month == 1 and day.day <= 3):
        return False
    return day not in _japanese_holidays(day.year)


def business_days_before(day: dt.date, count: int) -> dt.date:
    """The business day ``count`` business days before ``day`` (「3営業日前」)."""
    current = day
    remaining = count
    while remaining:
        current -= dt.timedelta(days=1)
        if is_business_day(current):
            remaining -= 1
    return current


def first_business_day(start: dt.date, end: dt.date) -> dt.date:
    day = start
    while day <= end and not is_business_day(day):
        day += dt.timedelta(days=1)
    return day if day <= end else start


def due_moment(precision: str, starts_on: dt.date, due_at: dt.datetime | None, deadline_time: dt.time, zone: ZoneInfo) -> dt.datetime:
    """The moment a milestone counts as due (for fuzzy windows: the start of the window)."""
    if precision == "datetime":
        return due_at
    if precision == "date":
        return dt.datetime.combine(starts_on, deadline_time, tzinfo=zone)
    return dt.datetime.combine(starts_on, dt.time(0, 0), tzinfo=zone)


def send_time(due: dt.datetime, offset: Offset, zone: ZoneInfo) -> dt.datetime:
    """When the reminder ``offset`` before ``due`` goes out (business days keep the clock time)."""
    if offset.unit == "hours":
        return due - dt.timedelta(hours=offset.amount)
    local = due.astimezone(zone)
    if offset.unit == "days":
        day = local.date() - dt.timedelta(days=offset.amount)
    else:
        day = business_days_before(local.date(), offset.amount)
    return dt.datetime.combine(day, local.time(), tzinfo=zone)


def window_send_time(starts_on: dt.date, ends_on: dt.date, zone: ZoneInfo) -> dt.datetime:
    return dt.datetime.combine(first_business_day(starts_on, ends_on), WINDOW_TIME, tzinfo=zone)


# --- the other way round: which due moments have a reminder in a stretch of time ----------------
# A sweep that ran at ``since`` and runs again at ``now`` only needs the milestones whose reminder
# falls in between. These give that set as ranges of due moments (a little wider, never narrower).

def _shift_days(moment: dt.datetime, days: int, zone: ZoneInfo) -> dt.datetime:
    local = moment.astimezone(zone)
    return dt.datetime.combine(local.date() + dt.timedelta(days=days), local.time(), tzinfo=zone)


def _days(first: dt.date, last: dt.date):
    day = first
    while day <= last:
        yield day
        day += dt.timedelta(days=1)


def due_ranges(since: dt.datetime, now: dt.datetime, offset: Offset, zone: ZoneInfo) -> list[tuple[dt.datetime, dt.datetime]]:
    """Inclusive ranges of due moments whose ``offset`` reminder is sent in since..now."""
    if offset.unit == "hours":
        return [(since + dt.timedelta(hours=offset.amount), now + dt.timedelta(hours=offset.amount))]
    if offset.unit == "days":
        return [(_shift_days(since, offset.amount, zone), _shift_days(now, offset.amount, zone))]
    start, end = since.astimezone(zone), now.astimezone(zone)
    ranges = []
    for send_day in _days(start.date(), end.date()):
        if not is_business_day(send_day):
            continue
        earliest = start.time() if send_day == start.date() else dt.time.min
        latest = end.time() if send_day == end.date() else dt.time.max
        for due_day in _days(send_day + dt.timedelta(days=1), send_day + dt.timedelta(days=2 * offset.amount + 20)):
            if business_days_before(due_day, offset.amount) == send_day:
                ranges.append((dt.datetime.combine(due_day, earliest, tzinfo=zone), dt.datetime.combine(due_day, latest, tzinfo=zone)))
    return ranges


def days_due_in(ranges, clock: dt.time, zone: ZoneInfo) -> set[dt.date]:
    """Days whose moment at ``clock`` (a team's deadline time) lies in one of ``ranges``."""
    days = set()
    for first, last in ranges:
        for day in _days(first.astimezone(zone).date() - dt.timedelta(days=1), last.astimezone(zone).date() + dt.timedelta(days=1)):
            if first <= dt.datetime.combine(day, clock, tzinfo=zone) <= last:
                days.add(day)
    return days


def window_starts_due_in(since: dt.datetime, now: dt.datetime, zone: ZoneInfo) -> set[dt.date]:
    """First days of 上旬/中旬/下旬/month windows whose "expected in this period" reminder falls in since..now."""
    from tenders.proposal import MONTH_PRECISIONS, window

    starts = set()
    for day in _days(since.astimezone(zone).date(), now.astimezone(zone).date()):
        if not since <= dt.datetime.combine(day, WINDOW_TIME, tzinfo=zone) <= now:
            continue
        for start in _days(day - dt.timedelta(days=31), day):
            if start.day in (1, 11, 21) and any(
                first_business_day(*window(precision, start)) == day
                for precision in MONTH_PRECISIONS if window(precision, start)[0] == start
            ):
                starts.add(start)
    return starts
