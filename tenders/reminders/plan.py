"""Which reminders are due now, and which are still to come. Reads the core; writes nothing."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.utils import timezone

from tenders.models import Milestone
from tenders.reminders.timing import due_moment, send_time, window_send_time


@dataclass(frozen=True)
class Planned:
    kind: str  # reminder | window
    code: str  # 7d, 3bd, 3h, window
    due: dt.datetime
    send_at: dt.datetime
    expires_at: dt.datetime


def zone():
    return timezone.get_default_timezone()


def milestone_due(milestone: Milestone) -> dt.datetime:
    return due_moment(milestone.precision, milestone.starts_on, milestone.due_at, milestone.notice.team.deadline_time, zone())


def all_planned(milestone: Milestone) -> list[Planned]:
    """Every reminder the milestone gets, in send order."""
    due = milestone_due(milestone)
    if milestone.is_fuzzy:
        end = dt.datetime.combine(milestone.ends_on + dt.timedelta(days=1), dt.time(0), tzinfo=zone())
        return [Planned("window", "window", due, window_send_time(milestone.starts_on, milestone.ends_on, zone()), end)]
    planned = [Planned("reminder", o.code, due, send_time(due, o, zone()), due) for o in milestone.notice.team.offsets()]
    return sorted(planned, key=lambda p: p.send_at)


def due_now(milestone: Milestone, now: dt.datetime) -> Planned | None:
    """The one reminder to send now: the latest whose time has come (catch-up sends no stale ones).

    None when nothing is due yet, or when the deadline (or the window) has already passed.
    """
    passed = [p for p in all_planned(milestone) if p.send_at <= now < p.expires_at]
    return passed[-1] if passed else None


def upcoming(milestone: Milestone, now: dt.datetime) -> list[Planned]:
    return [p for p in all_planned(milestone) if p.send_at > now and p.send_at < p.expires_at]


def horizon_days(teams) -> int:
    """How far ahead a milestone can be and still have a reminder due (generous for business days)."""
    days = 1
    for team in teams:
        for offset in team.offsets():
            if offset.unit == "hours":
                days = max(days, offset.amount // 24 + 1)
            elif offset.unit == "days":
                days = max(days, offset.amount)
            else:
                days = max(days, offset.amount * 2 + 12)  # weekends, Golden Week, year-end closure
    return days + 1
