"""Planning: what is due next is stored, as a pending Delivery per milestone, recipient, offset and due moment.

A reminder's row is added when its milestone, its notice, its team's settings or its people change
(``on_change``, registered with ``tenders.changes.listen`` and called inside the service's
transaction), with ``next_attempt_at`` at its send time; the minute sweep only claims rows whose
time has come. Rows that no longer apply are cancelled (a done milestone, a closed notice, a
recipient who left or turned reminders off, a kind the team no longer acts on, a date that moved);
a cancelled row that applies again is pending again. ``plan_everything`` does it for every open
milestone (a migration ran it once; the ``plan_reminders`` command runs it on demand).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.db.models import Q
from django.utils import timezone

from tenders import moments
from tenders.changes import Change
from tenders.models import Membership, Milestone, MilestoneChange, Notice
from tenders.reminders.models import REMINDER_KINDS, Delivery

CHANGE_MAIL_WITHIN = dt.timedelta(days=2)  # a date change older than this is not mailed any more

DONE_OR_CLOSED = "完了済み、または案件が終了したため取り消しました。"
NOT_ACTED_ON = "チームの設定で、この種類の日程はリマインダーの対象外になりました。"
DATE_MOVED = "日付が変更されたため取り消しました。"
NO_LONGER_FOR_THEM = "宛先の方が担当やチームを外れたか、リマインダーを止めたため取り消しました。"


def zone():
    return timezone.get_default_timezone()


def milestone_due(milestone: Milestone) -> dt.datetime:
    return moments.milestone_due(milestone, zone())


def all_planned(milestone: Milestone) -> list[moments.ReminderMoment]:
    """Every reminder the milestone gets, in send order (the core's one rule, which the feeds' alarms follow too)."""
    return moments.reminder_moments(milestone, zone())


def eligible_recipients(notice, members: set[tuple[int, int]]):
    """Owner and assignees still in the notice's team, with an address and reminders on."""
    return [
        user
        for user in notice.people()
        if user.is_active and user.email and (notice.team_id, user.pk) in members and user.profile.reminders_enabled
    ]


def on_change(change: Change) -> None:
    """The listener: plan again what the change may have changed (every milestone of whole teams)."""
    if change.whole_teams:
        plan_teams(change.teams)
    elif change.milestones:
        plan_milestones(change.milestones)


def plan_teams(team_ids: Iterable[int], now: dt.datetime | None = None) -> None:
    """Plan every open milestone of these teams, and cancel what is left of their others."""
    plan(plannable().filter(notice__team__in=list(team_ids)), now)


def plan_milestones(milestone_ids: Iterable[int], now: dt.datetime | None = None) -> None:
    plan(Milestone.objects.filter(pk__in=list(milestone_ids)), now)


def plan_everything(now: dt.datetime | None = None) -> None:
    """Every open milestone's reminders (after a restore, or once for an existing database)."""
    plan(plannable(), now)


def plannable():
    """Milestones that may have reminders to store or cancel: open ones of active notices, and any
    with a reminder still pending (its milestone was done or its notice closed since)."""
    return Milestone.objects.filter(
        Q(done_at__isnull=True, notice__status__in=Notice.ACTIVE_STATUSES)
        | Q(pk__in=Delivery.objects.filter(status=Delivery.Status.PENDING).values("milestone_id"))
    )


def plan(milestones, now: dt.datetime | None = None) -> None:
    """Store the reminders of these milestones as pending rows; cancel those that no longer apply."""
    now = now or timezone.now()
    milestones = list(
        milestones.select_related("notice__team", "notice__owner__profile").prefetch_related("notice__assignees__profile")
    )
    if not milestones:
        return
    members = set(Membership.objects.filter(team__in={m.notice.team_id for m in milestones}).values_list("team_id", "user_id"))
    wanted: dict[tuple, Delivery] = {}
    why_not: dict[int, str] = {}  # milestone id → why its rows that are not wanted any more are cancelled
    for milestone in milestones:
        if milestone.is_done or not milestone.notice.is_active:
            why_not[milestone.pk] = DONE_OR_CLOSED
            continue
        planned = all_planned(milestone)
        why_not[milestone.pk] = NOT_ACTED_ON if not planned else NO_LONGER_FOR_THEM
        for user in eligible_recipients(milestone.notice, members):
            for p in planned:
                if p.send_at < p.expires_at:
                    wanted[(milestone.pk, user.pk, p.code, p.due)] = Delivery(
                        milestone=milestone,
                        recipient=user,
                        kind=p.kind,
                        code=p.code,
                        due=p.due,
                        send_at=p.send_at,
                        next_attempt_at=p.send_at,
                        expires_at=p.expires_at,
                        created_at=now,
                    )
    due_now = {m.pk: milestone_due(m) for m in milestones}
    cancel: dict[str, list[int]] = {}
    revive = []
    existing = Delivery.objects.filter(
        milestone_id__in=list(due_now),
        kind__in=REMINDER_KINDS,
        status__in=[Delivery.Status.PENDING, Delivery.Status.CANCELLED],
    ).values_list("pk", "milestone_id", "recipient_id", "code", "due", "status")
    for pk, milestone_id, recipient_id, code, due, status in existing:
        key = (milestone_id, recipient_id, code, due)
        if status == Delivery.Status.PENDING and key not in wanted:
            reason = (
                DATE_MOVED if due != due_now[milestone_id] and why_not[milestone_id] != DONE_OR_CLOSED else why_not[milestone_id]
            )
            cancel.setdefault(reason, []).append(pk)
        elif status == Delivery.Status.CANCELLED and key in wanted:
            revive.append(pk)
    for reason, pks in cancel.items():
        Delivery.objects.filter(pk__in=pks, status=Delivery.Status.PENDING).update(
            status=Delivery.Status.CANCELLED, last_error=reason
        )
    if revive:  # applies again (reopened, back in the team, the kind acted on again, the date moved back)
        Delivery.objects.filter(pk__in=revive, status=Delivery.Status.CANCELLED).update(
            status=Delivery.Status.PENDING, last_error=""
        )
    Delivery.objects.bulk_create(wanted.values(), ignore_conflicts=True)  # rows already there stay as they are
    plan_change_mails([m for m in milestones if why_not[m.pk] != DONE_OR_CLOSED], now)


def plan_change_mails(milestones: list[Milestone], now: dt.datetime) -> None:
    """The owner gets one "date changed: old → new" mail per recent change of an open milestone."""
    by_pk = {m.pk: m for m in milestones}
    changes = MilestoneChange.objects.filter(milestone_id__in=list(by_pk), changed_at__gte=now - CHANGE_MAIL_WITHIN)
    mailed = set(Delivery.objects.filter(change__milestone_id__in=list(by_pk)).values_list("change_id", flat=True))
    rows = []
    for change in changes:
        if change.pk in mailed:
            continue  # planned already (for the date it moved to then)
        milestone = by_pk[change.milestone_id]
        owner = milestone.notice.owner
        if not (owner.is_active and owner.email):
            continue
        due = milestone_due(milestone)
        rows.append(
            Delivery(
                milestone=milestone,
                recipient=owner,
                kind=Delivery.Kind.CHANGE,
                change=change,
                due=due,
                send_at=change.changed_at,
                expires_at=due,
                next_attempt_at=now,
                created_at=now,
            )
        )
    Delivery.objects.bulk_create(rows, ignore_conflicts=True)
