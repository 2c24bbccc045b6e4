"""Posting planned reminders reliably: planned at the team's offsets, sent once, retried after a 429
(never before its Retry-After) or a 500, never after the deadline; a revoked webhook stops its channel,
mails the leads once, and holds up neither the other channels nor the email."""

import datetime as dt
import logging
import time

import pytest
import time_machine
from django.core import mail

from tenders import moments
from tenders.chat.models import Channel, ChatDelivery
from tenders.chat.send import sweep
from tenders.reminders.models import Delivery
from tenders.services import milestone_reschedule
from tests.chat.stand_in import Answer
from tests.conftest import TOKYO, tokyo
from tests.web_helpers import simple_notice

SENT_AT = tokyo(2026, 4, 17, 16, 0, 30)  # the 3-day reminder of a deadline 4/20 16:00


@pytest.fixture
def notice(team, owner):
    team.reminder_offsets = ["3d", "1d"]
    team.save()
    return simple_notice(
        team, owner, "庁舎清掃業務委託", ("submission", "提案書提出期限", "datetime", dt.date(2026, 4, 20), dt.time(16, 0))
    )


def test_reminders_are_planned_at_the_team_offsets_by_the_core_rule(add_channel, notice):
    channel = add_channel("slack")
    milestone = notice.milestones.get()
    expected = {(p.code, p.send_at) for p in moments.reminder_moments(milestone, TOKYO)}
    planned = {(d.code, d.send_at) for d in ChatDelivery.objects.filter(channel=channel)}
    assert planned == expected == {("3d", tokyo(2026, 4, 17, 16, 0)), ("1d", tokyo(2026, 4, 19, 16, 0))}


def test_a_channel_that_does_not_want_reminders_gets_none(add_channel, notice):
    add_channel("slack", sends_reminders=False)
    assert not ChatDelivery.objects.exists()


def test_a_moved_date_cancels_the_old_posts_and_posts_the_change(add_channel, notice, owner, chat_services):
    add_channel("slack")
    milestone = notice.milestones.get()
    with time_machine.travel(tokyo(2026, 4, 16, 10, 0), tick=False):
        milestone_reschedule(
            milestone=milestone, by=owner, precision="datetime", day=dt.date(2026, 4, 24), time=dt.time(12, 0), reason="訂正公告"
        )
        sweep()
    (received,) = chat_services.took("/slack/")
    text = received.body.decode()
    assert "【日程変更】提案書提出期限" in text and "4月20日（月）16:00 → 4月24日（金）12:00" in text and "訂正公告" in text
    pending = ChatDelivery.objects.filter(status="pending", kind="reminder")
    assert {d.due for d in pending} == {tokyo(2026, 4, 24, 12, 0)}


def test_a_429_waits_at_least_its_retry_after(add_channel, notice, chat_services):
    add_channel("slack")
    chat_services.script("/slack/", Answer(429, "rate_limited", {"Retry-After": "600"}))
    with time_machine.travel(SENT_AT, tick=False):
        first = sweep()
    row = ChatDelivery.objects.get(code="3d")
    assert first.retrying == 1 and row.status == "pending" and row.attempts == 1
    assert row.next_attempt_at == SENT_AT + dt.timedelta(seconds=600)  # not the one-minute backoff
    with time_machine.travel(SENT_AT + dt.timedelta(seconds=300), tick=False):
        assert sweep().sent == 0
    with time_machine.travel(SENT_AT + dt.timedelta(seconds=601), tick=False):
        assert sweep().sent == 1
    assert len(chat_services.took("/slack/")) == 1
    row.refresh_from_db()
    assert row.status == "sent" and row.attempts == 2


def test_a_500_then_success(add_channel, notice, chat_services):
    channel = add_channel("teams")
    chat_services.script("/teams/", Answer(500, "server error"))
    with time_machine.travel(SENT_AT, tick=False):
        sweep()
    channel.refresh_from_db()
    assert channel.last_error.startswith("HTTP 500") and not channel.is_dead
    with time_machine.travel(SENT_AT + dt.timedelta(minutes=2), tick=False):
        assert sweep().sent == 1
    assert len(chat_services.took("/teams/")) == 1
    assert ChatDelivery.objects.get(code="3d").status == "sent"


def test_retries_stop_at_the_deadline(add_channel, notice, chat_services):
    add_channel("slack")
    chat_services.script("/slack/", *[Answer(503, "down") for _ in range(3)])
    with time_machine.travel(tokyo(2026, 4, 20, 15, 59), tick=False):  # the 1-day one, late: one minute before the deadline
        sweep()
    row = ChatDelivery.objects.get(code="1d")
    assert row.status == "failed" and "期限までに送信できませんでした" in row.last_error
    with time_machine.travel(tokyo(2026, 4, 20, 16, 5), tick=False):
        sweep()
    assert not chat_services.took("/slack/")


def test_a_revoked_webhook_stops_the_channel_and_mails_the_leads_once(add_channel, notice, chat_services, owner, teammate):
    dead = add_channel("slack", name="営業Slack")
    other = add_channel("google_chat", name="営業Chat")
    chat_services.script("/slack/", Answer(404, "no_service"))
    with time_machine.travel(SENT_AT, tick=False):
        report = sweep()
    assert report.sent == 1  # the other channel's post went out
    assert len(chat_services.took("/google/")) == 1
    dead.refresh_from_db()
    assert dead.is_dead and "no_service" in dead.last_error
    assert ChatDelivery.objects.get(channel=dead, code="3d").status == "failed"
    assert ChatDelivery.objects.get(channel=dead, code="1d").status == "cancelled"
    assert ChatDelivery.objects.get(channel=other, code="1d").status == "pending"
    (lead_mail,) = mail.outbox
    assert lead_mail.to == [owner.email] and "営業Slack" in lead_mail.subject and "no_service" in lead_mail.body
    assert "SlackSecretPart0123" not in lead_mail.body
    with time_machine.travel(tokyo(2026, 4, 19, 16, 0, 30), tick=False):
        sweep()
    assert len(mail.outbox) == 1  # once
    assert len(chat_services.got("/slack/")) == 1  # a dead channel is not tried again
    # The email reminders are another app, planned as before.
    assert Delivery.objects.filter(milestone__notice=notice, status="pending").exists()


def test_the_team_page_shows_a_dead_channel(client, add_channel, notice, chat_services, owner):
    channel = add_channel("slack", name="営業Slack")
    chat_services.script("/slack/", Answer(410, "channel_is_archived"))
    with time_machine.travel(SENT_AT, tick=False):
        sweep()
    client.force_login(owner)
    page = client.get(f"/teams/{channel.team_id}/").content.decode()
    assert "営業Slack" in page and "channel_is_archived" in page and "停止中" in page


def test_a_hanging_service_is_given_up_after_the_timeout_and_retried(add_channel, notice, chat_services):
    channel = add_channel("webhook")
    chat_services.script("/hook/", Answer(200, "", delay=3))
    with time_machine.travel(SENT_AT, tick=True):
        started = time.monotonic()
        report = sweep()
        took = time.monotonic() - started
    assert took < 2.5  # CHAT_TIMEOUT_SECONDS is 1 in the tests
    assert report.retrying == 1
    channel.refresh_from_db()
    assert "タイムアウト" in channel.last_error
    assert ChatDelivery.objects.get(code="3d").status == "pending"


def test_a_channel_in_trouble_does_not_hold_up_its_other_posts_forever(add_channel, team, owner, chat_services):
    """Two posts due at once on a failing channel: one try per sweep, the other waits untouched."""
    add_channel("slack")
    for n in range(2):
        simple_notice(team, owner, f"案件{n}", ("submission", f"期限{n}", "datetime", dt.date(2026, 4, 20), dt.time(16, 0)))
    chat_services.script("/slack/", Answer(502, "bad gateway"))
    with time_machine.travel(tokyo(2026, 4, 19, 16, 0, 30), tick=False):
        sweep()
    assert len(chat_services.got("/slack/")) == 1
    assert sorted(
        ChatDelivery.objects.filter(status="pending", send_at__lte=tokyo(2026, 4, 19, 16, 0)).values_list("attempts", flat=True)
    ) == [0, 1]
    with time_machine.travel(tokyo(2026, 4, 19, 16, 2), tick=False):
        assert sweep().sent == 2


def test_credentials_never_reach_the_log(add_channel, notice, chat_services, caplog):
    add_channel("slack")
    chat_services.script("/slack/", Answer(500, "error"))
    with caplog.at_level(logging.DEBUG), time_machine.travel(SENT_AT, tick=False):
        sweep()
    assert caplog.records
    assert "SlackSecretPart0123" not in caplog.text


def test_a_disabled_channel_gets_nothing(add_channel, notice, chat_services):
    from tenders.chat.channels import channel_save

    channel = add_channel("slack")
    channel.enabled = False
    channel_save(channel)
    with time_machine.travel(SENT_AT, tick=False):
        sweep()
    assert not chat_services.got("/slack/")
    assert not Channel.objects.get().is_dead


def test_chatwork_rate_limit_waits_for_its_window_to_reset(add_channel, notice, chat_services):
    add_channel("chatwork")
    reset = int(SENT_AT.timestamp()) + 240
    chat_services.script("/v2/rooms/", Answer(429, '{"errors":["Rate limit exceeded"]}', {"x-ratelimit-reset": str(reset)}))
    with time_machine.travel(SENT_AT, tick=False):
        sweep()
    row = ChatDelivery.objects.get(code="3d")
    assert row.status == "pending" and row.next_attempt_at == SENT_AT + dt.timedelta(seconds=240)


def test_a_new_channel_gets_no_backlog(notice, chat_services, team):
    """Added after the 3-day reminder's time: it gets the 1-day one only, not a burst of the past."""
    from tenders.chat.channels import channel_save
    from tests.chat.conftest import credentials_for

    with time_machine.travel(tokyo(2026, 4, 18, 9, 0), tick=False):
        channel = channel_save(
            Channel(team=team, kind="slack", name="新しい", sends_summary=False), credentials_for("slack", chat_services)
        )
        sweep()
    assert not chat_services.got("/slack/")
    assert list(ChatDelivery.objects.filter(channel=channel).values_list("code", flat=True)) == ["1d"]
