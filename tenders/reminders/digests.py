"""The morning digest: planned per person each morning by the sweep (one row per person and local
day, sent from 8:30 until noon in their time zone), then claimed and sent like a reminder."""

from __future__ import annotations

import datetime as dt
import logging
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from django.utils import timezone

from tenders.models import Milestone, Notice, Profile
from tenders.reminders import email, lease
from tenders.reminders.models import DigestDelivery
from tenders.reminders.send import SweepReport, deliver, fail

log = logging.getLogger("tenders.reminders.sweep")

DIGEST_FROM = dt.time(8, 30)
DIGEST_UNTIL = dt.time(12, 0)  # a digest not sent by noon is not sent that day


def digest_items(user, now: dt.datetime):
    zone = user.profile.zone
    today = timezone.localtime(now, zone).date()
    milestones = (
        Milestone.objects.open()
        .filter(notice__in=Notice.objects.of_person(user).active().values("pk"), starts_on__lte=today + dt.timedelta(days=7))
        .select_related("notice__team")
        .in_due_order()
    )
    overdue, coming = [], []
    for milestone in milestones:
        if not milestone.is_past(now, today):
            coming.append(milestone)
        elif milestone.is_overdue(now, today):
            overdue.append(milestone)  # a past step of the issuer's is neither
    return overdue, coming


def digest_recipients(now: dt.datetime):
    """People whose morning it is (in their own time zone) and who have not had today's digest."""
    users = get_user_model().objects.none()
    for name in Profile.objects.values_list("time_zone", flat=True).distinct().order_by():
        local = timezone.localtime(now, ZoneInfo(name))
        if DIGEST_FROM <= local.time() < DIGEST_UNTIL:
            users |= get_user_model().objects.filter(profile__time_zone=name).exclude(digests__day=local.date())
    return (
        users.filter(is_active=True, profile__digest_enabled=True, memberships__isnull=False)
        .exclude(email="")
        .distinct()
        .select_related("profile")
    )


def plan_digests(now: dt.datetime) -> None:
    """A pending digest for each person whose morning it is and who has none today (sent until noon)."""
    rows = []
    for user in digest_recipients(now):
        zone = user.profile.zone
        day = timezone.localtime(now, zone).date()
        rows.append(
            DigestDelivery(
                recipient=user, day=day, next_attempt_at=now, expires_at=dt.datetime.combine(day, DIGEST_UNTIL, tzinfo=zone)
            )
        )
    DigestDelivery.objects.bulk_create(rows, ignore_conflicts=True)


def digests_with_recipients(pks, chunk: int = 50):
    for start in range(0, len(pks), chunk):
        part = pks[start : start + chunk]
        rows = DigestDelivery.objects.filter(pk__in=part).select_related("recipient__profile").in_bulk()
        yield [rows[pk] for pk in part if pk in rows]


def send_digests(now: dt.datetime, report: SweepReport, *, connection, started: float) -> bool:
    """Send the pending digests whose time has come, claimed and leased like reminders."""
    pks = list(
        DigestDelivery.objects.filter(status=DigestDelivery.Status.PENDING, next_attempt_at__lte=now)
        .order_by("next_attempt_at", "pk")
        .values_list("pk", flat=True)
    )
    return lease.work_through(
        DigestDelivery, digests_with_recipients(pks), lambda row: send_digest(row, connection, now, report), now, started
    )


def send_digest(row: DigestDelivery, connection, now: dt.datetime, report: SweepReport) -> bool:
    user = row.recipient
    if lease.expired(row):
        report.say(f"期限切れ まとめメール → {user.email}（正午を過ぎたため送りません）")
        return True
    overdue, coming = digest_items(user, now)
    if not overdue and not coming:
        lease.close(row, DigestDelivery.Status.EMPTY)
        return True
    items = len(overdue) + len(coming)
    what = f"まとめメール（{items}件） → {user.email}"
    about = (overdue or coming)[0]
    try:
        message = email.digest_message(user, row.day, overdue, coming)
    except Exception as error:  # noqa: BLE001 — a digest we cannot render is our bug: never retried
        log.exception("digest %s could not be built", row.pk)
        fail(row, what, error, permanent=True, about=about, now=now, report=report)
        return True
    return deliver(row, message, what, connection, about=about, now=now, report=report, items=items)
