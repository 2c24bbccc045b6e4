"""What a bid team does every day, in a real browser at desktop and phone widths."""

import datetime as dt

import pytest
from django.utils import timezone

from tenders.models import Membership, MilestoneChange, Notice, Team
from tenders.services import staff_get_or_create, team_join
from tests.e2e.conftest import PASSWORD
from tests.web_helpers import simple_notice


@pytest.fixture
def lead(transactional_db):
    team = Team.objects.create(name="営業一課")
    user, _ = staff_get_or_create(email="lead@example.jp", display_name="山田 一郎")
    user.set_password(PASSWORD)
    user.save()
    team_join(team=team, user=user, role=Membership.Role.LEAD)
    return user


@pytest.fixture
def notice(lead):
    today = timezone.localdate()
    return simple_notice(
        lead.teams.get(), lead, "「世界を目指す若者応援事業」旅行手配業務委託",
        ("question", "質問の受付期限", "datetime", today + dt.timedelta(days=1), dt.time(16, 30)),
        ("submission", "企画提案書等の提出期限", "datetime", today + dt.timedelta(days=5), dt.time(12, 0)),
        ("contract", "契約の締結", "late_month", (today + dt.timedelta(days=40)).replace(day=1), None),
    )


def test_dashboard_mark_done_and_undo(visit, notice, lead):
    visit.sign_in("lead@example.jp")
    page = visit.page
    row = page.locator(".milestone", has_text="質問の受付期限")
    assert "明日 16:30" in row.inner_text()
    row.get_by_role("button", name="「質問の受付期限」を完了にする").click()
    row.get_by_role("button", name="元に戻す").wait_for()
    visit.check("done")
    assert notice.milestones.get(kind="question").is_done
    row.get_by_role("button", name="元に戻す").click()
    row.get_by_role("button", name="「質問の受付期限」を完了にする").wait_for()
    visit.check("undone")
    assert not notice.milestones.get(kind="question").is_done


def test_create_a_notice_with_milestones(visit, lead):
    visit.sign_in("lead@example.jp")
    page = visit.page
    page.get_by_role("link", name="案件", exact=True).first.click()
    page.get_by_role("link", name="案件の登録").click()
    visit.check("new-notice")
    page.get_by_label("件名").fill("令和8年度 観光プロモーション業務委託")
    page.get_by_label("発注機関").fill("テスト市 観光課")
    first = page.get_by_role("group", name="日程 1")
    first.get_by_label("種別").select_option("question")
    first.get_by_label("名称").fill("質問受付期限")
    first.get_by_label("日付:", exact=True).fill("令和8年12月18日（金）")
    first.get_by_label("時刻").fill("17:00")
    second = page.get_by_role("group", name="日程 2")
    second.get_by_label("種別").select_option("submission")
    second.get_by_label("名称").fill("企画提案書の提出期限")
    second.get_by_label("日付:", exact=True).fill("2027-01-08")
    page.get_by_role("button", name="日程を追加").click()
    fourth = page.get_by_role("group", name="日程 4")
    fourth.get_by_label("名称").wait_for()
    visit.check("filled")
    page.get_by_role("button", name="保存").click()
    page.get_by_role("heading", name="令和8年度 観光プロモーション業務委託").wait_for()
    visit.check("saved")
    assert "2026年12月18日（金）17:00" in page.inner_text(".timeline")
    notice = Notice.objects.get(title="令和8年度 観光プロモーション業務委託")
    assert notice.milestones.count() == 2


def test_a_wrong_weekday_is_explained(visit, lead):
    visit.sign_in("lead@example.jp")
    page = visit.page
    visit.go("/notices/new/")
    page.get_by_label("件名").fill("曜日違いの案件")
    first = page.get_by_role("group", name="日程 1")
    first.get_by_label("名称").fill("質問受付期限")
    first.get_by_label("日付:", exact=True).fill("令和8年12月18日（木）")
    page.get_by_role("button", name="保存").click()
    page.get_by_text("12月18日は金曜日ですが、（木）と書かれています。").wait_for()
    visit.check("weekday-error")
    assert not Notice.objects.filter(title="曜日違いの案件").exists()


def test_change_a_date_with_a_reason_and_see_the_history(visit, notice, lead):
    visit.sign_in("lead@example.jp")
    page = visit.page
    visit.go(f"/notices/{notice.pk}/edit/")
    question = notice.milestones.get(kind="question")
    new_day = question.starts_on + dt.timedelta(days=2)
    group = page.get_by_role("group", name="日程 1")
    group.get_by_label("日付:", exact=True).fill(new_day.isoformat())
    page.get_by_role("button", name="保存").click()
    page.get_by_text("理由を入力してください").first.wait_for()
    visit.check("reason-asked")
    page.get_by_role("group", name="日程 1").get_by_label("日付変更の理由").fill("訂正公告")
    page.get_by_role("button", name="保存").click()
    page.get_by_role("heading", name="日程", exact=True).wait_for()
    visit.check("history")
    assert "（訂正公告）" in page.inner_text(".timeline")
    assert MilestoneChange.objects.get().reason == "訂正公告"


def test_open_the_calendar(visit, notice, lead):
    visit.sign_in("lead@example.jp")
    page = visit.page
    page.get_by_role("link", name="カレンダー", exact=True).click()
    page.wait_for_url("**/calendar/")
    visit.check("month")
    chip = page.locator(".chip", has_text="質問の受付期限")
    if timezone.localdate().month != (timezone.localdate() + dt.timedelta(days=1)).month:
        page.get_by_role("link", name="翌月").click()
    assert chip.first.is_visible()
    assert "16:30" in chip.first.inner_text()


def test_copy_a_feed_url(visit, lead):
    visit.sign_in("lead@example.jp")
    page = visit.page
    page.get_by_role("link", name="カレンダー購読").click()
    visit.check("subscriptions")
    url = page.locator(".feed-url").first.input_value()
    assert "/feeds/" in url and url.endswith(".ics")
    page.get_by_role("button", name="コピー").first.click()
    assert page.evaluate("navigator.clipboard.readText()") == url


def test_keyboard_only(visit, notice, lead):
    """Skip link first, a visible focus ring, and a milestone marked done with the keyboard alone."""
    visit.sign_in("lead@example.jp")
    page = visit.page
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "本文へ移動"
    page.keyboard.press("Enter")
    button = page.get_by_role("button", name="「質問の受付期限」を完了にする")
    for _ in range(40):
        page.keyboard.press("Tab")
        if button.evaluate("element => element === document.activeElement"):
            break
    else:
        pytest.fail("the done button cannot be reached with Tab")
    outline = button.evaluate("element => getComputedStyle(element).outlineStyle")
    assert outline == "solid"
    visit.check("focus")
    page.keyboard.press("Enter")
    page.get_by_role("button", name="元に戻す").wait_for()
    assert notice.milestones.get(kind="question").is_done


def test_new_notice_from_a_pdf(visit, lead, tmp_path, settings):
    from tests.conftest import SAMPLES
    from tests.documents import pdf_of

    settings.MEDIA_ROOT = tmp_path / "media"
    path = tmp_path / "桑名市_公募要領.pdf"
    path.write_bytes(pdf_of((SAMPLES / "002_3fb179fb091801d6.txt").read_text(encoding="utf-8")))
    visit.sign_in("lead@example.jp")
    page = visit.page
    visit.go("/notices/")
    page.get_by_role("link", name="公告文書から案件を登録").click()
    page.get_by_label("文書").set_input_files(str(path))
    page.get_by_role("button", name="文書を読み取る").click()
    page.get_by_role("heading", name="読み取り結果の確認").wait_for()
    assert page.locator(".source-lines mark").count() == 8
    assert page.get_by_label("件名").input_value() == "「世界を目指す若者応援事業」旅行手配業務委託"
    link = page.locator(".evidence-links a").nth(1)  # 質問の受付期限
    target = link.get_attribute("href")
    link.click()
    assert page.evaluate("location.hash") == target
    assert "質問の受付期限" in page.locator(target).inner_text()
    visit.check("review")
    page.get_by_role("button", name="保存").click()
    page.get_by_role("heading", name="「世界を目指す若者応援事業」旅行手配業務委託").wait_for()
    visit.check("saved-from-document")
    notice = Notice.objects.get()
    assert notice.milestones.count() == 8 and notice.documents.get().filename == "桑名市_公募要領.pdf"


def test_every_page_fits_and_loads_cleanly(visit, notice, lead, settings, tmp_path):
    """Each page at both widths: no sideways scrolling, no console error, nothing from another host."""
    from tenders.models import NoticeDocument

    NoticeDocument.objects.create(notice=notice, filename="公募要領.txt", text="本文")
    team = lead.teams.get()
    visit.sign_in("lead@example.jp")
    for path in ["/", "/?scope=teams", "/notices/", f"/notices/{notice.pk}/", f"/notices/{notice.pk}/edit/",
                 "/notices/new/", "/notices/new/from-document/", "/calendar/", "/calendars/", "/teams/",
                 f"/teams/{team.pk}/", "/settings/", "/accounts/password/"]:
        visit.go(path)
        assert visit.page.locator("h1").count() == 1, path
