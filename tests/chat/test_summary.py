"""The morning summary: from 08:30, one message per channel and day with the team's overdue and
coming week; nothing when there is nothing; not after noon."""

import datetime as dt

import pytest
import time_machine

from tenders.chat.models import ChatDelivery
from tenders.chat.send import sweep
from tests.chat.stand_in import Answer
from tests.conftest import tokyo
from tests.web_helpers import simple_notice


@pytest.fixture
def schedule(team, owner):
    simple_notice(team, owner, "過ぎた案件", ("submission", "見積書提出期限", "datetime", dt.date(2026, 4, 14), dt.time(12, 0)))
    simple_notice(team, owner, "来週の案件", ("question", "質問受付期限", "date", dt.date(2026, 4, 17), None))
    simple_notice(team, owner, "先の案件", ("submission", "提案書提出期限", "date", dt.date(2026, 5, 20), None))


def test_one_summary_per_channel_and_day(add_channel, schedule, chat_services):
    add_channel("slack", sends_reminders=False)
    add_channel("chatwork", sends_reminders=False, sends_summary=False)
    with time_machine.travel(tokyo(2026, 4, 15, 8, 29), tick=False):
        assert sweep().sent == 0
    for minute in (30, 31, 45):
        with time_machine.travel(tokyo(2026, 4, 15, 8, minute), tick=False):
            sweep()
    (received,) = chat_services.took("/slack/")
    assert not chat_services.got("/v2/rooms/")
    text = received.json()["blocks"]
    flat = str(text)
    assert "【今朝の締切まとめ】営業一課" in flat and "期限切れ 1件、今後7日の締切 1件" in flat
    assert "見積書提出期限" in flat and "質問受付期限" in flat and "提案書提出期限" not in flat
    assert "*4月17日（金）*" in flat
    with time_machine.travel(tokyo(2026, 4, 16, 9, 0), tick=False):
        sweep()
    assert len(chat_services.took("/slack/")) == 2  # the next day's
    assert ChatDelivery.objects.filter(kind="summary").count() == 2


def test_nothing_to_tell_sends_nothing(add_channel, team, chat_services):
    add_channel("slack")
    with time_machine.travel(tokyo(2026, 4, 15, 8, 30), tick=False):
        sweep()
    assert not chat_services.received
    assert ChatDelivery.objects.get(kind="summary").status == "empty"


def test_not_after_noon(add_channel, schedule, chat_services):
    add_channel("slack", sends_reminders=False)
    chat_services.script("/slack/", *[Answer(503, "down")] * 20)
    with time_machine.travel(tokyo(2026, 4, 15, 11, 58), tick=False):
        sweep()
    with time_machine.travel(tokyo(2026, 4, 15, 12, 5), tick=False):
        sweep()
    assert ChatDelivery.objects.get(kind="summary").status in {"expired", "failed"}
    with time_machine.travel(tokyo(2026, 4, 15, 13, 0), tick=False):
        sweep()
    assert ChatDelivery.objects.filter(kind="summary").count() == 1
