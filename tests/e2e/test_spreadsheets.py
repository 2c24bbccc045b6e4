"""A lead brings in a 案件管理表 in three steps, changes several notices at once, and prints."""

import datetime as dt
import io

import pytest
from django.utils import timezone
from playwright.sync_api import expect
from pypdf import PdfReader

from tenders.models import Notice, NoticeChange
from tests.e2e.conftest import ARTIFACTS
from tests.spreadsheets.sheets import xlsx_bytes
from tests.web_helpers import simple_notice


@pytest.fixture
def notices(lead):
    today = timezone.localdate()
    team = lead.teams.get()
    return [
        simple_notice(
            team,
            lead,
            f"清掃業務委託{i}",
            ("question", "質問の受付期限", "datetime", today + dt.timedelta(days=i + 1), dt.time(16, 30)),
            ("submission", "提出期限", "date", today + dt.timedelta(days=i + 8), None),
        )
        for i in range(3)
    ]


def test_import_a_spreadsheet_in_three_steps(visit, lead, tmp_path):
    sheet = tmp_path / "案件管理表.xlsx"
    sheet.write_bytes(
        xlsx_bytes(
            [
                ["令和8年度 案件管理表"],
                ["案件名", "発注者", "日程", None, "業務の〆切"],
                [None, None, "質問期限", "参加申込期限", None],
                ["市民課窓口業務委託", "桑名市", "令和8年4月15日 16時", "R8.4.20", "2026/5/20"],
                ["観光PR業務", "四日市市", "令和8年2月30日", "", ""],
            ],
            merges=["A1:E1", "A2:A3", "B2:B3", "C2:D2", "E2:E3"],
        )
    )
    visit.sign_in("lead@example.jp")
    page = visit.page
    visit.go("/notices/")
    page.get_by_role("link", name="案件管理表の取り込み").click()
    visit.check("upload")
    page.get_by_label("表のファイル").set_input_files(str(sheet))
    page.get_by_role("button", name="表を読む").click()

    # step 2: the proposal, adjusted: 〆切 is the submission deadline
    expect(page.get_by_label("日程 質問期限")).to_have_value("kind:question")
    expect(page.get_by_label("業務の〆切")).to_have_value("")
    page.get_by_label("業務の〆切").select_option("kind:submission")
    visit.check("mapping")
    page.get_by_role("button", name="行を確かめる").click()

    # step 3: every row, with its problem named by row and cell
    bad = page.locator("tr[data-row='5']")
    expect(bad).to_contain_text("「日程 質問期限」（令和8年2月30日）")
    expect(page.locator("tr[data-row='4']")).to_contain_text("問題なし")
    visit.check("preview")
    page.get_by_role("button", name="案件を保存").click()
    expect(page.locator(".message")).to_contain_text("何も保存していません")
    assert not Notice.objects.exists()
    page.get_by_label("問題のない行だけ保存する").check()
    page.get_by_role("button", name="案件を保存").click()
    expect(page.locator(".message")).to_contain_text("1 件の案件を 営業一課 に取り込みました")
    visit.check("saved")
    notice = Notice.objects.get()
    assert notice.title == "市民課窓口業務委託"
    assert [(m.kind, m.label, m.precision) for m in notice.milestones.all()] == [
        ("question", "質問期限", "datetime"),
        ("application", "参加申込期限", "date"),
        ("submission", "業務の〆切", "date"),
    ]


def test_change_the_status_of_several_notices(visit, notices, lead):
    visit.sign_in("lead@example.jp")
    page = visit.page
    visit.go("/notices/")
    page.get_by_label("清掃業務委託0 を選ぶ").check()
    page.get_by_label("清掃業務委託2 を選ぶ").check()
    page.get_by_label("チェックした案件を:").select_option("status")
    page.get_by_role("button", name="次へ…").click()
    expect(page.locator("h1")).to_have_text("複数の案件をまとめて変更")
    expect(page.locator(".bulk-notices")).not_to_contain_text("清掃業務委託1")
    visit.check("confirm")
    assert not NoticeChange.objects.exists()  # nothing before the confirmation
    page.get_by_label("状況").select_option("no_go")
    page.get_by_role("button", name="変更を確定").click()
    expect(page.locator(".message")).to_contain_text("2 件の案件を変更しました")
    visit.check("changed")
    assert sorted(Notice.objects.filter(status="no_go").values_list("title", flat=True)) == ["清掃業務委託0", "清掃業務委託2"]
    assert NoticeChange.objects.count() == 2


def test_a_notice_and_the_month_print_on_a4(visit, notices, lead, tmp_path):
    visit.sign_in("lead@example.jp")
    page = visit.page
    visit.go(f"/notices/{notices[0].pk}/")
    page.emulate_media(media="print")
    assert not page.locator(".site-header").is_visible()
    assert not page.get_by_role("button").first.is_visible()
    assert page.locator(".timeline").is_visible()
    schedule = PdfReader(io.BytesIO(page.pdf(prefer_css_page_size=True)))
    assert len(schedule.pages) == 1
    assert "清掃業務委託" in schedule.pages[0].extract_text() and "提出期限" in schedule.pages[0].extract_text()
    assert round(float(schedule.pages[0].mediabox.width)) == 595  # A4 portrait, in points
    page.emulate_media(media="screen")
    visit.go("/calendar/?scope=teams")
    page.emulate_media(media="print")
    assert not page.locator(".month-nav").is_visible()
    expect(page.locator("table.month")).to_contain_text("清掃業務委託0")
    month = page.pdf(prefer_css_page_size=True)
    (ARTIFACTS / f"{visit.name}-month.pdf").write_bytes(month)
    month = PdfReader(io.BytesIO(month))
    assert len(month.pages) == 1  # one landscape A4 page, a week never split
    assert round(float(month.pages[0].mediabox.width)) == 842
    page.emulate_media(media="screen")
