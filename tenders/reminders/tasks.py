"""The django-q2 tasks: the every-minute sweep, and the drains it asks of other workers in a burst."""

from django.conf import settings

from tenders.reminders.sweep import drain, sweep


def sweep_task() -> str:
    report = sweep(share=share_burst)
    return f"sent {report.sent}, failed {report.failed}"


def drain_task() -> str:
    """Send what is due alongside the minute's sweep, on this worker's own SMTP connection."""
    report = drain()
    return f"sent {report.sent}, failed {report.failed}"


def share_burst() -> None:
    """More than a chunk is due: ask REMINDER_SENDERS - 1 other workers (of any cluster on the broker)
    to drain too. Each claims its own chunks, so nothing is sent twice; a helper that starts late
    finds nothing left and returns at once."""
    from django_q.tasks import async_task

    for _ in range(settings.REMINDER_SENDERS - 1):
        async_task("tenders.reminders.tasks.drain_task", task_name="shimekiri: drain reminders")
