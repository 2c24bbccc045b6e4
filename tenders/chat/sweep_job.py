"""The chat step as its own django-q2 job: its every-minute Schedule row (created by a migration)."""

from django.utils import timezone

SCHEDULE_NAME = "shimekiri: send due chat messages"
TASK = "tenders.chat.tasks.sweep_task"


def ensure_schedule(Schedule) -> None:
    """Create or repair the one schedule (idempotent); ``Schedule`` may be a migration's historical model."""
    Schedule.objects.update_or_create(
        name=SCHEDULE_NAME,
        defaults={"func": TASK, "schedule_type": "I", "minutes": 1, "repeats": -1, "next_run": timezone.now()},
    )
