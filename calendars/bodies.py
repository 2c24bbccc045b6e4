"""Built feeds kept as files, named by feed and fingerprint: shared by every web process, sent as files.

A feed is rebuilt only when its fingerprint changes (see views.fingerprint), so a file is never
stale, only missing. Writing a new version removes the feed's older ones (a reader keeps the file
it opened). The server sends a file as it sends a static one (sendfile where it can), so an
unchanged feed costs little more than that.
"""

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from django.conf import settings
from django.utils.text import compress_string


def folder() -> Path:
    return Path(settings.FEED_CACHE_DIR)


def kept(feed_pk: int, fingerprint: str, build: Callable[[], bytes], *, gzipped: bool = False):
    """This version of the feed as an open file, built with ``build`` and kept first when it is new.

    Bytes instead, in the rare case another version replaced the file between writing and opening.
    """
    plain = f"{feed_pk}-{fingerprint}.ics"
    name = plain + ".gz" if gzipped else plain
    body = _open(name)
    if body is not None:
        return body
    data = _read(plain)
    if data is None:
        data = build()
        _write(feed_pk, plain, data)
    if gzipped:
        data = compress_string(data)
        _write(feed_pk, name, data)
    return _open(name) or data


def clear() -> None:
    for path in folder().glob("*"):
        path.unlink(missing_ok=True)


def _open(name: str):
    try:
        return open(os.path.join(settings.FEED_CACHE_DIR, name), "rb")  # every poll: no Path objects
    except FileNotFoundError:
        return None


def _read(name: str) -> bytes | None:
    body = _open(name)
    if body is None:
        return None
    with body:
        return body.read()


def _write(feed_pk: int, name: str, data: bytes) -> None:
    """Write atomically, then drop the feed's other versions (the plain and gzipped file of this one stay)."""
    folder().mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=folder(), prefix=".building-")
    with os.fdopen(handle, "wb") as out:
        out.write(data)
    os.replace(temporary, folder() / name)
    version = name.split(".")[0]
    for old in folder().glob(f"{feed_pk}-*"):
        if old.name.split(".")[0] != version:
            old.unlink(missing_ok=True)
