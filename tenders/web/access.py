"""Who may see what: a notice of one's own teams, a team one leads. Anything else is a 404."""

from django.shortcuts import get_object_or_404, resolve_url
from django.utils.http import url_has_allowed_host_and_scheme

from tenders.models import Milestone, Notice, Team


def visible_notice(user, pk, queryset=None) -> Notice:
    return get_object_or_404((queryset if queryset is not None else Notice.objects).visible_to(user), pk=pk)


def visible_milestone(user, pk) -> Milestone:
    return get_object_or_404(
        Milestone.objects.filter(notice__in=Notice.objects.visible_to(user).values("pk")).select_related("notice"), pk=pk
    )


def next_url(request, fallback: str, *args) -> str:
    """The ``next`` a form carries when it is on this site; else ``fallback`` (a URL name and its args)."""
    target = request.POST.get("next") or request.GET.get("next")
    if target and url_has_allowed_host_and_scheme(target, {request.get_host()}, require_https=request.is_secure()):
        return target
    return resolve_url(fallback, *args)


def led_team(user, pk) -> Team:
    return get_object_or_404(Team.objects.led_by(user), pk=pk)
