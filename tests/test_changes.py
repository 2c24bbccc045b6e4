"""Every service says what it changed (tenders.changes), so whatever is derived from the core can follow."""

import datetime as dt

from tenders import changes
from tenders.models import Membership, Milestone
from tenders.services import milestone_mark_done, milestone_reopen, milestone_reschedule, notice_set_status, team_join


def test_a_reschedule_names_its_team_and_milestone(kuwana, heard):
    milestone = kuwana.milestones.get(kind="question")
    milestone_reschedule(milestone=milestone, precision="date", day=dt.date(2026, 4, 20), reason="訂正公告")
    assert heard == [changes.Change(teams=frozenset({kuwana.team_id}), milestones=frozenset({milestone.pk}))]


def test_an_unchanged_date_or_a_second_click_announces_nothing(kuwana, heard):
    milestone = kuwana.milestones.get(kind="question")
    milestone_reschedule(milestone=milestone, precision=milestone.precision, day=milestone.date, time=milestone.due_time)
    assert milestone_mark_done(milestone=milestone) and not milestone_mark_done(milestone=milestone)
    assert milestone_reopen(milestone=milestone) and not milestone_reopen(milestone=milestone)
    assert [set(change.milestones) for change in heard] == [{milestone.pk}, {milestone.pk}]


def test_a_status_names_every_milestone_of_the_notice(kuwana, heard):
    notice_set_status(notice=kuwana, status="no_go")
    (change,) = heard
    assert change.milestones == set(Milestone.objects.filter(notice=kuwana).values_list("pk", flat=True))


def test_a_new_member_changes_the_whole_team(team, outsider, heard):
    team_join(team=team, user=outsider, role=Membership.Role.MEMBER)
    assert heard == [changes.Change(teams=frozenset({team.pk}), whole_teams=True)]


def test_joining_again_changes_nothing(team, owner, heard):
    team_join(team=team, user=owner, role=Membership.Role.LEAD)  # the owner already leads the team
    assert heard == []
