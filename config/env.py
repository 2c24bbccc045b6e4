"""Strict readers of settings from the environment.

Every reader fails loudly with ``ImproperlyConfigured`` naming the variable
and the value it could not use, so a typo in a deployment stops the process
at start-up instead of silently running with a default.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.core.exceptions import ImproperlyConfigured

TRUE_WORDS = {"1", "true", "yes", "on"}
FALSE_WORDS = {"0", "false", "no", "off", ""}


class Env:
    """Typed access to a mapping of environment variables."""

    def __init__(self, environ: Mapping[str, str] | None = None):
        self.environ = os.environ if environ is None else environ

    def _raw(self, name: str) -> str | None:
        value = self.environ.get(name)
        if value is None:
            file_name = self.environ.get(f"{name}_FILE")
            if file_name:
                try:
                    with open(file_name, encoding="utf-8") as fh:
                        value = fh.read().strip()
                except OSError as exc:
                    raise ImproperlyConfigured(f"{name}_FILE={file_name!r}: cannot read the file ({exc.strerror}).") from exc
        return value

    def str(self, name: str, default: str | None = None, *, required: bool = False) -> str:
        value = self._raw(name)
        if value is None or (required and not value.strip()):
            if required:
                raise ImproperlyConfigured(f"{name} must be set.")
            return default  # type: ignore[return-value]
        return value

    def bool(self, name: str, default: bool) -> bool:
        value = self._raw(name)
        if value is None:
            return default
        word = value.strip().lower()
        if word in TRUE_WORDS:
            return True
        if word in FALSE_WORDS:
            return False
        raise ImproperlyConfigured(f"{name}={value!r} is not a boolean: use one of 1/0, true/false, yes/no, on/off.")

    def int(self, name: str, default: int, *, minimum: int | None = None, maximum: int | None = None) -> int:
        value = self._raw(name)
        if value is None or not value.strip():
            return default
        try:
            number = int(value.strip())
        except ValueError:
            raise ImproperlyConfigured(f"{name}={value!r} is not a whole number.") from None
        if minimum is not None and number < minimum:
            raise ImproperlyConfigured(f"{name}={number} is below the minimum {minimum}.")
        if maximum is not None and number > maximum:
            raise ImproperlyConfigured(f"{name}={number} is above the maximum {maximum}.")
        return number

    def list(self, name: str, default: list[str] | None = None) -> list[str]:
        value = self._raw(name)
        if value is None:
            return list(default or [])
        return [item.strip() for item in value.split(",") if item.strip()]

    def url(self, name: str, default: str | None, *, schemes: tuple[str, ...] = ("http", "https")) -> str:
        value = self._raw(name)
        if value is None or not value.strip():
            if default is None:
                raise ImproperlyConfigured(
                    f"{name} must be set to the public address of the site, e.g. https://shimekiri.example.jp"
                )
            value = default
        value = value.strip().rstrip("/")
        parts = urlsplit(value)
        if parts.scheme not in schemes or not parts.netloc:
            raise ImproperlyConfigured(
                f"{name}={value!r} is not an absolute URL (expected {' or '.join(s + '://' for s in schemes)}host)."
            )
        if parts.query or parts.fragment:
            raise ImproperlyConfigured(f"{name}={value!r} must not carry a query or fragment.")
        return value

    def time_zone(self, name: str, default: str) -> str:
        value = (self._raw(name) or default).strip()
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ImproperlyConfigured(f"{name}={value!r} is not a known time zone (e.g. Asia/Tokyo).") from None
        return value

    def database(self, name: str, default: str) -> dict:
        import dj_database_url

        value = self._raw(name)
        if value is None or not value.strip():
            value = default
        try:
            # Connections are kept between requests (a broken one is dropped after the request it failed): opening one per
            # request costs more than most of our pages.
            config = dj_database_url.parse(value, conn_max_age=self.int("DATABASE_CONN_MAX_AGE", 60, minimum=0))
        except Exception as exc:  # dj-database-url raises several kinds
            raise ImproperlyConfigured(f"{name}={value!r} is not a database URL: {exc}") from None
        if not config.get("ENGINE"):
            raise ImproperlyConfigured(f"{name}={value!r}: unsupported database scheme.")
        return config
