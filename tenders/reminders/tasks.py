"""The django-q2 task the every-minute schedule calls."""

from tenders.reminders.sweep import sweep


def sweep_task() -> str:
    report = sweep()
    return f"sent {report.sent}, failed {report.failed}"
