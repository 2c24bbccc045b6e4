"""Slack: an incoming-webhook URL; a Block Kit message (header, a section per milestone with a button)."""

from __future__ import annotations

from tenders.chat.transports.base import Message, Transport


def escape(text: str) -> str:
    """Slack's mrkdwn control characters."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Slack(Transport):
    kind = "slack"

    def payload(self, message: Message) -> dict:
        blocks = [{"type": "header", "text": {"type": "plain_text", "text": message.title[:150], "emoji": True}}]
        if message.text:
            blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": escape(message.text)[:3000]}})
        for item in message.items[:45]:
            text = f"*{escape(item.heading)}*（{escape(item.notice)}）\n期限 *{escape(item.due)}*　{escape(item.left)}"
            if item.note:
                text += f"\n{escape(item.note)}"
            blocks.append(
                {
                    "type": "section",
                    "text": {"type": "mrkdwn", "text": text[:3000]},
                    "accessory": {
                        "type": "button",
                        "text": {"type": "plain_text", "text": message.link_text, "emoji": True},
                        "url": item.url,
                        "action_id": f"open-{len(blocks)}",
                    },
                }
            )
        if message.link and not message.items:
            blocks.append(
                {
                    "type": "actions",
                    "elements": [
                        {"type": "button", "text": {"type": "plain_text", "text": message.link_text}, "url": message.link}
                    ],
                }
            )
        return {"text": message.plain()[:3000], "blocks": blocks}
