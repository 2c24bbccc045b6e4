"""Claiming outgoing rows for one sweep: the one mechanism reminder mails, digests, discovery mails and
chat messages share (rows with status, expires_at, next_attempt_at, claimed_at and attempts).

- A sweep claims its rows (pending → sending) a chunk at a time before any SMTP call, in one
  transaction that skips rows another sweep holds (PostgreSQL: SKIP LOCKED; SQLite: the transaction
  takes the write lock first), and renews the claim on rows it still holds before half the lease.
- An attempt is counted when a row is tried (handed to SMTP, or refused or failed on the way), in
  the same write that records the outcome (``record_try``); rows claimed and not tried (out of
  time, the server went away) are given back as they were, and a try cut short by a killed worker
  leaves no count (its record died with it).
- A row left "sending" by a killed sweep is taken back after the lease (REMINDER_CLAIM_LEASE_SECONDS)
  and sent again: the one crash window. Nothing is sent at or after its ``expires_at`` (the deadline,
  or noon for a digest): such a row is closed as expired instead, however it got there.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import time
from collections.abc import Callable, Iterable
from contextlib import contextmanager

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections, models, router, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tenders import statements

BACKOFF_SECONDS = (60, 120, 300, 600, 1200, 1800)
TIME_BUDGET_SECONDS = 150  # work_through's sending, well inside django-q2's task timeout
CHUNK = 50  # rows claimed at a time: small enough that parallel sweeps share a burst evenly

TAKEN_BACK = "送信中に処理が止まったため、もう一度送ります。"
EXPIRED_PENDING = "期限を過ぎたため送信しませんでした。"
EXPIRED_CLAIMED = "送信中に処理が止まり、期限を過ぎたため送信しませんでした。"


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", _("scheduled")
    SENDING = "sending", _("sending")
    SENT = "sent", _("sent")
    FAILED = "failed", _("failed")
    CANCELLED = "cancelled", _("cancelled")
    EXPIRED = "expired", _("expired (not sent after the deadline)")
    SKIPPED = "skipped", _("skipped (a later reminder was due by then)")


class Leased(models.Model):
    """A row claimed before its SMTP or HTTP call, for one sweep at a time (the functions below): its
    tries, its claim, and the moment after which it is not sent. Reminders, digests, discovery mails."""

    expires_at = models.DateTimeField(_("expires at"), help_text=_("Not sent after this moment (the deadline has passed)."))
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"))
    claimed_at = models.DateTimeField(_("claimed at"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    class Meta:
        abstract = True


def lease() -> dt.timedelta:
    return dt.timedelta(seconds=settings.REMINDER_CLAIM_LEASE_SECONDS)


def expire(model, now: dt.datetime) -> None:
    """Close pending rows whose moment has passed: they are never sent."""
    # A pending row is tried before its moment (next_attempt_at < expires_at), so the rows to close are
    # among those whose try is due: the condition lets the partial index of due rows find them, instead
    # of reading every pending row of the database each minute.
    model.objects.filter(status=model.Status.PENDING, next_attempt_at__lte=now, expires_at__lte=now).update(
        status=model.Status.EXPIRED, last_error=EXPIRED_PENDING
    )


def take_back_stale(model, now: dt.datetime) -> None:
    """Rows a killed sweep left "sending" for longer than the lease: pending again, or expired when
    their moment has passed meanwhile (a 「締切まで3時間」 mail is not sent after the deadline)."""
    stale = model.objects.filter(status=model.Status.SENDING, claimed_at__lt=now - lease())
    stale.filter(expires_at__lte=now).update(status=model.Status.EXPIRED, last_error=EXPIRED_CLAIMED)
    stale.update(status=model.Status.PENDING, next_attempt_at=now, last_error=TAKEN_BACK)


def claim_due(model, now: dt.datetime, size: int = CHUNK) -> list[int]:
    """Claim the next ``size`` rows whose try is due (pending → sending) in one transaction, oldest
    first, skipping rows another sweep holds: the primary keys it got, in order. The sweeps of several
    workers and machines calling this at once get disjoint chunks (PostgreSQL: ``FOR UPDATE SKIP
    LOCKED``; SQLite: the transaction takes the write lock first)."""
    with transaction.atomic():
        mine = list(
            model.objects.filter(status=model.Status.PENDING, next_attempt_at__lte=now, expires_at__gt=now)
            .order_by("next_attempt_at", "pk")
            .select_for_update(skip_locked=True)
            .values_list("pk", flat=True)[:size]
        )
        if mine:
            model.objects.filter(pk__in=mine).update(status=model.Status.SENDING, claimed_at=timezone.now())
    return mine


def claim(model, rows: list, now: dt.datetime) -> list:
    """Claim these pending rows for this sweep (pending → sending) in one transaction: the ones it got.

    Another sweep's rows are skipped, and so are rows whose moment has passed. A claim is not a try:
    the attempt is counted by ``record_try``.
    """
    with transaction.atomic():
        mine = set(
            model.objects.filter(
                pk__in=[row.pk for row in rows], status=model.Status.PENDING, next_attempt_at__lte=now, expires_at__gt=now
            )
            .select_for_update(skip_locked=True)
            .values_list("pk", flat=True)
        )
        model.objects.filter(pk__in=mine).update(status=model.Status.SENDING, claimed_at=timezone.now())
    claimed = [row for row in rows if row.pk in mine]
    for row in claimed:
        row.status = model.Status.SENDING
    return claimed


def renew(model, rows: list) -> None:
    """Keep the claim on rows this sweep still holds, before the lease would let another sweep take them."""
    model.objects.filter(pk__in=[row.pk for row in rows], status=model.Status.SENDING).update(claimed_at=timezone.now())


def release(model, rows: list) -> None:
    """Give back rows this sweep claimed but did not try (out of time, or the server went away): pending
    again, their attempts untouched."""
    if rows:
        model.objects.filter(pk__in=[row.pk for row in rows], status=model.Status.SENDING).update(
            status=model.Status.PENDING, claimed_at=None
        )


def close(row, status: str, **fields) -> bool:
    """Record the outcome of a row this sweep holds (``fields``: plain values); False if it was no
    longer held. The record is committed before the next row is tried, so a killed worker repeats at
    most the one mail in flight."""
    return closed(row, status, fields, counted=False)


def closed(row, status: str, fields: dict, *, counted: bool) -> bool:
    """``close`` and ``record_try``: one UPDATE of the row where it is still held, the try counted in
    it when ``counted``. Written once per model and set of fields (``closing``) and prepared on
    PostgreSQL: the ORM's update took several times the CPU of the round trip itself, and planning
    the statement longer than running it, once per mail (docs/performance.md)."""
    model = type(row)
    connection = connections[router.db_for_write(model)]
    name, query = closing(connection.alias, model, tuple(fields), counted)
    values = {"status": status}
    for field, value in fields.items():
        values[field] = model._meta.get_field(field).get_db_prep_save(value, connection)
    values |= {"pk": row.pk, "held": model.Status.SENDING}
    with connection.cursor() as cursor:
        statements.execute(connection, cursor, name, query, values)
        return cursor.rowcount > 0


@functools.cache
def closing(alias: str, model, names: tuple[str, ...], counted: bool) -> tuple[str, str]:
    """The UPDATE of ``closed`` and its statement's name: status and ``names`` set, attempts + 1 when ``counted``."""
    quote, meta = connections[alias].ops.quote_name, model._meta
    sets = [f"{quote(meta.get_field(name).column)} = %({name})s" for name in ("status", *names)]
    if counted:
        attempts = quote(meta.get_field("attempts").column)
        sets.append(f"{attempts} = {attempts} + 1")
    query = (
        f"UPDATE {quote(meta.db_table)} SET {', '.join(sets)}"
        f" WHERE {quote(meta.pk.column)} = %(pk)s AND {quote(meta.get_field('status').column)} = %(held)s"
    )
    return f"shimekiri_close_{hashlib.sha256(query.encode()).hexdigest()[:16]}", query


@contextmanager
def unflushed_commits(using: str = DEFAULT_DB_ALIAS):
    """While sending: on PostgreSQL the session's commits do not wait for the disk (``synchronous_commit``
    off until the block ends). A record is still visible to every other session at once and survives any
    crash of ours; only a crash of the database server itself (power loss) can forget the records of its
    last moments (at most three ``wal_writer_delay``, 0.6 s by default), whose mails would then be sent
    again. Waiting for the disk after each mail cost more than building and handing it over together
    (docs/performance.md, ``smtp_mails_per_s``). Elsewhere a no-op."""
    connection = connections[using]
    if connection.vendor != "postgresql" or connection.in_atomic_block:
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("SET synchronous_commit TO OFF")
    try:
        yield
    finally:
        if connection.connection is not None and not connection.needs_rollback:
            with connection.cursor() as cursor:
                cursor.execute("SET synchronous_commit TO DEFAULT")


def record_try(row, status: str, **fields) -> bool:
    """Record the outcome of a try of a row this sweep holds, and count the attempt with it."""
    held = closed(row, status, fields, counted=True)
    if held:
        row.attempts += 1
    return held


def expired(row) -> bool:
    """Closes a held row whose moment has passed (by the clock, not the sweep's start): True when it did."""
    if timezone.now() < row.expires_at:
        return False
    close(row, type(row).Status.EXPIRED, last_error=EXPIRED_PENDING)
    return True


def retry_or_fail(row, text: str, *, permanent: bool, at_least: float = 0) -> bool:
    """After a failed try (counted here): pending again with a backoff while that is before its moment
    (True), else failed. The n-th failed try waits BACKOFF_SECONDS[n - 1], then the last of them, or
    ``at_least`` seconds when the other side asked for longer (an HTTP Retry-After)."""
    model = type(row)
    if not permanent:
        delay = BACKOFF_SECONDS[min(row.attempts, len(BACKOFF_SECONDS) - 1)]  # row.attempts: the tries before this one
        delay = max(delay, at_least)
        retry_at = timezone.now() + dt.timedelta(seconds=delay)
        if retry_at < row.expires_at:
            record_try(row, model.Status.PENDING, next_attempt_at=retry_at, last_error=text)
            return True
        text = f"期限までに送信できませんでした: {text}"
    record_try(row, model.Status.FAILED, last_error=text)
    return False


def work_through(model, chunks: Iterable[list], send: Callable[[object], bool], now: dt.datetime, started: float) -> bool:
    """Claim each chunk of these rows (``claim``) and work it through (``work_claimed``) within
    TIME_BUDGET_SECONDS of ``started``: for callers that chose their rows (the discovery mails)."""
    for chunk in chunks:
        if not work_claimed(model, claim(model, chunk, now), send, started + TIME_BUDGET_SECONDS):
            return False
    return True


def work_claimed(model, waiting: list, send: Callable[[object], bool], until: float) -> bool:
    """Hand the rows of one claimed chunk to ``send`` one by one (False from it: the server is away).

    Rows still held are renewed before half the lease; rows not tried are given back. Returns False
    when it stopped early (``until``, a ``time.monotonic()`` moment, has passed, or the server went
    away), True when every row was tried.
    """
    half_lease = settings.REMINDER_CLAIM_LEASE_SECONDS / 2
    claimed_at = time.monotonic()
    waiting = list(waiting)
    while waiting:
        if time.monotonic() > until:
            release(model, waiting)
            return False
        if time.monotonic() - claimed_at > half_lease:
            renew(model, waiting)
            claimed_at = time.monotonic()
        row = waiting.pop(0)
        if not send(row):
            release(model, waiting)  # the server is away: the rest wait, pending, for the next sweep
            return False
    return True
