"""The one small interface every transport keeps: a ``Message`` in, ``payload`` built, ``send`` →
a ``Result`` (ok, retry after some seconds, transient, or permanent — and whether the channel is dead).

A transport is one module per kind (``TRANSPORTS`` in ``__init__``): it knows its service's payload and
how its answers read; the HTTP call and its address checks are ``tenders.outbound.post``'s (https only,
no redirect followed), with ``CHAT_TIMEOUT_SECONDS``.
"""

from __future__ import annotations

import email.utils
from dataclasses import dataclass

import httpx
from django.conf import settings
from django.utils import timezone

from tenders import outbound
from tenders.chat import secrets

ANSWER_SHOWN = 300  # characters of a service's answer kept for the page and the row


@dataclass(frozen=True)
class Item:
    """One milestone in a message: what it is, its due moment (shown in bold), the time left, a link."""

    heading: str  # 「企画提案書の提出期限」
    notice: str  # the notice's title
    due: str  # 「4月15日（水）16:30」
    left: str  # 「あと3日」
    url: str
    note: str = ""  # a date change: 「4月10日（金） → 4月15日（水）」, its reason


@dataclass(frozen=True)
class Message:
    title: str  # 「【締切まで3日】」, 「日程変更」, 「今朝の締切まとめ」, 「テスト送信」
    items: tuple[Item, ...] = ()
    text: str = ""  # a line before the items (the summary's counts, the test's explanation)
    link: str = ""  # the button's target when there is no item (the site)
    link_text: str = "案件を開く"
    event: str = "reminder"  # reminder | window | change | summary | test (the webhook's "event")

    def plain(self) -> str:
        """The message as plain text with a link per item (LINE WORKS, fallbacks)."""
        lines = [self.title]
        if self.text:
            lines.append(self.text)
        for item in self.items:
            lines.append(f"■ {item.heading}（{item.notice}）")
            lines.append(f"  {item.due}　{item.left}")
            if item.note:
                lines.append(f"  {item.note}")
            lines.append(f"  {item.url}")
        if self.link and not self.items:
            lines.append(self.link)
        return "\n".join(lines)


OK, RETRY, TRANSIENT, PERMANENT = "ok", "retry", "transient", "permanent"


@dataclass(frozen=True)
class Result:
    outcome: str  # ok | retry (the service asked us to wait) | transient | permanent
    answer: str = ""  # what the service said (status and a short body), credentials masked
    retry_after: float = 0  # seconds, for "retry"
    dead: bool = False  # permanent because the channel itself is gone (revoked URL, bad token): stop using it

    @property
    def ok(self) -> bool:
        return self.outcome == OK


@dataclass
class Transport:
    """Base of every transport: ``credentials`` decrypted, ``channel`` for state a transport keeps (a token)."""

    credentials: dict
    channel: object = None
    kind = ""
    dead_statuses = frozenset({401, 403, 404, 410})  # the URL or token no longer works

    def payload(self, message: Message):
        raise NotImplementedError

    def send(self, message: Message) -> Result:
        """An incoming-webhook URL takes the payload as JSON (Slack, Teams, Google Chat); others override this."""
        return self.post(self.credentials["url"], json=self.payload(message))

    # What every HTTP transport shares.

    def post(self, url: str, **kwargs) -> Result:
        try:
            response = outbound.post(url, https_only=True, timeout=settings.CHAT_TIMEOUT_SECONDS, **kwargs)
        except outbound.UnsafeURL as error:
            return Result(PERMANENT, str(error), dead=True)
        except httpx.TimeoutException:
            return Result(TRANSIENT, "応答がありませんでした（タイムアウト）。")
        except httpx.HTTPError as error:
            return Result(TRANSIENT, self.scrub(f"接続できませんでした: {type(error).__name__}"))
        return self.judge(response)

    def judge(self, response: httpx.Response) -> Result:
        answer = self.scrub(f"HTTP {response.status_code} {response.text[:ANSWER_SHOWN]}".strip())
        status = response.status_code
        if 200 <= status < 300:
            return Result(OK, answer)
        if 300 <= status < 400:
            return Result(PERMANENT, f"{answer}（転送先には送りません）", dead=True)
        if status == 429 or status == 503 and "Retry-After" in response.headers:
            return Result(RETRY, answer, retry_after=retry_after(response.headers.get("Retry-After")))
        if status >= 500 or status == 408:
            return Result(TRANSIENT, answer)
        return Result(PERMANENT, answer, dead=status in self.dead_statuses)

    def scrub(self, text: str) -> str:
        return secrets.scrub(text, self.credentials)


def retry_after(value: str | None, default: float = 60) -> float:
    """Seconds from a Retry-After header (seconds or an HTTP date); ``default`` when absent or unreadable."""
    if not value:
        return default
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return default
    return max(0.0, moment.timestamp() - timezone.now().timestamp()) if moment else default
