"""The django-q2 task the chat schedule calls."""

from tenders.chat.send import sweep


def sweep_task() -> str:
    report = sweep()
    return f"sent {report.sent}, failed {report.failed}"
