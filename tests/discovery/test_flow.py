"""Discovery end to end against the portal stand-in: search → inbox → track → notice with milestones;
a correction → amendment → accept → the milestone moved with its history; the mails, once."""

import datetime as dt
from io import StringIO

import pytest
import time_machine
from django.core import mail
from django.core.management import CommandError, call_command
from django.db import IntegrityError
from django.urls import reverse

from tenders.discovery import corrections, mails, runs, services
from tenders.discovery.models import Amendment, AmendmentMail, InboxItem, MatchMail, PortalEntry, SavedSearch, Tracking
from tenders.discovery.portal import Portal, PortalUnavailable
from tenders.models import MilestoneChange, Notice
from tests.conftest import tokyo
from tests.discovery.stand_in import Entry, Special
from tests.test_web_from_document import as_post

NOW = tokyo(2026, 12, 1, 7, 0)
DESCRIPTION = """桑名市観光パンフレット作成業務委託に係る公募型プロポーザルを実施します。
1 質問の受付期限 令和8年12月10日（木）17時
2 参加申込書の提出期限 令和8年12月14日（月）17時
3 企画提案書の提出期限 令和8年12月21日（月）16時
"""
CORRECTED = DESCRIPTION.replace("令和8年12月21日（月）16時", "令和8年12月25日（金）16時")
TITLE = "桑名市観光パンフレット作成業務委託"


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def frozen():
    with time_machine.travel(NOW, tick=True):
        yield


@pytest.fixture
def search(team, owner):
    return services.saved_search_save(SavedSearch(team=team, name="観光", query="観光", prefectures="24"))


def kuwana(**changes):
    fields = {"key": "KEY-1", "title": TITLE, "description": DESCRIPTION, "attachments": [("仕様書.txt", "spec.txt")]}
    return Entry(**{**fields, **changes})


def run_command(*args) -> list[str]:
    out = StringIO()
    call_command("discover", *args, stdout=out)
    return [line for line in out.getvalue().splitlines() if line]


def test_the_command_prints_each_new_result_once(portal_stand_in, search, team, frozen):
    portal_stand_in.entries = [
        kuwana(),
        Entry("KEY-2", "津市 観光案内業務", lg_code="24"),
        Entry("KEY-3", "東京 観光", lg_code="13"),
    ]
    lines = run_command("--team", team.name)
    assert len(lines) == 2 and any(TITLE in line for line in lines) and all(team.name in line for line in lines)
    assert run_command("--team", team.name) == []  # a second run prints none
    assert PortalEntry.objects.count() == 2 and InboxItem.objects.filter(team=team).count() == 2
    search.refresh_from_db()
    assert search.last_status == SavedSearch.Status.OK and "新着0件" in search.last_message
    assert portal_stand_in.requests[0]["LG_Code"] == "24" and portal_stand_in.requests[0]["Query"] == "観光"


def test_the_command_adds_a_saved_search(team, owner):
    assert run_command("--team", team.name, "--query", "清掃 委託", "--prefecture", "24", "--save")
    search = SavedSearch.objects.get(team=team)
    assert search.query == "清掃 委託" and search.prefectures == "24" and search.enabled
    with pytest.raises(CommandError, match="都道府県|prefecture|two-digit|2桁|Write"):
        call_command("discover", "--team", team.name, "--query", "x", "--prefecture", "tokyo", "--save")


def test_each_result_once_per_team_but_for_every_team(portal_stand_in, search, other_team, frozen):
    portal_stand_in.entries = [kuwana()]
    services.saved_search_save(SavedSearch(team=other_team, name="観光", query="観光"))
    runs.run(SavedSearch.objects.all(), Portal.from_settings())
    runs.run(SavedSearch.objects.all(), Portal.from_settings())
    assert PortalEntry.objects.count() == 1
    assert sorted(InboxItem.objects.values_list("team__name", flat=True)) == sorted([search.team.name, other_team.name])


def test_a_failed_search_stores_nothing_and_says_why(portal_stand_in, search, settings, frozen):
    settings.KKJ_RETRIES = 1
    portal_stand_in.entries = [kuwana()]
    portal_stand_in.queue = [Special(status=500), Special(status=500)]
    report = runs.run([search])
    assert report.failures and not report.new
    assert not PortalEntry.objects.exists() and not InboxItem.objects.exists()
    search.refresh_from_db()
    assert search.last_status == SavedSearch.Status.FAILED and "HTTP 500" in search.last_message
    portal_stand_in.queue = [Special(status=502)]
    with pytest.raises(PortalUnavailable):
        services.saved_search_run(search, Portal.from_settings(retries=0))


def track(client, owner, portal_stand_in, search):
    """Search, then 追跡する and save the review page as proposed: the notice."""
    portal_stand_in.entries = [kuwana()]
    portal_stand_in.files["spec.txt"] = "仕様書\nヒアリング 令和9年1月8日（金）".encode()
    runs.run([search])
    item = InboxItem.objects.get()
    client.force_login(owner)
    url = reverse("discovery:item_track", args=[item.pk])
    response = client.post(url, follow=True)  # the worker reads the documents (at once in the tests), then the review
    assert response.status_code == 200 and response.redirect_chain == [(url, 302)]
    return item, url, response


def test_track_builds_the_proposal_and_saving_creates_the_linked_notice(client, owner, portal_stand_in, search, frozen):
    item, url, response = track(client, owner, portal_stand_in, search)
    content = response.content.decode()
    assert "官公需情報ポータルサイト" in content and TITLE in content
    editor = response.context["editor"]
    assert editor.form.initial["title"] == TITLE and editor.form.initial["team"] == item.team_id
    assert not Notice.objects.exists()  # nothing saved before the person saves

    response = client.post(url, as_post(editor, response.context["token"]))
    notice = Notice.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse("tenders:notice_detail", args=[notice.pk])
    kinds = {m.kind: m for m in notice.milestones.all()}
    assert kinds["question"].due_at == tokyo(2026, 12, 10, 17, 0)
    assert kinds["submission"].due_at == tokyo(2026, 12, 21, 16, 0)
    assert (
        notice.documents.count() == 2 and notice.documents.filter(filename="仕様書.txt").exists()
    )  # the text and the attachment
    assert notice.documents.get(filename="仕様書.txt").file.read().decode().startswith("仕様書")
    assert notice.source_url.endswith("KEY-1.html")
    tracking = Tracking.objects.get(notice=notice)
    assert tracking.entry.key == "KEY-1"
    item.refresh_from_db()
    assert item.state == InboxItem.State.TRACKED and item.notice == notice

    page = client.get(reverse("tenders:notice_detail", args=[notice.pk])).content.decode()
    assert "官公需情報ポータルサイト" in page and "KEY-1.html" in page


def test_a_missing_attachment_is_noted_not_fatal(client, owner, portal_stand_in, search, frozen):
    portal_stand_in.entries = [kuwana(attachments=[("様式.pdf", "gone.pdf")])]
    runs.run([search])
    client.force_login(owner)
    response = client.post(reverse("discovery:item_track", args=[InboxItem.objects.get().pk]), follow=True)
    assert response.status_code == 200
    assert any("様式.pdf" in str(m) and "404" in str(m) for m in response.context["messages"])
    assert len(response.context["editor"].formset.forms) >= 3  # the description's dates are proposed anyway


def test_track_waits_for_the_worker_without_waiting_on_the_portal(client, owner, portal_stand_in, search, frozen):
    portal_stand_in.entries = [kuwana()]
    runs.run([search])
    item = InboxItem.objects.get()
    services.item_prepare_start(item, by=owner)  # as 追跡する does, the worker not yet done
    client.force_login(owner)
    url = reverse("discovery:item_track", args=[item.pk])
    status_url = reverse("discovery:item_track_status", args=[item.pk])
    page = client.get(url).content.decode()
    assert status_url in page and 'hx-trigger="every 2s"' in page
    assert client.get(status_url).status_code == 200
    requests_before = len(portal_stand_in.times)
    from tenders.discovery.preparation import prepare_task

    assert prepare_task(item.pk, owner.pk).startswith("ready")
    assert len(portal_stand_in.times) == requests_before + 1  # the attachment, downloaded by the worker
    response = client.get(status_url)
    assert response.status_code == 204 and response["HX-Redirect"] == url
    assert client.get(url).context["editor"].form.initial["title"] == TITLE


def test_another_teams_item_is_a_404(client, outsider, portal_stand_in, search, frozen):
    portal_stand_in.entries = [kuwana()]
    runs.run([search])
    client.force_login(outsider)
    item = InboxItem.objects.get()
    assert client.post(reverse("discovery:item_track", args=[item.pk])).status_code == 404
    assert client.post(reverse("discovery:item_dismiss", args=[item.pk])).status_code == 404
    assert client.get(reverse("discovery:inbox")).context["items"].count() == 0


def tracked_notice(client, owner, portal_stand_in, search):
    item, url, response = track(client, owner, portal_stand_in, search)
    client.post(url, as_post(response.context["editor"], response.context["token"]))
    return Notice.objects.get()


def test_a_correction_at_the_source_becomes_an_amendment_a_person_accepts(client, owner, teammate, portal_stand_in, search):
    with time_machine.travel(NOW, tick=True):
        notice = tracked_notice(client, owner, portal_stand_in, search)
        notice.assignees.add(teammate)
    portal_stand_in.entries.append(
        Entry("KEY-9", f"【訂正】{TITLE}", description=CORRECTED, issued=dt.date(2026, 12, 2), attachments=[])
    )
    with time_machine.travel(tokyo(2026, 12, 2, 7, 0), tick=True):
        (amendment,) = corrections.check_all(Portal.from_settings())
        assert corrections.check_all(Portal.from_settings()) == []  # checked today
        assert corrections.check_all(Portal.from_settings(), due_only=False) == []  # the same change is proposed once
    assert amendment.kind == Amendment.Kind.CORRECTION
    submission = notice.milestones.get(kind="submission")
    assert amendment.proposed == [
        {
            "milestone": submission.pk,
            "label": submission.label,
            "old": ["datetime", "2026-12-21", "16:00"],
            "new": ["datetime", "2026-12-25", "16:00"],
        }
    ]
    assert sorted(AmendmentMail.objects.values_list("recipient__email", flat=True)) == ["mate@example.jp", "owner@example.jp"]

    with time_machine.travel(tokyo(2026, 12, 2, 8, 0), tick=True):
        assert mails.send_due() == 2
        assert mails.send_due() == 0
    assert {m.to[0] for m in mail.outbox} == {"owner@example.jp", "mate@example.jp"} and TITLE in mail.outbox[0].subject

    page = client.get(reverse("tenders:notice_detail", args=[notice.pk])).content.decode()
    assert "2026-12-25" in page and "出典" in page or "Source" in page
    client.force_login(teammate)
    client.post(reverse("discovery:amendment_decide", args=[amendment.pk, "read"]))
    assert amendment.receipts.get().user == teammate
    response = client.post(reverse("discovery:amendment_decide", args=[amendment.pk, "accept"]))
    assert response.status_code == 302
    submission.refresh_from_db()
    assert submission.due_at == tokyo(2026, 12, 25, 16, 0)
    change = MilestoneChange.objects.get(milestone=submission)
    assert change.reason == services.CORRECTION_REASON and change.changed_by == teammate
    amendment.refresh_from_db()
    assert amendment.state == Amendment.State.ACCEPTED
    assert not services.amendment_accept(amendment, by=teammate)  # a second accept changes nothing
    assert MilestoneChange.objects.count() == 1


def test_a_changed_description_and_a_cancellation(client, owner, portal_stand_in, search):
    with time_machine.travel(NOW, tick=True):
        notice = tracked_notice(client, owner, portal_stand_in, search)
    portal_stand_in.entries[0] = kuwana(description=CORRECTED)
    portal_stand_in.entries.append(Entry("KEY-C", f"【中止】{TITLE}", issued=dt.date(2026, 12, 2)))
    with time_machine.travel(tokyo(2026, 12, 2, 7, 0), tick=True):
        found = corrections.check_all(Portal.from_settings())
    kinds = {a.kind: a for a in found}
    assert set(kinds) == {Amendment.Kind.CHANGED, Amendment.Kind.CANCEL}
    assert kinds[Amendment.Kind.CHANGED].proposed[0]["new"] == ["datetime", "2026-12-25", "16:00"]
    services.amendment_accept(kinds[Amendment.Kind.CANCEL], by=owner)
    notice.refresh_from_db()
    assert notice.status == Notice.Status.CANCELLED and notice.status_changes.get().new_status == "cancelled"


def test_a_failed_accept_changes_nothing(client, owner, portal_stand_in, search):
    with time_machine.travel(NOW, tick=True):
        notice = tracked_notice(client, owner, portal_stand_in, search)
    submission = notice.milestones.get(kind="submission")
    amendment = services.amendment_propose(
        notice=notice,
        entry=PortalEntry.objects.get(),
        kind=Amendment.Kind.CORRECTION,
        what="訂正",
        proposed=[
            {"milestone": submission.pk, "label": "x", "old": [], "new": ["datetime", "2026-12-25", "16:00"]},
            {"milestone": submission.pk, "label": "x", "old": [], "new": ["datetime", "1999-01-01", "16:00"]},  # out of range
        ],
    )
    with pytest.raises(IntegrityError):  # the database's date range check
        services.amendment_accept(amendment, by=owner)
    submission.refresh_from_db()
    assert submission.due_at == tokyo(2026, 12, 21, 16, 0) and not MilestoneChange.objects.exists()
    amendment.refresh_from_db()
    assert amendment.state == Amendment.State.PROPOSED


def test_the_morning_mail_lists_the_new_matches_once(portal_stand_in, search, owner, teammate, frozen):
    portal_stand_in.entries = [kuwana(), Entry("KEY-2", "津市 観光案内業務")]
    teammate.profile.digest_enabled = False
    teammate.profile.save()
    runs.run([search])
    assert mails.send_due() == 1
    assert mails.send_due() == 0
    (message,) = mail.outbox
    assert message.to == [owner.email] and "2" in message.subject
    assert TITLE in message.body and "津市 観光案内業務" in message.body and "官公需情報ポータルサイト" in message.body
    assert MatchMail.objects.get().status == MatchMail.Status.SENT
    portal_stand_in.entries.append(Entry("KEY-3", "鈴鹿市 観光"))
    with time_machine.travel(tokyo(2026, 12, 2, 7, 0), tick=True):
        runs.run(list(runs.due(dt.datetime.now(tz=dt.UTC))))
        assert mails.send_due() == 1
    assert "鈴鹿市 観光" in mail.outbox[1].body and TITLE not in mail.outbox[1].body  # only what is new since


def test_the_inbox_and_its_buttons(client, owner, portal_stand_in, search, frozen):
    portal_stand_in.entries = [kuwana()]
    runs.run([search])
    client.force_login(owner)
    page = client.get(reverse("discovery:inbox")).content.decode()
    assert TITLE in page and "三重県桑名市" in page and "KEY-1.html" in page and "官公需情報ポータルサイト" in page
    assert all(words in page for words in ["新着", "今すぐ検索", "追跡する", "見送る", "出典："])  # Japanese first
    item = InboxItem.objects.get()
    client.post(reverse("discovery:item_dismiss", args=[item.pk]))
    item.refresh_from_db()
    assert item.state == InboxItem.State.DISMISSED
    assert TITLE not in client.get(reverse("discovery:inbox")).content.decode()
    response = client.post(reverse("discovery:search_run", args=[search.pk]))  # the worker runs it (sync in tests)
    assert response.status_code == 302
    search.refresh_from_db()
    assert search.last_status == SavedSearch.Status.OK


def test_the_demo_shows_an_inbox_offline(client, settings, db):
    settings.DEBUG = True
    call_command("load_demo", stdout=StringIO())
    call_command("load_demo", stdout=StringIO())
    assert InboxItem.objects.filter(team__name="デモチーム", state=InboxItem.State.NEW).count() == 3
    assert not SavedSearch.objects.get().enabled  # the demo never asks the portal
    client.login(username="demo", password="demo")
    page = client.get(reverse("discovery:inbox")).content.decode()
    assert "デモ市観光プロモーション動画制作業務委託" in page and "出典" in page


@pytest.mark.parametrize(
    "model", ["savedsearch", "portalentry", "inboxitem", "tracking", "amendment", "matchmail", "amendmentmail"]
)
def test_the_admin_shows_discovery_read_only(client, django_user_model, portal_stand_in, search, model, frozen):
    portal_stand_in.entries = [kuwana()]
    runs.run([search])
    client.force_login(django_user_model.objects.create_superuser("boss", "boss@example.jp", "pw"))
    assert client.get(reverse(f"admin:discovery_{model}_changelist")).status_code == 200
    assert client.get(reverse(f"admin:discovery_{model}_add")).status_code == 403


def test_leads_edit_saved_searches_and_members_run_them(client, owner, teammate, team):
    client.force_login(teammate)
    assert client.get(reverse("discovery:search_new")).status_code == 404
    client.force_login(owner)
    data = {"team": team.pk, "name": "清掃", "query": "清掃", "prefectures": "東京", "run_at": "06:30", "enabled": "on"}
    response = client.post(reverse("discovery:search_new"), data)
    assert response.status_code == 200 and "都道府県コード2桁" in response.content.decode()
    assert not SavedSearch.objects.exists()  # nothing saved on an error
    response = client.post(reverse("discovery:search_new"), {**data, "prefectures": "13, 14"})
    assert response.status_code == 302
    search = SavedSearch.objects.get()
    assert search.prefectures == "13,14" and search.params()["LG_Code"] == "13,14"
    client.force_login(teammate)
    assert client.get(reverse("discovery:search_edit", args=[search.pk])).status_code == 404
    assert "清掃" in client.get(reverse("discovery:inbox")).content.decode()


def test_the_worker_job_runs_the_morning_search_and_mails_once(portal_stand_in, search, owner):
    from django_q.models import Schedule

    from tenders.discovery import tasks
    from tenders.discovery.job import SCHEDULE_NAME, TASK

    assert Schedule.objects.get(name=SCHEDULE_NAME).func == TASK  # created by the migration
    portal_stand_in.entries = [kuwana()]
    with time_machine.travel(tokyo(2026, 12, 1, 6, 0), tick=True):
        assert tasks.discovery_task().startswith("new 0")  # before its time: nothing asked
    assert not portal_stand_in.requests
    with time_machine.travel(tokyo(2026, 12, 1, 6, 40), tick=True):
        assert tasks.discovery_task().startswith("new 1")
        assert tasks.discovery_task().startswith("new 0")  # once a day
    assert len(portal_stand_in.requests) == 1
    (message,) = mail.outbox
    assert message.to == [owner.email] and TITLE in message.body


def test_a_second_track_of_the_same_result_is_undone_with_its_notice(client, owner, portal_stand_in, search, frozen):
    """Two people pressed 追跡する on one result: the first save makes the notice; the second one's save,
    notice included, is rolled back, and it is sent to the first notice."""
    from django.db import transaction

    from tenders.proposal import NoticeProposal
    from tenders.services import notice_create

    item, url, response = track(client, owner, portal_stand_in, search)
    client.post(url, as_post(response.context["editor"], response.context["token"]))
    first = Notice.objects.get()
    with pytest.raises(services.AlreadyTracked) as raised:
        with transaction.atomic():
            second = notice_create(team=item.team, owner=owner, proposal=NoticeProposal(title=TITLE, issuer="", milestones=[]))
            services.tracking_record(notice=second, item=item, by=owner)
    assert raised.value.notice_id == first.pk
    assert list(Notice.objects.all()) == [first] and Tracking.objects.get().notice == first
