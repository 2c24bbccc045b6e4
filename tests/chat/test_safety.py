"""A URL a person types is never a way into our network: private, link-local, loopback (unless the
operator allows it), multicast and reserved addresses are refused before any connection, and no
redirect is followed."""

import pytest

from tenders.chat import safety
from tenders.chat.channels import channel_test
from tests.chat.stand_in import Answer, ChatStandIn

REFUSED = [
    "https://10.0.0.5/hook",
    "https://192.168.1.10/hook",
    "https://172.16.0.1/hook",
    "https://169.254.169.254/latest/meta-data/",  # the cloud metadata service
    "https://[fd00::1]/hook",
    "https://[fe80::1]/hook",
    "https://0.0.0.0/hook",
    "https://224.0.0.1/hook",
    "https://240.0.0.1/hook",
    "https://[::ffff:10.0.0.1]/hook",
    "https://100.64.0.1/hook",  # carrier-grade NAT (shared address space)
]


@pytest.mark.parametrize("url", REFUSED)
def test_private_and_special_addresses_are_refused_even_when_loopback_is_allowed(url, settings):
    settings.CHAT_ALLOW_LOCAL_URLS = True
    with pytest.raises(safety.UnsafeURL, match="ローカルまたは社内ネットワーク"):
        safety.check_url(url)


@pytest.mark.parametrize(
    "url", ["https://127.0.0.1/hook", "https://localhost/hook", "https://[::1]/hook", "https://[::ffff:127.0.0.1]/"]
)
def test_loopback_is_refused_without_the_operator_flag(url, settings):
    settings.CHAT_ALLOW_LOCAL_URLS = False
    with pytest.raises(safety.UnsafeURL):
        safety.check_url(url)


@pytest.mark.parametrize(
    "url,message",
    [
        ("http://hooks.slack.com/services/x", "https://"),
        ("ftp://example.com/x", "https://"),
        ("https://user:pass@hooks.slack.com/x", "ユーザー名やパスワード"),
        ("https://no-such-host.invalid/x", "ホスト名が見つかりません"),
    ],
)
def test_other_bad_urls_say_why(url, message, settings):
    settings.CHAT_ALLOW_LOCAL_URLS = False
    with pytest.raises(safety.UnsafeURL, match=message):
        safety.check_url(url)


def test_a_loopback_service_is_not_contacted_without_the_flag(add_channel, chat_services, settings):
    channel = add_channel("slack")
    settings.CHAT_ALLOW_LOCAL_URLS = False
    result = channel_test(channel)
    assert not result.ok
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


def test_the_checked_address_is_the_one_connected_to(monkeypatch, chat_services, settings):
    """No DNS rebinding: the name is resolved once, checked, and that address is used (Host kept)."""
    settings.CHAT_ALLOW_LOCAL_URLS = True
    real = safety.socket.getaddrinfo
    lookups = []

    def rebinding_dns(host, port, *args, **kwargs):
        """The name answers loopback (allowed here) once, then an inside address."""
        if host != "rebind.example":
            return real(host, port, *args, **kwargs)
        lookups.append(host)
        address = "127.0.0.1" if len(lookups) == 1 else "10.9.9.9"
        return [(safety.socket.AF_INET, safety.socket.SOCK_STREAM, 6, "", (address, port))]

    monkeypatch.setattr(safety.socket, "getaddrinfo", rebinding_dns)
    port = chat_services.server.server_address[1]
    response = safety.post(f"http://rebind.example:{port}/hook/x", content=b"{}", timeout=1)
    assert response.status_code == 401  # the stand-in answered (bad signature): we connected to the checked address
    assert lookups == ["rebind.example"]  # resolved once
    (received,) = chat_services.received
    assert received.headers["host"] == f"rebind.example:{port}"


def test_the_form_refuses_a_private_url(client, owner, team, settings):
    settings.CHAT_ALLOW_LOCAL_URLS = False
    client.force_login(owner)
    response = client.post(
        f"/teams/{team.pk}/chat/new/?kind=slack",
        {"kind": "slack", "name": "社内", "url": "https://169.254.169.254/latest", "sends_reminders": "on", "enabled": "on"},
    )
    assert response.status_code == 200
    assert "ローカルまたは社内ネットワーク" in response.content.decode()
    assert not team.chat_channels.exists()
