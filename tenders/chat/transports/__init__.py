"""One transport per kind of channel, behind one interface (``base.Transport``): payload, send, result."""

from tenders.chat.transports.base import Item, Message, Result, Transport
from tenders.chat.transports.chatwork import Chatwork
from tenders.chat.transports.google_chat import GoogleChat
from tenders.chat.transports.line_works import LineWorks
from tenders.chat.transports.slack import Slack
from tenders.chat.transports.teams import Teams
from tenders.chat.transports.webhook import Webhook

TRANSPORTS: dict[str, type[Transport]] = {t.kind: t for t in (Slack, Teams, GoogleChat, Chatwork, LineWorks, Webhook)}

# What each kind needs from the lead (the form's fields; all are stored encrypted).
CREDENTIALS: dict[str, tuple[str, ...]] = {
    "slack": ("url",),
    "teams": ("url",),
    "google_chat": ("url",),
    "chatwork": ("token", "room_id"),
    "line_works": ("client_id", "client_secret", "service_account", "private_key", "bot_id", "channel_id"),
    "webhook": ("url", "secret"),
}


def transport_for(kind: str, credentials: dict, channel=None) -> Transport:
    return TRANSPORTS[kind](credentials=credentials, channel=channel)


__all__ = ["CREDENTIALS", "TRANSPORTS", "Item", "Message", "Result", "Transport", "transport_for"]
