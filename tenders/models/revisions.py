"""A counter per team that grows with every change to what the team's schedule shows.

Whatever is built from a team's notices (a calendar feed, a cached page part) can tell from this
one row that nothing changed, instead of reading every milestone. The counter only ever grows
(updated with F(), never saved from an instance), so an old value never comes back.

It grows on: a notice or milestone saved or deleted, assignees changed, a member added, changed
or removed, a person's name or profile changed, the team's own settings changed. Writes that use
QuerySet.update() on these models call ``teams_changed`` themselves (see tenders.services).
"""

import datetime as dt

from django.db import models
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class TeamRevision(models.Model):
    team = models.OneToOneField(
        "tenders.Team", on_delete=models.CASCADE, primary_key=True, related_name="revision", verbose_name=_("team")
    )
    revision = models.PositiveBigIntegerField(_("revision"), default=0)
    changed_at = models.DateTimeField(_("changed at"), default=timezone.now)

    class Meta:
        verbose_name = _("team revision")
        verbose_name_plural = _("team revisions")

    def __str__(self):
        return f"{self.team_id}: {self.revision}"


def revisions_of(teams) -> list[tuple[int, int, dt.datetime]]:
    """(team, revision, changed at) of these teams (a Team queryset), in team order.

    A team made without its row (bulk inserts skip the signal that adds it) gets one here, so whatever
    reads revisions sees every team, and ``teams_changed`` has a row to grow from then on.
    """
    rows = list(teams.order_by("pk").values_list("pk", "revision__revision", "revision__changed_at"))
    missing = [TeamRevision(team_id=pk) for pk, revision, _ in rows if revision is None]
    if missing:
        TeamRevision.objects.bulk_create(missing, ignore_conflicts=True)
        rows = list(teams.order_by("pk").values_list("pk", "revision__revision", "revision__changed_at"))
    return rows


def teams_changed(teams) -> None:
    """Grow the counter of these teams (ids, or a queryset of teams)."""
    TeamRevision.objects.filter(team__in=teams).update(revision=F("revision") + 1, changed_at=timezone.now())
