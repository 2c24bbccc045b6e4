from tenders.reminders import health


def scheduler(request):
    """Every signed-in page warns when reminders have stopped going out."""
    if not getattr(request, "user", None) or not request.user.is_authenticated:
        return {}
    stalled, _beat = health.check()
    return {"reminders_stalled": stalled}
