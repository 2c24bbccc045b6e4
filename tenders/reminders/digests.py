"""The morning digest: planned per person each morning by the sweep (one row per person and local
day, sent from 8:30 until noon in their time zone), then claimed and sent on the reminders' path
(send.send_pending): only its rows and its mail are its own (``DIGESTS``)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import timezone

from tenders.models import Milestone, Notice, Profile
from tenders.reminders import email
from tenders.reminders.models import DigestDelivery
from tenders.reminders.send import Mail, Outgoing, SweepReport, send_pending

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
    if not settings.REMINDER_DIGESTS:
        return
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


def digest_mail(row: DigestDelivery, now: dt.datetime, shared: dict | None = None) -> Mail | None:
    """The digest of what is overdue or coming this week for its person; None when there is nothing."""
    user = row.recipient
    overdue, coming = digest_items(user, now)
    if not overdue and not coming:
        return None
    items = len(overdue) + len(coming)
    return Mail(
        f"まとめメール（{items}件） → {user.email}",
        (overdue or coming)[0],  # a refused digest is told to the leads of its first milestone's team
        lambda: email.digest_message(user, row.day, overdue, coming),
        sent={"items": items},
    )


DIGESTS = Outgoing(
    model=DigestDelivery,
    shows=("recipient__profile",),
    shows_many=(),
    mail=digest_mail,
    describe=lambda row: f"まとめメール → {row.recipient.email}",
    deadline="正午",
)


def send_digests(now: dt.datetime, report: SweepReport, *, connection, until: float) -> bool:
    """Send the pending digests whose time has come, on the reminders' path (send.send_pending): the
    same SMTP connection and the same time budget as the sweep's reminders."""
    return send_pending(DIGESTS, now, report, connection=connection, until=until)
