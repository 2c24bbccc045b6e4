"""Reminder emails: Japanese by default, English for English-language staff; text and HTML.

As mail clients read them: the Date in the site's zone (+0900), a Japanese subject whose first
encoded word is on the Subject line, a digest that can be turned off in one click (RFC 8058), and a
date change that carries the updated calendar event.
"""

from __future__ import annotations

import base64
import datetime as dt
import secrets
import sys
from email import utils as email_utils
from email.mime.text import MIMEText
from email.policy import Compat32

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar, Event

from tenders.due_text import format_due, format_left
from tenders.models import staff_name
from tenders.offsets import parse_offset
from tenders.text.cleaning import clean_line
from tenders.uids import CALENDAR_PRODID, milestone_uid

HEADERS = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}
UNSUBSCRIBE_SALT = "shimekiri.reminders.digest-unsubscribe"
WORD_OCTETS = 42  # text per RFC 2047 encoded word: "Subject: " and one word stay within 78 characters


class EncodedSubject:
    """A non-ASCII subject as RFC 2047 encoded words, the first on the Subject line itself.

    Python's compat32 folding, which Django's messages use, puts a long first word on a line of its
    own, leaving "Subject:" empty, and some clients show that as a subject starting with a blank.
    """

    def __init__(self, text: str):
        self.text = text

    def __str__(self):
        return self.text

    def words(self) -> list[str]:
        chunks, current = [], b""
        for character in self.text:
            octets = character.encode()
            if len(current) + len(octets) > WORD_OCTETS:
                chunks.append(current)
                current = b""
            current += octets
        chunks.append(current)
        return [f"=?utf-8?b?{base64.b64encode(chunk).decode('ascii')}?=" for chunk in chunks if chunk]

    def encode(self, linesep: str = "\n", maxlinelen: int | None = None, **_) -> str:  # as email.header.Header does
        return (linesep + " ").join(self.words())


class Unfolded:
    """A header value written as it is: an address longer than a line (List-Unsubscribe) has no
    place to fold, and compat32 would move it whole to a line of its own, after an empty one."""

    def __init__(self, text: str):
        self.text = text

    def __str__(self):
        return self.text

    def encode(self, linesep: str = "\n", maxlinelen: int | None = None, **_) -> str:
        return self.text


class ShortHeadersAsTheyAre(Compat32):
    """compat32, the policy of Django's messages, writing a header whose value is printable ASCII and
    fits on its line as it is: what compat32's folding makes of it too (it splits and joins the value
    again, the most costly step of writing a reminder's bytes), without the work."""

    def _fold(self, name, value, sanitize):
        if (
            isinstance(value, str)
            and value.isascii()
            and value.isprintable()
            and len(name) + 2 + len(value) <= (self.max_line_length or 0)
        ):
            return f"{name}: {value}{self.linesep}"
        return super()._fold(name, value, sanitize)


SHORT_HEADERS_AS_THEY_ARE = ShortHeadersAsTheyAre()


def boundary() -> str:
    """A MIME boundary as the email package makes one, from a number nobody can foresee. Set before the
    message is written, it spares the email package its search of the text for the boundary it would
    make (a regular expression compiled anew for every mail); text cannot hold a number nobody knows."""
    return f"{'=' * 15}{secrets.randbelow(sys.maxsize):019d}=="


class Mail(EmailMultiAlternatives):
    def message(self, **kwargs):
        subject = self.subject
        encoded = not subject.isascii()  # in base64 words: no line break can reach the header
        if encoded:
            self.subject = ""  # else Django encodes it its own way first, the costliest header, to be replaced
        try:
            message = super().message(**kwargs)
        finally:
            self.subject = subject
        message.policy = SHORT_HEADERS_AS_THEY_ARE  # its parts are written with it too
        for part in message.walk():
            if part.is_multipart():
                part.set_boundary(boundary())
        if encoded:
            message.replace_header("Subject", EncodedSubject(subject))
        if "List-Unsubscribe" in message:
            message.replace_header("List-Unsubscribe", Unfolded(str(message["List-Unsubscribe"])))
        return message


def language_of(user) -> str:
    profile = getattr(user, "profile", None)
    return profile.language if profile else settings.LANGUAGE_CODE


def zone_of(user):
    profile = getattr(user, "profile", None)
    return profile.zone if profile else timezone.get_default_timezone()


def due_text(milestone, user, *, year: bool = False) -> str:
    """The due moment in the recipient's zone and language: 「4月15日（水）16:30」."""
    language = language_of(user)
    if milestone.due_at is not None:
        local = timezone.localtime(milestone.due_at, zone_of(user))
        return format_due("datetime", local.date(), local.time(), language=language, year=year)
    return format_due(milestone.precision, milestone.starts_on, language=language, year=year)


def absolute(path: str) -> str:
    return settings.SITE_URL + path


def message_id(*parts) -> str:
    """Deterministic: the same mail about the same thing gets the same id, so clients collapse a duplicate."""
    host = settings.SITE_HOST or "shimekiri"
    return "<shimekiri." + ".".join(str(p).replace(":", "-") for p in parts) + f"@{host}>"


def delivery_message_id(delivery) -> str:
    """Per (milestone, recipient, offset, due moment)."""
    return message_id(delivery.milestone_id, delivery.recipient_id, delivery.subject, int(delivery.due.timestamp()))


def milestone_context(milestone) -> dict:
    return {
        "milestone": milestone,
        "notice": milestone.notice,
        "notice_url": absolute(reverse("tenders:notice_detail", args=[milestone.notice_id])),
    }


def title_join(label: str, title: str) -> str:
    return f"{label} —{title}" if title.startswith("「") else f"{label} — {title}"


def _message(
    user, subject: str, template: str, context: dict, message_id: str, headers: dict | None = None
) -> EmailMultiAlternatives:
    language = language_of(user)
    context = {**context, "recipient_name": staff_name(user), "site_url": settings.SITE_URL}
    text = render_to_string(f"reminders/email/{template}.{language}.txt", context)
    html = render_to_string(f"reminders/email/{template}.{language}.html", context)
    date = email_utils.format_datetime(timezone.localtime(timezone.now(), timezone.get_default_timezone()))  # +0900, not -0000
    message = Mail(
        subject=" ".join(subject.split()),  # no line breaks in a header
        body=text,
        to=[user.email],
        headers={**HEADERS, "Message-ID": message_id, "Date": date, **(headers or {})},
    )
    message.attach_alternative(html, "text/html")
    return message


def coming_milestones(milestone, user, now: dt.datetime, shared: dict | None = None):
    """The notice's other open milestones from today on, as (due text, label).

    Read from ``notice.milestones.all()`` (in due order), which the sweep prefetches per chunk. The
    notice's list is built once per chunk for each language and zone (``shared``: the chunk's) and
    each mail leaves out its own milestone.
    """
    zone, language = zone_of(user), language_of(user)
    today = timezone.localtime(now, zone).date()
    key = ("coming", milestone.notice_id, str(zone), language, today)
    listed = shared.get(key) if shared is not None else None
    if listed is None:
        listed = [
            (m.pk, due_text(m, user), m.label)
            for m in milestone.notice.milestones.all()
            if m.done_at is None and m.ends_on >= today
        ]
        if shared is not None:
            shared[key] = listed
    return [(due, label) for pk, due, label in listed if pk != milestone.pk][:10]


def reminder_message(delivery, now: dt.datetime, shared: dict | None = None) -> EmailMultiAlternatives:
    milestone, user = delivery.milestone, delivery.recipient
    notice = milestone.notice
    language = language_of(user)
    context = {
        **milestone_context(milestone),
        "due": due_text(milestone, user, year=True),
        "left": format_left(delivery.due - now, language),
        "timed": milestone.due_at is not None,
        "deadline_time": notice.team.deadline_time,
        "coming": coming_milestones(milestone, user, now, shared),
        "done_url": absolute(reverse("tenders:milestone_done", args=[milestone.pk])),
    }
    if delivery.kind == delivery.Kind.WINDOW:
        if language == "en":
            subject = f"[Expected {due_text(milestone, user)}: confirm the date] " + title_join(milestone.label, notice.title)
        else:
            subject = "【日程確認】" + title_join(f"{milestone.label}は{due_text(milestone, user)}", notice.title)
        return _message(user, subject, "window", context, delivery_message_id(delivery))
    offset = parse_offset(delivery.code)
    context["offset"] = offset.label(language)
    if language == "en":
        subject = f"[{offset.label('en')} left] " + title_join(milestone.label, notice.title)
    else:
        subject = f"【締切まで{offset.label('ja')}】" + title_join(milestone.label, notice.title)
    return _message(user, subject, "reminder", context, delivery_message_id(delivery))


def change_message(delivery, change) -> EmailMultiAlternatives:
    milestone, user = delivery.milestone, delivery.recipient
    language = language_of(user)
    context = {
        **milestone_context(milestone),
        "old": change.old_display(language),
        "new": change.new_display(language),
        "reason": change.reason,
        "changed_by": staff_name(change.changed_by) if change.changed_by else "",
    }
    if language == "en":
        subject = "[Date changed] " + title_join(
            f"{milestone.label}: {context['old']} → {context['new']}", milestone.notice.title
        )
    else:
        subject = "【日程変更】" + title_join(f"{milestone.label}：{context['old']} → {context['new']}", milestone.notice.title)
    message = _message(user, subject, "change", context, delivery_message_id(delivery))
    message.attach(calendar_attachment(milestone, change))
    return message


def calendar_attachment(milestone, change) -> MIMEText:
    """The milestone's updated event as an .ics (METHOD:PUBLISH, the feeds' UID and SEQUENCE), so a
    calendar that imports it moves the event the feeds show instead of adding a second one."""
    zone = timezone.get_default_timezone()
    calendar = Calendar()
    calendar.add("prodid", CALENDAR_PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    event = Event()
    event.add("uid", milestone_uid(milestone.pk))
    event.add("sequence", milestone.ical_sequence)
    event.add("dtstamp", timezone.now().astimezone(dt.timezone.utc))
    event.add("summary", f"{clean_line(milestone.label)} — {clean_line(milestone.notice.title)}")
    if milestone.due_at is not None:
        start = timezone.localtime(milestone.due_at, zone)
        event.add("dtstart", start)
        event.add("dtend", start + dt.timedelta(minutes=30))
    else:
        event.add("dtstart", milestone.starts_on)
        event.add("dtend", milestone.ends_on + dt.timedelta(days=1))  # exclusive
        event.add("transp", "TRANSPARENT")
    event.add("status", "TENTATIVE" if milestone.is_fuzzy else "CONFIRMED")
    lines = [f"期限: {milestone.due_display()}", f"日程変更: 変更前 {change.old_display()}"]
    if clean_line(change.reason):
        lines.append(f"変更の理由: {clean_line(change.reason)}")
    url = absolute(reverse("tenders:notice_detail", args=[milestone.notice_id]))
    event.add("description", "\n".join([*lines, url]))
    event.add("url", url)
    calendar.add_component(event)
    part = MIMEText(calendar.to_ical().decode(), "calendar", "utf-8")
    part.set_param("method", "PUBLISH")
    part.add_header("Content-Disposition", "attachment", filename=f"milestone-{milestone.pk}.ics")
    return part


def bounce_message(delivery, failed) -> EmailMultiAlternatives:
    milestone, user = delivery.milestone, delivery.recipient
    context = {
        **milestone_context(milestone),
        "failed_to": failed.recipient.email,
        "failed_name": staff_name(failed.recipient),
        "error": failed.last_error,
        "due": due_text(milestone, user, year=True),
    }
    if language_of(user) == "en":
        subject = f"[Reminder not delivered] {failed.recipient.email}: " + title_join(milestone.label, milestone.notice.title)
    else:
        subject = f"【リマインダー配信失敗】{failed.recipient.email} 宛：" + title_join(milestone.label, milestone.notice.title)
    return _message(user, subject, "bounce", context, delivery_message_id(delivery))


def digest_message(user, day: dt.date, overdue, coming) -> EmailMultiAlternatives:
    language = language_of(user)

    def rows(milestones):
        return [
            {
                "due": due_text(m, user),
                "label": m.label,
                "notice": m.notice.title,
                "note": m.delivery_note,
                "issuer": not m.is_actionable,  # the issuer's step: information
                "url": absolute(reverse("tenders:notice_detail", args=[m.notice_id])),
            }
            for m in milestones
        ]

    unsubscribe_url = digest_unsubscribe_url(user)
    context = {
        "overdue": rows(overdue),
        "coming": rows(coming),
        "day": format_due("date", day, language=language, year=True),
        "dashboard_url": absolute(reverse("tenders:dashboard")),
        "unsubscribe_url": unsubscribe_url,
        "settings_url": absolute(reverse("tenders:preferences")),
    }
    if language == "en":
        subject = f"[Shimekiri] {context['day']}: {len(overdue)} overdue, {len(coming)} due within 7 days"
    else:
        subject = f"【締切まとめ】{context['day']}：期限切れ{len(overdue)}件・7日以内{len(coming)}件"
    headers = {"List-Unsubscribe": f"<{unsubscribe_url}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}
    return _message(user, subject, "digest", context, message_id("digest", user.pk, f"{day:%Y%m%d}"), headers)


def digest_unsubscribe_url(user) -> str:
    """Where one POST (RFC 8058 one-click, or the button on the page a GET shows) turns this person's
    digest off, without signing in: the address carries a signed token naming them."""
    token = signing.dumps(user.pk, salt=UNSUBSCRIBE_SALT)
    return absolute(reverse("reminders:digest_unsubscribe", args=[token]))


def digest_unsubscriber(token: str) -> int | None:
    """The person a digest_unsubscribe_url token names, or None when it was not signed here."""
    try:
        return int(signing.loads(token, salt=UNSUBSCRIBE_SALT))
    except (signing.BadSignature, TypeError, ValueError):
        return None


def stalled_message(user, last_beat) -> EmailMultiAlternatives:
    language = language_of(user)
    local = timezone.localtime(last_beat, zone_of(user)) if last_beat else None
    context = {"last": format_due("datetime", local.date(), local.time(), language=language) if local else "—"}
    subject = (
        "[Shimekiri] Reminders are not being sent" if language == "en" else "【要確認】締切リマインダーの送信が止まっています"
    )
    stamp = int(last_beat.timestamp()) if last_beat else 0
    return _message(user, subject, "stalled", context, message_id("stalled", user.pk, stamp))
