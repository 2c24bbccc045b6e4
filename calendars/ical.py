"""Milestones as RFC 5545 calendar data, in the habits real calendar apps expect.

- UID from the milestone's identity (never changes); SEQUENCE = the milestone's revision.
- A timed deadline is a short event at its time in Asia/Tokyo; a bare date is an all-day event;
  上旬/中旬/下旬 and a month are all-day spans over their days, tentative and transparent.
- Done milestones stay, marked ✔; notices that are no longer active drop out (the caller selects).
"""

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import Prefetch
from django.urls import reverse
from django.utils import timezone, translation
from icalendar import Calendar, Timezone, vDuration

from calendars import content_lines as lines
from tenders.models import Notice, staff_name
from tenders.schedule import format_due

PRODID = "-//Shimekiri//Shimekiri 締切//JA"
TTL = dt.timedelta(hours=1)
TIMED_LENGTH = dt.timedelta(minutes=30)
END = b"END:VCALENDAR\r\n"
KIND_TAGS = {
    "published": "公告", "question": "質問", "answer": "回答", "application": "申込", "submission": "提出",
    "hearing": "審査", "result": "結果", "contract": "契約", "other": "予定",
}


# What an event shows of a milestone; the rest (its source excerpt…) is left in the database.
EVENT_FIELDS = (
    "notice", "kind", "label", "precision", "starts_on", "ends_on", "due_at", "done_at", "delivery_note", "revision", "updated_at",
)


def for_events(milestones):
    """The milestones with what their events show: each notice, with its owner, read once (not once per milestone)."""
    notices = Notice.objects.only("title", "issuer", "status", "updated_at", "owner").select_related("owner__profile")
    return milestones.only(*EVENT_FIELDS).prefetch_related(Prefetch("notice", queryset=notices))


def uid(milestone) -> str:
    return f"milestone-{milestone.pk}@shimekiri"


@dataclass(frozen=True)
class NoticeText:
    """What every event of one notice says about the notice (worked out once per notice, not per event)."""

    url: str
    lines: tuple[str, ...]  # issuer, owner, status

    @classmethod
    def of(cls, notice) -> "NoticeText":
        return cls(
            url=settings.SITE_URL + reverse("tenders:notice_detail", args=[notice.pk]),
            lines=(
                f"発注機関: {notice.issuer}" if notice.issuer else "",
                f"担当: {staff_name(notice.owner)}",
                f"案件の状況: {Notice.Status(notice.status).label}",  # get_status_display() costs more, per call
            ),
        )


def event_lines(milestone, offsets=(), about: NoticeText | None = None) -> list[str]:
    """One VEVENT as content lines (properties in icalendar's order, so the text is icalendar's)."""
    notice = milestone.notice
    about = about or NoticeText.of(notice)
    modified = lines.utc(max(milestone.updated_at, notice.updated_at))
    done = "✔ " if milestone.is_done else ""
    summary = f"{done}[{KIND_TAGS.get(milestone.kind, '予定')}] {milestone.label} — {notice.title}"
    if milestone.is_fuzzy:
        summary += f"（{format_due(milestone.precision, milestone.starts_on, year=False)}）"
    description = [f"期限: {milestone.due_display()}"]
    if milestone.delivery_note:
        description.append(f"提出方法: {milestone.delivery_note}")
    description += [*about.lines, "完了済み" if milestone.is_done else "", about.url]
    if milestone.due_at is not None:
        start = timezone.localtime(milestone.due_at, ZoneInfo(settings.TIME_ZONE))
        when = [f"DTSTART;TZID={settings.TIME_ZONE}:{lines.local_time(start)}",
                f"DTEND;TZID={settings.TIME_ZONE}:{lines.local_time(start + TIMED_LENGTH)}"]
    else:
        when = [f"DTSTART;VALUE=DATE:{lines.date(milestone.starts_on)}",
                f"DTEND;VALUE=DATE:{lines.date(milestone.ends_on + dt.timedelta(days=1))}"]  # exclusive end
    event = [
        "BEGIN:VEVENT",
        f"SUMMARY:{lines.text(summary)}",
        *when,
        f"DTSTAMP:{modified}",
        f"UID:{lines.text(uid(milestone))}",
        f"SEQUENCE:{milestone.revision}",
        f"DESCRIPTION:{lines.text(chr(10).join(line for line in description if line))}",
        f"LAST-MODIFIED:{modified}",
        f"STATUS:{'TENTATIVE' if milestone.is_fuzzy else 'CONFIRMED'}",
    ]
    if milestone.due_at is None:
        event.append("TRANSP:TRANSPARENT")
    event.append(f"URL:{about.url}")
    if offsets and not milestone.is_done and not milestone.is_fuzzy:
        for offset in offsets:
            amount = dt.timedelta(hours=offset.amount) if offset.unit == "hours" else dt.timedelta(days=offset.amount)
            event += [
                "BEGIN:VALARM",
                "ACTION:DISPLAY",
                f"DESCRIPTION:{lines.text(f'締切まで{offset.label()}: {milestone.label}')}",
                f"TRIGGER:{lines.duration(-amount)}",
                "END:VALARM",
            ]
    event.append("END:VEVENT")
    return event


@lru_cache(maxsize=8)
def timezone_block(tzid: str) -> bytes:
    """The zone's VTIMEZONE as icalendar writes it: the same for the life of the process, and costly to work out."""
    return Timezone.from_tzid(tzid).to_ical()


def build_calendar(name: str, milestones, offsets=()) -> bytes:
    """The calendar's head from icalendar, then the events written directly (see content_lines)."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    # Durations, not text: an X- property added as a timedelta would be written as "1:00:00".
    calendar["REFRESH-INTERVAL"] = vDuration(TTL)
    calendar["REFRESH-INTERVAL"].params["VALUE"] = "DURATION"
    calendar["X-PUBLISHED-TTL"] = vDuration(TTL)
    head = calendar.to_ical()
    assert head.endswith(END)
    notices: dict[int, NoticeText] = {}
    with translation.override(settings.LANGUAGE_CODE):  # feeds speak the site's language, not the client's
        events = []
        for milestone in milestones:
            if milestone.notice_id not in notices:
                notices[milestone.notice_id] = NoticeText.of(milestone.notice)
            events.append(lines.join(event_lines(milestone, offsets, notices[milestone.notice_id])))
    return head[: -len(END)] + timezone_block(settings.TIME_ZONE) + b"".join(events) + END
