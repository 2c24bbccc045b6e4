"""The notice list a team reopens all day: constant queries whatever the notices, kept between
views while nothing changed, and never stale after a change or a deadline passing."""

import datetime as dt

import time_machine
from django.urls import reverse

from tenders.models import Milestone
from tenders.services import milestone_mark_done
from tests.conftest import tokyo
from tests.web_helpers import count_queries, many_notices, simple_notice

LIST = reverse("tenders:notice_list")


@time_machine.travel(tokyo(2026, 4, 14, 9, 0), tick=False)
def test_list_queries_do_not_grow_with_the_notices_even_when_built_afresh(client, team, owner):
    client.force_login(owner)
    many_notices(team, owner, 3)
    small = count_queries(client, LIST, cold=True)
    many_notices(team, owner, 50)
    assert count_queries(client, LIST, cold=True) == small
    assert count_queries(client, LIST + "?status=active&q=量産", cold=True) == small
    assert count_queries(client, LIST) < small  # viewed again: kept, not queried


@time_machine.travel(tokyo(2026, 4, 14, 9, 0), tick=False)
def test_a_kept_list_shows_a_change_at_once(client, team, owner, teammate):
    notice = simple_notice(
        team,
        owner,
        "桑名の案件",
        ("question", "質問期限", "datetime", dt.date(2026, 4, 16), dt.time(12, 0)),
        ("submission", "提案書提出期限", "date", dt.date(2026, 4, 30), None),
    )
    client.force_login(teammate)
    assert "質問期限" in client.get(LIST).content.decode()
    milestone_mark_done(milestone=notice.milestones.get(kind="question"), by=owner)
    content = client.get(LIST).content.decode()
    assert "質問期限" not in content and "提案書提出期限" in content
    simple_notice(team, owner, "新しい案件", ("question", "質問", "date", dt.date(2026, 5, 1), None))
    assert "新しい案件" in client.get(LIST).content.decode()


def test_a_kept_list_follows_the_clock(client, team, owner):
    simple_notice(team, owner, "時刻つきの案件", ("question", "質問期限", "datetime", dt.date(2026, 4, 16), dt.time(12, 0)))
    client.force_login(owner)
    with time_machine.travel(tokyo(2026, 4, 14, 9, 0), tick=False):
        assert "あと2日" in client.get(LIST).content.decode()
    with time_machine.travel(tokyo(2026, 4, 15, 0, 1), tick=False):  # midnight passed
        assert "明日 12:00" in client.get(LIST).content.decode()
    with time_machine.travel(tokyo(2026, 4, 16, 11, 59), tick=False):
        assert "本日 12:00" in client.get(LIST).content.decode()
    with time_machine.travel(tokyo(2026, 4, 16, 12, 1), tick=False):  # the deadline passed, nothing else changed
        content = client.get(LIST).content.decode()
        assert "本日 12:00" not in content and "urgency-overdue" in content
    assert Milestone.objects.get().done_at is None


@time_machine.travel(tokyo(2026, 4, 14, 9, 0), tick=False)
def test_each_person_sees_only_their_teams_in_a_kept_list(client, team, owner, other_team, outsider):
    simple_notice(team, owner, "一課の案件", ("question", "質問期限", "date", dt.date(2026, 4, 20), None))
    client.force_login(owner)
    assert "一課の案件" in client.get(LIST).content.decode()
    client.force_login(outsider)
    assert "一課の案件" not in client.get(LIST).content.decode()
