"""The data rules of notices and milestones, in the models and in the database itself."""

import datetime as dt

import pytest
from django.db import IntegrityError, transaction

from tenders.models import Membership, Milestone, Notice, Team
from tenders.proposal import window
from tenders.services import (
    MilestoneEdit,
    milestone_mark_done,
    milestone_reopen,
    milestone_reschedule,
    milestone_update,
    notice_set_status,
)
from tests.conftest import tokyo


@pytest.fixture
def notice(team, owner):
    return Notice.objects.create(team=team, owner=owner, title="「世界を目指す若者応援事業」旅行手配業務委託", issuer="桑名市")


def make(notice, precision="date", day=dt.date(2026, 4, 15), time=None, **fields):
    milestone = Milestone(
        notice=notice, kind=fields.pop("kind", "question"), label=fields.pop("label", "質問の受付期限"), **fields
    )
    milestone.set_due(precision, day, time)
    milestone.save()
    return milestone


@pytest.mark.parametrize(
    "precision,day,first,last",
    [
        ("date", dt.date(2026, 4, 15), dt.date(2026, 4, 15), dt.date(2026, 4, 15)),
        ("early_month", dt.date(2026, 6, 1), dt.date(2026, 6, 1), dt.date(2026, 6, 10)),
        ("mid_month", dt.date(2026, 10, 1), dt.date(2026, 10, 11), dt.date(2026, 10, 20)),
        ("late_month", dt.date(2026, 5, 1), dt.date(2026, 5, 21), dt.date(2026, 5, 31)),
        ("late_month", dt.date(2028, 2, 1), dt.date(2028, 2, 21), dt.date(2028, 2, 29)),
        ("month", dt.date(2026, 2, 1), dt.date(2026, 2, 1), dt.date(2026, 2, 28)),
    ],
)
def test_window_of_each_precision(precision, day, first, last):
    assert window(precision, day) == (first, last)


def test_timed_milestone_is_an_aware_moment_in_tokyo(notice):
    milestone = make(notice, "datetime", dt.date(2026, 4, 15), dt.time(16, 30))
    milestone.refresh_from_db()
    assert milestone.due_at == tokyo(2026, 4, 15, 16, 30)
    assert milestone.due_at.utcoffset() is not None
    assert milestone.due_time == dt.time(16, 30)
    assert milestone.due_display() == "2026年4月15日（水）16:30"


def test_date_only_and_late_month_stay_distinct(notice):
    date_only = make(notice, "date", dt.date(2026, 5, 20))
    late = make(notice, "late_month", dt.date(2026, 5, 1), label="契約の締結", kind="contract")
    assert date_only.due_at is None and date_only.due_display() == "2026年5月20日（水）"
    assert late.due_at is None and (late.starts_on, late.ends_on) == (dt.date(2026, 5, 21), dt.date(2026, 5, 31))
    assert late.date == dt.date(2026, 5, 1)
    assert late.due_display() == "2026年5月下旬（予定）"
    assert late.due_display("en") == "late May 2026 (expected)"


@pytest.mark.parametrize(
    "fields,constraint",
    [
        ({"precision": "datetime", "due_at": None}, "milestone_due_at_iff_timed"),
        ({"precision": "date", "due_at": tokyo(2026, 4, 15, 12)}, "milestone_due_at_iff_timed"),
        ({"kind": "party"}, "milestone_kind_valid"),
        ({"precision": "someday"}, "milestone_precision_valid"),
        ({"precision": "late_month", "ends_on": dt.date(2026, 4, 1)}, "milestone_window_ordered"),
        ({"ends_on": dt.date(2026, 4, 16)}, "milestone_single_day_when_exact"),
        ({"label": ""}, "milestone_label_not_empty"),
    ],
)
def test_database_refuses_inconsistent_milestones(notice, fields, constraint):
    milestone = make(notice)
    with pytest.raises(IntegrityError) as error, transaction.atomic():
        Milestone.objects.filter(pk=milestone.pk).update(**fields)
    assert constraint in str(error.value) or "CHECK constraint failed" in str(error.value)


def test_done_by_needs_done_at(notice, owner):
    milestone = make(notice)
    with pytest.raises(IntegrityError), transaction.atomic():
        Milestone.objects.filter(pk=milestone.pk).update(done_by=owner)


def test_notice_status_and_membership_rules_are_in_the_database(notice, team, owner):
    with pytest.raises(IntegrityError), transaction.atomic():
        Notice.objects.filter(pk=notice.pk).update(status="maybe")
    with pytest.raises(IntegrityError), transaction.atomic():
        Membership.objects.create(team=team, user=owner)
    with pytest.raises(IntegrityError), transaction.atomic():
        Team.objects.create(name=team.name)


def test_reschedule_keeps_history_and_grows_the_calendar_sequence(notice, owner):
    milestone = make(notice, "datetime", dt.date(2026, 4, 15), dt.time(16, 30))
    before = milestone.ical_sequence
    change = milestone_reschedule(
        milestone=milestone,
        precision="datetime",
        day=dt.date(2026, 4, 17),
        time=dt.time(12, 0),
        by=owner,
        reason="訂正公告（4月10日）",
    )
    milestone.refresh_from_db()
    assert milestone.due_at == tokyo(2026, 4, 17, 12, 0)
    assert milestone.ical_sequence == before + 1
    assert (change.old_date, change.old_time, change.new_date, change.new_time) == (
        dt.date(2026, 4, 15),
        dt.time(16, 30),
        dt.date(2026, 4, 17),
        dt.time(12, 0),
    )
    assert change.changed_by == owner and change.reason == "訂正公告（4月10日）"
    assert str(change) == "2026年4月15日（水）16:30 → 2026年4月17日（金）12:00"
    # The same date again is no change and leaves no history.
    assert milestone_reschedule(milestone=milestone, precision="datetime", day=dt.date(2026, 4, 17), time=dt.time(12, 0)) is None
    assert milestone.changes.count() == 1


def test_label_change_grows_the_calendar_sequence_but_an_unshown_change_does_not(notice):
    milestone = Milestone.objects.get(pk=make(notice).pk)
    sequence = milestone.ical_sequence
    milestone.source_excerpt = "（質問受付）"
    milestone_update(edit=MilestoneEdit(milestone))
    assert milestone.ical_sequence == sequence
    milestone.label = "質問受付期限"
    milestone_update(edit=MilestoneEdit(milestone))
    milestone.refresh_from_db()
    assert milestone.ical_sequence == sequence + 1


def test_mark_done_once_and_reopen(notice, owner):
    milestone = make(notice)
    assert milestone_mark_done(milestone=milestone, by=owner) is True
    assert milestone.is_done and milestone.done_by == owner
    assert milestone_mark_done(milestone=milestone, by=owner) is False
    assert Milestone.objects.open().count() == 0
    assert milestone_reopen(milestone=milestone) is True
    assert Milestone.objects.open().count() == 1


def test_status_change_grows_the_calendar_sequence_of_its_milestones(notice):
    milestone = make(notice)
    assert notice_set_status(notice=notice, status=Notice.Status.NO_GO)
    milestone.refresh_from_db()
    assert milestone.ical_sequence == 1
    assert not Notice.objects.active().exists()


def test_visibility_follows_team_membership(notice, owner, teammate, outsider, other_team, django_user_model):
    assert list(Notice.objects.visible_to(teammate)) == [notice]
    assert list(Notice.objects.visible_to(outsider)) == []
    boss = django_user_model.objects.create_superuser("boss", "boss@example.jp", "pw")
    assert list(Notice.objects.visible_to(boss)) == [notice]
    notice.assignees.add(teammate)
    assert list(Notice.objects.of_person(teammate)) == [notice]
    Membership.objects.filter(user=teammate).delete()
    assert list(Notice.objects.of_person(teammate)) == []  # left the team: loses its notices


def test_every_user_gets_a_profile_in_japanese_and_tokyo(django_user_model):
    user = django_user_model.objects.create_user("new", "new@example.jp")
    assert user.profile.language == "ja"
    assert user.profile.time_zone == "Asia/Tokyo"
    assert user.profile.digest_enabled


def test_in_due_order_puts_timed_before_date_only_on_the_same_day(notice):
    date_only = make(notice, "date", dt.date(2026, 4, 15), label="回答")
    timed = make(notice, "datetime", dt.date(2026, 4, 15), dt.time(9, 0), label="質問")
    earlier = make(notice, "date", dt.date(2026, 4, 14), label="公告")
    assert list(Milestone.objects.in_due_order()) == [earlier, timed, date_only]


def test_a_teams_validity_key_changes_with_what_it_shows_and_not_with_a_sign_in(client, kuwana, owner, team):
    from django.contrib.auth import user_logged_in

    from tenders.models import TeamValidity
    from tenders.services import staff_save

    def key():
        return TeamValidity.objects.get(team=team).key

    before = key()
    user_logged_in.send(sender=owner.__class__, request=None, user=owner)  # updates last_login
    assert key() == before
    owner.first_name = "一郎"
    staff_save(user=owner)
    assert key() != before
