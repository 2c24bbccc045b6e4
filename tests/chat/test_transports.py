"""Each kind of channel against a stand-in that checks what the real service checks: a test message
and a reminder arrive, in the service's shape, with the deadline in bold, the time left and a link."""

import datetime as dt

import jwt
import pytest
import time_machine

from tenders.chat.channels import channel_test
from tenders.chat.models import ChatDelivery
from tenders.chat.send import sweep
from tests.chat import stand_in as services
from tests.conftest import tokyo
from tests.web_helpers import simple_notice

KINDS = ["slack", "teams", "google_chat", "chatwork", "line_works", "webhook"]
PATHS = {
    "slack": "/slack/",
    "teams": "/teams/",
    "google_chat": "/google/",
    "chatwork": "/v2/rooms/",
    "line_works": "/v1.0/bots/",
    "webhook": "/hook/",
}


@pytest.mark.parametrize("kind", KINDS)
def test_the_test_message_is_accepted_by_each_service(kind, add_channel, chat_services):
    channel = add_channel(kind)
    result = channel_test(channel)
    assert result.ok, result.answer
    (received,) = chat_services.took(PATHS[kind])
    assert "テスト送信" in received.body.decode() or "%E3%83%86%E3%82%B9%E3%83%88" in received.body.decode()
    channel.refresh_from_db()
    assert channel.last_success_at is not None and not channel.last_error


@pytest.fixture
def due_in_three_days(team, owner):
    """A submission due 4/20 16:00; the team's 3-day reminder goes out 4/17 16:00."""
    team.reminder_offsets = ["3d"]
    team.save()
    return simple_notice(
        team, owner, "庁舎清掃業務委託", ("submission", "提案書提出期限", "datetime", dt.date(2026, 4, 20), dt.time(16, 0))
    )


@pytest.mark.parametrize("kind", KINDS)
def test_a_reminder_arrives_in_each_service_once(kind, add_channel, chat_services, due_in_three_days):
    add_channel(kind)
    with time_machine.travel(tokyo(2026, 4, 17, 16, 0, 30), tick=False):
        report = sweep()
        again = sweep()
    assert report.sent == 1 and again.sent == 0
    (received,) = chat_services.took(PATHS[kind])
    body = received.body.decode() if kind != "chatwork" else received.form()["body"]
    assert "提案書提出期限" in body and "4月20日（月）16:00" in body
    assert "あと2日23時間" in body  # the time left, from the moment it was sent
    assert f"/notices/{due_in_three_days.pk}/" in body
    if kind == "slack":
        section = received.json()["blocks"][1]
        assert "*4月20日（月）16:00*" in section["text"]["text"]  # the deadline in bold
        assert section["accessory"]["url"].endswith(f"/notices/{due_in_three_days.pk}/")
    if kind == "teams":
        card = received.json()["attachments"][0]["content"]
        facts = {f["title"]: f["value"] for f in card["body"][2]["facts"]}
        assert facts["期限"] == "**4月20日（月）16:00**"
        assert card["actions"][0]["type"] == "Action.OpenUrl"
    if kind == "google_chat":
        widget = received.json()["cardsV2"][0]["card"]["sections"][0]["widgets"][0]["decoratedText"]
        assert widget["text"] == "<b>4月20日（月）16:00</b>"
    if kind == "chatwork":
        assert body.startswith("[info][title]【締切まで3日】提案書提出期限[/title]")
    assert ChatDelivery.objects.get().status == "sent"


def test_line_works_signs_a_jwt_and_keeps_the_token_until_it_expires(add_channel, chat_services):
    channel = add_channel("line_works")
    assert channel_test(channel).ok
    assert channel_test(channel).ok
    exchanges = chat_services.took("/oauth2/")
    assert len(exchanges) == 1  # the second message used the kept token
    claims = jwt.decode(exchanges[0].form()["assertion"], chat_services.public_key, algorithms=["RS256"])
    assert claims["iss"] == services.LW_CLIENT_ID and claims["sub"] == services.LW_ACCOUNT
    messages = chat_services.took("/v1.0/bots/")
    assert {m.headers["authorization"] for m in messages} == {f"Bearer {chat_services.tokens[0]}"}
    channel.refresh_from_db()
    assert chat_services.tokens[0] not in channel.token_encrypted  # kept encrypted
    with time_machine.travel(dt.datetime.now(dt.UTC) + dt.timedelta(days=1), tick=False):
        assert channel_test(channel).ok
    assert len(chat_services.took("/oauth2/")) == 2  # expired: a new one


def test_line_works_takes_a_new_token_when_the_kept_one_is_refused(add_channel, chat_services):
    channel = add_channel("line_works")
    assert channel_test(channel).ok
    chat_services.revoked_tokens.add(chat_services.tokens[0])
    assert channel_test(channel).ok
    assert len(chat_services.tokens) == 2


def test_line_works_with_a_key_the_service_does_not_know_is_refused(add_channel, chat_services):
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    from tenders.chat.channels import channel_save

    other = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    channel = add_channel("line_works")
    credentials = channel.credentials
    credentials["private_key"] = other.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()
    channel_save(channel, credentials)
    result = channel_test(channel)
    assert not result.ok and "invalid_grant" in result.answer
    assert not chat_services.took("/v1.0/bots/")


def test_a_webhook_with_the_wrong_secret_is_refused_by_the_receiver(add_channel, chat_services):
    from tenders.chat.channels import channel_save

    channel = add_channel("webhook")
    channel_save(channel, {**channel.credentials, "secret": "another-secret-0123456789"})
    result = channel_test(channel)
    assert not result.ok and result.answer.startswith("HTTP 401")
