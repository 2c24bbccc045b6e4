"""Teams, their settings and their members; a team always keeps at least one lead."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from tenders.changes import touched
from tenders.models import Membership, Notice, Team


class LastLeadError(ValidationError):
    """The change would leave a team without a lead."""


def _last_lead_error() -> LastLeadError:
    return LastLeadError(_("A team needs at least one lead. Make someone else lead first."), code="last_lead")


def team_keeps_a_lead(*, team_id: int, losing: set[int]) -> None:
    """The last-lead rule: raise LastLeadError when the memberships ``losing`` (ids) are all the leads
    the team has."""
    leads = set(Membership.objects.filter(team_id=team_id, role=Membership.Role.LEAD).values_list("pk", flat=True))
    if leads and leads <= set(losing):
        raise _last_lead_error()


@transaction.atomic
def team_get_or_create(*, name: str) -> tuple[Team, bool]:
    team, created = Team.objects.get_or_create(name=name.strip())
    if created:
        touched(teams=[team.pk], whole_teams=True)
    return team, created


@transaction.atomic
def team_update(*, team: Team) -> Team:
    """Save a team's settings (name, deadline time, reminder offsets, the kinds it acts on)."""
    team.full_clean()
    team.save()
    touched(teams=[team.pk], whole_teams=True)
    return team


@transaction.atomic
def team_delete(*, team: Team) -> None:
    pk = team.pk
    team.delete()
    touched(teams=[pk], whole_teams=True)


@transaction.atomic
def team_join(*, team: Team, user, role: str = Membership.Role.MEMBER) -> Membership:
    """Add a person to a team (or make a member lead); joining again as a member changes nothing."""
    membership, changed = Membership.objects.get_or_create(team=team, user=user, defaults={"role": role})
    if not changed and membership.role != role and role == Membership.Role.LEAD:
        membership.role = role
        membership.save(update_fields=["role"])
        changed = True
    if changed:
        touched(teams=[team.pk], whole_teams=True)
    return membership


@transaction.atomic
def membership_set_role(*, membership: Membership, role: str) -> bool:
    """Make a member lead, or a lead member (not the last lead); False when nothing changed."""
    membership = Membership.objects.select_for_update().get(pk=membership.pk)
    if role not in Membership.Role.values or role == membership.role:
        return False
    if membership.role == Membership.Role.LEAD:
        team_keeps_a_lead(team_id=membership.team_id, losing={membership.pk})
    membership.role = role
    membership.save(update_fields=["role"])
    touched(teams=[membership.team_id], whole_teams=True)
    return True


@transaction.atomic
def membership_remove(*, membership: Membership) -> None:
    """Take a person off a team (not its last lead): they leave the assignees of the team's notices too,
    since they no longer see them."""
    membership = Membership.objects.select_for_update().select_related("user").get(pk=membership.pk)
    team_keeps_a_lead(team_id=membership.team_id, losing={membership.pk})
    user = membership.user
    assigned = Notice.objects.filter(team_id=membership.team_id, assignees=user)
    milestones = list(assigned.values_list("milestones", flat=True))
    user.assigned_notices.remove(*assigned)
    membership.delete()
    touched(teams=[membership.team_id], milestones=milestones, whole_teams=True)


@transaction.atomic
def membership_save(*, membership: Membership) -> Membership:
    """Save a membership as the admin edited it (a new one, or a changed role or team)."""
    if membership._state.adding:
        membership.save()
        touched(teams=[membership.team_id], whole_teams=True)
        return membership
    before = Membership.objects.select_for_update().get(pk=membership.pk)
    if before.role == Membership.Role.LEAD and (membership.role != before.role or membership.team_id != before.team_id):
        team_keeps_a_lead(team_id=before.team_id, losing={before.pk})
    membership.save()
    touched(teams=[before.team_id, membership.team_id], whole_teams=True)
    return membership
