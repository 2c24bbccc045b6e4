"""The notice form in a real browser: the page opens at the first error, the summary's links move
to the field at fault, and a saved milestone's reason box appears only when its date is changed."""

import datetime as dt
import re

from django.utils import timezone

from tenders.models import Notice
from tests.web_helpers import simple_notice

DATE_LABEL = re.compile(r"^日付[:：]?$")


def test_errors_lead_to_their_fields_and_the_reason_box_follows_the_date(visit, lead):
    visit.sign_in("lead@example.jp")
    page = visit.page
    visit.go("/notices/new/")
    page.get_by_label("件名").fill("誤りのある案件")
    first = page.get_by_role("group", name="日程 1")
    first.get_by_label("名称").fill("質問受付期限")
    first.get_by_label(DATE_LABEL).fill("令和9年2月30日")
    second = page.get_by_role("group", name="日程 2")
    second.get_by_label(DATE_LABEL).fill("令和9年3月上旬 16時")
    page.get_by_role("button", name="保存").click()
    summary = page.locator("#error-summary")
    summary.wait_for()
    visit.check("errors")
    assert "入力内容を確認してください（3件）" in summary.inner_text()
    # The page opens at the first field at fault, and only the fields at fault are marked.
    assert page.evaluate("document.activeElement.id") == "id_milestones-0-date"
    assert page.locator(".field.invalid").count() == 3
    assert page.locator("[aria-invalid=true]").count() == 3
    # Each line of the summary takes the person to its field.
    summary.get_by_role("link", name="日程 2: 名称").click()
    assert page.evaluate("document.activeElement.id") == "id_milestones-1-label"
    assert not Notice.objects.filter(title="誤りのある案件").exists()

    today = timezone.localdate()
    notice = simple_notice(
        lead.teams.get(),
        lead,
        "日付を変える案件",
        ("question", "質問の受付期限", "datetime", today + dt.timedelta(days=3), dt.time(16, 30)),
        ("submission", "提出期限", "date", today + dt.timedelta(days=10), None),
    )
    visit.go(f"/notices/{notice.pk}/edit/")
    row = page.get_by_role("group", name="日程 1")
    reason = row.get_by_label("日付変更の理由")
    assert not reason.is_visible() and not page.get_by_role("group", name="日程 2").get_by_label("日付変更の理由").is_visible()
    date = row.get_by_label(DATE_LABEL)
    saved = date.input_value()
    date.fill((today + dt.timedelta(days=4)).isoformat())
    reason.wait_for(state="visible")
    visit.check("reason-shown")
    assert not page.get_by_role("group", name="日程 2").get_by_label("日付変更の理由").is_visible()
    date.fill(saved)
    reason.wait_for(state="hidden")
    row.get_by_label("時刻").fill("12:00")
    reason.wait_for(state="visible")
