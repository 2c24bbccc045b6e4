"""The morning summary: one message per channel and local day, from 08:30, of the team's overdue
milestones and those of the coming week; not sent after noon, nor when there is nothing to tell.
Its row is added by the sweep (``plan_summaries``) and its text built when it is sent (``message``)."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.utils import timezone

from tenders import moments
from tenders.chat.messages import item
from tenders.chat.models import Channel, ChatDelivery
from tenders.chat.transports import Message
from tenders.models import Milestone

SUMMARY_FROM = dt.time(8, 30)
SUMMARY_UNTIL = dt.time(12, 0)
COMING_DAYS = 7
MOST_ITEMS = 20  # a longer list is cut, with a line saying how many more the site shows


def plan_summaries(now: dt.datetime) -> int:
    """Add today's pending summary of every working channel that wants one, once its time has come."""
    zone = timezone.get_default_timezone()
    local = now.astimezone(zone)
    if not settings.CHAT_SUMMARIES or not SUMMARY_FROM <= local.time() < SUMMARY_UNTIL:
        return 0
    day = local.date()
    rows = [
        ChatDelivery(
            channel=channel,
            kind=ChatDelivery.Kind.SUMMARY,
            day=day,
            send_at=dt.datetime.combine(day, SUMMARY_FROM, tzinfo=zone),
            next_attempt_at=now,
            expires_at=dt.datetime.combine(day, SUMMARY_UNTIL, tzinfo=zone),
            created_at=now,
        )
        for channel in Channel.objects.filter(sends_summary=True, enabled=True, dead_at__isnull=True).exclude(
            pk__in=ChatDelivery.objects.filter(kind=ChatDelivery.Kind.SUMMARY, day=day).values("channel_id")
        )
    ]
    ChatDelivery.objects.bulk_create(rows, ignore_conflicts=True)  # a parallel sweep's row stays the one
    return len(rows)


def message(delivery: ChatDelivery, now: dt.datetime) -> Message | None:
    """The team's overdue and coming week in one message; None when there is neither."""
    zone = timezone.get_default_timezone()
    today = now.astimezone(zone).date()
    team = delivery.channel.team
    mine = Milestone.objects.open().of_active_notices().filter(notice__team=team).select_related("notice__team")
    overdue = list(mine.overdue(now, today).in_due_order())
    coming = list(mine.coming(now, today, COMING_DAYS).actionable().in_due_order())
    if not overdue and not coming:
        return None
    listed = [*overdue, *coming][:MOST_ITEMS]
    text = f"期限切れ {len(overdue)}件、今後{COMING_DAYS}日の締切 {len(coming)}件"
    more = len(overdue) + len(coming) - len(listed)
    if more:
        text += f"（ほか{more}件はサイトでご覧ください）"
    return Message(
        title=f"【今朝の締切まとめ】{team.name}　{today.month}月{today.day}日",
        text=text,
        items=tuple(item(m, moments.milestone_due(m, zone), now) for m in listed),
        link=settings.SITE_URL + "/",
        event="summary",
    )
