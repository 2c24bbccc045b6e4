"""When a milestone is due and when a reminder before it falls: business days, due moments and
send times. Plain Python, part of the core: reminder mail and calendar alarms both follow it, so an
alarm rings at the moment the mail is sent.

- A timed milestone is due at its time; a date-only one at the team's deadline time.
- An offset is counted in days, hours or business days (営業日): Saturdays, Sundays, Japanese
  public holidays (substitute holidays included, from the `holidays` package) and the government
  year-end closure 12/29–1/3 are not business days.
- A 上旬/中旬/下旬 or month milestone gets one "expected in this period" reminder on the first
  business day of its window, at WINDOW_TIME.
- ``day_start`` is the one place a local day's first moment is worked out (kept pages, feeds,
  windows, the discovery and chat planners).
- ``reminder_moments`` is the one rule for which reminders a milestone gets and when: the reminders
  store a row per moment and recipient, the feeds write an alarm per moment.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

from tenders.offsets import Offset

WINDOW_TIME = dt.time(9, 0)


def day_start(day: dt.date, zone: ZoneInfo) -> dt.datetime:
    """The first moment of ``day`` in ``zone``: its local midnight, the one place it is worked out (a day
    whose clocks jump at midnight starts at the moment the day before ended)."""
    return dt.datetime.combine(day, dt.time.min, tzinfo=zone)


@lru_cache(maxsize=64)
def _japanese_holidays(year: int) -> frozenset[dt.date]:
    return frozenset(holidays.country_holidays("JP", years=[year]).keys())


@lru_cache(maxsize=64)
def _holiday_names(year: int, language: str) -> dict[dt.date, str]:
    return dict(holidays.country_holidays("JP", years=[year], language="ja" if language == "ja" else "en_US"))


def is_year_end_closure(day: dt.date) -> bool:
    """12/29–1/3, when government offices are closed (閉庁日)."""
    return (day.month == 12 and day.day >= 29) or (day.month == 1 and day.day <= 3)


def holiday_name(day: dt.date, language: str = "ja") -> str | None:
    """The public (or substitute) holiday on ``day``, named in ``language`` (「元日」, "New Year's Day"); None on other days."""
    return _holiday_names(day.year, language).get(day)


def is_business_day(day: dt.date) -> bool:
    if day.weekday() >= 5:
        return False
    if is_year_end_closure(day):
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


def due_moment(
    precision: str, starts_on: dt.date, due_at: dt.datetime | None, deadline_time: dt.time, zone: ZoneInfo
) -> dt.datetime:
    """The moment a milestone counts as due (for fuzzy windows: the start of the window)."""
    if precision == "datetime":
        return due_at
    if precision == "date":
        return dt.datetime.combine(starts_on, deadline_time, tzinfo=zone)
    return day_start(starts_on, zone)


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


@dataclass(frozen=True)
class ReminderMoment:
    """One reminder of a milestone: ``code`` is the offset (7d, 3bd, 3h) or ``window`` for a fuzzy date."""

    kind: str  # reminder | window
    code: str
    due: dt.datetime
    send_at: dt.datetime
    expires_at: dt.datetime  # nothing is sent from this moment on (the deadline, or the window's end)
    offset: Offset | None = None  # None for a window's reminder


def milestone_due(milestone, zone: ZoneInfo) -> dt.datetime:
    """The moment ``milestone`` counts as due, with its notice's team's deadline time for a bare date."""
    return due_moment(milestone.precision, milestone.starts_on, milestone.due_at, milestone.notice.team.deadline_time, zone)


def reminder_moments(milestone, zone: ZoneInfo, offsets=None) -> list[ReminderMoment]:
    """Every reminder ``milestone`` gets, in send order: one per team offset before its due moment, or
    one on the first business day of a 上旬/中旬/下旬 or month window; none for a kind its team does not
    act on. ``offsets`` defaults to the milestone's team's (a caller looping over one notice passes them once).
    """
    if not milestone.is_actionable:
        return []
    due = milestone_due(milestone, zone)
    if milestone.is_fuzzy:
        end = day_start(milestone.ends_on + dt.timedelta(days=1), zone)
        return [ReminderMoment("window", "window", due, window_send_time(milestone.starts_on, milestone.ends_on, zone), end)]
    if offsets is None:
        offsets = milestone.notice.team.offsets()
    moments = [ReminderMoment("reminder", o.code, due, send_time(due, o, zone), due, o) for o in offsets]
    return sorted(moments, key=lambda m: m.send_at)
