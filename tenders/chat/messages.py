"""What a channel is told, as a transport-neutral ``Message``: Japanese, short, the deadline in bold
(each transport's own way), the time left and a link to the notice (SITE_URL)."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from tenders.chat.transports import Item, Message
from tenders.due_text import format_due, format_left
from tenders.offsets import parse_offset


def notice_url(notice_id: int) -> str:
    return settings.SITE_URL + reverse("tenders:notice_detail", args=[notice_id])


def due_text(milestone) -> str:
    if milestone.due_at is not None:
        local = timezone.localtime(milestone.due_at, timezone.get_default_timezone())
        return format_due("datetime", local.date(), local.time(), year=False)
    return format_due(milestone.precision, milestone.starts_on, year=False)


def item(milestone, due: dt.datetime, now: dt.datetime, note: str = "") -> Item:
    return Item(
        heading=milestone.label,
        notice=milestone.notice.title,
        due=due_text(milestone),
        left=format_left(due - now),
        url=notice_url(milestone.notice_id),
        note=note,
    )


def reminder(delivery, now: dt.datetime) -> Message:
    milestone = delivery.milestone
    if delivery.kind == delivery.Kind.WINDOW:
        title = f"【日程確認】{milestone.label}は{due_text(milestone)}の予定です"
    else:
        title = f"【締切まで{parse_offset(delivery.code).label('ja')}】{milestone.label}"
    return Message(title=title, items=(item(milestone, delivery.due, now),), event=delivery.kind)


def change(delivery, now: dt.datetime) -> Message:
    milestone, moved = delivery.milestone, delivery.change
    old = format_due(moved.old_precision, moved.old_date, moved.old_time, year=False)
    new = format_due(moved.new_precision, moved.new_date, moved.new_time, year=False)
    note = f"変更: {old} → {new}"
    if moved.reason:
        note += f"（{moved.reason[:200]}）"
    return Message(title=f"【日程変更】{milestone.label}", items=(item(milestone, delivery.due, now, note),), event="change")


def test(channel) -> Message:
    return Message(
        title="【テスト送信】Shimekiri",
        text=f"チーム「{channel.team.name}」のチャンネル「{channel.name}」に、締切のお知らせをここへ送ります。",
        link=settings.SITE_URL + "/",
        link_text="Shimekiri を開く",
        event="test",
    )
