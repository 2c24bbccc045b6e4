"""Excel and CSV from the lists, and the three import steps, through the web app."""

import datetime as dt
import io

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from tenders.models import Notice
from tenders.proposal import MilestoneProposal, NoticeProposal
from tenders.services import notice_create
from tests.spreadsheets.sheets import xlsx_bytes

EXPORT = reverse("tenders:notice_export")
IMPORT = reverse("tenders:notice_import")


@pytest.fixture
def notices(team, owner, other_team, outsider):
    due = (MilestoneProposal(kind="submission", label="提出期限", date=dt.date(2026, 5, 20), precision="date"),)
    notice_create(team=team, owner=owner, proposal=NoticeProposal(title="道路清掃業務", issuer="津市", milestones=due))
    notice_create(team=team, owner=owner, proposal=NoticeProposal(title="観光PR業務", issuer="𠮷野町"))
    notice_create(team=other_team, owner=outsider, proposal=NoticeProposal(title="他チームの案件"))


def titles_in(response):
    book = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)), read_only=True)
    return sorted(row[1] for row in book["案件"].iter_rows(min_row=2, values_only=True))


def test_excel_of_the_list_as_filtered_and_only_ones_teams(client, owner, notices):
    client.force_login(owner)
    response = client.get(EXPORT, {"format": "xlsx"})
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert "attachment" in response["Content-Disposition"]
    assert titles_in(response) == ["観光PR業務", "道路清掃業務"]
    assert titles_in(client.get(EXPORT, {"format": "xlsx", "q": "清掃"})) == ["道路清掃業務"]


def test_list_offers_the_downloads_with_its_filters(client, owner, notices):
    client.force_login(owner)
    page = client.get(reverse("tenders:notice_list"), {"q": "清掃"}).content.decode()
    assert f'href="{EXPORT}?q=%E6%B8%85%E6%8E%83&amp;format=xlsx"' in page
    assert "CSV (Shift_JIS)" in page or "CSV（Shift_JIS）" in page
    assert f'href="{IMPORT}"' in page  # a lead


def test_csv_in_utf8_and_shift_jis_names_the_replaced_characters(client, owner, notices):
    client.force_login(owner)
    response = client.get(EXPORT, {"format": "csv"})
    assert b"".join(response.streaming_content).startswith(b"\xef\xbb\xbf")
    page = client.get(EXPORT, {"format": "csv", "encoding": "cp932"})
    assert page["Content-Type"].startswith("text/html") and "𠮷" in page.content.decode()
    response = client.get(EXPORT, {"format": "csv", "encoding": "cp932", "confirmed": "1"})
    data = b"".join(response.streaming_content)
    assert "〓野町" in data.decode("cp932")


def test_the_schedule_csv_of_the_list_as_filtered(client, owner, notices):
    client.force_login(owner)
    page = client.get(reverse("tenders:notice_list"), {"q": "清掃"}).content.decode()
    assert f'href="{EXPORT}?q=%E6%B8%85%E6%8E%83&amp;format=csv&amp;sheet=milestones"' in page
    assert "日程CSV" in page
    response = client.get(EXPORT, {"format": "csv", "sheet": "milestones", "q": "清掃"})
    assert "filename*=utf-8''%E6%97%A5%E7%A8%8B_" in response["Content-Disposition"]  # 日程_YYYYMMDD.csv
    lines = b"".join(response.streaming_content).decode("utf-8-sig").split("\r\n")
    assert lines[0].startswith("案件ID,案件名,種別,名称,日付")
    assert [line.split(",")[1:5] for line in lines[1:-1]] == [["道路清掃業務", "提出期限", "提出期限", "2026/05/20"]]
    replaced = client.get(EXPORT, {"format": "csv", "sheet": "milestones", "encoding": "cp932"})
    assert replaced.status_code == 200 and b"".join(replaced.streaming_content).decode("cp932").count("\r\n") == 2


def test_overdue_list_exports_the_notices_with_late_milestones(client, owner, notices):
    client.force_login(owner)
    response = client.get(EXPORT, {"format": "xlsx", "list": "overdue", "scope": "teams"})
    assert titles_in(response) == ["道路清掃業務"]  # its 5/20 has passed (the tests run later); the other has no milestone


def test_three_import_steps(client, owner, teammate):
    client.force_login(owner)
    data = xlsx_bytes(
        [
            ["案件名", "発注者", "担当", "業務の〆切"],
            ["市民課窓口業務委託", "桑名市", "鈴木 二郎", "令和8年4月15日 16時"],
            ["観光PR業務", "四日市市", "誰か", "2026/2/30"],
        ]
    )
    upload = SimpleUploadedFile("管理表.xlsx", data)
    page = client.post(IMPORT, {"team": owner.memberships.get().team_id, "file": upload})
    html = page.content.decode()
    assert 'name="field_3"' in html and '<option value="kind:submission" selected>' not in html  # 〆切 is not proposed
    token = page.context["token"]
    base = {"token": token, "team": owner.memberships.get().team_id, "field_0": "title", "field_1": "issuer", "field_2": "owner"}
    page = client.post(IMPORT, {**base, "field_3": "kind:submission", "step": "preview"})
    html = page.content.decode()
    assert (
        "市民課窓口業務委託" in html
        and "チームにいない担当者" in html
        and "「業務の〆切」（2026/2/30）: 2026年2月30日という日はありません" in html
    )
    page = client.post(IMPORT, {**base, "field_0": "", "step": "preview"})  # no 案件名 column: the mapping again, with why
    assert page.status_code == 200 and "「案件名」にあたる列を選んでください" in page.content.decode()
    assert page.context["columns"][1]["field"] == "issuer"  # as posted
    page = client.post(IMPORT, {**base, "field_3": "kind:submission", "step": "save"})
    assert Notice.objects.count() == 0
    assert "何も保存していません" in page.content.decode() or "nothing was saved" in page.content.decode()
    response = client.post(IMPORT, {**base, "field_3": "kind:submission", "step": "save", "skip_bad_rows": "1"})
    assert response.status_code == 302
    notice = Notice.objects.get()
    assert (notice.title, notice.owner, notice.milestones.get().label) == ("市民課窓口業務委託", teammate, "業務の〆切")
    # the staged file is gone with the save; a made-up team is no way in
    assert client.post(IMPORT, {**base, "step": "preview"}).status_code == 302
    assert client.post(IMPORT, {**base, "team": "x", "step": "preview"}).status_code == 302


def test_another_persons_staged_file_or_a_team_one_does_not_lead_is_refused(client, owner, teammate, other_team, outsider):
    from tenders.models import Membership
    from tenders.services import team_join

    team_join(team=other_team, user=owner, role=Membership.Role.MEMBER)
    client.force_login(owner)
    data = xlsx_bytes([["案件名", "発注者"], ["業務", "津市"]])
    page = client.post(IMPORT, {"team": owner.memberships.get(role="lead").team_id, "file": SimpleUploadedFile("a.xlsx", data)})
    token = page.context["token"]
    other = {"token": token, "team": other_team.pk, "field_0": "title", "step": "save"}
    assert client.post(IMPORT, other).status_code == 302  # a team the person does not lead
    team_join(team=owner.memberships.get(role="lead").team, user=outsider, role=Membership.Role.LEAD)
    client.force_login(outsider)
    stolen = {"token": token, "team": owner.memberships.get(role="lead").team_id, "field_0": "title", "step": "save"}
    assert client.post(IMPORT, stolen).status_code == 302  # someone else's upload
    assert not Notice.objects.exists()


def test_import_is_for_leads_and_refuses_a_macro_file(client, owner, teammate):
    client.force_login(teammate)
    assert client.get(IMPORT).status_code == 302
    client.force_login(owner)
    page = client.post(IMPORT, {"team": owner.memberships.get().team_id, "file": SimpleUploadedFile("a.xlsm", b"PK\x03\x04")})
    assert "マクロを含むブック" in page.content.decode()
