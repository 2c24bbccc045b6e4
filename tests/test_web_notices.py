"""Notices: list with search and filters, the notice page, create and edit with the schedule inline."""

import datetime as dt
import re

import pytest
import time_machine
from django.urls import reverse

from tenders.extractor.typed import TypedDue
from tenders.models import Milestone, MilestoneChange, Notice, NoticeDocument, NoticeStatusChange
from tenders.reminders.models import Delivery
from tenders.reminders.sweep import sweep
from tenders.services import team_join
from tests.conftest import tokyo
from tests.web_helpers import count_queries, many_notices, simple_notice

LIST = reverse("tenders:notice_list")
CREATE = reverse("tenders:notice_create")


def notice_post(team, owner, milestones, **fields):
    data = {
        "title": "令和8年度 広報業務委託",
        "issuer": "テスト市",
        "team": team.pk,
        "owner": owner.pk,
        "method": "proposal",
        "status": "watching",
        "reference_number": "",
        "source_url": "",
        "budget_ceiling": "",
        "notes": "",
        "milestones-TOTAL_FORMS": len(milestones),
        "milestones-INITIAL_FORMS": 0,
        "milestones-MIN_NUM_FORMS": 0,
        "milestones-MAX_NUM_FORMS": 1000,
    }
    data.update(fields)
    for i, row in enumerate(milestones):
        for key, value in row.items():
            data[f"milestones-{i}-{key}"] = value
    return data


def row(kind, label, date, time="", precision="date", note=""):
    return {"kind": kind, "label": label, "date": date, "time": time, "precision": precision, "delivery_note": note}


# --- list -----------------------------------------------------------------


@time_machine.travel(tokyo(2026, 4, 14, 9, 0), tick=False)
def test_list_is_sorted_by_next_open_milestone_and_filters(client, team, owner, teammate, other_team, outsider):
    later = simple_notice(team, owner, "後の案件", ("submission", "提出期限", "date", dt.date(2026, 6, 1), None))
    sooner = simple_notice(team, teammate, "先の案件", ("question", "質問期限", "date", dt.date(2026, 4, 20), None))
    simple_notice(other_team, outsider, "他チームの案件", ("question", "質問期限", "date", dt.date(2026, 4, 16), None))
    client.force_login(owner)
    page = client.get(LIST).context["page"]
    assert [n.title for n in page] == ["先の案件", "後の案件"]
    assert page[0].next_milestone.label == "質問期限"
    assert [n.title for n in client.get(LIST, {"q": "後の"}).context["page"]] == ["後の案件"]
    assert [n.title for n in client.get(LIST, {"owner": teammate.pk}).context["page"]] == ["先の案件"]
    assert [n.title for n in client.get(LIST, {"due_from": "2026-05-01"}).context["page"]] == ["後の案件"]
    Notice.objects.filter(pk=sooner.pk).update(status=Notice.Status.NO_GO)
    assert [n.title for n in client.get(LIST, {"status": "active"}).context["page"]] == ["後の案件"]
    assert [n.title for n in client.get(LIST, {"status": "no_go"}).context["page"]] == ["先の案件"]
    content = client.get(LIST).content.decode()
    assert "他チームの案件" not in content and later.title in content


def test_list_searches_the_issuer_too_and_paginates(client, team, owner):
    many_notices(team, owner, 30)
    client.force_login(owner)
    response = client.get(LIST, {"q": "テスト市"})
    assert response.context["page"].paginator.count == 30 and len(response.context["page"]) == 25
    second = client.get(LIST, {"q": "テスト市", "page": 2})
    assert len(second.context["page"]) == 5
    assert "q=%E3%83%86%E3%82%B9%E3%83%88%E5%B8%82&amp;page=1" in second.content.decode()


def test_list_queries_do_not_grow_with_data(client, team, owner):
    client.force_login(owner)
    many_notices(team, owner, 3)
    small = count_queries(client, LIST)
    many_notices(team, owner, 30)
    assert count_queries(client, LIST) == small


# --- detail ---------------------------------------------------------------


@time_machine.travel(tokyo(2026, 4, 14, 9, 0), tick=False)
def test_detail_shows_timeline_people_documents_and_404s_for_outsiders(client, kuwana, teammate, outsider):
    kuwana.assignees.add(teammate)
    NoticeDocument.objects.create(notice=kuwana, filename="公募要領.txt", text="公募要領の本文")
    url = reverse("tenders:notice_detail", args=[kuwana.pk])
    client.force_login(teammate)
    content = client.get(url).content.decode()
    for text in [
        "2026年4月15日（水）16:30",
        "質問の受付期限",
        "2026年5月下旬（予定）",
        "鈴木 二郎",
        "公募要領.txt",
        reverse("calendars:notice_calendar", args=[kuwana.pk]),
    ]:
        assert text in content
    document = kuwana.documents.get()
    download = client.get(reverse("tenders:notice_document", args=[kuwana.pk, document.pk]))
    assert (
        download.status_code == 200
        and b"".join(download.streaming_content if download.streaming else [download.content]).decode() == "公募要領の本文"
    )
    client.force_login(outsider)
    assert client.get(url).status_code == 404
    assert client.get(reverse("tenders:notice_document", args=[kuwana.pk, document.pk])).status_code == 404
    assert client.get(reverse("tenders:notice_edit", args=[kuwana.pk])).status_code == 404


def test_detail_queries_do_not_grow_with_milestones(client, team, owner):
    client.force_login(owner)
    small = simple_notice(team, owner, "小", *[("other", f"日程{i}", "date", dt.date(2026, 4, 1 + i), None) for i in range(2)])
    large = simple_notice(team, owner, "大", *[("other", f"日程{i}", "date", dt.date(2026, 4, 1 + i), None) for i in range(20)])
    for milestone in Milestone.objects.all():
        MilestoneChange.objects.create(
            milestone=milestone,
            old_precision="date",
            old_date=dt.date(2026, 3, 1),
            new_precision="date",
            new_date=milestone.starts_on,
            changed_by=owner,
            reason="訂正",
        )
    assert count_queries(client, reverse("tenders:notice_detail", args=[small.pk])) == count_queries(
        client, reverse("tenders:notice_detail", args=[large.pk])
    )


def test_status_change_is_kept_in_the_history(client, kuwana, teammate, outsider):
    url = reverse("tenders:notice_status", args=[kuwana.pk])
    client.force_login(outsider)
    assert client.post(url, {"status": "no_go"}).status_code == 404
    client.force_login(teammate)
    client.post(url, {"status": "no_go"})
    kuwana.refresh_from_db()
    assert kuwana.status == "no_go"
    change = NoticeStatusChange.objects.get()
    assert (change.old_status, change.new_status, change.changed_by) == ("watching", "no_go", teammate)
    content = client.get(reverse("tenders:notice_detail", args=[kuwana.pk])).content.decode()
    assert "検討中 → 見送り" in content


# --- create ---------------------------------------------------------------


@time_machine.travel(tokyo(2026, 4, 1, 9, 0), tick=False)
def test_create_a_notice_with_its_schedule(client, team, owner, teammate):
    client.force_login(teammate)
    data = notice_post(
        team,
        teammate,
        [
            row("question", "質問受付期限", "令和８年４月１５日（水）", "12:00", note="メール"),
            row("submission", "企画提案書の提出期限", "2026/5/11", "16:30", precision="datetime", note="持参（必着）"),
            row("contract", "契約締結", "令和8年5月下旬"),
        ],
        assignees=[owner.pk],
    )
    response = client.post(CREATE, data)
    notice = Notice.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse("tenders:notice_detail", args=[notice.pk])
    assert notice.owner == teammate and list(notice.assignees.all()) == [owner]
    question, submission, contract = (notice.milestones.get(kind=kind) for kind in ("question", "submission", "contract"))
    assert question.precision == "datetime" and question.due_at == tokyo(2026, 4, 15, 12, 0)  # a time makes it timed
    assert submission.due_at == tokyo(2026, 5, 11, 16, 30) and submission.delivery_note == "持参（必着）"
    assert contract.due_display() == "2026年5月下旬（予定）" and contract.due_at is None


@pytest.mark.parametrize(
    ("date", "message"),
    [
        ("2026-02-30", "存在しない日付です"),
        ("令和8年4月15日（木）", "4月15日は水曜日ですが、（木）と書かれています"),
        ("4月15日", "年も入力してください"),
    ],
)
def test_create_rejects_bad_dates_and_saves_nothing(client, team, owner, date, message):
    client.force_login(owner)
    data = notice_post(team, owner, [row("question", "質問受付期限", "2026-04-10"), row("submission", "提出期限", date)])
    response = client.post(CREATE, data)
    assert response.status_code == 200 and message in response.content.decode()
    assert not Notice.objects.exists() and not Milestone.objects.exists()


@time_machine.travel(tokyo(2026, 4, 1, 9, 0), tick=False)
def test_create_warns_when_submission_is_before_questions_but_saves(client, team, owner):
    client.force_login(owner)
    data = notice_post(
        team, owner, [row("question", "質問受付期限", "2026-05-20"), row("submission", "提案書提出期限", "2026-05-11")]
    )
    response = client.post(CREATE, data, follow=True)
    assert Notice.objects.count() == 1
    content = response.content.decode()
    assert "「提案書提出期限」（2026年5月11日（月））が「質問受付期限」（2026年5月20日（水））より前になっています" in content


def test_owner_must_be_in_the_team(client, team, owner, other_team, outsider):
    client.force_login(owner)
    # A team the person is not in, and its staff, are not even choices.
    response = client.post(CREATE, notice_post(other_team, outsider, []))
    assert response.status_code == 200 and not Notice.objects.exists()
    assert {"team", "owner"} <= set(response.context["editor"].form.errors)
    # In both teams: the owner must still belong to the notice's team.
    team_join(team=other_team, user=owner)
    response = client.post(CREATE, notice_post(team, outsider, []))
    assert "外部 三郎 さんは 営業一課 のメンバーではありません。" in response.content.decode()
    assert not Notice.objects.exists()


# --- edit -----------------------------------------------------------------


def shown_date(milestone):
    """The date as the edit form shows it (and a browser posts it back): 2026-04-15, 2026年5月下旬."""
    return TypedDue("date" if milestone.precision == "datetime" else milestone.precision, milestone.date).text()


def edit_post(notice, changes=None, reasons=None, delete=()):
    milestones = list(notice.milestones.all())
    data = {
        "title": notice.title,
        "issuer": notice.issuer,
        "team": notice.team_id,
        "owner": notice.owner_id,
        "method": notice.method,
        "reference_number": "",
        "source_url": "",
        "budget_ceiling": "",
        "notes": "",
        "milestones-TOTAL_FORMS": len(milestones),
        "milestones-INITIAL_FORMS": len(milestones),
        "milestones-MIN_NUM_FORMS": 0,
        "milestones-MAX_NUM_FORMS": 1000,
    }
    for i, milestone in enumerate(milestones):
        values = {
            "id": milestone.pk,
            "kind": milestone.kind,
            "label": milestone.label,
            "precision": milestone.precision,
            "date": shown_date(milestone),
            "time": milestone.due_time.strftime("%H:%M") if milestone.due_time else "",
            "delivery_note": milestone.delivery_note,
            "change_reason": "",
        }
        values.update((changes or {}).get(milestone.label, {}))
        if milestone.label in delete:
            values["DELETE"] = "on"
        for key, value in values.items():
            data[f"milestones-{i}-{key}"] = value
    return data


@time_machine.travel(tokyo(2026, 4, 2, 9, 0), tick=False)
def test_changing_a_date_asks_for_a_reason_and_flows_to_history_reminders_and_feed(client, kuwana, teammate, owner):
    sweep()
    url = reverse("tenders:notice_edit", args=[kuwana.pk])
    client.force_login(teammate)
    change = {"質問の受付期限": {"date": "2026-04-17", "time": "12:00"}}
    response = client.post(url, edit_post(kuwana, change))
    assert response.status_code == 200 and "理由を入力してください" in response.content.decode()
    question = kuwana.milestones.get(kind="question")
    assert question.due_at == tokyo(2026, 4, 15, 16, 30)  # nothing saved
    sequence = question.ical_sequence

    change["質問の受付期限"]["change_reason"] = "訂正公告（令和8年4月2日）"
    response = client.post(url, edit_post(kuwana, change))
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.due_at == tokyo(2026, 4, 17, 12, 0) and question.ical_sequence > sequence
    history = MilestoneChange.objects.get()
    assert (history.reason, history.changed_by) == ("訂正公告（令和8年4月2日）", teammate)
    content = client.get(reverse("tenders:notice_detail", args=[kuwana.pk])).content.decode()
    assert "2026年4月15日（水）16:30 → 2026年4月17日（金）12:00（訂正公告（令和8年4月2日））" in content
    # The next sweep tells the owner about the change and re-plans the reminders for the new date.
    sweep()
    assert Delivery.objects.filter(milestone=question, kind=Delivery.Kind.CHANGE, recipient=owner).exists()
    ics = client.get(reverse("calendars:notice_calendar", args=[kuwana.pk])).content.decode()
    assert "DTSTART;TZID=Asia/Tokyo:20260417T120000" in ics


def test_edit_removes_and_adds_milestones_atomically(client, kuwana, owner):
    client.force_login(owner)
    url = reverse("tenders:notice_edit", args=[kuwana.pk])
    data = edit_post(kuwana, delete=["公募開始"])
    total = int(data["milestones-TOTAL_FORMS"])
    data["milestones-TOTAL_FORMS"] = total + 1
    data.update({f"milestones-{total}-{k}": v for k, v in row("other", "社内レビュー", "2026-05-07", "10:00").items()})
    assert client.post(url, data).status_code == 302
    labels = set(kuwana.milestones.values_list("label", flat=True))
    assert "公募開始" not in labels and "社内レビュー" in labels
    # A bad new row: nothing of the edit is saved, not even the deletion.
    data = edit_post(kuwana, delete=["質問の回答"])
    data["milestones-TOTAL_FORMS"] = int(data["milestones-TOTAL_FORMS"]) + 1
    data.update({f"milestones-{total}-{k}": v for k, v in row("other", "壊れた行", "2026-13-01").items()})
    assert client.post(url, data).status_code == 200
    assert kuwana.milestones.filter(label="質問の回答").exists()


def test_forms_need_the_csrf_token(team, owner):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(owner)
    assert client.post(CREATE, notice_post(team, owner, [])).status_code == 403


@time_machine.travel(tokyo(2026, 4, 14, 9, 0), tick=False)
def test_reminders_on_the_notice_page_read_in_words(client, team, owner):
    team.reminder_offsets = ["7d", "3bd", "3h"]
    team.save()
    notice = simple_notice(
        team,
        owner,
        "案件",
        ("submission", "提案書提出期限", "datetime", dt.date(2026, 4, 30), dt.time(16, 0)),
        ("hearing", "プレゼン審査", "late_month", dt.date(2026, 5, 1), None),
    )
    client.force_login(owner)
    url = reverse("tenders:notice_detail", args=[notice.pk])
    reminders = " ".join(re.findall(r'<ul class="reminders">.*?</ul>', client.get(url).content.decode(), re.S))
    for words in ("7日前", "3営業日前", "3時間前", "期間の初日"):
        assert words in reminders
    assert not re.search(r"\b(7d|3bd|3h|window)\b", reminders)
    client.post(reverse("tenders:language"), {"language": "en", "next": url})
    reminders = " ".join(re.findall(r'<ul class="reminders">.*?</ul>', client.get(url).content.decode(), re.S))
    for words in ("7 days before", "3 business days before", "3 hours before", "first day of the period"):
        assert words in reminders
