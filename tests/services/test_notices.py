"""The notice services: created whole or not at all, updated with their milestones, status kept."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tenders.models import Milestone, MilestoneChange, Notice, NoticeStatusChange, TeamValidity
from tenders.proposal import MilestoneProposal, NoticeProposal
from tenders.services import MilestoneEdit, notice_create, notice_delete, notice_set_status, notice_update
from tests.conftest import tokyo


def key(team):
    return TeamValidity.objects.get(team=team).key


def eight_milestones():
    return tuple(
        MilestoneProposal(kind="other", label=f"日程{i}", precision="date", date=dt.date(2026, 5, 1 + i)) for i in range(8)
    )


def test_create_saves_the_notice_its_milestones_and_document_and_renews_the_key(team, owner):
    notice = notice_create(
        team=team,
        owner=owner,
        proposal=NoticeProposal(title="案件", issuer="市", milestones=eight_milestones()),
        document_name="公告.txt",
        document_text="本文",
    )
    assert notice.milestones.count() == 8 and notice.documents.get().text == "本文"
    assert all(m.ical_sequence == 0 for m in notice.milestones.all())
    assert TeamValidity.objects.filter(team=team).exists()


def test_create_saves_nothing_when_a_milestone_is_invalid(team, owner):
    bad = MilestoneProposal(kind="other", label="長" * 1000, precision="date", date=dt.date(2026, 5, 1))  # too long
    with pytest.raises(ValidationError):
        notice_create(team=team, owner=owner, proposal=NoticeProposal(title="案件", issuer="市", milestones=(bad,)))
    assert not Notice.objects.exists() and not Milestone.objects.exists()


def test_saving_an_8_milestone_notice_takes_few_queries_and_one_key_update(team, owner):
    """docs/performance.md: one save is not 159 queries with 9 UPDATEs of the same validity row.

    About 30 for the notice and its milestones, and a constant few more for their reminders, which
    the reminders app stores in the same transaction (one read of each kind, one bulk insert)."""
    proposal = NoticeProposal(title="案件", issuer="市", milestones=eight_milestones())
    with CaptureQueriesContext(connection) as queries:
        notice = notice_create(team=team, owner=owner, proposal=proposal)
    sql = [q["sql"] for q in queries]
    assert len(sql) <= 40, sql
    assert sum("tenders_teamvalidity" in s and s.startswith("UPDATE") for s in sql) == 1

    milestones = list(notice.milestones.all())
    for milestone in milestones:
        milestone.label += "（訂正）"
    with CaptureQueriesContext(connection) as queries:
        notice_update(notice=notice, milestones=[MilestoneEdit(m) for m in milestones])
    sql = [q["sql"] for q in queries]
    assert len(sql) <= 40, sql
    assert sum("tenders_teamvalidity" in s and s.startswith("UPDATE") for s in sql) == 1


def test_update_changes_adds_and_removes_milestones_and_records_a_date_change(kuwana, owner, teammate):
    before = key(kuwana.team)
    question = kuwana.milestones.get(kind="question")
    old = (question.precision, question.date, question.due_time)
    question.set_due("datetime", dt.date(2026, 4, 17), dt.time(12, 0))
    gone = kuwana.milestones.get(label="質問の回答")
    new = Milestone(kind="other", label="社内レビュー", is_official=False)
    new.set_due("date", dt.date(2026, 4, 20))
    notice_update(
        notice=kuwana,
        assignees=[teammate],
        by=owner,
        milestones=[MilestoneEdit(question, old, "訂正公告"), MilestoneEdit(new)],
        removed=[gone],
    )
    question.refresh_from_db()
    assert question.due_at == tokyo(2026, 4, 17, 12, 0) and question.ical_sequence == 1
    change = MilestoneChange.objects.get()
    assert change.milestone == question and change.reason == "訂正公告" and change.changed_by == owner
    assert not Milestone.objects.filter(pk=gone.pk).exists()
    assert kuwana.milestones.filter(label="社内レビュー").exists()
    assert list(kuwana.assignees.all()) == [teammate]
    assert key(kuwana.team) != before


def test_a_title_change_grows_every_events_sequence_an_unshown_one_does_not(kuwana):
    kuwana.notes = "社内メモ"
    notice_update(notice=kuwana)
    assert set(kuwana.milestones.values_list("ical_sequence", flat=True)) == {0}
    kuwana.title = "件名（訂正）"
    notice_update(notice=kuwana)
    assert set(kuwana.milestones.values_list("ical_sequence", flat=True)) == {1}


def test_moving_a_notice_renews_both_teams_keys(kuwana, other_team):
    from tenders.models import Team, validity_of

    validity_of(Team.objects.all())
    before = {pk: k for pk, k, _ in validity_of(Team.objects.all())}
    kuwana.team = other_team
    notice_update(notice=kuwana)
    after = {pk: k for pk, k, _ in validity_of(Team.objects.all())}
    assert all(after[pk] != before[pk] for pk in before)


def test_status_is_kept_in_the_history_wherever_it_changes(kuwana, owner):
    assert notice_set_status(notice=kuwana, status="go", by=owner)
    assert not notice_set_status(notice=kuwana, status="go", by=owner)
    kuwana.status = "submitted"  # as the admin changes it
    notice_update(notice=kuwana, by=owner)
    assert list(NoticeStatusChange.objects.order_by("pk").values_list("old_status", "new_status")) == [
        ("watching", "go"),
        ("go", "submitted"),
    ]


def test_delete_renews_the_key(kuwana):
    before = key(kuwana.team)
    team = kuwana.team
    notice_delete(notice=kuwana)
    assert not Notice.objects.exists() and key(team) != before


def test_an_update_names_every_milestone_only_when_what_they_all_show_or_whom_they_remind_changed(kuwana, teammate, heard):
    kuwana.notes = "社内メモ"
    notice_update(notice=kuwana)
    kuwana.refresh_from_db()
    notice_update(notice=kuwana, assignees=[teammate])
    notes_only, people = heard
    assert notes_only.milestones == set() and notes_only.teams == {kuwana.team_id}
    assert people.milestones == set(kuwana.milestones.values_list("pk", flat=True))
