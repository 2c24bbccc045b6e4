"""Which reminders are due now, and which are still to come. Reads the core; writes nothing."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.utils import timezone

from tenders.models import Milestone
from tenders.proposal import MONTH_PRECISIONS
from tenders.reminders.timing import days_due_in, due_moment, due_ranges, send_time, window_send_time, window_starts_due_in


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
    """Every reminder the milestone gets, in send order (none for a kind its team does not act on)."""
    if not milestone.is_actionable:
        return []
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


def reminders_due_between(since: dt.datetime, now: dt.datetime, teams) -> list:
    """Look-ups of the open milestones with a reminder whose send time falls in since..now (a
    superset; ``due_now`` decides); give them to ``list_ids``.

    Timed milestones by their due moment, date-only ones by their day at their team's deadline
    time, 上旬/中旬/下旬 ones by the first day of their window: one indexed look-up each.
    """
    offsets = {offset for team in teams for offset in team.offsets()}
    ranges = [r for offset in offsets for r in due_ranges(since, now, offset, zone())]
    open_milestones = Milestone.objects.open()
    lookups = [open_milestones.filter(due_at__range=r) for r in ranges]
    for clock in {team.deadline_time for team in teams}:
        days = days_due_in(ranges, clock, zone())
        if days:
            lookups.append(open_milestones.filter(
                precision=Milestone.Precision.DATE, starts_on__in=days, notice__team__deadline_time=clock
            ))
    starts = window_starts_due_in(since, now, zone())
    if starts:
        lookups.append(open_milestones.filter(precision__in=MONTH_PRECISIONS, starts_on__in=starts))
    return lookups


def list_ids(querysets) -> list[int]:
    """The ids of all these milestone querysets, in one UNION query (or none for no querysets)."""
    querysets = [qs.order_by().values_list("pk", flat=True) for qs in querysets]
    if not querysets:
        return []
    return list(querysets[0].union(*querysets[1:]))
