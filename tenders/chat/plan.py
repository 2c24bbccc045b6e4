"""Planning a team's chat posts: a pending ChatDelivery per channel, milestone, offset and due moment
(at the team's offsets, by the core's one rule ``tenders.moments.reminder_moments``), and one per
channel and recent date change. Called inside the service's transaction by ``tenders.changes``
(``on_change``) and when a channel is saved (``plan_teams``); rows that no longer apply are
cancelled, and a cancelled row that applies again is pending again. The sweep plans none of this,
except the morning summary (summary.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.db.models import Q
from django.utils import timezone

from tenders import moments
from tenders.changes import Change
from tenders.chat.models import CHAT_REMINDER_KINDS, Channel, ChatDelivery
from tenders.models import Milestone, MilestoneChange, Notice

CHANGE_POSTED_WITHIN = dt.timedelta(days=2)  # a date change older than this is not posted any more
# A new channel starts with what comes next: reminders whose time had come before it was added (and
# date changes made before) are not posted to it, which would flood it with a backlog.
NO_BACKLOG = dt.timedelta(minutes=5)

NOT_WANTED = "完了済み、案件の終了、日付の変更、またはチャンネルの設定により取り消しました。"


def on_change(change: Change) -> None:
    if change.whole_teams:
        plan_teams(change.teams)
    elif change.milestones:
        plan_milestones(change.milestones)


def plan_teams(team_ids: Iterable[int], now: dt.datetime | None = None) -> None:
    team_ids = list(team_ids)
    plan(plannable().filter(notice__team__in=team_ids), now, team_ids=team_ids)


def plan_milestones(milestone_ids: Iterable[int], now: dt.datetime | None = None) -> None:
    plan(Milestone.objects.filter(pk__in=list(milestone_ids)), now)


def plannable():
    """Open milestones of active notices, and any with a post still pending."""
    return Milestone.objects.filter(
        Q(done_at__isnull=True, notice__status__in=Notice.ACTIVE_STATUSES)
        | Q(pk__in=ChatDelivery.objects.filter(status=ChatDelivery.Status.PENDING).values("milestone_id"))
    )


def plan(milestones, now: dt.datetime | None = None, team_ids: Iterable[int] = ()) -> None:
    now = now or timezone.now()
    milestones = list(milestones.select_related("notice__team"))
    teams = {m.notice.team_id for m in milestones} | set(team_ids)
    if not teams:
        return
    channels: dict[int, list[Channel]] = {}
    for channel in Channel.objects.filter(team__in=teams, enabled=True, dead_at__isnull=True):
        channels.setdefault(channel.team_id, []).append(channel)
    zone = timezone.get_default_timezone()
    wanted: dict[tuple, ChatDelivery] = {}
    open_milestones = []
    for milestone in milestones:
        if milestone.is_done or not milestone.notice.is_active:
            continue
        open_milestones.append(milestone)
        for channel in channels.get(milestone.notice.team_id, ()):
            if not channel.sends_reminders:
                continue
            for p in moments.reminder_moments(milestone, zone):
                if p.send_at < p.expires_at and p.send_at >= channel.created_at - NO_BACKLOG:
                    wanted[(channel.pk, milestone.pk, p.code, p.due)] = ChatDelivery(
                        channel=channel,
                        milestone=milestone,
                        kind=p.kind,
                        code=p.code,
                        due=p.due,
                        send_at=p.send_at,
                        next_attempt_at=p.send_at,
                        expires_at=p.expires_at,
                        created_at=now,
                    )
    existing = ChatDelivery.objects.filter(
        Q(milestone__in=[m.pk for m in milestones]) | Q(channel__team__in=list(team_ids)),
        kind__in=CHAT_REMINDER_KINDS,
        status__in=[ChatDelivery.Status.PENDING, ChatDelivery.Status.CANCELLED],
    ).values_list("pk", "channel_id", "milestone_id", "code", "due", "status")
    cancel, revive = [], []
    for pk, channel_id, milestone_id, code, due, status in existing:
        key = (channel_id, milestone_id, code, due)
        if status == ChatDelivery.Status.PENDING and key not in wanted:
            cancel.append(pk)
        elif status == ChatDelivery.Status.CANCELLED and key in wanted:
            revive.append(pk)
    if cancel:
        ChatDelivery.objects.filter(pk__in=cancel, status=ChatDelivery.Status.PENDING).update(
            status=ChatDelivery.Status.CANCELLED, last_error=NOT_WANTED
        )
    if revive:
        ChatDelivery.objects.filter(pk__in=revive, status=ChatDelivery.Status.CANCELLED).update(
            status=ChatDelivery.Status.PENDING, last_error=""
        )
    ChatDelivery.objects.bulk_create(wanted.values(), ignore_conflicts=True)
    plan_changes(open_milestones, channels, now)


def plan_changes(milestones: list[Milestone], channels: dict[int, list[Channel]], now: dt.datetime) -> None:
    """One post per channel (that wants date changes) and recent change of an open milestone."""
    by_pk = {m.pk: m for m in milestones}
    recent = MilestoneChange.objects.filter(milestone_id__in=list(by_pk), changed_at__gte=now - CHANGE_POSTED_WITHIN)
    zone = timezone.get_default_timezone()
    rows = []
    for moved in recent:
        milestone = by_pk[moved.milestone_id]
        due = moments.milestone_due(milestone, zone)
        for channel in channels.get(milestone.notice.team_id, ()):
            if channel.sends_changes and now < due and moved.changed_at >= channel.created_at - NO_BACKLOG:
                rows.append(
                    ChatDelivery(
                        channel=channel,
                        milestone=milestone,
                        kind=ChatDelivery.Kind.CHANGE,
                        change=moved,
                        due=due,
                        send_at=moved.changed_at,
                        next_attempt_at=now,
                        expires_at=due,
                        created_at=now,
                    )
                )
    ChatDelivery.objects.bulk_create(rows, ignore_conflicts=True)  # planned already: stays as it is
