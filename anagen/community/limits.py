"""Simple rate limits on sign-ups and review posting, counted in Django's cache."""

from __future__ import annotations

from django.core.cache import cache

SIGNUPS_PER_HOUR_PER_IP = 5
REVIEWS_PER_HOUR_PER_USER = 10


def hit(key: str, limit: int, window: int = 3600) -> bool:
    """Count one attempt; True while the limit is not exceeded."""
    cache.add(key, 0, window)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, window)
        count = 1
    return count <= limit


def client_ip(meta: dict[str, str]) -> str:
    return meta.get("REMOTE_ADDR", "unknown")[:64]
