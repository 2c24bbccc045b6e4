"""A generic webhook for teams that wire their own tools: a JSON body (the shape is in the README),
signed with HMAC-SHA256 of the exact body bytes under the channel's secret:
``X-Shimekiri-Signature: sha256=<hex>``."""

from __future__ import annotations

import hashlib
import hmac
import json

from django.utils import timezone

from tenders.chat.transports.base import Message, Result, Transport

SIGNATURE_HEADER = "X-Shimekiri-Signature"


def signature(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


class Webhook(Transport):
    kind = "webhook"

    def payload(self, message: Message) -> dict:
        return {
            "version": 1,
            "event": message.event,
            "title": message.title,
            "text": message.text,
            "items": [
                {"heading": i.heading, "notice": i.notice, "due": i.due, "left": i.left, "url": i.url, "note": i.note}
                for i in message.items
            ],
            "link": message.link,
            "plain": message.plain(),
            "sent_at": timezone.now().isoformat(),
        }

    def send(self, message: Message) -> Result:
        body = json.dumps(self.payload(message), ensure_ascii=False).encode()
        headers = {"Content-Type": "application/json", SIGNATURE_HEADER: signature(self.credentials["secret"], body)}
        return self.post(self.credentials["url"], content=body, headers=headers)
