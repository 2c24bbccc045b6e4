"""Sending: a claimed row is built, handed to SMTP and its outcome recorded (claim → build → SMTP →
record), on one path for reminders and digests alike (``send_pending``); what differs between them,
their rows and their mails, is an ``Outgoing`` (``REMINDERS`` here, ``digests.DIGESTS``). A refused
address is told to the leads.

- Each row is marked sent the moment its mail is handed over, so a crash repeats at most the one mail
  in flight (the crash window; the deterministic Message-ID lets mail clients collapse it).
- Of a person's reminders of one milestone whose time has come, only the latest is sent (catch-up).
- A failure is retried with a backoff while that is before the row's deadline (tenders.lease).
"""

from __future__ import annotations

import datetime as dt
import logging
import smtplib
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.utils import timezone

from tenders import lease
from tenders.models import Milestone
from tenders.reminders import email
from tenders.reminders.models import REMINDER_KINDS, Delivery, DigestDelivery, Leased
from tenders.reminders.plan import milestone_due

log = logging.getLogger("tenders.reminders.sweep")  # one log for everything a sweep does


@dataclass
class SweepReport:
    lines: list[str] = field(default_factory=list)
    sent: int = 0
    failed: int = 0
    retrying: int = 0  # of the failed, those tried again later

    @property
    def ok(self) -> bool:
        return self.failed == 0

    def say(self, line: str) -> None:
        self.lines.append(line)
        log.info(line)

    def failure_summary(self) -> str:
        """What became of the mails that failed: retried, or not (a refused address is not)."""
        summary = f"{self.failed} 通が送れませんでした。"
        if self.retrying:
            summary += f"{self.retrying} 通は一時的なエラーのため、期限まで自動で再送します。"
        if self.failed - self.retrying:
            summary += f"{self.failed - self.retrying} 通は再送しません（受け取りを拒否された宛先は、チームのリーダーにメールで知らせます）。"
        return summary


def skip_caught_up(now: dt.datetime) -> int:
    """The catch-up rule: of a person's reminders of one milestone whose time has come, only the
    latest is sent (after downtime, 「締切まで1日」 and not also 7 and 3 days); the earlier are skipped."""
    # Among the rows whose try is due (the partial index of due rows); a row waiting to be retried is
    # left to its retry.
    due = Delivery.objects.filter(
        status=Delivery.Status.PENDING, next_attempt_at__lte=now, kind__in=REMINDER_KINDS, send_at__lte=now
    )
    latest, earlier = {}, []
    for pk, milestone_id, recipient_id in due.order_by("-send_at", "-pk").values_list("pk", "milestone_id", "recipient_id"):
        if (milestone_id, recipient_id) in latest:
            earlier.append(pk)
        else:
            latest[(milestone_id, recipient_id)] = pk
    if earlier:
        Delivery.objects.filter(pk__in=earlier, status=Delivery.Status.PENDING).update(
            status=Delivery.Status.SKIPPED, last_error="後の時点のリマインダーの時刻が来ていたため、そちらだけを送りました。"
        )
    return len(earlier)


def build_message(delivery: Delivery, now: dt.datetime, shared: dict | None = None):
    if delivery.kind == Delivery.Kind.CHANGE:
        return email.change_message(delivery, delivery.change)
    if delivery.kind == Delivery.Kind.BOUNCE:  # of a refused reminder, or of a refused digest
        return email.bounce_message(delivery, delivery.failed_digest or delivery.failed_delivery)
    return email.reminder_message(delivery, now, shared)


def classify(error: Exception) -> tuple[bool, bool]:
    """(permanent for this recipient, the server as a whole is unreachable)."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _ in error.recipients.values()]
        return all(code >= 500 for code in codes), False
    if isinstance(error, smtplib.SMTPDataError):
        return error.smtp_code >= 500, False
    if isinstance(error, smtplib.SMTPResponseException):
        return False, True  # sender refused, authentication…: the server or our settings, not the address
    return False, True  # disconnected, refused, timed out


def error_text(error: Exception) -> str:
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return "; ".join(
            f"{addr}: {code} {msg.decode(errors='replace') if isinstance(msg, bytes) else msg}"
            for addr, (code, msg) in error.recipients.items()
        )
    if isinstance(error, smtplib.SMTPResponseException):
        message = error.smtp_error.decode(errors="replace") if isinstance(error.smtp_error, bytes) else str(error.smtp_error)
        return f"{error.smtp_code} {message}"
    return f"{type(error).__name__}: {error}"


def describe(delivery: Delivery) -> str:
    return f"{delivery.get_kind_display()} {delivery.subject} 「{delivery.milestone.label}」 → {delivery.recipient.email}"


@dataclass
class Mail:
    """A claimed row's mail, ready to build: what the report calls it, the milestone a refusal is told
    of to the leads, how it is built (a failure there is our bug: never retried) and what its row
    records once it is sent."""

    what: str
    about: Milestone
    build: Callable[[], EmailMessage]
    sent: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Outgoing:
    """What differs between reminders and digests on the one send path (``send_pending``): their rows'
    model, what a chunk of rows loads with them, a row's mail (None: nothing to send, the row is closed
    as empty), its name in the report and the moment it is not sent after."""

    model: type[Leased]
    shows: tuple[str, ...]  # select_related
    shows_many: tuple[str, ...]  # prefetch_related
    mail: Callable[[Leased, dt.datetime, dict], Mail | None]  # the row, now, what the chunk's mails share
    describe: Callable[[Leased], str]
    deadline: str  # 「{deadline}を過ぎたため送りません」


def reminder_mail(delivery: Delivery, now: dt.datetime, shared: dict | None = None) -> Mail:
    return Mail(describe(delivery), delivery.milestone, lambda: build_message(delivery, now, shared))


REMINDERS = Outgoing(
    model=Delivery,
    shows=(  # all a mail shows: the milestone, its notice and team, the recipient, what it tells of
        "milestone__notice__team",
        "recipient__profile",
        "change__changed_by__profile",
        "failed_delivery__recipient__profile",
        "failed_digest__recipient__profile",
    ),
    shows_many=("milestone__notice__milestones",),  # the notice's “coming” list
    mail=reminder_mail,
    describe=describe,
    deadline="期限",
)


def send_due(
    now: dt.datetime, report: SweepReport, *, until: float | None = None, connection=None, limit: int | None = None
) -> bool:
    """Send the reminders that are due until none is left or ``until`` has passed; see ``send_pending``."""
    return send_pending(REMINDERS, now, report, until=until, connection=connection, limit=limit)


def send_pending(
    outgoing: Outgoing,
    now: dt.datetime,
    report: SweepReport,
    *,
    until: float | None = None,
    connection=None,
    limit: int | None = None,
) -> bool:
    """The one send loop, for reminders and digests alike: the rows whose time has come are claimed a
    chunk at a time (``lease.claim_due``: several sweeps at once get disjoint chunks), until none is
    left or ``until`` (a ``time.monotonic()`` moment: the sweep's time budget) has passed, and sent one
    by one over one SMTP connection (``send_one``), each marked sent as soon as its mail is handed
    over, so a crash repeats at most the one mail in flight. ``limit``: at most that many rows. False
    when it stopped early (out of time, or the mail server is away)."""
    until = time.monotonic() + settings.REMINDER_SWEEP_SECONDS if until is None else until
    own_connection = connection is None
    connection = connection or get_connection()
    left = limit
    try:
        with lease.unflushed_commits():
            return send_chunks(outgoing, now, report, until, connection, left)
    finally:
        if own_connection:
            try:
                connection.close()
            except Exception:  # noqa: BLE001
                pass


def send_chunks(outgoing: Outgoing, now, report: SweepReport, until: float, connection, left: int | None) -> bool:
    """``send_pending``'s loop: claim a chunk, send it, until none is left, ``left`` rows were claimed or ``until``."""
    while left is None or left > 0:
        if time.monotonic() > until:
            return False
        pks = lease.claim_due(outgoing.model, now, lease.CHUNK if left is None else min(lease.CHUNK, left))
        if not pks:
            return True
        if left is not None:
            left -= len(pks)
        chunk = Chunk(outgoing, now, loaded(outgoing, pks))
        if not lease.work_claimed(
            outgoing.model, chunk.rows, lambda row, chunk=chunk: send_one(chunk, row, connection, report), until
        ):
            return False
    return True  # as many as asked


def loaded(outgoing: Outgoing, pks: list[int]) -> list:
    """The claimed rows, in order, with what their mails show. Gone rows are left out."""
    rows = (
        outgoing.model.objects.filter(pk__in=pks).select_related(*outgoing.shows).prefetch_related(*outgoing.shows_many).in_bulk()
    )
    return [rows[pk] for pk in pks if pk in rows]


@dataclass
class Chunk:
    """One claimed chunk: its rows and what their mails share, built once for the chunk (``shared``:
    a notice's “coming” list per language and zone, read by tenders.reminders.email)."""

    outgoing: Outgoing
    now: dt.datetime
    rows: list
    shared: dict = field(default_factory=dict)


def send_one(chunk: Chunk, row: Leased, connection, report: SweepReport) -> bool:
    """One claimed row's steps: expired → built → handed to SMTP → marked sent at once, or retried or
    failed (the try counted with its outcome). False when the mail server as a whole is unreachable."""
    outgoing, now = chunk.outgoing, chunk.now
    if lease.expired(row):
        report.say(f"期限切れ {outgoing.describe(row)}（{outgoing.deadline}を過ぎたため送りません）")
        return True
    mail = outgoing.mail(row, now, chunk.shared)
    if mail is None:
        lease.close(row, outgoing.model.Status.EMPTY)
        return True
    try:
        message = mail.build()
    except Exception as error:  # noqa: BLE001 — a row we cannot render is our bug: never retried
        log.exception("%s %s could not be built", outgoing.model.__name__, row.pk)
        fail(row, mail.what, error, permanent=True, about=mail.about, now=now, report=report)
        return True
    try:
        connection.open()  # once: a connection opened here stays open for the next mail
        message.connection = connection
        message.send()
    except Exception as error:  # noqa: BLE001 — every SMTP failure is recorded on its row
        permanent, server_down = classify(error)
        fail(row, mail.what, error, permanent=permanent, about=mail.about, now=now, report=report)
        return not server_down
    lease.record_try(row, outgoing.model.Status.SENT, sent_at=timezone.now(), last_error="", **mail.sent)
    report.sent += 1
    report.say(f"送信 {mail.what}")
    return True


def fail(row, what: str, error: Exception, *, permanent: bool, about: Milestone, now: dt.datetime, report: SweepReport) -> None:
    """One path for every failed mail: recorded on its row, retried while that can be before its
    deadline, logged, counted, and a refused address mailed to the leads."""
    retrying = lease.retry_or_fail(row, error_text(error)[:2000], permanent=permanent)
    if permanent and not (isinstance(row, Delivery) and row.kind == Delivery.Kind.BOUNCE):
        notify_leads(row, about, now)
    report.failed += 1
    report.retrying += retrying
    report.say(f"失敗 {what}: {error_text(error)}{'（再送します）' if retrying else '（再送しません）'}")


def notify_leads(failed, about: Milestone, now: dt.datetime) -> None:
    """A rejected address is mailed to the leads of the team of the milestone the mail was about (once
    per failed mail): a reminder's milestone, or a digest's first."""
    about_failed = {"failed_digest": failed} if isinstance(failed, DigestDelivery) else {"failed_delivery": failed}
    due = failed.due if isinstance(failed, Delivery) else milestone_due(about)
    leads = about.notice.team.leads().filter(is_active=True).exclude(email="").exclude(pk=failed.recipient_id)
    Delivery.objects.bulk_create(
        [
            Delivery(
                milestone=about,
                recipient=lead,
                kind=Delivery.Kind.BOUNCE,
                **about_failed,
                due=due,
                send_at=now,
                expires_at=now + dt.timedelta(days=1),
                next_attempt_at=now,
            )
            for lead in leads
        ],
        ignore_conflicts=True,
    )
