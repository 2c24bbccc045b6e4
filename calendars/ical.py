"""Milestones as RFC 5545 calendar data, in the habits real calendar apps expect.

- UID from the milestone's identity and the installation's host (tenders.uids; never changes);
  SEQUENCE = the milestone's ical_sequence; CATEGORIES = its kind.
- A timed deadline is a short event at its time in Asia/Tokyo; a bare date is an all-day event;
  上旬/中旬/下旬 and a month are all-day spans over their days, tentative and transparent (and
  tentative for Outlook too, X-MICROSOFT-CDO-BUSYSTATUS).
- Alarms ring when the reminder mail is sent (tenders.moments): business days counted as business
  days and a date-only deadline counted back from its team's deadline time, as an absolute
  TRIGGER where a duration before DTSTART cannot say it.
- Text goes in as one clean line per item (no control characters: RFC 5545 forbids them, and a
  reader splitting on U+2028 and the like would see forged lines).
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
from tenders.due_text import format_due
from tenders.models import Milestone, MilestoneChange, Notice, staff_name
from tenders.moments import reminder_moments
from tenders.text.cleaning import clean_line
from tenders.uids import CALENDAR_PRODID, milestone_uid

TTL = dt.timedelta(hours=1)
TIMED_LENGTH = dt.timedelta(minutes=30)
END = b"END:VCALENDAR\r\n"
KIND_TAGS = {
    "published": "公告",
    "question": "質問",
    "answer": "回答",
    "application": "申込",
    "submission": "提出",
    "hearing": "審査",
    "result": "結果",
    "contract": "契約",
    "other": "予定",
}


# What an event shows of a milestone; the rest (its source excerpt…) is left in the database.
EVENT_FIELDS = (
    "notice",
    "kind",
    "label",
    "precision",
    "starts_on",
    "ends_on",
    "due_at",
    "done_at",
    "delivery_note",
    "ical_sequence",
    "updated_at",
)


def for_events(milestones) -> list:
    """The milestones with what their events show: each notice, with its owner and team, read once
    (not once per milestone), and each milestone's latest date change, from one query of its own.

    The changes are not prefetched through the milestones' related managers: that sets up a manager and
    a queryset on every milestone, a third of the time of building a large feed.
    """
    notices = Notice.objects.only(
        "title",
        "issuer",
        "status",
        "updated_at",
        "owner",
        "team__deadline_time",
        "team__reminder_offsets",
        "team__actionable_kinds",
    ).select_related("owner__profile", "team")
    shown = list(milestones.only(*EVENT_FIELDS).prefetch_related(Prefetch("notice", queryset=notices)))
    latest = {}
    changes = MilestoneChange.objects.filter(milestone__in=milestones.values("pk")).only(
        "milestone_id", "changed_at", "old_precision", "old_date", "old_time", "reason"
    )
    for change in changes.order_by("milestone_id", "-changed_at", "-pk"):  # newest first, as the model keeps them
        latest.setdefault(change.milestone_id, change)
    for milestone in shown:
        milestone.latest_date_change = latest.get(milestone.pk)
    return shown


def uid(milestone) -> str:
    return milestone_uid(milestone.pk)


def latest_change(milestone) -> MilestoneChange | None:
    """The milestone's last date change (changes are kept newest first): what for_events read, or
    asked of the database for a milestone read otherwise."""
    if hasattr(milestone, "latest_date_change"):
        return milestone.latest_date_change
    return milestone.changes.first()


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
                f"発注機関: {clean_line(notice.issuer)}" if notice.issuer else "",
                f"担当: {clean_line(staff_name(notice.owner))}",
                f"案件の状況: {Notice.Status(notice.status).label}",  # get_status_display() costs more, per call
            ),
        )


def event_lines(
    milestone, offsets=(), about: NoticeText | None = None, change: MilestoneChange | None = None, *, alarms: bool = False
) -> list[str]:
    """One VEVENT as content lines (properties in icalendar's order, so the text is icalendar's).

    With ``alarms``, one alarm per reminder offset (``offsets``) at the moment its mail is sent.
    """
    notice = milestone.notice
    about = about or NoticeText.of(notice)
    modified = lines.utc(max(milestone.updated_at, notice.updated_at))
    done = "✔ " if milestone.is_done else ""
    label = clean_line(milestone.label)
    summary = f"{done}[{KIND_TAGS.get(milestone.kind, '予定')}] {label} — {clean_line(notice.title)}"
    if milestone.is_fuzzy:
        summary += f"（{format_due(milestone.precision, milestone.starts_on, year=False)}）"
    description = [f"期限: {milestone.due_display()}"]
    if change is not None:
        description.append(f"日程変更: 変更前 {change.old_display()}")
        if clean_line(change.reason):
            description.append(f"変更の理由: {clean_line(change.reason)}")
    if milestone.delivery_note:
        description.append(f"提出方法: {clean_line(milestone.delivery_note)}")
    description += [*about.lines, "完了済み" if milestone.is_done else "", about.url]
    if milestone.due_at is not None:
        start = timezone.localtime(milestone.due_at, ZoneInfo(settings.TIME_ZONE))
        when = [
            f"DTSTART;TZID={settings.TIME_ZONE}:{lines.local_time(start)}",
            f"DTEND;TZID={settings.TIME_ZONE}:{lines.local_time(start + TIMED_LENGTH)}",
        ]
    else:
        when = [
            f"DTSTART;VALUE=DATE:{lines.date(milestone.starts_on)}",
            f"DTEND;VALUE=DATE:{lines.date(milestone.ends_on + dt.timedelta(days=1))}",
        ]  # exclusive end
    event = [
        "BEGIN:VEVENT",
        f"SUMMARY:{lines.text(summary)}",
        *when,
        f"DTSTAMP:{modified}",
        f"UID:{lines.text(uid(milestone))}",
        f"SEQUENCE:{milestone.ical_sequence}",
        f"CATEGORIES:{lines.text(str(Milestone.Kind(milestone.kind).label))}",
        f"DESCRIPTION:{lines.text(chr(10).join(line for line in description if line))}",
        f"LAST-MODIFIED:{modified}",
        f"STATUS:{'TENTATIVE' if milestone.is_fuzzy else 'CONFIRMED'}",
    ]
    if milestone.due_at is None:
        event.append("TRANSP:TRANSPARENT")
    event.append(f"URL:{about.url}")
    busy = "TENTATIVE" if milestone.is_fuzzy else ("BUSY" if milestone.due_at is not None else "FREE")
    event.append(f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}")
    if alarms and not milestone.is_done:
        event += alarm_lines(milestone, offsets, label)
    event.append("END:VEVENT")
    return event


def alarm_lines(milestone, offsets, label: str) -> list[str]:
    """Alarms at the moments the reminder mail goes out (tenders.moments, as the reminders use it).

    Relative to DTSTART where a duration says it exactly (days or hours before a timed deadline);
    otherwise the moment itself in UTC: business days, and a date-only deadline, which is due at its
    team's deadline time while its all-day event starts at midnight. A 上旬/中旬/下旬 or month
    milestone gets its one "confirm the date" alarm on the window's first business day. The issuer's
    steps (kinds the team does not act on) get none, as they get no mail.
    """
    alarms = []
    for moment in reminder_moments(milestone, ZoneInfo(settings.TIME_ZONE), offsets):
        if moment.offset is not None and milestone.due_at is not None and moment.offset.unit != "business_days":
            trigger = f"TRIGGER:{lines.duration(moment.send_at - moment.due)}"
        else:
            trigger = f"TRIGGER;VALUE=DATE-TIME:{lines.utc(moment.send_at)}"
        text = f"日程確認: {label}" if moment.offset is None else f"締切まで{moment.offset.label()}: {label}"
        alarms += _alarm(text, trigger)
    return alarms


def _alarm(text: str, trigger: str) -> list[str]:
    return ["BEGIN:VALARM", "ACTION:DISPLAY", f"DESCRIPTION:{lines.text(text)}", trigger, "END:VALARM"]


@lru_cache(maxsize=8)
def timezone_block(tzid: str) -> bytes:
    """The zone's VTIMEZONE as icalendar writes it: the same for the life of the process, and costly to work out."""
    return Timezone.from_tzid(tzid).to_ical()


def build_calendar(name: str | None, milestones, *, alarms: bool = False) -> bytes:
    """The calendar's head from icalendar, then the events written directly (see content_lines).

    A subscription (``name`` given) is named and says how often to poll; a one-off download
    (``name`` None) is neither. With ``alarms``, each event's alarms follow its notice's team
    (offsets and deadline time), as its reminder mail does.
    """
    calendar = Calendar()
    calendar.add("prodid", CALENDAR_PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    if name is not None:
        calendar.add("x-wr-calname", clean_line(name))
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    if name is not None:
        # Durations, not text: an X- property added as a timedelta would be written as "1:00:00".
        calendar["REFRESH-INTERVAL"] = vDuration(TTL)
        calendar["REFRESH-INTERVAL"].params["VALUE"] = "DURATION"
        calendar["X-PUBLISHED-TTL"] = vDuration(TTL)
    head = calendar.to_ical()
    assert head.endswith(END)
    notices: dict[int, tuple[NoticeText, list]] = {}
    with translation.override(settings.LANGUAGE_CODE):  # feeds speak the site's language, not the client's
        events = []
        for milestone in milestones:
            if milestone.notice_id not in notices:
                notice = milestone.notice
                notices[milestone.notice_id] = (NoticeText.of(notice), notice.team.offsets() if alarms else [])
            about, offsets = notices[milestone.notice_id]
            events.append(lines.join(event_lines(milestone, offsets, about, latest_change(milestone), alarms=alarms)))
    return head[: -len(END)] + timezone_block(settings.TIME_ZONE) + b"".join(events) + END
