"""The discovery job as django-q2 runs it: its schedule (every ten minutes, created by a migration) and
what one run does — the saved searches whose time has come today, the daily correction check, the
morning mails of new matches and the amendment mails."""

from django.utils import timezone

SCHEDULE_NAME = "shimekiri: discovery on the 官公需情報ポータルサイト"
TASK = "tenders.discovery.tasks.discovery_task"
CORRECTIONS_FROM_HOUR = 6  # the daily correction check runs from this hour (local time)
TIME_BUDGET_SECONDS = 150  # portal work of one run, well inside django-q2's task timeout (240 s)


def ensure_schedule(Schedule) -> None:
    """Create or repair the one schedule (idempotent); ``Schedule`` may be a migration's historical model."""
    Schedule.objects.update_or_create(
        name=SCHEDULE_NAME,
        defaults={"func": TASK, "schedule_type": "I", "minutes": 10, "repeats": -1, "next_run": timezone.now()},
    )
