"""Every write a person can make (web forms, the admin, a command) shows at once on the dashboard and
in the team feed: a fresh GET gives the new content, never a copy kept from before the change. And a
validity row restored from an older backup serves nothing stale."""

import json
from io import StringIO

import time_machine
from django.core.management import call_command
from django.urls import reverse
from icalendar import Calendar

from calendars.models import Feed
from tenders.models import Membership, Notice, TeamValidity
from tenders.services import MilestoneEdit, milestone_update, notice_update
from tests.conftest import tokyo
from tests.test_feeds import fetch
from tests.test_web_dashboard import lists
from tests.test_web_notices import edit_post, notice_post, row


def feed_text(client, feed) -> str:
    """Every event's summary and description of the feed, as a calendar app reads them."""
    calendar = Calendar.from_ical(fetch(client, feed).content)
    return "\n".join(f"{event.get('summary')}\n{event.get('description')}" for event in calendar.walk("VEVENT"))


def shown(client, feed) -> tuple[str, str]:
    return lists(client), feed_text(client, feed)


def admin_notice_post(notice, **fields) -> dict:
    milestones = list(notice.milestones.all())
    data = {
        "title": notice.title,
        "issuer": notice.issuer,
        "team": notice.team_id,
        "status": notice.status,
        "method": notice.method,
        "reference_number": notice.reference_number,
        "source_url": notice.source_url,
        "budget_ceiling": "",
        "owner": notice.owner_id,
        "notes": notice.notes,
        "milestones-TOTAL_FORMS": len(milestones),
        "milestones-INITIAL_FORMS": len(milestones),
        "milestones-MIN_NUM_FORMS": 0,
        "milestones-MAX_NUM_FORMS": 1000,
        "documents-TOTAL_FORMS": 0,
        "documents-INITIAL_FORMS": 0,
        "documents-MIN_NUM_FORMS": 0,
        "documents-MAX_NUM_FORMS": 1000,
        **fields,
    }
    data["assignees"] = [user.pk for user in notice.assignees.all()]
    for i, milestone in enumerate(milestones):
        values = {
            "id": milestone.pk,
            "notice": notice.pk,
            "kind": milestone.kind,
            "label": milestone.label,
            "precision": milestone.precision,
            "date": milestone.date.isoformat(),
            "time": milestone.due_time.strftime("%H:%M") if milestone.due_time else "",
            "delivery_note": milestone.delivery_note,
            "change_reason": "",
        }
        if milestone.is_official:
            values["is_official"] = "on"
        data.update({f"milestones-{i}-{key}": value for key, value in values.items()})
    return data


def membership_post(team, memberships, remove=()) -> dict:
    data = {
        "name": team.name,
        "deadline_time": team.deadline_time.strftime("%H:%M"),
        "reminder_offsets": json.dumps(team.reminder_offsets),
        "actionable_kinds": json.dumps(team.actionable_kinds),
        "memberships-TOTAL_FORMS": len(memberships),
        "memberships-INITIAL_FORMS": len(memberships),
        "memberships-MIN_NUM_FORMS": 0,
        "memberships-MAX_NUM_FORMS": 1000,
    }
    for i, membership in enumerate(memberships):
        data.update(
            {
                f"memberships-{i}-id": membership.pk,
                f"memberships-{i}-team": team.pk,
                f"memberships-{i}-user": membership.user_id,
                f"memberships-{i}-role": membership.role,
            }
        )
        if membership in remove:
            data[f"memberships-{i}-DELETE"] = "on"
    return data


@time_machine.travel(tokyo(2026, 4, 10, 9, 0), tick=False)
def test_every_write_shows_at_once_on_the_dashboard_and_in_the_team_feed(
    client, kuwana, owner, teammate, django_user_model, tmp_path
):
    team = kuwana.team
    feed = Feed.objects.for_team(team)
    client.force_login(owner)
    shown(client, feed)  # kept from here on

    # Web: a new notice with its schedule.
    response = client.post(
        reverse("tenders:notice_create"),
        notice_post(
            team, owner, [row("question", "広報の質問期限", "2026-04-20")], title="広報業務委託", assignees=[teammate.pk]
        ),
    )
    assert response.status_code == 302
    page, calendar = shown(client, feed)
    assert "広報の質問期限" in page, page[:3000]
    assert "広報業務委託" in calendar

    # Web: an edit that moves a date (with its reason) and renames a milestone.
    changes = {
        "質問の受付期限": {"label": "質問の受付期限（延長）", "date": "2026-04-16", "time": "12:00", "change_reason": "訂正公告"}
    }
    assert client.post(reverse("tenders:notice_edit", args=[kuwana.pk]), edit_post(kuwana, changes)).status_code == 302
    page, calendar = shown(client, feed)
    assert "質問の受付期限（延長）" in page and "変更の理由: 訂正公告" in calendar

    # Web: marked done.
    question = kuwana.milestones.get(label="質問の受付期限（延長）")
    client.post(reverse("tenders:milestone_done", args=[question.pk]))
    page, calendar = shown(client, feed)
    assert "✔ [" in calendar and "質問の受付期限（延長）" not in page  # done: off the list of what is coming

    # Web: the status.
    new = Notice.objects.get(title="広報業務委託")
    client.post(reverse("tenders:notice_status", args=[new.pk]), {"status": "no_go"})
    page, _ = shown(client, feed)
    assert "広報の質問期限" not in page  # a notice not bid on leaves the dashboard

    # Web: team settings (the team's name is on the dashboard).
    settings_data = {
        "name": "営業一課（改）",
        "actionable_kinds": team.actionable_kinds,
        "deadline_time": "17:00",
        "offsets": "7日前",
    }
    assert client.post(reverse("tenders:team_settings", args=[team.pk]), settings_data).status_code == 302
    assert "営業一課（改）" in shown(client, feed)[0]

    # Web: preferences (the owner's name is on rows and events).
    prefs = {
        "display_name": "山田 部長",
        "language": "ja",
        "time_zone": "Asia/Tokyo",
        "digest_enabled": "on",
        "reminders_enabled": "on",
    }
    assert client.post(reverse("tenders:preferences"), prefs).status_code == 302
    page, calendar = shown(client, feed)
    assert "山田 部長" in page and "山田 部長" in calendar

    # Web: members (a new member, then removed: their assignment goes with them).
    notice_update(notice=kuwana, assignees=[teammate])
    etag = fetch(client, feed)["ETag"]
    mate = Membership.objects.get(team=team, user=teammate)
    assert client.post(reverse("tenders:member_update", args=[team.pk, mate.pk]), {"remove": "1"}).status_code == 302
    assert fetch(client, feed)["ETag"] != etag and not kuwana.assignees.exists()

    # Admin: a notice, a milestone, a member removed.
    boss = django_user_model.objects.create_superuser("boss", "boss@example.jp", "pw")
    client.force_login(boss)
    kuwana.refresh_from_db()
    response = client.post(
        reverse("admin:tenders_notice_change", args=[kuwana.pk]), admin_notice_post(kuwana, title="桑名の案件（管理画面）")
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    kuwana.refresh_from_db()
    assert kuwana.title == "桑名の案件（管理画面）"
    milestone = kuwana.milestones.get(label="企画提案書等の提出期限")
    response = client.post(
        reverse("admin:tenders_milestone_change", args=[milestone.pk]),
        {
            "kind": milestone.kind,
            "label": "企画提案書の提出期限（管理画面）",
            "precision": milestone.precision,
            "date": milestone.date.isoformat(),
            "time": milestone.due_time.strftime("%H:%M") if milestone.due_time else "",
            "delivery_note": milestone.delivery_note,
            "is_official": "on",
            "source_excerpt": "",
            "change_reason": "",
            "changes-TOTAL_FORMS": "0",
            "changes-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    helper, _ = django_user_model.objects.get_or_create(username="helper@example.jp")
    from tenders.services import team_join

    extra = team_join(team=team, user=helper)
    notice_update(notice=kuwana, assignees=[helper])
    client.force_login(owner)
    page, calendar = shown(client, feed)
    assert "桑名の案件（管理画面）" in calendar and "企画提案書の提出期限（管理画面）" in calendar
    etag = fetch(client, feed)["ETag"]
    client.force_login(boss)
    memberships = list(team.memberships.order_by("pk"))
    response = client.post(
        reverse("admin:tenders_team_change", args=[team.pk]), membership_post(team, memberships, remove=[extra])
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    client.force_login(owner)
    assert fetch(client, feed)["ETag"] != etag and not team.memberships.filter(pk=extra.pk).exists()
    assert not kuwana.assignees.exists()  # the removed member left the notice's assignees too

    # Command: a notice imported from a file.
    source = tmp_path / "notice.json"
    source.write_text(
        json.dumps(
            {
                "title": "取り込んだ案件",
                "issuer": "テスト県",
                "milestones": [{"kind": "submission", "label": "取り込みの提出期限", "precision": "date", "date": "2026-04-22"}],
            },
            ensure_ascii=False,
        )
    )
    call_command("import_notice", str(source), "--team", team.name, "--owner", owner.email, stdout=StringIO())
    page, calendar = shown(client, feed)
    assert "取り込みの提出期限" in page and "取り込んだ案件" in calendar


@time_machine.travel(tokyo(2026, 4, 10, 9, 0), tick=False)
def test_a_restored_older_validity_row_serves_nothing_stale(client, kuwana, owner):
    """A counter restored from a backup grows again to values already used, and a copy kept under such
    a value would be served; a random key never comes back."""
    team = kuwana.team
    feed = Feed.objects.for_team(team)
    client.force_login(owner)
    milestone = kuwana.milestones.get(label="質問の回答")
    backup = TeamValidity.objects.filter(team=team).values("key", "changed_at").get()
    shown(client, feed)
    milestone.label = "質問の回答（第1版）"
    milestone_update(edit=MilestoneEdit(milestone))
    assert "質問の回答（第1版）" in shown(client, feed)[1]  # kept under the key after the change
    # The database is restored from the backup (the row and the content as they were)...
    TeamValidity.objects.filter(team=team).update(**backup)
    milestone.label = "質問の回答"
    milestone.save(update_fields=["label"])
    page, calendar = shown(client, feed)
    assert "質問の回答（第1版）" not in calendar
    # ...and the next change never lands on a key a kept copy was made under.
    milestone.label = "質問の回答（第2版）"
    milestone_update(edit=MilestoneEdit(milestone))
    page, calendar = shown(client, feed)
    assert "質問の回答（第2版）" in page and "質問の回答（第2版）" in calendar and "第1版" not in calendar + page
