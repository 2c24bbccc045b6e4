"""The notice form's checks before saving: a notice the team already has, a schedule wholly in
the past, and errors that point at the one field at fault."""

import datetime as dt
import re

import pytest
import time_machine
from django.urls import reverse

from tenders.models import Milestone, Notice
from tests.conftest import tokyo
from tests.test_web_notices import CREATE, edit_post, notice_post, row
from tests.web_helpers import simple_notice

NOW = tokyo(2026, 12, 1, 9, 0)
FUTURE = row("submission", "提出期限", "2027/1/20 16:00")


def existing(team, owner, **fields):
    notice = simple_notice(team, owner, "令和8年度 広報業務委託", ("submission", "提出", "date", dt.date(2027, 1, 20), None))
    Notice.objects.filter(pk=notice.pk).update(**fields)
    notice.refresh_from_db()
    return notice


@time_machine.travel(NOW, tick=False)
@pytest.mark.parametrize("same", ["title and issuer", "reference number", "source URL"])
def test_a_notice_the_team_already_has_is_saved_only_once_confirmed(client, team, owner, same):
    if same == "title and issuer":
        old, fields = existing(team, owner), {}
    elif same == "reference number":
        old, fields = existing(team, owner, title="別の件名", reference_number="R8-广-12"), {"reference_number": "R8-广-12"}
    else:
        old, fields = (
            existing(team, owner, title="別の件名", source_url="https://www.city.example.jp/k/12.html"),
            {"source_url": "https://www.city.example.jp/k/12.html"},
        )
    client.force_login(owner)
    data = notice_post(team, owner, [FUTURE], **fields)
    response = client.post(CREATE, data)
    content = response.content.decode()
    assert response.status_code == 200 and Notice.objects.count() == 1
    assert "同じ案件がすでにチームにあります" in content and f"{old.title}" in content
    assert f'href="{reverse("tenders:notice_detail", args=[old.pk])}"' in content
    assert 'name="confirm_warnings"' in content
    response = client.post(CREATE, {**data, "confirm_warnings": "1"})
    assert response.status_code == 302 and Notice.objects.count() == 2


@time_machine.travel(NOW, tick=False)
def test_another_teams_notice_of_the_same_name_is_no_duplicate(client, team, owner, other_team, outsider):
    existing(other_team, outsider)
    client.force_login(owner)
    assert client.post(CREATE, notice_post(team, owner, [FUTURE])).status_code == 302


@time_machine.travel(NOW, tick=False)
def test_a_schedule_wholly_in_the_past_asks_first(client, team, owner):
    client.force_login(owner)
    past = [row("question", "質問", "2026/11/1"), row("submission", "提出", "令和8年11月下旬")]
    data = notice_post(team, owner, past)
    response = client.post(CREATE, data)
    assert response.status_code == 200 and "日程がすべて過去の日付です" in response.content.decode()
    assert not Notice.objects.exists()
    assert client.post(CREATE, {**data, "confirm_warnings": "1"}).status_code == 302
    # One date still to come: nothing to ask.
    data = notice_post(team, owner, [*past, FUTURE], title="別の案件")
    assert client.post(CREATE, data).status_code == 302


@time_machine.travel(NOW, tick=False)
def test_editing_a_notice_does_not_ask_again(client, team, owner):
    notice = simple_notice(team, owner, "過去の案件", ("submission", "提出", "date", dt.date(2026, 11, 1), None))
    client.force_login(owner)
    assert client.post(reverse("tenders:notice_edit", args=[notice.pk]), edit_post(notice)).status_code == 302


@time_machine.travel(NOW, tick=False)
def test_the_review_of_a_document_warns_of_a_notice_the_team_has(client, team, owner):
    old = existing(team, owner, title="広報業務委託", issuer="テスト市")
    client.force_login(owner)
    text = "広報業務委託\nテスト市\n提出期限　令和9年1月20日（水）16時"
    response = client.post(reverse("tenders:notice_from_document"), {"text": text})
    editor = response.context["editor"]
    data = {"token": response.context["token"], **notice_post(team, owner, [FUTURE], title="広報業務委託", issuer="テスト市")}
    response = client.post(reverse("tenders:notice_from_document"), data)
    assert response.status_code == 200 and "同じ案件がすでにチームにあります" in response.content.decode()
    assert Notice.objects.count() == 1 and editor is not None
    response = client.post(reverse("tenders:notice_from_document"), {**data, "confirm_warnings": "1"})
    assert response.status_code == 302 and Notice.objects.count() == 2
    assert Notice.objects.exclude(pk=old.pk).get().documents.count() == 1


# --- errors point at the field at fault --------------------------------------------------------


@time_machine.travel(NOW, tick=False)
def test_errors_are_summarised_with_links_and_only_the_fields_at_fault_are_marked(client, team, owner):
    client.force_login(owner)
    data = notice_post(
        team, owner, [FUTURE, row("question", "質問期限", "令和9年2月30日"), row("other", "", "2027/3/1")], title=""
    )
    content = client.post(CREATE, data).content.decode()
    summary = re.search(r'<div class="messages error-summary".*?</div>', content, re.S).group(0)
    assert "入力内容を確認してください（3件）" in summary
    for anchor in ("id_title", "id_milestones-1-date", "id_milestones-2-label"):
        assert f'href="#{anchor}"' in summary and f'id="{anchor}"' in content
    assert "日程 2: 日付" in summary
    # The page opens at the first field at fault, and no other field is marked.
    assert re.search(r'<input[^>]*name="title"[^>]*autofocus|<input[^>]*autofocus[^>]*name="title"', content)
    assert content.count("autofocus") == 1
    invalid = re.findall(r'class="field field-(\w+) invalid"', content)
    assert invalid == ["date", "label"]
    assert 'class="milestone-form invalid"' not in content


@time_machine.travel(NOW, tick=False)
def test_the_reason_box_shows_only_where_a_date_changed(client, team, owner):
    notice = simple_notice(
        team,
        owner,
        "案件",
        ("question", "質問", "date", dt.date(2027, 1, 10), None),
        ("submission", "提出", "datetime", dt.date(2027, 1, 20), dt.time(16, 0)),
    )
    client.force_login(owner)
    url = reverse("tenders:notice_edit", args=[notice.pk])
    boxes = lambda content: re.findall(r'<div class="field field-change_reason[^"]*"( hidden)?>', content)  # noqa: E731
    assert boxes(client.get(url).content.decode()) == [" hidden", " hidden"]
    data = edit_post(notice, {"提出": {"date": "2027/1/21"}})
    content = client.post(url, data).content.decode()
    assert boxes(content) == [" hidden", ""]
    assert "理由を入力してください" in content
    assert Milestone.objects.get(label="提出").starts_on == dt.date(2027, 1, 20)
