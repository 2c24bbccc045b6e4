"""A chat URL is never a way into our network: it goes through the one outbound check
(tenders/outbound.py, whose own rules are tests/test_outbound.py): https only, no private, link-local,
loopback (unless ALLOW_LOOPBACK_URLS), multicast or reserved address, whatever the name resolves to,
the address checked is the one connected to, and no redirect is followed."""

import pytest

from tenders import outbound
from tenders.chat.channels import channel_save, channel_test
from tenders.chat.models import Channel
from tests.chat.stand_in import Answer, ChatStandIn
from tests.conftest import tokyo

PRIVATE = "ローカルまたは社内ネットワーク"


def test_the_stand_in_on_loopback_is_reached_when_loopback_is_allowed(add_channel, chat_services, settings):
    assert settings.ALLOW_LOOPBACK_URLS
    result = channel_test(add_channel("slack"))
    assert result.ok and len(chat_services.took("/slack/")) == 1


def test_a_loopback_service_is_not_contacted_without_the_setting(add_channel, chat_services, settings):
    channel = add_channel("slack")
    settings.ALLOW_LOOPBACK_URLS = False
    result = channel_test(channel)
    assert not result.ok
    assert not chat_services.received


@pytest.mark.parametrize("address", ["127.0.0.1", "10.0.0.5", "::1", "169.254.169.254"])
def test_a_hook_whose_name_resolves_inside_is_refused_and_not_contacted(address, team, chat_services, dns, settings):
    dns.names["hooks.example.jp"] = [address]
    port = chat_services.server.server_address[1]
    channel = channel_save(
        Channel(team=team, kind="slack", name="社内", created_at=tokyo(2026, 1, 1)),
        {"url": f"https://hooks.example.jp:{port}/slack/services/T0001/B0001/SlackSecretPart0123"},
    )
    settings.ALLOW_LOOPBACK_URLS = False
    result = channel_test(channel)
    assert not result.ok and PRIVATE in result.answer
    assert not chat_services.received
    assert dns.lookups == ["hooks.example.jp"]


def test_the_chatwork_api_address_is_checked_too(add_channel, chat_services, dns, settings):
    """The services' API addresses (a setting, a stand-in) go through the same check as a typed URL."""
    channel = add_channel("chatwork")
    dns.names["api.chatwork.example.jp"] = ["10.0.0.9"]
    settings.CHAT_CHATWORK_API_URL = "https://api.chatwork.example.jp/v2"
    result = channel_test(channel)
    assert not result.ok and PRIVATE in result.answer
    assert not chat_services.received


def test_a_redirect_is_not_followed(add_channel, chat_services, settings):
    inside = ChatStandIn().start()  # what the redirect points at: another server on loopback
    try:
        channel = add_channel("slack")
        chat_services.script("/slack/", Answer(302, "", {"Location": inside.url("slack")}))
        result = channel_test(channel)
        assert not result.ok and "HTTP 302" in result.answer and "転送先には送りません" in result.answer
        assert not inside.received
    finally:
        inside.stop()


def test_the_checked_address_is_the_one_connected_to(chat_services, dns, settings):
    """No DNS rebinding: the name is resolved once, checked, and that address is used (Host kept)."""
    dns.names["rebind.example"] = ["127.0.0.1", "10.9.9.9"]  # loopback (allowed here) once, then an inside address
    port = chat_services.server.server_address[1]
    response = outbound.post(f"http://rebind.example:{port}/hook/x", content=b"{}", timeout=1, https_only=True)
    assert response.status_code == 401  # the stand-in answered (bad signature): we connected to the checked address
    assert dns.lookups == ["rebind.example"]  # resolved once
    (received,) = chat_services.received
    assert received.headers["host"] == f"rebind.example:{port}"


@pytest.mark.parametrize(
    "url,message",
    [
        ("https://169.254.169.254/latest", PRIVATE),
        ("https://hooks.example.jp/services/x", PRIVATE),  # resolves to 10.0.0.5 below
        ("http://hooks.slack.com/services/x", "https://"),
    ],
)
def test_the_form_refuses_a_url_that_leads_inside(url, message, client, owner, team, dns, settings):
    settings.ALLOW_LOOPBACK_URLS = False
    dns.names["hooks.example.jp"] = ["10.0.0.5"]
    client.force_login(owner)
    response = client.post(
        f"/teams/{team.pk}/chat/new/?kind=slack",
        {"kind": "slack", "name": "社内", "url": url, "sends_reminders": "on", "enabled": "on"},
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not team.chat_channels.exists()
