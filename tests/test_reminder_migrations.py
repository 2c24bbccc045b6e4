"""An existing database keeps its mail history when the coded keys become foreign keys."""

import datetime as dt

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("reminders", "0004_plan_stored_and_skipped")]
AFTER = [("reminders", "0006_deliveries_refer_by_foreign_keys_constraints")]


@pytest.mark.django_db(transaction=True)
def test_coded_keys_become_foreign_keys_and_orphans_go():
    executor = MigrationExecutor(connection)
    tenders = executor.loader.graph.leaf_nodes("tenders")  # the core as it is now: only reminders go back
    executor.migrate(BEFORE + tenders)
    apps = executor.loader.project_state(BEFORE + tenders).apps
    User, Team = apps.get_model("auth", "User"), apps.get_model("tenders", "Team")
    Notice, Milestone = apps.get_model("tenders", "Notice"), apps.get_model("tenders", "Milestone")
    Change, Delivery = apps.get_model("tenders", "MilestoneChange"), apps.get_model("reminders", "Delivery")
    Digest = apps.get_model("reminders", "DigestDelivery")
    now = dt.datetime(2026, 4, 1, 9, 0, tzinfo=dt.UTC)
    owner = User.objects.create(username="owner@example.jp", email="owner@example.jp")
    lead = User.objects.create(username="lead@example.jp", email="lead@example.jp")
    notice = Notice.objects.create(team=Team.objects.create(name="営業一課"), owner=owner, title="案件")
    milestone = Milestone.objects.create(
        notice=notice,
        kind="submission",
        label="提出期限",
        precision="date",
        starts_on=dt.date(2026, 4, 20),
        ends_on=dt.date(2026, 4, 20),
    )
    change = Change.objects.create(
        milestone=milestone,
        old_precision="date",
        old_date=dt.date(2026, 4, 15),
        new_precision="date",
        new_date=dt.date(2026, 4, 20),
    )
    digest = Digest.objects.create(recipient=owner, day=dt.date(2026, 4, 1), expires_at=now, next_attempt_at=now, status="failed")
    common = {
        "milestone": milestone,
        "due": now,
        "send_at": now,
        "expires_at": now,
        "next_attempt_at": now,
        "status": "sent",
        "sent_at": now,
    }
    reminder = Delivery.objects.create(recipient=owner, kind="reminder", code="7d", **common)
    Delivery.objects.create(recipient=owner, kind="change", code=f"change:{change.pk}", **common)
    Delivery.objects.create(recipient=lead, kind="bounce", code=f"bounce:{reminder.pk}", **common)
    Delivery.objects.create(recipient=lead, kind="bounce", code=f"bounce:digest:{digest.pk}", **common)
    Delivery.objects.create(recipient=lead, kind="bounce", code="bounce:999999", **common)  # its failed mail is gone

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(AFTER + tenders)
    Delivery = executor.loader.project_state(AFTER + tenders).apps.get_model("reminders", "Delivery")
    rows = {(d.kind, d.code, d.change_id, d.failed_delivery_id, d.failed_digest_id) for d in Delivery.objects.all()}
    assert rows == {
        ("reminder", "7d", None, None, None),
        ("change", "", change.pk, None, None),
        ("bounce", "", None, reminder.pk, None),
        ("bounce", "", None, None, digest.pk),
    }
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())  # back to the newest for the next tests


@pytest.mark.django_db(transaction=True)
def test_an_existing_databases_open_milestones_get_their_reminders_stored_by_the_upgrade(team, owner):
    """The upgrade to stored planning stores the reminders of every open milestone once, after the
    whole migrate run (a data migration would run against tables older than today's models)."""
    from django.core.management import call_command
    from django.utils import timezone

    from tenders.models import Milestone, Notice
    from tenders.reminders.models import Delivery

    call_command("migrate", "reminders", "0003", verbosity=0)
    notice = Notice.objects.create(team=team, owner=owner, title="案件")  # written before stored planning
    soon = timezone.localdate() + dt.timedelta(days=30)
    Milestone.objects.create(notice=notice, kind="submission", label="提出期限", precision="date", starts_on=soon, ends_on=soon)
    call_command("migrate", verbosity=0)
    assert Delivery.objects.filter(milestone__notice=notice, status=Delivery.Status.PENDING).count() == 4  # 7d 3d 1d 3h
