import pytest

from tenders.chat.models import Channel
from tests.chat import stand_in as services
from tests.chat.stand_in import ChatStandIn
from tests.conftest import tokyo


@pytest.fixture
def chat_services(settings):
    """Every chat service on loopback; loopback URLs allowed (ALLOW_LOOPBACK_URLS) and short timeouts."""
    server = ChatStandIn().start()
    settings.ALLOW_LOOPBACK_URLS = True
    settings.CHAT_TIMEOUT_SECONDS = 1
    settings.CHAT_CHATWORK_API_URL = server.base + "/v2"
    settings.CHAT_LINE_WORKS_AUTH_URL = server.base + "/oauth2/v2.0/token"
    settings.CHAT_LINE_WORKS_API_URL = server.base + "/v1.0"
    yield server
    server.stop()


def credentials_for(kind: str, server: ChatStandIn) -> dict:
    if kind == "chatwork":
        return {"token": services.CHATWORK_TOKEN, "room_id": services.CHATWORK_ROOM}
    if kind == "line_works":
        return {
            "client_id": services.LW_CLIENT_ID,
            "client_secret": services.LW_CLIENT_SECRET,
            "service_account": services.LW_ACCOUNT,
            "private_key": server.private_pem,
            "bot_id": services.LW_BOT,
            "channel_id": services.LW_CHANNEL,
        }
    if kind == "webhook":
        return {"url": server.url("webhook"), "secret": services.WEBHOOK_SECRET}
    return {"url": server.url(kind)}


@pytest.fixture
def add_channel(team, chat_services):
    """Add a channel of a kind to the team, as a lead's form would (through the one service)."""
    from tenders.chat.channels import channel_save

    def add(kind="slack", name=None, **settings):
        """Added long before the tests' moments (a new channel gets no backlog: see test_sending)."""
        channel = Channel(team=team, kind=kind, name=name or kind, created_at=tokyo(2026, 1, 1), **settings)
        return channel_save(channel, credentials_for(kind, chat_services))

    return add
