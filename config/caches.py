"""The per-process cache of kept page parts, bounded by bytes as well as entries.

Django's LocMemCache counts entries only, and a kept notice list of a large team weighs far more than
a dashboard row: ``MAX_BYTES`` (of pickled values) bounds what one process keeps; the least recently
used parts go first.
"""

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.locmem import LocMemCache


class BoundedLocMemCache(LocMemCache):
    def __init__(self, name, params):
        super().__init__(name, params)
        self._max_bytes = int(params.get("OPTIONS", {}).get("MAX_BYTES", 64 * 1024 * 1024))
        self._sizes: dict[str, int] = {}
        self._bytes = 0

    @property
    def size_in_bytes(self) -> int:
        return self._bytes

    def _set(self, key, value, timeout=DEFAULT_TIMEOUT):  # called with the lock held, ``value`` pickled
        if len(value) > self._max_bytes:  # larger than the whole bound: not kept (nor its older value)
            self._delete(key)
            return
        self._forget(key)
        super()._set(key, value, timeout)
        self._sizes[key] = len(value)
        self._bytes += len(value)
        while self._bytes > self._max_bytes:
            oldest = next(reversed(self._cache))  # get() and set() move a key to the front
            self._delete(oldest)

    def _cull(self):
        super()._cull()
        for key in [k for k in self._sizes if k not in self._cache]:
            self._forget(key)

    def _delete(self, key):
        self._forget(key)
        return super()._delete(key)

    def incr(self, key, delta=1, version=None):
        value = super().incr(key, delta, version)
        with self._lock:
            full = self.make_and_validate_key(key, version=version)
            if full in self._cache:
                self._forget(full)
                self._sizes[full] = len(self._cache[full])
                self._bytes += self._sizes[full]
        return value

    def clear(self):
        super().clear()
        with self._lock:
            self._sizes.clear()
            self._bytes = 0

    def _forget(self, key) -> None:
        self._bytes -= self._sizes.pop(key, 0)
