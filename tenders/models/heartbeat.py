"""The worker's jobs' proof of life: a row per job, written when each run starts, read by /healthz
and the pages (reads only).

It belongs to none of the apps whose jobs beat: the reminder sweep, the chat sweep and the discovery
run all write here, and chat may not import reminders. The table is the one the reminders app made
when it was the only job (``reminders_heartbeat``).
"""

import datetime as dt

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Heartbeat(models.Model):
    name = models.CharField(max_length=40, primary_key=True)
    beat_at = models.DateTimeField()
    alerted_at = models.DateTimeField(null=True, blank=True)

    SWEEP = "sweep"  # the reminder sweep, every minute
    CHAT = "chat"  # the chat sweep, every minute
    DISCOVERY = "discovery"  # the discovery run, every ten minutes

    class Meta:
        db_table = "reminders_heartbeat"
        verbose_name = _("heartbeat")
        verbose_name_plural = _("heartbeats")

    def __str__(self):
        return f"{self.name}: {self.beat_at:%Y-%m-%d %H:%M:%S}"


def beat(name: str, now: dt.datetime) -> None:
    """The job ``name`` runs now."""
    Heartbeat.objects.update_or_create(name=name, defaults={"beat_at": now})


def claim_alert(beat: Heartbeat, now: dt.datetime) -> bool:
    """Whether this caller is the one to tell of the outage since ``beat`` (a conditional UPDATE: once per outage)."""
    claimed = (
        Heartbeat.objects.filter(name=beat.name, beat_at=beat.beat_at)
        .filter(Q(alerted_at__isnull=True) | Q(alerted_at__lt=beat.beat_at))
        .update(alerted_at=now)
    )
    return claimed == 1
