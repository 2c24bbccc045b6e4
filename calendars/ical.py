"""Milestones as RFC 5545 calendar data, in the habits real calendar apps expect.

- UID from the milestone's identity (never changes); SEQUENCE = the milestone's revision.
- A timed deadline is a short event at its time in Asia/Tokyo; a bare date is an all-day event;
  上旬/中旬/下旬 and a month are all-day spans over their days, tentative and transparent.
- Done milestones stay, marked ✔; notices that are no longer active drop out (the caller selects).
"""

import datetime as dt
from zoneinfo import ZoneInfo

from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation
from icalendar import Calendar, Timezone, vDuration

from calendars import content_lines as lines
from tenders.models import staff_name
from tenders.schedule import format_due

PRODID = "-//Shimekiri//Shimekiri 締切//JA"
TTL = dt.timedelta(hours=1)
TIMED_LENGTH = dt.timedelta(minutes=30)
END = b"END:VCALENDAR\r\n"
KIND_TAGS = {
    "published": "公告", "question": "質問", "answer": "回答", "application": "申込", "submission": "提出",
    "hearing": "審査", "result": "結果", "contract": "契約", "other": "予定",
}


def uid(milestone) -> str:
    return f"milestone-{milestone.pk}@shimekiri"


def event_lines(milestone, offsets=()) -> list[str]:
    """One VEVENT as content lines (properties in icalendar's order, so the text is icalendar's)."""
    notice = milestone.notice
    modified = lines.utc(max(milestone.updated_at, notice.updated_at))
    done = "✔ " if milestone.is_done else ""
    summary = f"{done}[{KIND_TAGS.get(milestone.kind, '予定')}] {milestone.label} — {notice.title}"
    if milestone.is_fuzzy:
        summary += f"（{format_due(milestone.precision, milestone.starts_on, year=False)}）"
    notice_url = settings.SITE_URL + reverse("tenders:notice_detail", args=[notice.pk])
    description = [f"期限: {milestone.due_display()}"]
    if milestone.delivery_note:
        description.append(f"提出方法: {milestone.delivery_note}")
    description += [
        f"発注機関: {notice.issuer}" if notice.issuer else "",
        f"担当: {staff_name(notice.owner)}",
        f"案件の状況: {notice.get_status_display()}",
        "完了済み" if milestone.is_done else "",
        notice_url,
    ]
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
    event.append(f"URL:{notice_url}")
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
    calendar.add_component(Timezone.from_tzid(settings.TIME_ZONE))
    head = calendar.to_ical()
    assert head.endswith(END)
    with translation.override(settings.LANGUAGE_CODE):  # feeds speak the site's language, not the client's
        events = [lines.join(event_lines(milestone, offsets)) for milestone in milestones]
    return head[: -len(END)] + b"".join(events) + END
