"""The default cache: Django's local memory, minus work that only other backends need."""

from __future__ import annotations

import pickle
from typing import Any

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.locmem import LocMemCache
from django.utils.safestring import SafeString

# Values that cannot change once made: a reader can be handed the stored object itself.
IMMUTABLE = (str, SafeString, bytes, int, float, bool, type(None))


class Plain:
    """A value kept as it is rather than pickled (see `is_immutable`)."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value


def is_immutable(value: Any) -> bool:
    kind = type(value)
    if kind is tuple:
        return all(is_immutable(v) for v in value)
    return kind in IMMUTABLE


class UncheckedLocMemCache(LocMemCache):
    """Local memory without two costs of Django's version.

    Django checks every key, character by character on every read, for what memcached refuses
    (spaces, more than 250 characters); local memory takes any key, and Django's documentation
    suggests exactly this override for such backends.

    Django pickles every value so that a reader never shares a mutable object with the cache.
    The values read on every page view are immutable (rendered fragments, cached pages as
    (bytes, content type, status)), and unpickling one decoded and copied the whole HTML again:
    those are kept as they are; anything else is pickled as before.
    """

    def validate_key(self, key: str) -> None:
        return None

    def _stored(self, value: Any) -> Any:
        return Plain(value) if is_immutable(value) else pickle.dumps(value, self.pickle_protocol)

    def get(self, key: str, default: Any = None, version: int | None = None) -> Any:
        key = self.make_and_validate_key(key, version=version)
        with self._lock:
            if self._has_expired(key):
                self._delete(key)
                return default
            stored = self._cache[key]
            self._cache.move_to_end(key, last=False)
        return stored.value if type(stored) is Plain else pickle.loads(stored)

    def set(
        self, key: str, value: Any, timeout: Any = DEFAULT_TIMEOUT, version: int | None = None
    ) -> None:
        key = self.make_and_validate_key(key, version=version)
        stored = self._stored(value)
        with self._lock:
            self._set(key, stored, timeout)

    def add(
        self, key: str, value: Any, timeout: Any = DEFAULT_TIMEOUT, version: int | None = None
    ) -> bool:
        key = self.make_and_validate_key(key, version=version)
        stored = self._stored(value)
        with self._lock:
            if self._has_expired(key):
                self._set(key, stored, timeout)
                return True
            return False

    def incr(self, key: str, delta: int = 1, version: int | None = None) -> Any:
        key = self.make_and_validate_key(key, version=version)
        with self._lock:
            if self._has_expired(key):
                self._delete(key)
                raise ValueError(f"Key '{key}' not found")
            stored = self._cache[key]
            value = stored.value if type(stored) is Plain else pickle.loads(stored)
            new_value = value + delta
            self._cache[key] = self._stored(new_value)
            self._cache.move_to_end(key, last=False)
        return new_value
