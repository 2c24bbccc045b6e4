"""One reminder sweep, every minute: a thin list of steps, each in the module of its idea.

beat (the worker is alive: health.py reads it) → plan this morning's digests (digests.py) → expire
what is past its deadline and take back claims of a killed sweep (lease.py) → skip reminders a later
one supersedes, then claim, build, send and record what is due (send.py), digests after reminders,
a chunk at a time until nothing is due or the sweep's time budget (REMINDER_SWEEP_SECONDS) is spent.
What is due is planned when the core changes (plan.py), not here. Safe to run twice at once and
after a crash:
- rows are unique per (milestone, recipient, offset, due moment), so planning twice adds nothing;
  a digest row is unique per person and day;
- rows are claimed, renewed, released and taken back as tenders.lease says, reminders and
  digests alike; each row is marked sent the moment its mail is handed over;
- a row left "sending" by a killed worker is taken back after the claim lease and sent again. That
  is the one crash window: a mail handed to SMTP whose row was not yet marked sent. The
  deterministic Message-ID lets mail clients collapse such a duplicate. The other rows of the
  killed sweep's chunk were never sent: they go out once the lease has passed;
- nothing is sent after its deadline (a digest: after noon): such a row is closed as expired.

A burst (thousands due in one minute) is shared: the minute's sweep asks other workers, of this
cluster or of others on other machines, to ``drain`` with it (tasks.py); each claims its own chunks.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable

from django.conf import settings
from django.core.mail import get_connection
from django.utils import timezone

from tenders import lease
from tenders.models.heartbeat import Heartbeat, beat
from tenders.reminders import digests
from tenders.reminders.models import Delivery, DigestDelivery
from tenders.reminders.send import SweepReport, send_due, skip_caught_up


def sweep(
    now: dt.datetime | None = None,
    *,
    limit: int | None = None,
    seconds: float | None = None,
    share: Callable[[], object] | None = None,
) -> SweepReport:
    """The minute's sweep: the heartbeat and this morning's digests, then ``drain``. ``limit``: at
    most that many reminders; ``seconds``: its time budget; ``share``: called when more than a chunk
    is due, to ask other workers to drain alongside (tasks.py)."""
    now = now or timezone.now()
    started = time.monotonic()
    beat(Heartbeat.SWEEP, now)
    digests.plan_digests(now)
    return drain(now, limit=limit, until=started + budget(seconds), share=share)


def drain(
    now: dt.datetime | None = None,
    *,
    limit: int | None = None,
    until: float | None = None,
    share: Callable[[], object] | None = None,
) -> SweepReport:
    """Expire, take back and skip what the rules say (cheap, and safe to repeat: a helper draining
    alongside the sweep, or after it, keeps the same rules), then send what is due, reminders then
    digests, over one SMTP connection, until nothing is due or the time budget is spent; what is left
    waits for the next sweep (or is drained by another worker)."""
    now = now or timezone.now()
    until = time.monotonic() + budget() if until is None else until
    for model in (Delivery, DigestDelivery):
        lease.expire(model, now)
        lease.take_back_stale(model, now)
    skip_caught_up(now)
    if share is not None and backlog(now, more_than=lease.CHUNK):
        share()
    report = SweepReport()
    connection = get_connection()  # one SMTP session for the whole sweep, digests included
    try:
        if send_due(now, report, limit=limit, connection=connection, until=until):
            digests.send_digests(now, report, connection=connection, until=until)
    finally:
        try:
            connection.close()
        except Exception:  # noqa: BLE001
            pass
    return report


def budget(seconds: float | None = None) -> float:
    """A sweep's sending time: most of its minute, so the next minute's sweep finds little left."""
    return settings.REMINDER_SWEEP_SECONDS if seconds is None else seconds


def backlog(now: dt.datetime, *, more_than: int) -> bool:
    """More than ``more_than`` reminders due now (counted no further than that)."""
    due = Delivery.objects.filter(status=Delivery.Status.PENDING, next_attempt_at__lte=now)
    return due.order_by()[: more_than + 1].count() > more_than
