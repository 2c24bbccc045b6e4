"""Move a sample schedule to around a chosen day, keeping its weekdays and intervals, on business days."""

import dataclasses
import datetime as dt

from tenders.moments import is_business_day
from tenders.proposal import MONTH_PRECISIONS, MilestoneProposal, NoticeProposal

# The first of these in a schedule is the one placed on the chosen day (公募開始 and the like come before).
DEADLINE_KINDS = ("question", "application", "submission", "hearing")


def anchor_of(proposal: NoticeProposal, kind: str | None = None) -> MilestoneProposal:
    """The milestone a shift places: the first of ``kind``, else the first deadline, else the first milestone."""
    by_start = sorted(proposal.milestones, key=lambda m: m.window[0])
    kinds = (kind,) if kind else DEADLINE_KINDS
    return next((m for m in by_start if m.kind in kinds), by_start[0])


def next_business_day(day: dt.date) -> dt.date:
    while not is_business_day(day):
        day += dt.timedelta(days=1)
    return day


def shift_proposal(proposal: NoticeProposal, target: dt.date, *, anchor_kind: str | None = None) -> NoticeProposal:
    """The same notice moved by whole weeks so that its anchor (see ``anchor_of``) falls in the week
    from ``target``: weekdays and intervals stay as the notice wrote them.

    A dated milestone that then falls on a weekend, a public holiday or 12/29–1/3 moves to the next
    business day. A 上旬/中旬/下旬 or month milestone keeps its precision and moves to the month its
    shifted window start falls in.
    """
    if not proposal.milestones:
        return proposal
    days = (target - anchor_of(proposal, anchor_kind).window[0]).days
    delta = dt.timedelta(days=-(-days // 7) * 7)  # whole weeks, rounded up: on or after target
    moved = []
    for milestone in proposal.milestones:
        start = milestone.window[0] + delta
        if milestone.precision in MONTH_PRECISIONS:
            day = start.replace(day=1)
        else:
            day = next_business_day(start)
        moved.append(dataclasses.replace(milestone, date=day))
    return dataclasses.replace(proposal, milestones=tuple(moved))
