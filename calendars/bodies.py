"""Built feeds kept as files, named by fingerprint: shared by every web process, sent as files.

A feed is rebuilt only when its fingerprint changes (see views.fingerprint), so a file is never
stale, only missing. Writing a new version removes the feed's older ones. The server sends a file
as it sends a static one (sendfile where it can), so an unchanged feed costs little more than that.
"""

import os
import tempfile
from pathlib import Path

from django.conf import settings


def folder() -> Path:
    return Path(settings.FEED_CACHE_DIR)


def open_body(name: str):
    """The kept file ``name`` opened for reading, or None."""
    try:
        return open(folder() / name, "rb")
    except FileNotFoundError:
        return None


def read(name: str) -> bytes | None:
    body = open_body(name)
    if body is None:
        return None
    with body:
        return body.read()


def keep(feed_pk: int, name: str, body: bytes) -> None:
    """Write ``name`` atomically, and drop the feed's other versions (a reader keeps what it opened)."""
    folder().mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=folder(), prefix=".building-")
    with os.fdopen(handle, "wb") as out:
        out.write(body)
    os.replace(temporary, folder() / name)
    version = name.split(".")[0]  # "<feed>-<fingerprint>": the plain and the gzipped file
    for old in folder().glob(f"{feed_pk}-*"):
        if old.name.split(".")[0] != version:
            old.unlink(missing_ok=True)


def clear() -> None:
    for path in folder().glob("*"):
        path.unlink(missing_ok=True)
