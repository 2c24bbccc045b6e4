"""New matches and corrections from the 官公需情報ポータルサイト (the discovery app) to the channels that
want them: one message per channel and day with the team's new inbox items not yet posted there
(once the team's saved searches have run that day, as the discovery mail waits), and one message per
correction proposed on a notice of the team. Planned by the chat sweep; the items a message told of
are kept on its row (``inbox_items``), so none is posted twice to one channel."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from tenders.chat.messages import notice_url
from tenders.chat.models import Channel, ChatDelivery
from tenders.chat.transports import Item, Message
from tenders.discovery.models import Amendment, InboxItem, SavedSearch
from tenders.moments import day_start

MATCHES_VALID_FOR = dt.timedelta(hours=18)
AMENDMENT_POSTED_WITHIN = dt.timedelta(days=2)  # a correction found longer ago is not posted any more
MOST_ITEMS = 20


def plan(now: dt.datetime) -> None:
    channels = list(Channel.objects.filter(sends_discoveries=True, enabled=True, dead_at__isnull=True))
    if channels:
        plan_matches(channels, now)
        plan_amendments(channels, now)


def plan_matches(channels: list[Channel], now: dt.datetime) -> None:
    today = timezone.localdate(now)
    start_of_day = day_start(today, timezone.get_current_timezone())
    for channel in channels:
        if SavedSearch.objects.filter(team=channel.team_id, enabled=True).exclude(last_run_at__gte=start_of_day).exists():
            continue  # its searches of today first: one message with all of them
        items = list(
            InboxItem.objects.filter(team=channel.team_id, state=InboxItem.State.NEW).exclude(chat_deliveries__channel=channel)
        )
        if not items:
            continue
        with transaction.atomic():
            row, created = ChatDelivery.objects.get_or_create(
                channel=channel,
                kind=ChatDelivery.Kind.MATCHES,
                day=today,
                defaults={"send_at": now, "next_attempt_at": now, "expires_at": now + MATCHES_VALID_FOR},
            )
            if created:
                row.inbox_items.set(items)


def plan_amendments(channels: list[Channel], now: dt.datetime) -> None:
    by_team: dict[int, list[Channel]] = {}
    for channel in channels:
        by_team.setdefault(channel.team_id, []).append(channel)
    amendments = Amendment.objects.filter(
        notice__team__in=list(by_team), state=Amendment.State.PROPOSED, created_at__gte=now - AMENDMENT_POSTED_WITHIN
    ).select_related("notice")
    ChatDelivery.objects.bulk_create(
        [
            ChatDelivery(
                channel=channel,
                kind=ChatDelivery.Kind.AMENDMENT,
                amendment=amendment,
                send_at=amendment.created_at,
                next_attempt_at=now,
                expires_at=now + dt.timedelta(days=1),
            )
            for amendment in amendments
            for channel in by_team[amendment.notice.team_id]
        ],
        ignore_conflicts=True,  # posted or planned already
    )


def matches(row: ChatDelivery) -> Message | None:
    items = list(row.inbox_items.select_related("entry").order_by("-created_at", "pk"))
    if not items:
        return None
    inbox = settings.SITE_URL + reverse("discovery:inbox")
    listed = [
        Item(
            heading=item.entry.project_name,
            notice=item.entry.organization_name,
            due=item.entry.tender_submission_deadline[:10] or "—",
            left="",
            url=inbox,
        )
        for item in items[:MOST_ITEMS]
    ]
    more = len(items) - len(listed)
    return Message(
        title=f"【新着案件】{row.channel.team.name}　{len(items)}件",
        text="官公需情報ポータルサイトの保存した検索に、新しい公告が見つかりました。"
        + (f"（ほか{more}件は新着一覧でご覧ください）" if more else ""),
        items=tuple(listed),
        link=inbox,
        link_text="新着一覧を開く",
        event="matches",
    )


def amendment(row: ChatDelivery) -> Message:
    found = row.amendment
    return Message(
        title=f"【{found.get_kind_display()}】{found.notice.title}",
        text=found.what[:500] + "\n案件の画面で内容を確かめ、反映するか決めてください。",
        link=notice_url(found.notice_id),
        event="amendment",
    )
