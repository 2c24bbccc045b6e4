"""Is the worker alive? Every sweep beats; pages and /healthz read the beat (and only read it);
the ``check_worker`` command (run by cron) mails the leads once per outage."""

from __future__ import annotations

import datetime as dt
import logging

from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils import timezone

from tenders.models import Membership
from tenders.reminders import email
from tenders.reminders.models import Heartbeat

log = logging.getLogger(__name__)
STALE_AFTER = dt.timedelta(minutes=5)


def last_beat() -> Heartbeat | None:
    return Heartbeat.objects.filter(name=Heartbeat.SWEEP).first()


def is_stalled(beat: Heartbeat | None, now: dt.datetime) -> bool:
    return beat is None or now - beat.beat_at > STALE_AFTER


def alert_leads_once(beat: Heartbeat | None, now: dt.datetime) -> int:
    """Mail every team lead once per outage (claimed by a conditional UPDATE); returns mails sent."""
    if beat is None or (beat.alerted_at is not None and beat.alerted_at >= beat.beat_at):
        return 0  # already told for this outage
    claimed = (
        Heartbeat.objects.filter(name=Heartbeat.SWEEP, beat_at=beat.beat_at)
        .filter(Q(alerted_at__isnull=True) | Q(alerted_at__lt=beat.beat_at))
        .update(alerted_at=now)
    )
    if claimed != 1:
        return 0
    leads = (
        get_user_model()
        .objects.filter(memberships__role=Membership.Role.LEAD, is_active=True)
        .exclude(email="")
        .distinct()
        .select_related("profile")
    )
    sent = 0
    for lead in leads:
        try:
            email.stalled_message(lead, beat.beat_at).send()
            sent += 1
        except Exception:  # noqa: BLE001 — the banner and /healthz still tell
            log.exception("could not mail %s about the stalled worker", lead.email)
    return sent


def stalled(now: dt.datetime | None = None) -> bool:
    """Whether reminders have stopped going out: a read, for pages (it sends nothing)."""
    return is_stalled(last_beat(), now or timezone.now())


def check(now: dt.datetime | None = None) -> tuple[bool, Heartbeat | None, int]:
    """(stalled, last beat, mails sent): the monitor's step; alerts the leads the first time a stall is seen."""
    now = now or timezone.now()
    beat = last_beat()
    if not is_stalled(beat, now):
        return False, beat, 0
    return True, beat, alert_leads_once(beat, now)
