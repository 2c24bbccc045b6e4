"""New matches and corrections from the portal (the discovery app, against its stand-in) posted to
the channels that want them: one message per day with the new items, one per correction; each once."""

import datetime as dt

import pytest
import time_machine

from tenders.chat.models import ChatDelivery
from tenders.chat.send import sweep
from tenders.discovery import corrections, runs
from tenders.discovery.portal import Portal
from tests.conftest import tokyo
from tests.discovery.conftest import portal_stand_in  # noqa: F401 — the portal on loopback
from tests.discovery.stand_in import Entry
from tests.discovery.test_flow import CORRECTED, NOW, TITLE, kuwana, media, search, tracked_notice  # noqa: F401


def test_new_matches_arrive_once_a_day_and_each_only_once(add_channel, portal_stand_in, search, chat_services):  # noqa: F811
    add_channel("slack", sends_reminders=False, sends_summary=False, sends_discoveries=True)
    add_channel("webhook", sends_discoveries=False, sends_summary=False)
    portal_stand_in.entries = [kuwana(), Entry("KEY-2", "津市 観光案内業務", lg_code="24")]
    with time_machine.travel(NOW, tick=False):
        runs.run([search], Portal.from_settings())
        sweep()
        sweep()
    (received,) = chat_services.took("/slack/")
    flat = received.body.decode()
    assert "【新着案件】営業一課　2件" in flat and TITLE in flat and "津市 観光案内業務" in flat and "/inbox/" in flat
    assert not chat_services.got("/hook/")
    portal_stand_in.entries.append(Entry("KEY-3", "四日市 観光動画制作", lg_code="24", issued=dt.date(2026, 12, 2)))
    with time_machine.travel(NOW + dt.timedelta(days=1), tick=False):
        runs.run([search], Portal.from_settings())
        sweep()
    second = chat_services.took("/slack/")[1].body.decode()
    assert "1件" in second and "四日市 観光動画制作" in second and TITLE not in second


def test_new_matches_wait_for_the_days_searches(add_channel, portal_stand_in, search, chat_services):  # noqa: F811
    add_channel("slack", sends_reminders=False, sends_summary=False, sends_discoveries=True)
    portal_stand_in.entries = [kuwana()]
    with time_machine.travel(NOW, tick=False):
        runs.run([search], Portal.from_settings())
    with time_machine.travel(NOW + dt.timedelta(days=1), tick=False):
        sweep()  # today's search has not run yet
        assert not chat_services.got("/slack/")


@pytest.mark.django_db
def test_a_correction_is_posted_once(client, owner, add_channel, portal_stand_in, search, chat_services):  # noqa: F811
    add_channel("teams", sends_reminders=False, sends_summary=False, sends_changes=False, sends_discoveries=True)
    with time_machine.travel(NOW, tick=True):
        notice = tracked_notice(client, owner, portal_stand_in, search)
    portal_stand_in.entries.append(
        Entry("KEY-9", f"【訂正】{TITLE}", description=CORRECTED, issued=dt.date(2026, 12, 2), attachments=[])
    )
    with time_machine.travel(tokyo(2026, 12, 2, 7, 0), tick=False):
        corrections.check_all(Portal.from_settings())
        sweep()
        sweep()
    posts = [r.json()["attachments"][0]["content"] for r in chat_services.took("/teams/")]
    amendments = [card for card in posts if "訂正" in card["body"][0]["text"] and notice.title in card["body"][0]["text"]]
    assert len(amendments) == 1
    assert amendments[0]["actions"][0]["url"].endswith(f"/notices/{notice.pk}/")
    assert ChatDelivery.objects.filter(kind="amendment", status="sent").count() == 1
