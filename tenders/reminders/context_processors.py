from tenders.reminders import health


def scheduler(request):
    """Every signed-in page warns when reminders have stopped going out (a read: the mail to the
    leads is the ``check_worker`` command's, never a page's)."""
    if not getattr(request, "user", None) or not request.user.is_authenticated:
        return {}
    return {"reminders_stalled": health.stalled()}
