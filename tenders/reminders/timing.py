"""The other way round from tenders.moments: which due moments have a reminder in a stretch of time.

The forward rules (business days, due moments, send times) live in the core, tenders.moments,
so that reminder mail and calendar alarms share them; they are re-exported here for the sweep.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from tenders.moments import (  # noqa: F401  (re-exported for the sweep and its tests)
    WINDOW_TIME,
    business_days_before,
    due_moment,
    first_business_day,
    is_business_day,
    send_time,
    window_send_time,
)
from tenders.offsets import Offset

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
