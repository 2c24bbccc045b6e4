"""Each figure of the bench: pages through Django's test client, the unchanged feed over HTTP, sweeps and mail in process.

Pages (and the feed built from nothing) are requested through the whole Django stack (middleware,
sessions, templates) with ``django.test.Client``, without a network hop. The unchanged feed and
its baseline, the same bytes as a static file, are fetched over HTTP from gunicorn with WhiteNoise:
what a calendar app fetches, and the only fair way to compare with a file the server sends.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
import time
import tracemalloc
from contextlib import contextmanager
from http.client import HTTPConnection
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
from tenders.models import Milestone, Notice
from tenders.reminders.models import Delivery
from tenders.reminders.send import SweepReport, send_due
from tenders.reminders.sweep import sweep
from tenders.spreadsheets.export import write_xlsx
from tests.bench.timing import median_ms, medians_ms

SAMPLES = Path(settings.BASE_DIR) / "tenders" / "demo" / "notices"
DEV_NOTICES = Path(settings.BASE_DIR) / "tests" / "notices-dev"
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
        runs,
        warmup,
        (lambda: get(client, page), None),
        (lambda: get(client, page), cache.clear),
        (lambda: get(client, trivial), None),
    )
    return {
        "dashboard_ms": page_ms,
        "dashboard_after_change_ms": cold_ms,
        "trivial_ms": trivial_ms,
        "dashboard_ratio": page_ms / trivial_ms,
        "dashboard_after_change_ratio": cold_ms / trivial_ms,
    }


def notice_list(lead, *, runs: int, warmup: int) -> dict:
    """The lead's notice list (all teams, first page) viewed again and right after a change, against
    the dashboard viewed again: the two pages a team reopens all day should cost alike."""
    client = Client()
    client.force_login(lead)
    page = reverse("tenders:notice_list")
    home = reverse("tenders:dashboard") + "?scope=teams"
    list_ms, cold_ms, home_ms = medians_ms(
        runs,
        warmup,
        (lambda: get(client, page), None),
        (lambda: get(client, page), cache.clear),
        (lambda: get(client, home), lambda: get(client, home)),  # viewed again: kept since the view before
    )
    return {"notice_list_ms": list_ms, "notice_list_after_change_ms": cold_ms, "notice_list_ratio": list_ms / home_ms}


def notice_list_queries(lead) -> int:
    """Queries of the lead's notice list with nothing kept from an earlier view."""
    client = Client()
    client.force_login(lead)
    url = reverse("tenders:notice_list")
    get(client, url)
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        get(client, url)
    return len(queries)


def feed(team, *, runs: int, warmup: int) -> dict:
    """The largest team feed: built from nothing (test client), then unchanged against the same bytes
    as a static file, both over HTTP from one gunicorn process (the server a calendar app talks to)."""
    feed = Feed.objects.for_team(team).address_for(team.memberships.order_by("pk").first().user)  # a member's own URL
    client = Client()
    body = get(client, feed.path)
    events = len(Calendar.from_ical(body).walk("VEVENT"))  # read back with the library, not by counting lines
    cold_ms = median_ms(lambda: get(client, feed.path), before=bodies.clear, runs=runs, warmup=warmup)

    www = Path(settings.WHITENOISE_ROOT)
    www.mkdir(parents=True, exist_ok=True)
    (www / STATIC_NAME).write_bytes(body)  # before the server starts: WhiteNoise indexes its files then
    with served() as fetch:
        if fetch("/" + STATIC_NAME) != body or fetch(feed.path) != body:
            raise AssertionError("the static copy and the feed differ")
        warm_ms, static_ms = medians_ms(runs, warmup, (lambda: fetch(feed.path), None), (lambda: fetch("/" + STATIC_NAME), None))
    with served(BENCH_WITHOUT_FEED_MIDDLEWARE="1") as fetch:  # what the feed middleware saves (a kept device is measured)
        if fetch(feed.path) != body:
            raise AssertionError("the feed without its middleware differs")
        bare_ms, bare_static_ms = medians_ms(
            runs, warmup, (lambda: fetch(feed.path), None), (lambda: fetch("/" + STATIC_NAME), None)
        )
    return {
        "feed_warm_without_middleware_ms": bare_ms,
        "feed_warm_without_middleware_ratio": bare_ms / bare_static_ms,
        "feed_events": events,
        "feed_bytes": len(body),
        "feed_cold_ms": cold_ms,
        "feed_warm_ms": warm_ms,
        "feed_static_ms": static_ms,
        "feed_warm_ratio": warm_ms / static_ms,
    }


@contextmanager
def served(**extra_env):
    """gunicorn (one sync worker, as in the Dockerfile) on a loopback port, on the bench database; yields fetch(path)."""
    from tests.smtp import free_port

    port = free_port()
    database = connection.settings_dict
    url = (
        f"postgres://{database['USER']}@{database['HOST']}:{database['PORT']}/{database['NAME']}"
        if connection.vendor == "postgresql"
        else f"sqlite:///{database['NAME']}"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "tests.bench.settings", "DATABASE_URL": url, **extra_env}
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "config.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "1",
            "--log-level",
            "warning",
        ],
        cwd=settings.BASE_DIR,
        env=env,
    )

    def fetch(path: str) -> bytes:
        http = HTTPConnection("127.0.0.1", port, timeout=30)
        try:
            http.request("GET", path, headers={"Host": "127.0.0.1"})
            response = http.getresponse()
            body = response.read()
        finally:
            http.close()
        if response.status != 200:
            raise AssertionError(f"GET {path} answered {response.status}")
        return body

    try:
        for _ in range(200):  # until it answers at all
            try:
                HTTPConnection("127.0.0.1", port, timeout=5).request("GET", "/healthz")
                break
            except ConnectionError:
                time.sleep(0.05)
        yield fetch
    finally:
        server.terminate()
        server.wait(timeout=10)


def smtp(now: dt.datetime, *, runs: int, warmup: int, batch: int = 50) -> dict:
    """Reminders of open milestones, ``batch`` per run, to aiosmtpd on loopback in a process of its own.

    The rows use an offset (2d) the teams do not have, so they never meet the sweep's own rows.
    """
    from tests.smtp import free_port

    milestones = list(Milestone.objects.open().of_active_notices().filter(due_at__gt=now).select_related("notice")[:batch])
    if not milestones:
        raise AssertionError("the data set has no open timed milestone to remind of")
    rows = Delivery.objects.bulk_create(
        [
            Delivery(
                milestone=m,
                recipient_id=m.notice.owner_id,
                kind=Delivery.Kind.REMINDER,
                code="2d",
                due=m.due_at,
                send_at=now,
                expires_at=m.due_at,
                next_attempt_at=now,
                status=Delivery.Status.SENT,
                sent_at=now,
            )
            for m in milestones
        ]
    )
    pks = [row.pk for row in rows]

    def pending_again():
        Delivery.objects.filter(pk__in=pks).update(status=Delivery.Status.PENDING, next_attempt_at=now, sent_at=None, attempts=0)

    sent = []

    def send():
        report = SweepReport()
        send_due(now, report, limit=len(pks))
        sent.append(report.sent)

    port, received = free_port(), Path(settings.VAR_DIR) / "bench" / "smtp-received.txt"
    received.unlink(missing_ok=True)
    server = subprocess.Popen(
        [sys.executable, "-m", "tests.bench.smtp_sink", str(port), str(received)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=settings.BASE_DIR,
    )
    try:
        if server.stdout.readline().strip() != "ready":
            raise AssertionError("the SMTP server did not start")
        with override_settings(
            EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend", EMAIL_HOST="127.0.0.1", EMAIL_PORT=port, EMAIL_TIMEOUT=10
        ):
            ms = median_ms(send, before=pending_again, runs=runs, warmup=warmup)
    finally:
        server.terminate()
        server.wait(timeout=10)
        Delivery.objects.filter(pk__in=pks).delete()
    arrived = len(received.read_text(encoding="utf-8").splitlines())
    if set(sent) != {len(pks)} or arrived != len(pks) * len(sent):
        raise AssertionError(f"expected {len(pks)} mails per run, sent {sent}, {arrived} arrived")
    return {"smtp_batch": len(pks), "smtp_batch_ms": ms, "smtp_mails_per_s": len(pks) / (ms / 1000)}


def extraction(*, runs: int, warmup: int, large_mb: float = 20) -> dict:
    """Extraction speed on the sample notices, and a property with a time budget: a large generated text
    (the samples and the development notices repeated, half as lines, half run together on one line, as PDF text
    layers and portal pages come) is read in time proportional to its size, no super-linear path."""
    texts = [path.read_text(encoding="utf-8") for path in sorted(SAMPLES.glob("*.txt"))]
    size = sum(len(text.encode("utf-8")) for text in texts)
    ms = median_ms(lambda: [extract(text) for text in texts], runs=runs, warmup=warmup)
    result = {"extract_bytes": size, "extract_ms": ms, "extract_mb_per_s": size / 1e6 / (ms / 1000)}
    corpus = "\n".join(path.read_text(encoding="utf-8") for path in [*texts_of(SAMPLES), *texts_of(DEV_NOTICES)])

    bytes_per_char = len(corpus.encode("utf-8")) / len(corpus)

    def generated(megabytes: float) -> str:
        half = int(megabytes * 1e6 / 2 / bytes_per_char)
        lines = (corpus * (half // len(corpus) + 1))[:half]
        one_line = (corpus.replace("\n", " ") * (half // len(corpus) + 1))[:half]
        return lines + "\n" + one_line

    def seconds(text: str) -> float:
        started = time.process_time()
        extract(text)
        return time.process_time() - started

    small, large = generated(large_mb / 20), generated(large_mb)
    small_s = min(seconds(small) for _ in range(3))
    budget = 20 * small_s * 3 + 5  # linear with room for a busy machine; a quadratic path takes far longer
    large_s = seconds(large)
    if large_s > budget:
        raise AssertionError(
            f"extracting {large_mb:g} MB took {large_s:.1f} s, over its {budget:.1f} s budget: a super-linear path"
        )
    result |= {
        "extract_large_mb": len(large.encode("utf-8")) / 1e6,
        "extract_large_s": large_s,
        "extract_scaling_ratio": large_s / (20 * small_s),
    }
    return result


def texts_of(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.txt"))


def export_xlsx(*, runs: int, warmup: int) -> dict:
    """Every notice of the data set (and their milestones) exported as one .xlsx, as the 「Excel」 link and
    ``export_notices --format xlsx`` write it: wall time (median), and the Python heap's peak during one
    more run under tracemalloc (XlsxWriter streams rows to disk; the query is read in chunks)."""
    notices = Notice.objects.all()
    sizes = []

    def once():
        with tempfile.TemporaryFile() as output:
            result = write_xlsx(notices, output)
            sizes.append((result.notices, result.milestones, output.tell()))

    ms = median_ms(once, runs=max(1, min(runs, 3)), warmup=min(warmup, 1))
    tracemalloc.start()
    try:
        once()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    exported, milestones, size = sizes[-1]
    return {
        "export_notices": exported,
        "export_milestones": milestones,
        "export_xlsx_bytes": size,
        "export_xlsx_s": ms / 1000,
        "export_peak_mb": peak / 1e6,
    }
