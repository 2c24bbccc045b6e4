"""One reminder sweep, every minute: a thin list of steps, each in the module of its idea.

beat (the worker is alive: health.py reads it) → plan this morning's digests (digests.py) → expire
what is past its deadline and take back claims of a killed sweep (lease.py) → skip reminders a later
one supersedes, then claim, build, send and record what is due (send.py), digests after reminders.
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
"""

from __future__ import annotations

import datetime as dt
import time

from django.core.mail import get_connection
from django.utils import timezone

from tenders import lease
from tenders.reminders import digests
from tenders.reminders.models import Delivery, DigestDelivery, Heartbeat
from tenders.reminders.send import SweepReport, send_due, skip_caught_up


def sweep(now: dt.datetime | None = None, *, limit: int = 500) -> SweepReport:
    now = now or timezone.now()
    report = SweepReport()
    beat(now)
    digests.plan_digests(now)
    for model in (Delivery, DigestDelivery):
        lease.expire(model, now)
        lease.take_back_stale(model, now)
    skip_caught_up(now)
    started = time.monotonic()
    connection = get_connection()  # one SMTP session for the whole sweep
    try:
        if send_due(now, report, limit=limit, connection=connection, started=started):
            digests.send_digests(now, report, connection=connection, started=started)
    finally:
        try:
            connection.close()
        except Exception:  # noqa: BLE001
            pass
    return report


def beat(now: dt.datetime, name: str = Heartbeat.SWEEP) -> None:
    Heartbeat.objects.update_or_create(name=name, defaults={"beat_at": now})
