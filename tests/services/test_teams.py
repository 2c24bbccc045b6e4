"""The team services: settings, members and roles; a team always keeps a lead."""

import pytest

from tenders.models import Membership, TeamValidity
from tenders.services import (
    LastLeadError,
    membership_remove,
    membership_save,
    membership_set_role,
    notice_update,
    team_get_or_create,
    team_join,
    team_update,
)


def key(team):
    return TeamValidity.objects.get(team=team).key


def test_settings_are_validated_saved_and_renew_the_key(team, owner):
    before = key(team)
    team.reminder_offsets = ["2d", "3h"]
    team_update(team=team)
    team.refresh_from_db()
    assert team.reminder_offsets == ["2d", "3h"] and key(team) != before


def test_get_or_create_by_name(db):
    team, created = team_get_or_create(name=" 営業三課 ")
    assert created and team.name == "営業三課"
    assert team_get_or_create(name="営業三課") == (team, False)


def test_the_last_lead_can_neither_leave_nor_step_down(team, owner, teammate):
    lead = Membership.objects.get(team=team, user=owner)
    with pytest.raises(LastLeadError):
        membership_remove(membership=lead)
    with pytest.raises(LastLeadError):
        membership_set_role(membership=lead, role=Membership.Role.MEMBER)
    lead.role = Membership.Role.MEMBER
    with pytest.raises(LastLeadError):
        membership_save(membership=lead)
    assert Membership.objects.get(pk=lead.pk).role == Membership.Role.LEAD
    mate = Membership.objects.get(team=team, user=teammate)
    assert membership_set_role(membership=mate, role=Membership.Role.LEAD)
    assert membership_set_role(membership=lead, role=Membership.Role.MEMBER)  # someone else leads now


def test_a_person_removed_from_a_team_leaves_its_notices_assignees(kuwana, owner, teammate, other_team):
    """The reverse side of the assignees: the person's notices change, and the team's key with them."""
    other = team_join(team=other_team, user=teammate)
    notice_update(notice=kuwana, assignees=[teammate])
    before = key(kuwana.team)
    membership_remove(membership=Membership.objects.get(team=kuwana.team, user=teammate))
    assert not kuwana.assignees.exists() and not teammate.assigned_notices.exists()
    assert key(kuwana.team) != before
    assert Membership.objects.filter(pk=other.pk).exists()  # other teams untouched
