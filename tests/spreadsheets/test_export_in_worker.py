"""A long list is exported in the worker: the request returns at once with a waiting line that htmx
polls; once the worker has written the file, the page offers it, to its person only. Here django-q2
queues the task as in production (its database broker), and the test runs what the worker would run."""

import datetime as dt
import io
from urllib.parse import parse_qs, urlsplit

import openpyxl
import pytest
import time_machine
from django.urls import reverse
from django_q.conf import Conf
from django_q.models import OrmQ

from tenders.models import Milestone
from tenders.proposal import MilestoneProposal, NoticeProposal
from tenders.services import milestone_mark_done, notice_create
from tenders.web import exports

EXPORT = reverse("tenders:notice_export")
STATUS = reverse("tenders:notice_export_status")


@pytest.fixture(autouse=True)
def queued(settings, tmp_path, monkeypatch):
    """Lists of two notices or more go to the worker; tasks go to the broker (the test settings run them at once)."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.EXPORT_IN_WORKER_FROM = 2
    monkeypatch.setattr(Conf, "SYNC", False)


@pytest.fixture
def notices(team, owner, other_team, outsider):
    due = (MilestoneProposal(kind="submission", label="提出期限", date=dt.date(2026, 5, 20), precision="date"),)
    notice_create(team=team, owner=owner, proposal=NoticeProposal(title="道路清掃業務", issuer="津市", milestones=due))
    notice_create(team=team, owner=owner, proposal=NoticeProposal(title="観光PR業務", issuer="𠮷野町"))
    notice_create(team=other_team, owner=outsider, proposal=NoticeProposal(title="他チームの案件"))
    notice_create(team=other_team, owner=outsider, proposal=NoticeProposal(title="他チームの案件2"))


def token_in(response) -> str:
    return parse_qs(urlsplit(response.context["status_url"]).query)["export"][0]


def test_a_long_list_is_written_by_the_worker_and_offered_when_ready(client, owner, notices):
    client.force_login(owner)
    response = client.get(EXPORT, {"format": "xlsx"})
    assert response.status_code == 200 and response["Content-Type"].startswith("text/html")  # no file in the request
    assert "ファイルを作成しています" in response.content.decode() and 'hx-get="' in response.content.decode()
    token = token_in(response)
    assert OrmQ.objects.count() == 1  # the export, queued for the worker

    polled = client.get(STATUS, {"export": token}, headers={"HX-Request": "true"})
    assert polled.status_code == 200 and "ファイルを作成しています" in polled.content.decode()  # still writing

    assert exports.export_task(token) == "written, 2 notices"  # what the worker runs
    polled = client.get(STATUS, {"export": token}, headers={"HX-Request": "true"})
    assert polled.status_code == 204
    ready = client.get(polled["HX-Redirect"])
    body = ready.content.decode()
    assert "ファイルができました" in body and "案件 2 件、日程 1 件" in body
    file = client.get(ready.context["file_url"])
    assert file["Content-Type"].startswith("application/vnd.openxmlformats") and "attachment" in file["Content-Disposition"]
    book = openpyxl.load_workbook(io.BytesIO(b"".join(file.streaming_content)), read_only=True)
    assert sorted(row[1] for row in book["案件"].iter_rows(min_row=2, values_only=True)) == ["観光PR業務", "道路清掃業務"]


def test_the_file_is_its_persons_only(client, owner, teammate, notices):
    client.force_login(owner)
    token = token_in(client.get(EXPORT, {"format": "csv", "sheet": "milestones"}))
    exports.export_task(token)
    file_url = reverse("tenders:notice_export_file") + "?" + f"export={token}"
    assert client.get(file_url).status_code == 200
    client.force_login(teammate)  # same team, not the person who asked
    assert client.get(file_url).status_code == 404
    page = client.get(reverse("tenders:notice_export_ready"), {"export": token})
    assert page.status_code == 302 and page["Location"] == reverse("tenders:notice_list")
    assert client.get(reverse("tenders:notice_export_file"), {"export": token + "x"}).status_code == 404


@time_machine.travel(dt.datetime(2026, 4, 16, 9, 5, tzinfo=dt.UTC), tick=False)
def test_the_worker_writes_what_the_person_would_see_in_their_language_and_zone(client, owner, notices):
    milestone_mark_done(milestone=Milestone.objects.get(label="提出期限"))
    owner.profile.language, owner.profile.time_zone = "en", "Asia/Singapore"
    owner.profile.save()
    client.force_login(owner)
    token = token_in(client.get(EXPORT, {"format": "csv", "sheet": "milestones", "q": "業務"}))
    exports.export_task(token)
    ready = client.get(reverse("tenders:notice_export_ready"), {"export": token})
    assert ready.context["export"].filename == "milestones_20260416.csv"  # the English file name
    data = b"".join(client.get(ready.context["file_url"]).streaming_content).decode("utf-8-sig")
    assert data.split("\r\n")[1].endswith(",2026/04/16 17:05")  # done at 09:05 UTC, in Singapore


def test_shift_jis_names_the_replaced_characters_before_the_download(client, owner, notices):
    client.force_login(owner)
    token = token_in(client.get(EXPORT, {"format": "csv", "encoding": "cp932"}))
    exports.export_task(token)
    ready = client.get(reverse("tenders:notice_export_ready"), {"export": token})
    body = ready.content.decode()
    assert 'role="alert"' in body and "𠮷" in body
    file = client.get(ready.context["file_url"])
    assert "〓野町" in b"".join(file.streaming_content).decode("cp932")


def test_a_short_list_is_still_written_in_the_request(client, owner, notices, settings):
    settings.EXPORT_IN_WORKER_FROM = 3
    client.force_login(owner)
    response = client.get(EXPORT, {"format": "xlsx"})
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert not OrmQ.objects.exists()


def test_an_export_that_failed_says_so(client, owner, notices, monkeypatch):
    client.force_login(owner)
    token = token_in(client.get(EXPORT, {"format": "xlsx"}))

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(exports, "write_xlsx", broken)
    assert exports.export_task(token) == "failed"
    assert client.get(STATUS, {"export": token}, headers={"HX-Request": "true"}).status_code == 204
    page = client.get(reverse("tenders:notice_export_ready"), {"export": token}, follow=True)
    assert "ファイルを作成できませんでした" in page.content.decode()
