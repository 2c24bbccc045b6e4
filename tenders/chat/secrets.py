"""Channel credentials at rest: a JSON object encrypted with Fernet under CHAT_SECRET_KEY.

Webhook URLs, tokens and private keys are credentials: stored only encrypted, shown back only masked
(``mask``: 「…abcd」), never logged and never put into an error message (``scrub``) or an export.
CHAT_SECRET_KEY holds one Fernet key, or several separated by commas to rotate (the first encrypts,
all decrypt). With DEBUG and no key, a development key is derived from SECRET_KEY; without DEBUG the
settings refuse to start without one.
"""

from __future__ import annotations

import base64
import hashlib
import json
from functools import lru_cache
from urllib.parse import urlsplit

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

UNREADABLE = "保存されている資格情報を読めません（CHAT_SECRET_KEY が変わった可能性があります）。設定し直してください。"


class CredentialsUnreadable(Exception):
    def __init__(self):
        super().__init__(UNREADABLE)


def fernet() -> MultiFernet:
    return _fernet(settings.CHAT_SECRET_KEY, settings.SECRET_KEY, settings.DEBUG)


@lru_cache(maxsize=4)
def _fernet(configured: str, secret_key: str, debug: bool) -> MultiFernet:
    keys = [key.strip() for key in configured.split(",") if key.strip()]
    if not keys:
        if not debug:
            raise ImproperlyConfigured("CHAT_SECRET_KEY must be set when DEBUG is off.")
        keys = [base64.urlsafe_b64encode(hashlib.sha256(b"shimekiri chat credentials|" + secret_key.encode()).digest()).decode()]
    try:
        return MultiFernet([Fernet(key) for key in keys])
    except ValueError:
        raise ImproperlyConfigured("CHAT_SECRET_KEY is not a Fernet key (32 bytes, URL-safe base64).") from None


def encrypt(credentials: dict) -> str:
    return fernet().encrypt(json.dumps(credentials, ensure_ascii=False, sort_keys=True).encode()).decode("ascii")


def decrypt(token: str) -> dict:
    if not token:
        return {}
    try:
        return json.loads(fernet().decrypt(token.encode("ascii")))
    except (InvalidToken, ValueError):
        raise CredentialsUnreadable() from None


def mask(value: str) -> str:
    """The last four characters of a long credential (「…abcd」); nothing of a short one."""
    value = (value or "").strip()
    return f"…{value[-4:]}" if len(value) >= 12 else "…"


def scrub(text: str, credentials: dict) -> str:
    """``text`` with every credential (and its URL path or query) replaced by its mask: for error messages
    and answers shown on the page."""
    for value in credentials.values():
        if not isinstance(value, str) or len(value) < 6:
            continue
        text = text.replace(value, mask(value))
        parts = urlsplit(value)
        for part in (parts.path, parts.query):  # a webhook URL's secret is its path or query
            if len(part) >= 6:
                text = text.replace(part, mask(part))
    return text
