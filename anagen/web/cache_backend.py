"""The default cache: Django's local memory, minus a check that only memcached needs."""

from __future__ import annotations

from django.core.cache.backends.locmem import LocMemCache


class UncheckedLocMemCache(LocMemCache):
    """Django checks every key, character by character on every read, for what memcached
    refuses (spaces, more than 250 characters). Local memory takes any key; Django's
    documentation suggests exactly this override for such backends."""

    def validate_key(self, key: str) -> None:
        return None
