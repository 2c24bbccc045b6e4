"""The django-q2 task the discovery schedule calls."""

from django.utils import timezone

from tenders.discovery import corrections, mails, runs
from tenders.discovery.job import CORRECTIONS_FROM_HOUR
from tenders.discovery.portal import Portal


def discovery_task() -> str:
    now = timezone.now()
    portal = Portal.from_settings()
    report = runs.run(list(runs.due(now)), portal, now)
    amendments = []
    if timezone.localtime(now).hour >= CORRECTIONS_FROM_HOUR:
        amendments = corrections.check_all(portal, now)
    sent = mails.send_due(now)
    return f"new {len(report.new)}, failed {len(report.failures)}, amendments {len(amendments)}, mails {sent}"
