"""Built feeds kept in this process, by fingerprint: the bytes are handed out as they are.

A feed is rebuilt only when its fingerprint changes (see views.fingerprint), so an entry is never
stale, only missing. Kept here rather than in Django's cache, which would copy a feed of several
hundred kilobytes through pickle on every request. Bounded by size; the least recently used go first.
"""

import threading

from cachetools import LRUCache

MAX_BYTES = 64 * 1024 * 1024

_bodies = LRUCache(maxsize=MAX_BYTES, getsizeof=len)
_lock = threading.Lock()


def get(key: str) -> bytes | None:
    with _lock:
        return _bodies.get(key)


def put(key: str, body: bytes) -> None:
    if len(body) <= MAX_BYTES:
        with _lock:
            _bodies[key] = body


def clear() -> None:
    with _lock:
        _bodies.clear()
