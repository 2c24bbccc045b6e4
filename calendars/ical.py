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
from icalendar import Alarm, Calendar, Event, Timezone, vDuration

from tenders.models import staff_name
from tenders.schedule import format_due

PRODID = "-//Shimekiri//Shimekiri 締切//JA"
TTL = dt.timedelta(hours=1)
TIMED_LENGTH = dt.timedelta(minutes=30)
KIND_TAGS = {
    "published": "公告", "question": "質問", "answer": "回答", "application": "申込", "submission": "提出",
    "hearing": "審査", "result": "結果", "contract": "契約", "other": "予定",
}


def uid(milestone) -> str:
    return f"milestone-{milestone.pk}@shimekiri"


def milestone_event(milestone, offsets=()) -> Event:
    notice = milestone.notice
    event = Event()
    event.add("uid", uid(milestone))
    modified = max(milestone.updated_at, notice.updated_at)
    event.add("dtstamp", modified)
    event.add("last-modified", modified)
    event.add("sequence", milestone.revision)
    done = "✔ " if milestone.is_done else ""
    summary = f"{done}[{KIND_TAGS.get(milestone.kind, '予定')}] {milestone.label} — {notice.title}"
    if milestone.is_fuzzy:
        summary += f"（{format_due(milestone.precision, milestone.starts_on, year=False)}）"
    event.add("summary", summary)
    notice_url = settings.SITE_URL + reverse("tenders:notice_detail", args=[notice.pk])
    lines = [f"期限: {milestone.due_display()}"]
    if milestone.delivery_note:
        lines.append(f"提出方法: {milestone.delivery_note}")
    lines += [
        f"発注機関: {notice.issuer}" if notice.issuer else "",
        f"担当: {staff_name(notice.owner)}",
        f"案件の状況: {notice.get_status_display()}",
        "完了済み" if milestone.is_done else "",
        notice_url,
    ]
    event.add("description", "\n".join(line for line in lines if line))
    event.add("url", notice_url)

    if milestone.due_at is not None:
        start = timezone.localtime(milestone.due_at, ZoneInfo(settings.TIME_ZONE))
        event.add("dtstart", start)
        event.add("dtend", start + TIMED_LENGTH)
    else:
        event.add("dtstart", milestone.starts_on)
        event.add("dtend", milestone.ends_on + dt.timedelta(days=1))  # exclusive end
        event.add("transp", "TRANSPARENT")
    if milestone.is_fuzzy:
        event.add("status", "TENTATIVE")
    else:
        event.add("status", "CONFIRMED")

    if offsets and not milestone.is_done and not milestone.is_fuzzy:
        for offset in offsets:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", f"締切まで{offset.label()}: {milestone.label}")
            amount = dt.timedelta(hours=offset.amount) if offset.unit == "hours" else dt.timedelta(days=offset.amount)
            alarm.add("trigger", -amount)
            event.add_component(alarm)
    return event


def build_calendar(name: str, milestones, offsets=()) -> bytes:
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
    with translation.override(settings.LANGUAGE_CODE):  # feeds speak the site's language, not the client's
        for milestone in milestones:
            calendar.add_component(milestone_event(milestone, offsets))
    return calendar.to_ical()
