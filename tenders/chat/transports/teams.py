"""Microsoft Teams: a Workflows webhook URL ("Send webhook alerts to a channel"); a message with one
Adaptive Card 1.4 attachment (TextBlocks, a FactSet per milestone, Action.OpenUrl)."""

from __future__ import annotations

from tenders.chat.transports.base import Message, Transport


class Teams(Transport):
    kind = "teams"

    def card(self, message: Message) -> dict:
        body = [{"type": "TextBlock", "text": message.title, "weight": "Bolder", "size": "Medium", "wrap": True}]
        if message.text:
            body.append({"type": "TextBlock", "text": message.text, "wrap": True})
        for item in message.items:
            body.append(
                {
                    "type": "TextBlock",
                    "text": f"[{item.heading}]({item.url})",
                    "weight": "Bolder",
                    "wrap": True,
                    "separator": True,
                }
            )
            facts = [
                {"title": "案件", "value": item.notice},
                {"title": "期限", "value": f"**{item.due}**"},
                {"title": "残り", "value": item.left},
            ]
            if item.note:
                facts.append({"title": "変更", "value": item.note})
            body.append({"type": "FactSet", "facts": facts})
        actions = []
        if len(message.items) == 1:
            actions.append({"type": "Action.OpenUrl", "title": message.link_text, "url": message.items[0].url})
        elif message.link:
            actions.append({"type": "Action.OpenUrl", "title": message.link_text, "url": message.link})
        return {
            "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
            "type": "AdaptiveCard",
            "version": "1.4",
            "body": body,
            "actions": actions,
        }

    def payload(self, message: Message) -> dict:
        return {
            "type": "message",
            "attachments": [
                {"contentType": "application/vnd.microsoft.card.adaptive", "contentUrl": None, "content": self.card(message)}
            ],
        }
