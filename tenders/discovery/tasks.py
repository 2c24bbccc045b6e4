"""The django-q2 task the discovery schedule calls."""

import time

from django.utils import timezone

from tenders.discovery import corrections, mails, runs
from tenders.discovery.job import CORRECTIONS_FROM_HOUR, TIME_BUDGET_SECONDS
from tenders.discovery.portal import Portal
from tenders.models.heartbeat import Heartbeat, beat


def discovery_task() -> str:
    """One run: its heartbeat (/healthz reports it), due searches, then the correction check, within
    django-q2's task timeout (what is left waits for the next run ten minutes later), then the mails."""
    now = timezone.now()
    beat(Heartbeat.DISCOVERY, now)  # /healthz reports it
    started = time.monotonic()
    portal = Portal.from_settings()
    report = runs.run(list(runs.due(now)), portal, now, budget_seconds=TIME_BUDGET_SECONDS)
    amendments = []
    left = TIME_BUDGET_SECONDS - (time.monotonic() - started)
    if timezone.localtime(now).hour >= CORRECTIONS_FROM_HOUR and left > 0:
        amendments = corrections.check_all(portal, now, budget_seconds=left)
    sent = mails.send_due(now)
    return f"new {len(report.new)}, failed {len(report.failures)}, amendments {len(amendments)}, mails {sent}"
