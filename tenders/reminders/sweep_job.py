"""The minute sweep as a django-q2 job: its every-minute Schedule row (created by a migration) and the task it runs."""

import datetime as dt

from django.utils import timezone

SCHEDULE_NAME = "shimekiri: send due reminders"
TASK = "tenders.reminders.tasks.sweep_task"


def next_whole_minute(now: dt.datetime) -> dt.datetime:
    return now.replace(second=0, microsecond=0) + dt.timedelta(minutes=1)


def ensure_schedule(Schedule) -> None:
    """Create or repair the one schedule (idempotent); ``Schedule`` may be a migration's historical model.

    Its runs fall on whole minutes (django-q2 adds a minute to the last ``next_run``), where reminders
    fall (due moments are whole minutes): a reminder then waits only for django-q2's scheduler, which
    looks every 30 s, not also for the schedule's offset within the minute (docs/performance.md).
    """
    Schedule.objects.update_or_create(
        name=SCHEDULE_NAME,
        defaults={"func": TASK, "schedule_type": "I", "minutes": 1, "repeats": -1, "next_run": next_whole_minute(timezone.now())},
    )
