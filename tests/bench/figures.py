"""Each figure of the bench: pages and feeds through Django's test client, sweeps and mail in process.

Pages and feeds are requested through the whole Django stack (middleware, sessions, WhiteNoise,
templates) with ``django.test.Client``, without a network hop; the static-file baseline goes
through the same client and the same middleware chain.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from calendars import bodies
from calendars.models import Feed
from tenders.extractor import extract
from tenders.models import Milestone
from tenders.reminders.models import Delivery
from tenders.reminders.sweep import SweepReport, send_due, sweep
from tests.bench.timing import median_ms, medians_ms

SAMPLES = Path(settings.BASE_DIR) / "tenders" / "demo" / "notices"
STATIC_NAME = "bench-feed.ics"


def get(client: Client, path: str, **headers) -> bytes:
    response = client.get(path, headers=headers)
    if response.status_code != 200:
        raise AssertionError(f"GET {path} answered {response.status_code}")
    return b"".join(response.streaming_content) if response.streaming else response.content


def settle(now: dt.datetime) -> None:
    """Sweep until nothing is due at ``now`` (what the scheduler would have done already)."""
    for _ in range(50):
        report = sweep(now, limit=5000)
        if report.sent == 0 and report.failed == 0:
            return
    raise AssertionError("the sweep kept finding mail to send")


def quiet_minute(now: dt.datetime) -> dt.datetime:
    """Tomorrow 02:00 in Japan: no deadline, reminder or digest falls in the minutes after it."""
    local = timezone.localtime(now)
    return dt.datetime.combine(local.date() + dt.timedelta(days=1), dt.time(2, 0), tzinfo=local.tzinfo)


def sweep_ms(now: dt.datetime, *, runs: int, warmup: int) -> float:
    """The every-minute sweep, each run a minute after the last, once everything before was sent."""
    start = quiet_minute(now)
    settle(start)
    minutes = iter(range(1, runs + warmup + 1))

    def one_minute_later():
        report = sweep(start + dt.timedelta(minutes=next(minutes)))
        if report.sent or report.failed:
            raise AssertionError("a quiet minute had mail to send")

    return median_ms(one_minute_later, runs=runs, warmup=warmup)


def dashboard_queries(lead, *, cold: bool = True) -> int:
    """Queries of the lead's dashboard (all their teams); ``cold``: its lists built afresh, as after a change."""
    client = Client()
    client.force_login(lead)
    url = reverse("tenders:dashboard") + "?scope=teams"
    get(client, url)  # the first view may write the session
    if cold:
        cache.clear()
    with CaptureQueriesContext(connection) as queries:
        get(client, url)
    return len(queries)


def dashboard(lead, *, runs: int, warmup: int) -> dict:
    """The dashboard as viewed again (nothing changed since), and right after a change, against a trivial page."""
    client = Client()
    client.force_login(lead)
    page = reverse("tenders:dashboard") + "?scope=teams"
    trivial = reverse("tenders:password_change_done")
    page_ms, cold_ms, trivial_ms = medians_ms(
        runs, warmup, (lambda: get(client, page), None), (lambda: get(client, page), cache.clear),
        (lambda: get(client, trivial), None),
    )
    return {"dashboard_ms": page_ms, "dashboard_after_change_ms": cold_ms, "trivial_ms": trivial_ms,
            "dashboard_ratio": page_ms / trivial_ms, "dashboard_after_change_ratio": cold_ms / trivial_ms}


def feed(team, *, runs: int, warmup: int) -> dict:
    feed = Feed.objects.for_team(team)
    client = Client()
    body = get(client, feed.path)
    events = len(Calendar.from_ical(body).walk("VEVENT"))  # read back with the library, not by counting lines
    cold_ms = median_ms(lambda: get(client, feed.path), before=bodies.clear, runs=runs, warmup=warmup)

    www = Path(settings.WHITENOISE_ROOT)
    www.mkdir(parents=True, exist_ok=True)
    (www / STATIC_NAME).write_bytes(body)
    client = Client()  # a new handler: WhiteNoise indexes its files when the middleware starts
    if get(client, "/" + STATIC_NAME) != body or get(client, feed.path) != body:
        raise AssertionError("the static copy and the feed differ")
    warm_ms, static_ms = medians_ms(
        runs, warmup, (lambda: get(client, feed.path), None), (lambda: get(client, "/" + STATIC_NAME), None)
    )
    return {
        "feed_events": events, "feed_bytes": len(body), "feed_cold_ms": cold_ms,
        "feed_warm_ms": warm_ms, "feed_static_ms": static_ms, "feed_warm_ratio": warm_ms / static_ms,
    }


def smtp(now: dt.datetime, *, runs: int, warmup: int, batch: int = 50) -> dict:
    """Reminders of open milestones, ``batch`` per run, to aiosmtpd on loopback.

    The rows use an offset (2d) the teams do not have, so they never meet the sweep's own rows.
    """
    from tests.smtp import SMTPServer

    milestones = list(
        Milestone.objects.open().of_active_notices().filter(due_at__gt=now)
        .select_related("notice")[:batch]
    )
    if not milestones:
        raise AssertionError("the data set has no open timed milestone to remind of")
    rows = Delivery.objects.bulk_create([
        Delivery(milestone=m, recipient_id=m.notice.owner_id, kind=Delivery.Kind.REMINDER, code="2d", due=m.due_at,
                 send_at=now, expires_at=m.due_at, next_attempt_at=now, status=Delivery.Status.SENT, sent_at=now)
        for m in milestones
    ])
    pks = [row.pk for row in rows]

    def pending_again():
        Delivery.objects.filter(pk__in=pks).update(status=Delivery.Status.PENDING, next_attempt_at=now, sent_at=None, attempts=0)

    sent = []

    def send():
        report = SweepReport()
        send_due(now, report, limit=len(pks))
        sent.append(report.sent)

    server = SMTPServer()
    server.start()
    try:
        with override_settings(EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
                               EMAIL_HOST="127.0.0.1", EMAIL_PORT=server.port, EMAIL_TIMEOUT=10):
            ms = median_ms(send, before=pending_again, runs=runs, warmup=warmup)
    finally:
        server.stop()
        Delivery.objects.filter(pk__in=pks).delete()
    if set(sent) != {len(pks)} or len(server.messages) != len(pks) * len(sent):
        raise AssertionError(f"expected {len(pks)} mails per run, sent {sent}, {len(server.messages)} arrived")
    return {"smtp_batch": len(pks), "smtp_batch_ms": ms, "smtp_mails_per_s": len(pks) / (ms / 1000)}


def extraction(*, runs: int, warmup: int) -> dict:
    texts = [path.read_text(encoding="utf-8") for path in sorted(SAMPLES.glob("*.txt"))]
    size = sum(len(text.encode("utf-8")) for text in texts)
    ms = median_ms(lambda: [extract(text) for text in texts], runs=runs, warmup=warmup)
    return {"extract_bytes": size, "extract_ms": ms, "extract_mb_per_s": size / 1e6 / (ms / 1000)}
