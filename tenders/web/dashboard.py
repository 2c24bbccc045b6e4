"""Home: what is late and what is due in the next 14 days, for me or for my teams; all that is late."""

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import timezone

from tenders.models import Milestone, Notice, Team
from tenders.web.kept import kept_html

HORIZON_DAYS = 14
OVERDUE_SHOWN = 10  # the most recent; years of notices nobody closed would bury the page
OVERDUE_PAGE_SIZE = 50
SCOPES = ("mine", "teams")


def milestones_in_scope(user, scope: str, *, open_only: bool = True):
    """Milestones of active notices: the person's own ("mine") or all of their teams' ("teams")."""
    notices = Notice.objects.active()
    notices = notices.of_person(user) if scope == "mine" else notices.visible_to(user)
    milestones = Milestone.objects.filter(notice__in=notices.values("pk"))
    return milestones.open() if open_only else milestones


def rows_in_scope(user, scope: str):
    """Open milestones in scope with what a row shows: the notice, its team and owner."""
    return milestones_in_scope(user, scope).select_related("notice__team", "notice__owner__profile")


def overdue_in_scope(user, scope: str, now, today):
    """Overdue milestones in scope, the most recent first."""
    return rows_in_scope(user, scope).overdue(now, today).in_due_order().reverse()


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
    return render(request, "tenders/dashboard.html", {"scope": scope, "lists": lists_of(request.user, scope)})


def lists_of(user, scope: str) -> str:
    """The dashboard's lists as HTML, rendered again only when they would differ (see tenders.web.kept)."""

    def render(now):
        context = lists_context(user, scope, now)
        return render_to_string("tenders/_dashboard_lists.html", context), context["next_due"]

    return kept_html(user, "dashboard", scope, render)


def lists_context(user, scope: str, now) -> dict:
    today = timezone.localdate(now)
    late = overdue_in_scope(user, scope, now, today)
    overdue = list(late[:OVERDUE_SHOWN])[::-1]  # the most recent, shown in due order
    coming = list(rows_in_scope(user, scope).coming(now, today, HORIZON_DAYS).in_due_order())
    teams = list(Team.objects.of(user))
    counts = Milestone.objects.open().of_active_notices().filter(notice__team__in=teams).counts_by_team(now, today, HORIZON_DAYS)
    next_due = min(
        filter(None, (c.pop("next_due") for c in counts.values())), default=None
    )  # a deadline passing changes the counts
    for team in teams:
        team.counts = counts.get(team.pk, {"overdue": 0, "coming": 0})
    return {
        "next_due": next_due,
        "scope": scope,
        "now": now,
        "today": today,
        "overdue": overdue,
        "overdue_count": late.count(),
        "days": group_by_day([m for m in coming if not m.is_fuzzy]),
        "fuzzy": [m for m in coming if m.is_fuzzy],
        "teams": teams,
        "horizon": HORIZON_DAYS,
    }


def group_by_day(milestones):
    """[(day, [milestones])] in order; the day is the viewer's local day of the deadline."""
    days = {}
    for milestone in milestones:
        day = milestone.local_day()
        days.setdefault(day, []).append(milestone)
    return sorted(days.items())


@login_required
def overdue(request):
    """Every overdue milestone in scope, the most recent first, a page at a time."""
    scope = chosen_scope(request)
    now, today = timezone.now(), timezone.localdate()
    page = Paginator(overdue_in_scope(request.user, scope, now, today), OVERDUE_PAGE_SIZE).get_page(request.GET.get("page"))
    context = {"scope": scope, "now": now, "today": today, "page": page, "query": f"scope={scope}"}
    return render(request, "tenders/overdue.html", context)
