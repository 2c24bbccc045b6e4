"""Who may see what: a notice of one's own teams, a team one leads. Anything else is a 404."""

from django.shortcuts import get_object_or_404

from tenders.models import Milestone, Notice, Team


def visible_notice(user, pk, queryset=None) -> Notice:
    return get_object_or_404((queryset if queryset is not None else Notice.objects).visible_to(user), pk=pk)


def visible_milestone(user, pk) -> Milestone:
    return get_object_or_404(
        Milestone.objects.filter(notice__in=Notice.objects.visible_to(user).values("pk")).select_related("notice"), pk=pk
    )


def led_team(user, pk) -> Team:
    return get_object_or_404(Team.objects.led_by(user), pk=pk)
