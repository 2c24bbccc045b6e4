"""Running saved searches: the ones due this morning (the job), one now (the button), all of a team
(the command). Each run talks to the portal outside any transaction and stores its results in one."""

from __future__ import annotations

import datetime as dt
import logging
import time
from dataclasses import dataclass, field

from django.conf import settings
from django.utils import timezone

from tenders.discovery import services
from tenders.discovery.models import InboxItem, SavedSearch
from tenders.discovery.portal import Portal, PortalError
from tenders.moments import day_start

log = logging.getLogger(__name__)


@dataclass
class RunReport:
    new: list[InboxItem] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)


def run(
    searches, portal: Portal | None = None, now: dt.datetime | None = None, *, budget_seconds: float | None = None
) -> RunReport:
    """Run each search (a failure is reported and the others go on); with a budget, the searches left
    when it is spent wait for the next run of the job."""
    portal = portal or Portal.from_settings()
    now = now or timezone.now()
    report = RunReport()
    started = time.monotonic()
    for search in searches:
        if budget_seconds is not None and time.monotonic() - started > budget_seconds:
            break
        services.saved_search_mark_running(search)
        try:
            report.new += services.saved_search_run(search, portal, now=now, lookback_days=settings.KKJ_LOOKBACK_DAYS)
        except PortalError as exc:
            log.warning("saved search %s (%s) failed: %s", search.pk, search.team, exc)
            report.failures.append(f"{search.team} / {search.name}: {exc}")
    return report


def due(now: dt.datetime):
    """Enabled searches whose time of day has come and that have not run today (local time)."""
    local = timezone.localtime(now)
    return (
        SavedSearch.objects.select_related("team")
        .filter(enabled=True, run_at__lte=local.time())
        .exclude(last_run_at__gte=day_start(local.date(), timezone.get_current_timezone()))
        .order_by("run_at", "pk")
    )


def run_one_task(search_pk: int) -> str:
    """「今すぐ検索」: run one search in the worker (nothing waits on the portal while a person clicks)."""
    search = SavedSearch.objects.filter(pk=search_pk).first()
    if search is None:
        return "gone"
    report = run([search])
    return f"new {len(report.new)}, failed {len(report.failures)}"
