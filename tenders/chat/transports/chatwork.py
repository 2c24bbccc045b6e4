"""Chatwork: an API token and a room id; ``POST /v2/rooms/{room_id}/messages`` with the X-ChatWorkToken
header and a form-encoded ``body`` in Chatwork's markup ([info][title]…[/title]…[/info])."""

from __future__ import annotations

import httpx
from django.conf import settings
from django.utils import timezone

from tenders.chat.transports.base import RETRY, Message, Result, Transport


class Chatwork(Transport):
    kind = "chatwork"

    def payload(self, message: Message) -> dict:
        lines = [message.text] if message.text else []
        for item in message.items:
            lines.append(
                f"■ {item.heading}（{item.notice}）\n期限: {item.due}　{item.left}" + (f"\n{item.note}" if item.note else "")
            )
            lines.append(item.url)
        if message.link and not message.items:
            lines.append(message.link)
        return {"body": f"[info][title]{message.title}[/title]" + "\n".join(lines) + "[/info]", "self_unread": "0"}

    def judge(self, response: httpx.Response) -> Result:
        """Chatwork's 429 says when its window resets (x-ratelimit-reset, epoch seconds), not Retry-After."""
        result = super().judge(response)
        reset = response.headers.get("x-ratelimit-reset", "")
        if result.outcome == RETRY and "Retry-After" not in response.headers and reset.isdigit():
            wait = max(0.0, int(reset) - timezone.now().timestamp())
            return Result(RETRY, result.answer, retry_after=wait)
        return result

    def send(self, message: Message) -> Result:
        room = str(self.credentials["room_id"]).strip()
        url = f"{settings.CHAT_CHATWORK_API_URL}/rooms/{room}/messages"
        return self.post(url, data=self.payload(message), headers={"X-ChatWorkToken": self.credentials["token"]})
