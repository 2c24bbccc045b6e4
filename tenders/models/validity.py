"""A validity key per team: it changes with every change to what the team's schedule shows.

Whatever is built from a team's notices (a calendar feed, a kept page part) can tell from this one
row that nothing changed, instead of reading every milestone. The key is random and renewed by
``tenders.changes.touched()`` (which every service calls), so a key never comes back: not even after
a database restore brings back an older row, since the next change draws a key never used before.
"""

import datetime as dt
import secrets

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def new_validity_key() -> str:
    return secrets.token_hex(8)


class TeamValidity(models.Model):
    team = models.OneToOneField(
        "tenders.Team", on_delete=models.CASCADE, primary_key=True, related_name="validity", verbose_name=_("team")
    )
    key = models.CharField(_("validity key"), max_length=32, default=new_validity_key)
    changed_at = models.DateTimeField(_("changed at"), default=timezone.now)

    class Meta:
        verbose_name = _("team validity key")
        verbose_name_plural = _("team validity keys")

    def __str__(self):
        return f"{self.team_id}: {self.key}"


def validity_of(teams) -> list[tuple[int, str, dt.datetime]]:
    """(team, key, changed at) of these teams (a Team queryset), in team order.

    A team without its row (made by a bulk insert, or before the row existed) gets one here, so
    whatever reads the keys sees every team.
    """
    rows = list(teams.order_by("pk").values_list("pk", "validity__key", "validity__changed_at"))
    missing = [TeamValidity(team_id=pk) for pk, key, _ in rows if key is None]
    if missing:
        TeamValidity.objects.bulk_create(missing, ignore_conflicts=True)
        rows = list(teams.order_by("pk").values_list("pk", "validity__key", "validity__changed_at"))
    return rows


def renew_validity(team_ids) -> None:
    """Give these teams a key never used before (called by ``touched()`` only)."""
    team_ids = sorted(set(team_ids))
    if not team_ids:
        return
    now = timezone.now()
    renewed = TeamValidity.objects.filter(team__in=team_ids).update(key=new_validity_key(), changed_at=now)
    if renewed < len(team_ids):
        from tenders.models.staff import Team

        existing = Team.objects.filter(pk__in=team_ids).values_list("pk", flat=True)
        TeamValidity.objects.bulk_create(
            [TeamValidity(team_id=pk, key=new_validity_key(), changed_at=now) for pk in existing], ignore_conflicts=True
        )
