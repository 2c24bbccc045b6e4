"""The milestone services: a date change recorded once with its reason, done and open again."""

import datetime as dt

from tenders.models import MilestoneChange, TeamValidity
from tenders.services import (
    MilestoneEdit,
    due_of,
    milestone_delete,
    milestone_mark_done,
    milestone_reopen,
    milestone_reschedule,
    milestone_update,
)


def key(team):
    return TeamValidity.objects.get(team=team).key


def test_reschedule_records_the_change_grows_the_sequence_and_renews_the_key(kuwana, owner):
    milestone = kuwana.milestones.get(kind="question")
    before = key(kuwana.team)
    change = milestone_reschedule(milestone=milestone, precision="date", day=dt.date(2026, 4, 20), by=owner, reason="訂正公告")
    assert change.reason == "訂正公告" and change.new_date == dt.date(2026, 4, 20)
    milestone.refresh_from_db()
    assert milestone.ical_sequence == 1 and key(kuwana.team) != before


def test_update_records_a_date_change_only_when_the_date_moved(kuwana, owner):
    milestone = kuwana.milestones.get(kind="question")
    milestone.delivery_note = "持参"
    assert milestone_update(edit=MilestoneEdit(milestone, due_of(milestone), "なし"), by=owner) is None
    old = due_of(milestone)
    milestone.set_due("date", dt.date(2026, 4, 18))
    change = milestone_update(edit=MilestoneEdit(milestone, old, "延長"), by=owner)
    assert MilestoneChange.objects.get() == change and change.old_date == old[1]


def test_done_and_open_again_once_each(kuwana, owner):
    milestone = kuwana.milestones.first()
    first = key(kuwana.team)
    assert milestone_mark_done(milestone=milestone, by=owner) and milestone.done_by == owner
    second = key(kuwana.team)
    assert second != first
    assert not milestone_mark_done(milestone=milestone, by=owner) and key(kuwana.team) == second
    assert milestone_reopen(milestone=milestone) and milestone.done_at is None and milestone.ical_sequence == 2


def test_delete(kuwana):
    milestone = kuwana.milestones.first()
    before = key(kuwana.team)
    milestone_delete(milestone=milestone)
    assert not kuwana.milestones.filter(pk=milestone.pk).exists() and key(kuwana.team) != before
