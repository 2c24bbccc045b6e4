"""Each figure of the bench: pages through Django's test client, the unchanged feed over HTTP, sweeps and mail in process.

Pages (and the feed built from nothing) are requested through the whole Django stack (middleware,
sessions, templates) with ``django.test.Client``, without a network hop. The unchanged feed and
its baseline, the same bytes as a static file, are fetched over HTTP from gunicorn with WhiteNoise:
what a calendar app fetches, and the only fair way to compare with a file the server sends.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections import Counter, defaultdict
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
from tenders.models import Membership, Milestone, Notice
from tenders.reminders.models import REMINDER_KINDS, Delivery
from tenders.reminders.send import SweepReport, build_message, send_due
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


@contextmanager
def mail_sink():
    """aiosmtpd on a loopback port, in a process of its own; yields (port, the file of its arrivals)."""
    from tests.smtp import free_port

    port, received = free_port(), Path(settings.VAR_DIR) / "bench" / f"smtp-received-{os.getpid()}.txt"
    received.parent.mkdir(parents=True, exist_ok=True)
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
        yield port, received
    finally:
        server.terminate()
        server.wait(timeout=10)


def arrivals(received: Path) -> list[tuple[float, str]]:
    """(moment, Message-ID) of each message the sink accepted."""
    lines = received.read_text(encoding="utf-8").splitlines() if received.exists() else []
    return [(float(line.split()[0]), line.split()[2]) for line in lines]


def extra_reminders(rows: list[tuple], *, at: dt.datetime, code: str, expires_at: dt.datetime) -> list[int]:
    """Pending reminders due ``at`` for these (milestone, recipient) pairs, with an offset (``code``)
    the teams do not have, so they never meet the data set's own rows."""
    made = Delivery.objects.bulk_create(
        [
            Delivery(
                milestone_id=milestone,
                recipient_id=recipient,
                kind=Delivery.Kind.REMINDER,
                code=code,
                due=expires_at,
                send_at=at,
                expires_at=expires_at,
                next_attempt_at=at,
            )
            for milestone, recipient in rows
        ],
        batch_size=2000,
    )
    return [row.pk for row in made]


def smtp(now: dt.datetime, *, runs: int, warmup: int, batch: int = 200) -> dict:
    """Reminders of open milestones, ``batch`` per run, sent by the sweep's own ``send_due`` (claimed a
    chunk at a time, built, handed over and marked sent one by one, on one connection) to aiosmtpd on
    loopback in a process of its own, against the limit of that server and this client: the same
    mails built beforehand and sent with smtplib on one connection, the two taking turns."""
    import smtplib

    settle(now)  # only this figure's rows are due
    milestones = list(Milestone.objects.open().of_active_notices().filter(due_at__gt=now).select_related("notice")[:batch])
    if not milestones:
        raise AssertionError("the data set has no open timed milestone to remind of")
    pks = extra_reminders(
        [(m.pk, m.notice.owner_id) for m in milestones], at=now, code="2d", expires_at=now + dt.timedelta(days=1)
    )
    shows = Delivery.objects.filter(pk__in=pks).select_related(
        "milestone__notice__team", "milestone__notice__owner__profile", "recipient__profile"
    )
    built = [(m.from_email, m.to, m.message().as_bytes(linesep="\r\n")) for m in (build_message(row, now) for row in shows)]

    def pending_again():
        Delivery.objects.filter(pk__in=pks).update(status=Delivery.Status.PENDING, next_attempt_at=now, sent_at=None, attempts=0)

    sent = []

    def send():
        report = SweepReport()
        send_due(now, report, limit=len(pks))
        sent.append(report.sent)

    with mail_sink() as (port, received):

        def prebuilt():
            client = smtplib.SMTP("127.0.0.1", port, timeout=10)
            try:
                for sender, to, message in built:
                    client.sendmail(sender, to, message)
            finally:
                client.quit()

        with override_settings(
            EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend", EMAIL_HOST="127.0.0.1", EMAIL_PORT=port, EMAIL_TIMEOUT=10
        ):
            ms, limit_ms = medians_ms(runs, warmup, (send, pending_again), (prebuilt, None))
        arrived = len(arrivals(received))
    Delivery.objects.filter(pk__in=pks).delete()
    if set(sent) != {len(pks)} or arrived != 2 * len(pks) * len(sent):
        raise AssertionError(f"expected {len(pks)} mails per run, sent {sent}, {arrived} arrived")
    per_s, limit_per_s = len(pks) / (ms / 1000), len(pks) / (limit_ms / 1000)
    return {
        "smtp_batch": len(pks),
        "smtp_batch_ms": ms,
        "smtp_mails_per_s": per_s,
        "smtp_limit_mails_per_s": limit_per_s,
        "smtp_ratio_to_limit": per_s / limit_per_s,
    }


def burst_pairs(size: int) -> list[tuple[int, int]]:
    """``size`` (milestone, recipient) pairs: open milestones of active notices and their teams' members."""
    members = defaultdict(list)
    for team, user in Membership.objects.order_by("pk").values_list("team_id", "user_id"):
        members[team].append(user)
    pairs = []
    for milestone, team in Milestone.objects.open().of_active_notices().order_by("pk").values_list("pk", "notice__team_id"):
        pairs.extend((milestone, user) for user in members[team])
        if len(pairs) >= size:
            return pairs[:size]
    raise AssertionError(f"the data set has only {len(pairs)} (milestone, member) pairs, not {size}")


def burst(*, size: int = 5000, workers: int = 2) -> dict:
    """``size`` reminders due in the same minute, delivered by a real qcluster (``workers`` worker
    processes, the ORM broker, config.settings) to aiosmtpd on loopback: its every-minute schedule
    runs the sweep, which asks the other workers to drain alongside (tenders/reminders/tasks.py).

    The due moment is a whole minute at least 40 s ahead, so the cluster is up and its scheduler
    looks as it would in a running deployment. Figures: the last delivery minus the due moment
    (``burst_5000_s``), the first (``burst_first_s``: the scheduler's lag and one mail) and the
    rate in between. Each mail must arrive exactly once."""
    from tenders.reminders.email import delivery_message_id
    from tenders.reminders.sweep_job import next_whole_minute
    from tests import processes

    started = timezone.now()
    settle(started)  # what was due before is sent (here, to the test settings' memory outbox)
    due = next_whole_minute(started + dt.timedelta(seconds=40))
    pairs = burst_pairs(size)
    with mail_sink() as (port, received):
        pks = extra_reminders(pairs, at=due, code="4d", expires_at=due + dt.timedelta(hours=3))
        ids = {delivery_message_id(row) for row in Delivery.objects.filter(pk__in=pks)}
        env = processes.environment(
            database=processes.database_url(connection.settings_dict, connection.vendor),
            secret_key=settings.SECRET_KEY,
            smtp_port=port,
            Q_WORKERS=str(workers),
        )
        log_path = Path(settings.VAR_DIR) / "bench" / "qcluster.log"
        with log_path.open("w") as log:
            cluster = processes.qcluster(env, log)
            try:
                done = processes.wait_until(
                    lambda: Delivery.objects.filter(pk__in=pks, status=Delivery.Status.SENT).count() == len(pks),
                    (due - timezone.now()).total_seconds() + 300,
                    step=1,
                )
                time.sleep(1)  # a duplicate would arrive now
            finally:
                processes.kill(cluster, signal.SIGTERM)
        got = [(moment, message_id) for moment, message_id in arrivals(received) if message_id in ids]
    Delivery.objects.filter(pk__in=pks).delete()
    counts = Counter(message_id for _, message_id in got)
    if not done or set(counts) != ids or max(counts.values()) != 1:
        raise AssertionError(
            f"burst: {len(counts)} of {len(ids)} arrived, {sum(counts.values()) - len(counts)} twice; see {log_path.name}"
        )
    first, last = min(moment for moment, _ in got), max(moment for moment, _ in got)
    return {
        "burst_size": len(pks),
        "burst_workers": workers,
        "burst_5000_s": last - due.timestamp(),
        "burst_first_s": first - due.timestamp(),
        "burst_mails_per_s": len(pks) / max(last - first, 1e-3),
    }


def due_moments(now: dt.datetime) -> list[dt.datetime]:
    """The send times of the data set's planned reminders in the day after ``now`` (read before any
    figure sweeps them away)."""
    return list(
        Delivery.objects.filter(
            status=Delivery.Status.PENDING, kind__in=REMINDER_KINDS, send_at__gte=now, send_at__lt=now + dt.timedelta(days=1)
        ).values_list("send_at", flat=True)
    )


def reminder_latency(now: dt.datetime, due_moments: list[dt.datetime], *, runs: int, warmup: int) -> dict:
    """How late a reminder leaves with no backlog, over a day of the data set's due moments.

    The design: the sweep's schedule runs on whole minutes (sweep_job.py); django-q2's scheduler
    looks every 30 s (from its cluster's start: any phase), hands the run to a worker through the
    broker (the ORM broker polls every Q_CLUSTER["poll"] s), and the sweep sends what is due at its
    start. Measured here: the sweep from its start to the arrival of one due mail at aiosmtpd
    (median). Then, for each due moment of the next day and each scheduler phase (every second of
    30), the moment the first sweep at or after it starts; the latency is that, plus the worst poll
    of the broker, plus the measured sweep, minus the due moment."""
    day = list(due_moments)
    if not day:  # a tiny data set: the whole minutes of the day, where reminders fall
        day = [now.replace(second=0, microsecond=0) + dt.timedelta(minutes=i) for i in range(1, 1441)]
    start = quiet_minute(now)
    settle(start)
    milestone = Milestone.objects.open().of_active_notices().select_related("notice").first()
    pks = extra_reminders(
        [(milestone.pk, milestone.notice.owner_id)], at=start, code="2d", expires_at=start + dt.timedelta(days=1)
    )
    minutes = iter(range(1, runs + warmup + 1))
    samples = []
    with mail_sink() as (port, received):

        def one_due():
            at = start + dt.timedelta(minutes=next(minutes))
            Delivery.objects.filter(pk__in=pks).update(status=Delivery.Status.PENDING, next_attempt_at=at, sent_at=None)
            return at

        with override_settings(
            EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend", EMAIL_HOST="127.0.0.1", EMAIL_PORT=port, EMAIL_TIMEOUT=10
        ):
            for i in range(runs + warmup):
                at = one_due()
                began = time.time()
                if sweep(at).sent != 1:
                    raise AssertionError("the due reminder was not sent")
                processes_wait(lambda i=i: len(arrivals(received)) == i + 1)
                if i >= warmup:
                    samples.append(arrivals(received)[-1][0] - began)
    Delivery.objects.filter(pk__in=pks).delete()
    sweep_s = statistics.median(samples)

    poll = settings.Q_CLUSTER.get("poll", 0.2) if settings.Q_CLUSTER.get("orm") else 0
    latencies = sorted(
        first_sweep_after(moment.timestamp(), phase) + poll + sweep_s - moment.timestamp()
        for moment in day
        for phase in range(30)
    )
    return {
        "reminder_latency_day_moments": len(day),
        "reminder_sweep_to_mail_s": sweep_s,
        "reminder_latency_p50_s": latencies[len(latencies) // 2],
        "reminder_latency_max_s": latencies[-1],
    }


def first_sweep_after(moment: float, phase: int, look_every: int = 30) -> float:
    """When the first sweep that sends a mail due at ``moment`` starts: the schedule's runs fall on
    whole minutes, each started at the first look of the scheduler (at ``phase`` + k × 30 s) after it;
    a sweep sends what is due at its start."""
    minute = moment // 60 * 60  # the run on or before the due moment
    while True:
        looks = (minute - phase) // look_every + 1
        begins = phase + looks * look_every  # the first look strictly after the run's minute
        if begins >= moment:
            return begins
        minute += 60


def processes_wait(condition) -> None:
    from tests import processes

    if not processes.wait_until(condition, 10, step=0.001):
        raise AssertionError("the mail did not arrive")


# One device of a page repeated, as a converter or a careless paste can make of a text (a column of spaces, a rule drawn
# across the page, a PDF's spaced digits, a long schedule of year-less dates, a chat's log run onto one line): each is
# read in time proportional to its size, as written and run together on one line. Each of these once took time growing
# with the square of the text (a pattern tried again at each character of a long run, a whole line or list looked
# through again for each of its thousands of dates). A device is its unit, or a pair (a head written once, the unit
# repeated under it) where the unit is read as such only under its head (a change mail's subject, a YAML key), or a
# triple (a head, the unit repeated, a tail written once after it) where the unit is read as such only between the two
# (a row of a table between its rules).
ADVERSARIAL = {
    "spaces": " ",
    "rule": "-",
    "underline marks": "_",  # (stop 42: a correction's underline before a date, tried again from each mark of a run)
    "full-width underline marks": "＿",
    "rule over a chat post": "─",  # (stop 42: a post's header after a rule, tried again from each mark of the rule)
    "spaced digits": "1 2 3 4 5 6 7 8 9 0 ",
    "spaced dates": "2027 年 6 月 7 日   ",
    "weekday dates": "6月7日(月)\n",
    "weekday rows": "・6月7日(月)午後5時まで 参加申請書の提出\n",
    "slashed weekday dates": "6/7(月) 17時まで ",
    "English weekday rows": "Mon 7 June 10:00 Submission deadline\n",
    "tab rows": "参加申請\t6月7日(月)\t17:00\n",
    "ditto rows": "〃  6月7日  〃\n",
    "chat headers": "[2027/01/12 09:14] 佐藤 健太 ",
    "CSV rows with quoted cells": '1,公告,令和9年6月7日（月）,"市HP ※任意",17:00,,\n',
    "same item in both cells": "(1) 参加資格を有すること。\t(1) 参加資格を有する者であること。\n",  # (a 新旧対照表's rows)
    "English issued keys": "Issued: Tuesday, August 25, 2026 ",  # (an English paper's head looked at per date before)
    "notes that a step stands": "下記のとおり日程を変更します。\n◆参加申込書の提出期限　令和9年1月8日(金)午後5時\n"
    "◆質問書の提出期限　令和9年1月8日(金)午後5時\n※参加申込書の提出期限は変更ありません。\n",  # (review rv8: every note
    # looked at for every row before)
    "old schedule over the new": "（変更前の日程）\n　入札書の受付期限　令和9年5月28日（金）午後5時\n（変更後の日程）\n",  # (review
    # rv11: each old heading's items end at the next heading)
    "window tables under one header each": "No\t項目\t開始日\t終了日\n1\t参加申込\t2028/4/3\t2028/4/21\n",  # (review rv26:
    # each header's table looked through to the text's end, the tables under the headers after it too)
    "an event's days on a long line": "Shortlisted vendors will demonstrate their systems on 4 October 2027.\n",  # (review
    # rv26: the whole line split into its cells again for each pair of days on it)
    "a change key on a long line": "日程変更のお知らせ 次のとおりお知らせします。 本件 変更後：令和9年8月27日（金）午後5時",  # (review
    # rv26: a dump's line looked through for 「previously」 for each of its dates before it was set aside)
    # (the devices below were timed in tests until round lc; a test names its device here, none times it)
    "a change mail's rows under its subject": (  # (review rv18: each row looked up in the list of all rows)
        "Subject: 【白波市】観光アプリ改修業務 参加表明書の提出期限延長について\n\n"
        "参加表明書の提出期限を延長し、関連する日程を次のとおり変更します。\n\n",
        "■ 変更後の日程\n・追加質問の受付期限：9月8日（火）正午\n・質問への回答：9月11日（金）\n"
        "・参加表明書の提出期限：9月18日（金）17:00\n　（延長前：9月11日（金）17:00）\n・プレゼンテーション：10月2日（金）\n\n",
    ),
    "a run of spaces after a YAML key": ("schedule: ", " "),  # (review rv23: 「 *」 tried again from each space of the run)
    "社内日程 fields": "社内日程\n" + "積算締め\n2027-06-28\n" * 20,  # (round kf, and the devices below)
    "a thread's reply counts": "5件の返信  最終返信: 6月2日\n",
    "either of two days": "・プレゼン：7/13(火)・7/14(水)のいずれか\n",
    "a step not taken at an event": "・質問は説明会の場では受け付けず、メールで 6/10(木) 17時まで\n",
    "a contract's term and days off in prose": (  # (round kh)
        "CALL FOR PROPOSALS\nPublished: 1 March 2027\n",
        "The contract is subject to the approval of the budget and the agreement is expected to run from signature "
        "until 30 November 2027, and the office is closed from 29/04/2027 to 05/05/2027 and from 28/12/2027 to "
        "04/01/2028. Because of scheduled maintenance of the portal from 6 to 9 April. ",
    ),
    "a change table's cells one to a line": (  # (round ki: a whole notice, its table's cells each on a line)
        "若葉台市告示第214号\n\n若葉台市公民館予約システム更新業務委託公募型プロポーザルの日程の変更について\n\n"
        "令和9年4月20日付けで公告した標記プロポーザルについて、仕様書の一部を差し替えたため、次のとおり日程を変更する。\n"
        "差し替えた仕様書は、予約システムの利用者数の見込み、既存データの移行件数及び窓口端末の台数を改めたものであり、\n"
        "参加を予定する事業者が提案内容及び見積額を見直す期間を確保するため、質問書及び企画提案書の提出期限を延ばす。\n"
        "既に質問書を提出した事業者は、差し替え後の仕様書に基づいて改めて提出することができる。\n\n令和9年5月7日\n\n"
        "1 変更の内容\n\n区分\n変更前\n変更後\n質問書の提出期限\n令和9年5月12日（水）午後5時\n令和9年5月19日（水）午後5時\n"
        "企画提案書の提出期限\n令和9年6月2日（水）正午\n令和9年6月9日（水）正午\n\n"
        "2 その他\n上記以外の事項に変更はない。問合せは若葉台市総務部情報政策課（電話000-0000-0000）まで。\n"
    ),
    "an addendum's Original and Amended rows": (  # (round ki: a whole addendum)
        "Harbourside Museum Trust\nADDENDUM No. 1 to Invitation to Tender HMT-ITT-2026-11 (Gallery Lighting Renewal)\n\n"
        "This addendum forms part of the tender documents and must be read together with them. Tenderers are asked to\n"
        "note the following changes, made because the site survey report was published later than planned.\n\n"
        "1. Time-limit for the receipt of tenders (ITT Section 4.2)\n"
        "   Original:  Friday, 9 October 2026, 17:00\n   Amended:   Friday, 16 October 2026, 17:00\n\n"
        "2. Opening of tenders (ITT Section 4.5)\n"
        "   Original:  Monday, 12 October 2026, 10:00\n   Amended:   Monday, 19 October 2026, 10:00\n\n"
        "3. All other terms of the Invitation to Tender remain unchanged.\n"
    ),
    "an addendum's For blocks and prose days": (  # (round kn)
        "ADDENDUM No. 1\n\n",
        '  For:   "Bids are due:\n          Date: 24 May 2027    Time: 11:00 JST"\n'
        "Firms must send a notice by\n4 p.m. Japan time on Monday 31 May. We will sign the contract in July, in the week of\n"
        '12 July. Envelopes marked "No. 5 -\n   open" no later than May 28, 2027 (Fri.),\n   12:00 noon, JST, using Form A.\n',
    ),
    "steps put off with no new date": (  # (round ko, and the devices below)
        "件名：日程延期について\n",
        "(2) ヒアリング\n    当初：7月8日(木)\n    変更後：追ってお知らせします\n",
    ),
    "a step put off to 未定": ("件名：日程延期について\n", "(2) ヒアリング　7月8日(木) → 未定\n"),
    "a 公報's running header": "白萩県公報　　令和九年五月七日（金曜日）　　号外第三十一号　　　三\n",
    "★-marked rows with a bracketed sentence": (
        "★印は今回訂正した項目です。\n",
        "　★ヒアリング｜令和9年8月中旬（日時は別途通知します。）\n",
    ),
    "an addressee's line over a date": "入札参加申込者 各位\n令和9年6月1日\n",
    "a team's task items": (  # (round kp2: whom an item falls to, when it was done)
        "企画提案書の提出期限 2027年5月28日(金)17時\n",
        "- 県への質問送付 → 5/14(金) 締切に間に合わせる @石田 (完了 5/11)\n",
    ),
    "a step called off by an arrow line": (  # (review rv30: run onto one line, each date's sentence cut from the
        # rest of its long line and that split at each 「。」; quadratic past 200 KB, 15 s at 2 MB)
        "若葉町公告第７号\n若葉町公民館清掃業務委託に係る見積合わせの日程変更について\n令和９年４月２０日\n\n記\n"
        "現地説明会\u3000令和９年４月２７日（火）午前１０時\n→行わないこととします。\n"
        "見積書の提出期限\u3000令和９年５月１４日（金）正午\n"
    ),
    "a change's sentences naming a step done": (  # (review rv31, round ln's device: the sentences joined on one long
        # line, each day on it looked through the whole line again for a mark that its step stands; 60 s at 2 MB)
        "【日程変更】日程の変更について\n",
        "参加表明書（令和9年6月1日締切）を提出した事業者には、別途お知らせします。\n",
    ),
    "a forward's subject and attachment fields": (  # (review rv31, round ln's device: on one line, each mail header
        # checked against every addressing header for one within three lines; 9 s at 2 MB)
        "件名: FW: 【日程変更】企画競争に係る日程の変更について 添付ファイル: a.pdf\n"
    ),
    "an award notice's recourse steps on one day": (  # (review rv32, round lo2's device: the candidates of one kind and
        # day that name no recourse step each looked up in the lists of those that do; 2.6 s at 200 KB)
        "Complaints shall be submitted by 23:59 JST on Friday, 4 February 2028.\n"
        "The Standstill Period ends at 23:59 JST on Friday, 4 February 2028.\n"
    ),
    "a long list of days": "・8/13(木)",  # (review rv32, beside round lk2's list of days: each day of a list walked to
    # the list's end for a closed office's note after it; 60 s at 200 KB)
    "numbers spelled out then in figures": "ten (10) ",  # (review rv32, round lo2's device: each part kept with the one
    # before joined onto a growing string; 13 s at 2 MB)
    "items cited by their number": "under 1. ",  # (review rv32, round lh's device: the same; 13 s at 2 MB)
    "a change between quotes": "回答は「11月17日(火)まで」→「11月19日(木)まで」に変更\n",  # (review rv32, round lm2's device:
    # the whole line built again for each old date cut out of it; 10 s at 2 MB)
    "a 当初/変更後 table's head and row on each line": (  # (review rv33, round lr's device: run onto one line, its cells
        # read one a line, the rows so far copied for each row; as written, all the text before and after each pair of
        # dates copied to see it blank; 34 s and 17 s at 4 MB)
        "日程の変更  項目 当初の日程 変更後の日程 入札書の受付期間 令和9年1月18日 令和9年1月25日\n"
    ),
    "an ICS event's description folded over many lines": (  # (review rv34, round lv's device: an ICS export on one line
        # split again at its properties and folds, each fold added to the property's whole value so far; 1.6 s at 2 MB)
        "BEGIN:VCALENDAR\nPRODID:x\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20271220\nSUMMARY:審査結果通知\nDESCRIPTION:日付未定\n",
        " のため2/25に仮置き。\\n参加申込 6/10\n",
    ),
    "an event announced past its topic": (  # (review rv35, round tl02's device: run onto one line, each date on it looked
        # through the whole line again for the writer's own event 「…を開催します」; 49 s at 2 MB)
        "本業務の画面構成について、次のとおり画面確認会を開催します。\n日時：11月21日14時から\n"
    ),
    "a spaced schedule's head words": "月 日 ",  # (review rv37, round ml's device: on a line run together, each head
    # 「月 日」 found and folded the words of its 6,000 characters again; over 60 s at 200 KB)
    "a reply over quoted mail headers": (  # (review rv37: each date looked through every mail header above it for the
        # day its mail was sent; run onto one line, 10.5 s at 200 KB)
        "Subject: RE: key dates\n",
        "- Questions: Wed 1/20, 17:00\n- Answers: by Wed 1/27\n> From: a\n",
    ),
    "a spaced comparison table's heads over and over": "  変更前    変更後  参加申込 6月10日  \n",  # (review rv38, round
    # nd's device: run onto one line, each pair of heads measured the widths and gaps of the 8,000 characters after it
    # again; 5.6 s at 20 KB)
    "a sheet's rows of one step on one day, each repeated": "| Site tour | 16-Sep-27 | R9.9.16 | Thu | 10:00 |\n",  # (review
    # rv39, round nq's d-mmm-yy date 「16-Sep-27」: each English repeat of a row looked through all the steps of its kind
    # and day for one to give its time; over 90 s at 200 KB)
    "old values' brackets left open": "提出期限 6月11日（金）正午 (変更前: 6月4日((((((((( ",  # (review rv39: each date
    # looked through every old value's bracket of its text; 2.3 s at 200 KB, 16 times 20 KB's)
    "the same words either side of an arrow": "7月28日(金)までに公表 ⇒ 8月9日(水)までに公表 ",  # (review rv39: each
    # pair's new date copied the rest of its line to skip its spaces (round ns); ``changes`` 4.8 s on a 2 MB line)
    "a sideways table of single-spaced cells": (  # (review rv40, round oi's device: run onto one line, each row of dates
        # split the whole line before it again for its row of steps, and each row after it copied the rest of the line;
        # 97 s at 2 MB, 12 s after)
        "項目 公告 質問受付期限 回答 契約締結\n日付 R9.5.10 R9.5.19 R9.6.1 R9.7中旬\n曜日 (月) (水) (金) ―\n時刻 ― 17:00 17:00 ―\n※備考です。\n"
    ),
    "a team's marked entries in a paste": (  # (review rv44: run onto one line, each entry the team marks its own cut by
        # copying the whole line again; 4.5 s at 2 MB on one line, 0.22 s after)
        "6/3(水) 10:00 キックオフ(社内) 6/5(金) 【社内】提案書ドラフト 6/9 申込 【市】提出期限 令和9年7月2日(金)正午\n"
    ),
    "a dated article's days alone and 「同」 days": (  # (review rv46, round ra's device: its wrapped lines joined into one,
        # each 「同24日」 looked through the line from its start for the month before it, each news day for the next
        # 「。」; 7.2 s at 200 KB, 0.7 s after)
        "発行日：2027年4月14日(水)\n白波新聞\n",
        "市は13日、同24日に説明会、",
    ),
    "keys each before their date in one run-on sentence": (  # (review rv46, round re's device: each date of a long line
        # looked through the whole line for 「当」 of an old date's aside; 27 s at 2 MB, 4.5 s at 1 MB after)
        "令和8年7月3日公告。",
        "入札書の提出期限 7月27日正午、開札 7月28日午前10時、",
    ),
    "a ruled table's long row of cells": (  # (review rv47, round rq's device: run onto one line, a row between its
        # table's rules measured again from its start for each cell its second line may begin at, each cell's column
        # looked through all the columns before it; 1.6 s at 5 KB, 78 s at 20 KB, 0.08 s at 60 KB after)
        "日程表\n------------------------------\n説明会   6月7日   午後2時\n------------------------------\n",
        "ab   cd\n",
        "6月8日   x\n------------------------------\n",
    ),
    "a comparison table's two heads side by side, no pair under them": "改正後   改正前 x   y ",  # (review rv47, round
    # rp's device: run together, each pair of heads read the gaps of the 6,000 characters after it again; 11.7 s at
    # 200 KB, 0.5 s after)
    "a comparison table's same cells either side of a gap": "改正後   改正前 ",  # (review rv47, round rp's device: each
    # break looked for in each pair's span; 2.3 s at 200 KB, 0.3 s after)
    "a list of days a step is moved to": ("見学会を", "2/17(火)・", "2/18(水)に延期します"),  # (review rv48, round sb's
    # device: each day of the list walked it to its end for the change after its last; 155 s at 200 KB, 2.2 s after)
    "news headings over and over": "新着情報 2024年9月3日 お知らせ 2024年9月2日 告知 ",  # (review rv48, round sd's device:
    # each heading walked the posts to the line's end, each point looked for in every list; 6.2 s at 200 KB, 0.5 s after)
    "a week's agenda rows on one line": "  9/15(火)   ◎ 説明会\n",  # (review rv48, round sa's device: each day's and
    # mark's gap found by copying the line before it; 32 s at 2 MB on one line, 15 s after)
    "a spoken table's cell of many sentences": ("1行目。項目、説明会。日時、令和8年5月1日。", "補足です。", "\n"),  # (re-read of
    # stop 56, round rz's device: the cell rebuilt for every sentence joined to it; 2.3 s at 1.2 MB, 0.7 s after)
    "a box beside the body, its last row wider": "┌ 日 程 ┐ 6月7日説明会│公告 │ " * 60 + "c│b│ └──┘ ",  # (review rv49,
    # round sa's device: run onto one line, each top searched the line for its bottom, listed its bars and measured its
    # rows again; 1.1 s at 200 KB, 0.7 s after)
    "markup comments left open": "<!--",  # (review rv47, round rm's device: the 4,000 characters after each 「<!--」 read
    # for its 「-->」; 15.6 s at 2 MB, none after)
}
ADVERSARIAL_GROWTH = 10  # the large text of each device is this many times the small one


def adversarial_scaling(small_mb: float) -> dict:
    """Each device of ``ADVERSARIAL`` as written and on one line, ``small_mb`` and ``ADVERSARIAL_GROWTH`` times that:
    the large one must take at most 2.5 times its share of the small one's CPU time (and half a second more); the worst
    ratio of the large one's time to the small one's times the growth, and its device."""

    def repeated(unit: str, megabytes: float) -> str:
        return unit * max(1, int(megabytes * 1e6) // len(unit.encode("utf-8")))

    def seconds(text: str) -> float:
        started = time.process_time()
        extract(text)
        return time.process_time() - started

    worst, worst_name, over = 0.0, "", []
    for name, device in ADVERSARIAL.items():
        head, unit, tail = (*device, "")[:3] if isinstance(device, tuple) else ("", device, "")
        for shape, shaped in (("as written", lambda text: text), ("one line", lambda text: text.replace("\n", " "))):
            small = shaped(head) + repeated(shaped(unit), small_mb) + shaped(tail)
            small_s = min(seconds(small) for _ in range(3))
            large_s = seconds(shaped(head) + repeated(shaped(unit), small_mb * ADVERSARIAL_GROWTH) + shaped(tail))
            ratio = large_s / (ADVERSARIAL_GROWTH * small_s)
            if ratio > worst:
                worst, worst_name = ratio, f"{name} ({shape})"
            if large_s > ADVERSARIAL_GROWTH * small_s * 2.5 + 0.5:
                over.append(f"{name} ({shape}): {small_s:.2f} s, then {large_s:.1f} s for {ADVERSARIAL_GROWTH} times the text")
    if over:
        raise AssertionError("a super-linear path on repeated devices: " + "; ".join(over))
    return {"extract_adversarial_ratio": worst, "extract_adversarial_worst": worst_name}


def extraction(*, runs: int, warmup: int, large_mb: float = 20) -> dict:
    """Extraction speed on the sample notices, and a property with a time budget: a large generated text
    (the samples and the development notices repeated, half as lines, half run together on one line, as PDF text
    layers and portal pages come) is read in time proportional to its size, no super-linear path; and so is each
    device of ``ADVERSARIAL`` repeated (``adversarial_scaling``)."""
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
    wall = time.perf_counter()
    large_s = seconds(large)
    large_wall_s = time.perf_counter() - wall
    if large_s > budget:
        raise AssertionError(
            f"extracting {large_mb:g} MB took {large_s:.1f} s, over its {budget:.1f} s budget: a super-linear path"
        )
    result |= {
        "extract_large_mb": len(large.encode("utf-8")) / 1e6,
        "extract_large_s": large_s,
        "extract_scaling_ratio": large_s / (20 * small_s),
        "extract_20mb_s": large_wall_s,  # wall-clock, as a person waits for it
    }
    return result | adversarial_scaling(large_mb / 1000)


def texts_of(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.txt"))


def export_xlsx(*, runs: int, warmup: int) -> dict:
    """Every notice of the data set (and their milestones) exported as one .xlsx, as the 「Excel」 link and
    ``export_notices --format xlsx`` write it: wall time (median), and the Python heap's peak during one
    more run under tracemalloc (XlsxWriter streams rows to disk; the queries are read a chunk at a time)."""
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
