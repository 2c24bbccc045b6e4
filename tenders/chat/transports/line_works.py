"""LINE WORKS (API 2.0): a service account's JWT (RS256, signed with its private key) is exchanged for
an access token, kept (encrypted, on the channel) until shortly before it expires; then a bot message
is posted to a channel with the token as bearer. A 401 on the message means the token went stale: it
is dropped and a new one taken, once."""

from __future__ import annotations

import datetime as dt
import json

import jwt
from django.conf import settings
from django.utils import timezone

from tenders.chat.transports.base import PERMANENT, Message, Result, Transport

JWT_LIFETIME = dt.timedelta(minutes=60)
TOKEN_MARGIN = dt.timedelta(minutes=5)  # a token is taken again this long before it expires


class LineWorks(Transport):
    kind = "line_works"
    _last_body = ""

    def assertion(self) -> str:
        now = timezone.now()
        claims = {
            "iss": self.credentials["client_id"],
            "sub": self.credentials["service_account"],
            "iat": int(now.timestamp()),
            "exp": int((now + JWT_LIFETIME).timestamp()),
        }
        try:
            return jwt.encode(claims, self.credentials["private_key"], algorithm="RS256")
        except (ValueError, TypeError, jwt.PyJWTError):
            raise ValueError("秘密鍵（private key）を読めません。PEM 形式の RSA 鍵を貼り付けてください。") from None

    def payload(self, message: Message) -> dict:
        return {"content": {"type": "text", "text": message.plain()[:2000]}}

    def token(self) -> tuple[str | None, Result | None]:
        """A valid access token (kept, or taken now), or the failed exchange's result."""
        kept = self.channel.kept_token() if self.channel is not None else None
        if kept:
            return kept, None
        try:
            assertion = self.assertion()
        except ValueError as error:
            return None, Result(PERMANENT, str(error), dead=True)
        result = self.post(
            settings.CHAT_LINE_WORKS_AUTH_URL,
            data={
                "assertion": assertion,
                "grant_type": "urn:ietf:params:oauth:grant-type:jwt-bearer",
                "client_id": self.credentials["client_id"],
                "client_secret": self.credentials["client_secret"],
                "scope": "bot",
            },
        )
        if not result.ok:
            if result.outcome == PERMANENT:  # bad client id, secret, account or key: they will not change by waiting
                return None, Result(PERMANENT, f"アクセストークンを取得できません: {result.answer}", dead=True)
            return None, result
        try:
            answer = json.loads(self._last_body)
            token, expires_in = answer["access_token"], int(answer.get("expires_in", 3600))
        except (ValueError, KeyError, TypeError):
            return None, Result(PERMANENT, "アクセストークンの応答を読めません。")
        if self.channel is not None:
            self.channel.keep_token(token, timezone.now() + dt.timedelta(seconds=expires_in) - TOKEN_MARGIN)
        return token, None

    def judge(self, response) -> Result:
        self._last_body = response.text
        return super().judge(response)

    def send(self, message: Message) -> Result:
        for _attempt in range(2):
            token, failed = self.token()
            if failed:
                return failed
            bot, channel = str(self.credentials["bot_id"]).strip(), str(self.credentials["channel_id"]).strip()
            result = self.post(
                f"{settings.CHAT_LINE_WORKS_API_URL}/bots/{bot}/channels/{channel}/messages",
                json=self.payload(message),
                headers={"Authorization": f"Bearer {token}"},
            )
            if result.answer.startswith("HTTP 401") and self.channel is not None:
                self.channel.keep_token("", None)  # stale: take a new one, once
                continue
            return result
        return result
