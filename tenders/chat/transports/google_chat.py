"""Google Chat: a space's webhook URL; a text (for notifications) and a cardsV2 card (a section per milestone)."""

from __future__ import annotations

from html import escape

from tenders.chat.transports.base import Message, Transport


class GoogleChat(Transport):
    kind = "google_chat"

    def payload(self, message: Message) -> dict:
        sections = []
        if message.text:
            sections.append({"widgets": [{"textParagraph": {"text": escape(message.text)}}]})
        for item in message.items[:90]:
            widgets = [
                {"decoratedText": {"topLabel": "期限", "text": f"<b>{escape(item.due)}</b>", "bottomLabel": item.left}},
            ]
            if item.note:
                widgets.append({"textParagraph": {"text": escape(item.note)}})
            widgets.append({"buttonList": {"buttons": [{"text": message.link_text, "onClick": {"openLink": {"url": item.url}}}]}})
            sections.append({"header": f"{item.heading}（{item.notice}）", "widgets": widgets})
        if message.link and not message.items:
            sections.append(
                {
                    "widgets": [
                        {"buttonList": {"buttons": [{"text": message.link_text, "onClick": {"openLink": {"url": message.link}}}]}}
                    ]
                }
            )
        first = message.items[0] if message.items else None
        text = f"*{message.title}*" + (f" {first.heading} *{first.due}*（{first.left}）" if len(message.items) == 1 else "")
        return {
            "text": text,
            "cardsV2": [
                {"cardId": f"shimekiri-{message.event}", "card": {"header": {"title": message.title}, "sections": sections}}
            ],
        }
