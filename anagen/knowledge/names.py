"""Condition names by slug: read by most pages (filters, review boxes, grade tables) and changed
only by a content load, so kept in the cache under the content version."""

from __future__ import annotations

from django.conf import settings
from django.core.cache import cache

from anagen.knowledge.models import Condition
from anagen.web.cache import content_version


def condition_names() -> dict[str, str]:
    return cache.get_or_set(
        f"condition-names:{content_version()}",
        lambda: dict(Condition.objects.order_by("name").values_list("slug", "name")),
        settings.ANAGEN_FRAGMENT_CACHE_SECONDS,
    )
