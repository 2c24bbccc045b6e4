"""Many notices at once: the service (one transaction, one history entry per notice, only one's own
teams' notices) and the list → confirmation → change steps."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from tenders.models import Milestone, Notice, NoticeChange, NoticeStatusChange
from tenders.proposal import MilestoneProposal, NoticeProposal
from tenders.services import notice_create, notices_bulk_change

BULK = reverse("tenders:notice_bulk")


def make(team, owner, title, milestones=2):
    items = tuple(
        MilestoneProposal(kind="submission", label=f"提出{i}", date=dt.date(2026, 5, 10 + i), precision="date")
        for i in range(milestones)
    )
    return notice_create(team=team, owner=owner, proposal=NoticeProposal(title=title, milestones=items))


@pytest.fixture
def three(team, owner):
    return [make(team, owner, f"案件{i}") for i in range(3)]


def test_status_for_several_with_one_history_entry_each(three, owner, heard):
    count = notices_bulk_change(notices=three[:2], by=owner, status="go")
    assert count == 2
    assert sorted(Notice.objects.values_list("title", "status")) == [("案件0", "go"), ("案件1", "go"), ("案件2", "watching")]
    assert NoticeChange.objects.count() == 2
    assert NoticeChange.objects.filter(notice=three[0]).get().summary == "一括変更: 状況 検討中 → 参加"
    assert NoticeStatusChange.objects.filter(new_status="go").count() == 2
    assert Milestone.objects.filter(notice=three[0], ical_sequence=1).count() == 2  # calendars show the status
    assert set(heard[-1].milestones) == set(Milestone.objects.filter(notice__in=three[:2]).values_list("pk", flat=True))
    assert notices_bulk_change(notices=three[:2], by=owner, status="go") == 0  # nothing changed, nothing recorded
    assert NoticeChange.objects.count() == 2


def test_mark_done_owner_and_assignees(three, owner, teammate):
    notices_bulk_change(notices=three, by=owner, mark_done=True)
    assert not Milestone.objects.open().exists()
    assert set(Milestone.objects.values_list("done_by", flat=True)) == {owner.pk}
    notices_bulk_change(notices=three, by=owner, owner=teammate, assignees=None)
    notices_bulk_change(notices=three, by=owner, assignees=[owner, teammate])
    notice = Notice.objects.get(pk=three[0].pk)
    assert notice.owner == teammate and set(notice.assignees.all()) == {owner, teammate}
    assert [c.summary for c in notice.changes.order_by("pk")] == [
        "一括変更: 日程 2 件を完了",
        "一括変更: 担当 山田 一郎 → 鈴木 二郎",
        "一括変更: 副担当 → 山田 一郎、鈴木 二郎",
    ]


def test_only_ones_own_teams_notices_and_members(three, owner, other_team, outsider):
    theirs = make(other_team, outsider, "他チームの案件")
    assert notices_bulk_change(notices=[*three, theirs], by=owner, status="no_go") == 3
    assert Notice.objects.get(pk=theirs.pk).status == "watching"
    with pytest.raises(ValidationError):
        notices_bulk_change(notices=three, by=owner, owner=outsider)
    assert not Notice.objects.filter(owner=outsider, team=three[0].team).exists()


def test_list_confirmation_then_change(client, three, owner):
    client.force_login(owner)
    page = client.get(reverse("tenders:notice_list")).content.decode()
    assert 'form="bulk-form"' in page and 'id="bulk-form"' in page
    confirm = client.get(BULK, {"notice": [three[0].pk, three[2].pk], "action": "status", "next": "/notices/?q=案件"})
    html = confirm.content.decode()
    assert "案件0" in html and "案件2" in html and "案件1" not in html
    assert Notice.objects.filter(status="lost").count() == 0  # nothing before the confirmation
    response = client.post(
        BULK, {"notice": [three[0].pk, three[2].pk], "action": "status", "status": "lost", "next": "/notices/?q=案件"}
    )
    assert response.status_code == 302 and response["Location"] == "/notices/?q=%E6%A1%88%E4%BB%B6"
    assert sorted(Notice.objects.filter(status="lost").values_list("title", flat=True)) == ["案件0", "案件2"]


def test_all_matching_the_filter(client, three, owner):
    client.force_login(owner)
    html = client.get(BULK, {"all": "1", "q": "案件1", "action": "done"}).content.decode()
    assert "案件1" in html and "案件0" not in html
    assert client.get(BULK, {"action": "done"}).status_code == 302  # nothing chosen
