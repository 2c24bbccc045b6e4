"""Home: what is late and what is due in the next 14 days, for me or for my teams."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils import timezone

from tenders.models import Milestone, Notice, Team

HORIZON_DAYS = 14
SCOPES = ("mine", "teams")


def milestones_in_scope(user, scope: str, *, open_only: bool = True):
    """Milestones of active notices: the person's own ("mine") or all of their teams' ("teams")."""
    notices = Notice.objects.active()
    notices = notices.of_person(user) if scope == "mine" else notices.visible_to(user)
    milestones = Milestone.objects.filter(notice__in=notices.values("pk"))
    return milestones.open() if open_only else milestones


def chosen_scope(request) -> str:
    """The scope, “mine” or “teams”: from the link, else as last chosen (kept in the session)."""
    scope = request.GET.get("scope")
    if scope not in SCOPES:
        return request.session.get("dashboard_scope", "mine")
    if request.session.get("dashboard_scope") != scope:
        request.session["dashboard_scope"] = scope
    return scope


@login_required
def dashboard(request):
    scope = chosen_scope(request)
    now, today = timezone.now(), timezone.localdate()
    milestones = milestones_in_scope(request.user, scope).select_related("notice__team", "notice__owner__profile")
    overdue = list(milestones.overdue(now, today).in_due_order())
    coming = list(milestones.coming(now, today, HORIZON_DAYS).in_due_order())
    teams = list(Team.objects.of(request.user))
    counts = (
        Milestone.objects.open().of_active_notices().filter(notice__team__in=teams)
        .counts_by_team(now, today, HORIZON_DAYS)
    )
    for team in teams:
        team.counts = counts.get(team.pk, {"overdue": 0, "coming": 0})
    context = {
        "scope": scope,
        "now": now,
        "today": today,
        "overdue": overdue,
        "days": group_by_day([m for m in coming if not m.is_fuzzy]),
        "fuzzy": [m for m in coming if m.is_fuzzy],
        "teams": teams,
        "horizon": HORIZON_DAYS,
    }
    return render(request, "tenders/dashboard.html", context)


def group_by_day(milestones):
    """[(day, [milestones])] in order; the day is the viewer's local day of the deadline."""
    days = {}
    for milestone in milestones:
        day = milestone.local_day()
        days.setdefault(day, []).append(milestone)
    return sorted(days.items())
