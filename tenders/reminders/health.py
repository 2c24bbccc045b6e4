"""Is the worker alive? Every sweep beats; pages and /healthz read the beat (and only read it);
the ``check_worker`` command (run by cron) mails the leads once per outage.

/healthz also reports the chat sweep's and the discovery run's last beats (``JOBS``; the same
heartbeat rows, ``tenders.models.heartbeat``), and names the jobs silent past their limit. Its
status, 503 or 200, follows the reminder sweep alone, as the pages' warning and the mail do.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.utils import timezone

from tenders.models import Membership
from tenders.models.heartbeat import Heartbeat, claim_alert
from tenders.reminders import email

log = logging.getLogger(__name__)
STALE_AFTER = dt.timedelta(minutes=5)


@dataclass(frozen=True)
class Job:
    name: str  # its heartbeat's
    field: str  # its last beat's field in /healthz
    silent_after: dt.timedelta


JOBS = (
    Job(Heartbeat.SWEEP, "last_sweep", STALE_AFTER),
    Job(Heartbeat.CHAT, "last_chat_sweep", dt.timedelta(minutes=5)),  # every minute, like the reminders
    Job(Heartbeat.DISCOVERY, "last_discovery_run", dt.timedelta(minutes=25)),  # every ten minutes: two runs missed
)


def last_beat() -> Heartbeat | None:
    return Heartbeat.objects.filter(name=Heartbeat.SWEEP).first()


def is_stalled(beat: Heartbeat | None, now: dt.datetime) -> bool:
    return beat is None or now - beat.beat_at > STALE_AFTER


def alert_leads_once(beat: Heartbeat | None, now: dt.datetime) -> int:
    """Mail every team lead once per outage (claimed by a conditional UPDATE); returns mails sent."""
    if beat is None or (beat.alerted_at is not None and beat.alerted_at >= beat.beat_at):
        return 0  # already told for this outage
    if not claim_alert(beat, now):
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


def report(now: dt.datetime | None = None) -> dict:
    """What /healthz answers: the status (the reminder sweep's), each job's last beat, the silent jobs (one query)."""
    now = now or timezone.now()
    beats = {beat.name: beat for beat in Heartbeat.objects.filter(name__in=[job.name for job in JOBS])}
    last = {job.field: beats[job.name].beat_at if job.name in beats else None for job in JOBS}
    silent = [job.name for job in JOBS if last[job.field] is None or now - last[job.field] > job.silent_after]
    return {
        "status": "stalled" if Heartbeat.SWEEP in silent else "ok",
        **{field: moment.isoformat() if moment else None for field, moment in last.items()},
        "silent": silent,
    }
