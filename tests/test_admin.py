"""The admin: every page loads in Japanese, and a date changed there lands in the history."""

import datetime as dt

import pytest
import time_machine
from django.contrib import admin
from django.urls import reverse

from tenders.models import MilestoneChange, Notice, Team
from tests.conftest import tokyo


@pytest.fixture
def admin_client(client, django_user_model, team, owner):
    boss = django_user_model.objects.create_superuser("boss", "boss@example.jp", "pw")
    client.force_login(boss)
    client.boss = boss
    return client


@pytest.mark.parametrize("model", ["notice", "milestone", "team", "milestonechange", "user"])
def test_changelists_load(admin_client, kuwana, model):
    app = "auth" if model == "user" else "tenders"
    response = admin_client.get(reverse(f"admin:{app}_{model}_changelist"), {"q": "受付"} if model == "milestone" else {})
    assert response.status_code == 200
    assert response.headers["Content-Language"] == "ja"


def test_notice_page_shows_milestones_inline_in_japanese(admin_client, kuwana):
    response = admin_client.get(reverse("admin:tenders_notice_change", args=[kuwana.pk]))
    content = response.content.decode()
    assert response.status_code == 200
    assert "企画提案書等の提出期限" in content
    assert "日程" in content and "発注機関" in content  # Japanese labels of our own fields


def test_search_and_filters(admin_client, kuwana):
    url = reverse("admin:tenders_notice_changelist")
    assert "旅行手配" in admin_client.get(url, {"q": "桑名"}).content.decode()
    assert "旅行手配" not in admin_client.get(url, {"status__exact": "won"}).content.decode()
    assert (
        admin_client.get(reverse("admin:tenders_milestone_changelist"), {"state": "open", "kind__exact": "question"}).status_code
        == 200
    )


def test_changing_a_date_in_the_admin_records_who_and_why(admin_client, kuwana):
    milestone = kuwana.milestones.get(label="質問の受付期限")
    url = reverse("admin:tenders_milestone_change", args=[milestone.pk])
    response = admin_client.post(
        url,
        {
            "kind": "question",
            "label": "質問の受付期限",
            "precision": "datetime",
            "date": "2026-04-16",
            "time": "12:00",
            "delivery_note": "メール",
            "is_official": "on",
            "source_excerpt": "",
            "change_reason": "訂正公告第1号",
            "changes-TOTAL_FORMS": "0",
            "changes-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    milestone.refresh_from_db()
    assert milestone.due_at == tokyo(2026, 4, 16, 12, 0)
    change = MilestoneChange.objects.get()
    assert change.changed_by == admin_client.boss and change.reason == "訂正公告第1号"
    assert (change.old_date, change.old_time) == (dt.date(2026, 4, 15), dt.time(16, 30))


def test_admin_form_refuses_a_time_without_datetime_precision(admin_client, kuwana):
    milestone = kuwana.milestones.get(label="質問の回答")
    url = reverse("admin:tenders_milestone_change", args=[milestone.pk])
    response = admin_client.post(
        url,
        {
            "kind": "answer",
            "label": "質問の回答",
            "precision": "date",
            "date": "2026-04-17",
            "time": "10:00",
            "changes-TOTAL_FORMS": "0",
            "changes-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 200
    assert "時刻" in response.content.decode()
    milestone.refresh_from_db()
    assert milestone.due_at is None and not MilestoneChange.objects.exists()


@pytest.mark.parametrize("model,field", [(Notice, "title"), (Notice, "notes"), (Team, "name")])
def test_text_typed_in_the_admin_is_cleaned_of_control_characters(rf, admin_user, model, field):
    request = rf.get("/")
    request.user = admin_user
    form_field = admin.site._registry[model].get_form(request).base_fields[field]
    assert "\x00" not in form_field.clean("件名\x00\x0bBEGIN:VEVENT") and "\x0b" not in form_field.clean("件名\x0b")


def test_the_admin_cannot_remove_a_teams_last_lead(admin_client, team, owner, teammate):
    from tenders.models import Membership
    from tests.test_every_write_shows_at_once import membership_post

    url = reverse("admin:tenders_team_change", args=[team.pk])
    memberships = list(team.memberships.order_by("pk"))
    lead = Membership.objects.get(team=team, user=owner)
    response = admin_client.post(url, membership_post(team, memberships, remove=[lead]))
    assert response.status_code == 200
    assert "リーダーが1人以上必要です" in response.content.decode()
    assert Membership.objects.filter(pk=lead.pk).exists()
    data = membership_post(team, memberships)
    data[f"memberships-{memberships.index(lead)}-role"] = "member"  # stepping down, with no other lead
    assert admin_client.post(url, data).status_code == 200
    assert Membership.objects.get(pk=lead.pk).role == "lead"
    # From the person's page too.
    user_url = reverse("admin:auth_user_change", args=[owner.pk])
    page = admin_client.get(user_url)
    assert page.status_code == 200
    admin_client.post(reverse("admin:auth_user_delete", args=[teammate.pk]), {"post": "yes"})
    assert not Membership.objects.filter(user=teammate).exists()  # deleting someone else goes through


@time_machine.travel(tokyo(2026, 4, 10, 9, 0), tick=False)
def test_deleting_a_notice_in_the_admin_shows_at_once(admin_client, kuwana):
    from calendars.models import Feed
    from tests.test_feeds import fetch

    feed = Feed.objects.for_team(kuwana.team)
    assert fetch(admin_client, feed).content.count(b"BEGIN:VEVENT") == 8
    response = admin_client.post(reverse("admin:tenders_notice_delete", args=[kuwana.pk]), {"post": "yes"})
    assert response.status_code == 302
    assert fetch(admin_client, feed).content.count(b"BEGIN:VEVENT") == 0


def test_adding_a_notice_in_the_admin_saves_it_with_its_milestones(admin_client, team, owner):
    data = {
        "title": "管理画面の案件",
        "issuer": "テスト市",
        "team": team.pk,
        "status": "watching",
        "method": "proposal",
        "reference_number": "",
        "source_url": "",
        "budget_ceiling": "",
        "owner": owner.pk,
        "notes": "",
        "assignees": [owner.pk],
        "milestones-TOTAL_FORMS": 1,
        "milestones-INITIAL_FORMS": 0,
        "milestones-MIN_NUM_FORMS": 0,
        "milestones-MAX_NUM_FORMS": 1000,
        "milestones-0-kind": "submission",
        "milestones-0-label": "提出期限",
        "milestones-0-precision": "late_month",
        "milestones-0-date": "2026-05-01",
        "milestones-0-time": "",
        "milestones-0-delivery_note": "",
        "milestones-0-change_reason": "",
        "documents-TOTAL_FORMS": 0,
        "documents-INITIAL_FORMS": 0,
        "documents-MIN_NUM_FORMS": 0,
        "documents-MAX_NUM_FORMS": 1000,
    }
    response = admin_client.post(reverse("admin:tenders_notice_add"), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    notice = Notice.objects.get(title="管理画面の案件")
    (milestone,) = notice.milestones.all()
    assert milestone.due_display() == "2026年5月下旬（予定）" and list(notice.assignees.all()) == [owner]


READ_ONLY = {
    "tenders.noticechange",
    "chat.channel",
    "chat.chatdelivery",
    "discovery.savedsearch",
    "discovery.portalentry",
    "discovery.inboxitem",
    "discovery.tracking",
    "discovery.amendment",
    "discovery.matchmail",
    "discovery.amendmentmail",
}


def test_chat_and_discovery_records_are_read_only_through_one_base(admin_client, team):
    """Their pages, commands and services write them; the admin only shows them (tenders.admin.ReadOnlyAdmin)."""
    from tenders.admin import ReadOnlyAdmin
    from tenders.chat.channels import channel_save
    from tenders.chat.models import Channel
    from tenders.discovery.models import SavedSearch
    from tenders.discovery.services import saved_search_save

    shared = {
        f"{model._meta.app_label}.{model._meta.model_name}"
        for model, model_admin in admin.site._registry.items()
        if isinstance(model_admin, ReadOnlyAdmin)
    }
    assert shared == READ_ONLY
    for name in READ_ONLY:
        app, model = name.split(".")
        assert admin_client.get(reverse(f"admin:{app}_{model}_changelist")).status_code == 200
        assert admin_client.get(reverse(f"admin:{app}_{model}_add")).status_code == 403
    search = saved_search_save(SavedSearch(team=team, name="観光", query="観光"))
    channel = channel_save(Channel(team=team, kind="slack", name="営業"), {"url": "https://hooks.slack.com/services/T/B/x"})
    for obj, name, field in ((search, "discovery_savedsearch", "name"), (channel, "chat_channel", "name")):
        change = reverse(f"admin:{name}_change", args=[obj.pk])
        page = admin_client.get(change)
        assert page.status_code == 200 and 'type="submit"' not in page.content.decode().split('id="content-main"')[1]
        assert admin_client.post(change, {field: "書き換え"}).status_code == 403
        assert admin_client.post(reverse(f"admin:{name}_delete", args=[obj.pk]), {"post": "yes"}).status_code == 403
        obj.refresh_from_db()
        assert getattr(obj, field) != "書き換え"


def test_the_history_of_changes_made_to_many_notices_is_shown_read_only(admin_client, kuwana, owner):
    """A bulk change's entries (NoticeChange) are listed and searchable in the admin, never edited there."""
    from tenders.services import notices_bulk_change

    notices_bulk_change(notices=[kuwana], by=owner, status="go")
    listed = admin_client.get(reverse("admin:tenders_noticechange_changelist"), {"q": kuwana.title[:6]}).content.decode()
    entry = kuwana.changes.get()
    assert kuwana.title in listed and entry.summary in listed
    assert admin_client.post(reverse("admin:tenders_noticechange_delete", args=[entry.pk]), {"post": "yes"}).status_code == 403
    assert kuwana.changes.count() == 1
