"""What a bid team does every day, in a real browser at desktop and phone widths."""

import datetime as dt

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from tenders.models import MilestoneChange, Notice
from tests.web_helpers import simple_notice


@pytest.fixture
def notice(lead):
    today = timezone.localdate()
    return simple_notice(
        lead.teams.get(),
        lead,
        "「世界を目指す若者応援事業」旅行手配業務委託",
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
    first.get_by_label("日付：", exact=True).fill("令和8年12月18日（金）")
    first.get_by_label("時刻").fill("17:00")
    second = page.get_by_role("group", name="日程 2")
    second.get_by_label("種別").select_option("submission")
    second.get_by_label("名称").fill("企画提案書の提出期限")
    second.get_by_label("日付：", exact=True).fill("2027-01-08")
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
    first.get_by_label("日付：", exact=True).fill("令和8年12月18日（木）")
    page.get_by_role("button", name="保存").click()
    page.get_by_text("12月18日は金曜日ですが、（木）と書かれています。").first.wait_for()
    visit.check("weekday-error")
    assert not Notice.objects.filter(title="曜日違いの案件").exists()


def test_change_a_date_with_a_reason_and_see_the_history(visit, notice, lead):
    visit.sign_in("lead@example.jp")
    page = visit.page
    visit.go(f"/notices/{notice.pk}/edit/")
    question = notice.milestones.get(kind="question")
    new_day = question.starts_on + dt.timedelta(days=2)
    group = page.get_by_role("group", name="日程 1")
    group.get_by_label("日付：", exact=True).fill(new_day.isoformat())
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
    button = page.get_by_role("button", name="コピー").first
    button.click()
    assert page.evaluate("navigator.clipboard.readText()") == url
    assert button.inner_text() == "コピーしました"
    live = page.locator("#live-status")
    assert live.get_attribute("aria-live") == "polite"
    expect(live).to_have_text("コピーしました")
    visit.check("copied")


def test_the_navigation_and_its_page_say_the_same(visit, lead):
    visit.sign_in("lead@example.jp")
    page = visit.page
    page.get_by_role("link", name="カレンダー購読").click()
    page.get_by_role("heading", name="カレンダー購読", level=1).wait_for()
    assert "カレンダー登録" not in page.content()


def test_keyboard_only(visit, notice, lead):
    """Skip link first, a visible focus ring, and a milestone marked done with the keyboard alone."""
    visit.sign_in("lead@example.jp")
    page = visit.page
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "本文へ移動"
    page.keyboard.press("Enter")
    button = page.get_by_role("button", name="「質問の受付期限」を完了にする")
    tab_to(page, button, "the done button")
    outline = button.evaluate("element => getComputedStyle(element).outlineStyle")
    assert outline == "solid"
    visit.check("focus")
    page.keyboard.press("Enter")
    undo = page.get_by_role("button", name="元に戻す")
    undo.wait_for()
    assert notice.milestones.get(kind="question").is_done
    expect(undo).to_be_focused()  # the row kept the focus
    page.keyboard.press("Enter")
    expect(page.get_by_role("button", name="「質問の受付期限」を完了にする")).to_be_focused()
    assert not notice.milestones.get(kind="question").is_done


def tab_to(page, locator, what: str, presses: int = 40) -> None:
    """Press Tab until ``locator`` has the focus, as a keyboard user would; fail when it never does."""
    for _ in range(presses):
        page.keyboard.press("Tab")
        if locator.evaluate("element => element === document.activeElement"):
            return
    pytest.fail(f"{what} cannot be reached with Tab")


def ring_is_visible(locator) -> bool:
    """The focused element draws a solid outline, and no ancestor clips what lies outside its box."""
    return locator.evaluate("""element => {
        if (getComputedStyle(element).outlineStyle !== "solid") return false;
        for (let node = element.parentElement; node && node !== document.body; node = node.parentElement) {
            const style = getComputedStyle(node);
            if (style.overflow === "hidden" || style.overflow === "clip") return false;
        }
        return true;
    }""")


def test_every_focus_ring_is_visible_and_the_scope_toggle_is_not_clipped(visit, notice, lead):
    visit.sign_in("lead@example.jp")
    page = visit.page
    toggle = page.get_by_role("link", name="チーム全体")
    tab_to(page, toggle, "the scope toggle")
    assert ring_is_visible(toggle)
    visit.check("toggle-focus")
    for path in ["/", "/notices/", "/calendar/", "/calendars/", "/settings/"]:
        visit.go(path)
        for _ in range(12):
            page.keyboard.press("Tab")
            focused = page.locator(":focus")
            assert ring_is_visible(focused), f"{path}: {focused.evaluate('element => element.outerHTML')[:120]}"


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
    said = page.locator("main > p").first.inner_text()
    if visit.name.endswith("phone"):  # the document is above the proposal on a phone
        assert "上の文書" in said and "左の" not in said
    else:
        assert "左の" in said and "上の文書" not in said
    page.get_by_role("button", name="保存").click()
    page.wait_for_load_state("load")
    visit.check("past-dates-warned")  # the sample's dates (April 2026) are past: saving asks once more
    page.get_by_label("確認しました。このまま保存する").check()
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
    for path in [
        "/",
        "/?scope=teams",
        "/notices/",
        f"/notices/{notice.pk}/",
        f"/notices/{notice.pk}/edit/",
        "/notices/new/",
        "/notices/new/from-document/",
        "/calendar/",
        "/calendars/",
        "/teams/",
        f"/teams/{team.pk}/",
        "/settings/",
        "/accounts/password/",
    ]:
        visit.go(path)
        assert visit.page.locator("h1").count() == 1, path


def test_the_month_names_notices_holidays_and_closed_days_and_keeps_a_busy_day_readable(visit, lead):
    team = lead.teams.get()
    busy = dt.date(2027, 1, 12)
    for i in range(5):
        simple_notice(
            team,
            lead,
            f"令和9年度 第{i + 1}次 地域活性化推進業務委託（長い件名の案件）",
            ("question", f"質問期限{i + 1}", "datetime", busy, dt.time(10 + i, 0)),
        )
    visit.sign_in("lead@example.jp")
    page = visit.page
    visit.go("/calendar/?month=2027-01&scope=teams")
    assert page.locator("td.day-off", has_text="元日").count() == 1
    assert page.locator("td.day-off", has_text="閉庁日").count() == 5  # 12/29–31, 1/2, 1/3
    assert page.locator("td.day-off", has_text="成人の日").count() == 1
    if visit.name.endswith("desktop"):  # weekends shaded (a phone lists only the days with milestones)
        assert (
            page.locator("td.wd-5").nth(1).evaluate("element => getComputedStyle(element).backgroundColor")
            != "rgb(255, 255, 255)"
        )
    day = page.locator("td", has=page.get_by_text("質問期限1", exact=True))
    chips = day.locator(".chip")
    assert chips.count() == 5
    assert [chips.nth(i).is_visible() for i in range(5)] == [True, True, True, False, False]
    more = day.get_by_text("他2件")
    assert more.is_visible()
    first = chips.first.locator("a")
    assert first.get_attribute("title") == "令和9年度 第1次 地域活性化推進業務委託（長い件名の案件）"
    title = first.locator(".notice-title")
    assert title.is_visible() and "令和9年度" in title.inner_text()
    visit.check("busy-day")
    more.click()
    assert chips.nth(4).is_visible()
    first.focus()
    assert title.evaluate("element => getComputedStyle(element).whiteSpace") == "normal"  # in full on focus
    visit.check("busy-day-open")


def test_a_notice_page_folds_its_reminders(visit, notice, lead):
    visit.sign_in("lead@example.jp")
    page = visit.page
    visit.go(f"/notices/{notice.pk}/")
    fold = page.locator("details.reminders-fold").first
    assert fold.get_attribute("open") is None
    assert not fold.locator(".reminder").first.is_visible()
    fold.locator("summary").click()
    assert fold.locator(".reminder").first.is_visible()
    visit.check("reminders-open")


def test_the_header_is_one_row(visit, lead):
    visit.sign_in("lead@example.jp")
    page = visit.page
    tops = page.locator(".site-header .brand, .site-header nav a, .header-actions button").evaluate_all(
        "elements => elements.map(element => Math.round(element.getBoundingClientRect().top / 10))"
    )
    assert len(set(tops)) == 1, tops
    assert page.locator(".site-header").bounding_box()["height"] < 70


def test_the_title_field_is_as_wide_as_the_form(visit, lead):
    visit.sign_in("lead@example.jp")
    page = visit.page
    visit.go("/notices/new/")
    title = page.get_by_label("件名").bounding_box()["width"]
    form = page.locator("main form").first.bounding_box()["width"]
    assert title >= form * 0.9, (title, form)
