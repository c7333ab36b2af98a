"""Template context shared by every page: the navigation's treatment categories, and what
a `{% cache %}` fragment of content needs (its lifetime and the content version)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from anagen.knowledge.vocab import CATEGORY_TITLES
from anagen.web.cache import content_version

_CATEGORIES = [{"slug": str(c), "title": t} for c, t in CATEGORY_TITLES.items()]


def site(request: HttpRequest) -> dict[str, Any]:
    return {
        "site_categories": _CATEGORIES,
        "fragment_seconds": settings.ANAGEN_FRAGMENT_CACHE_SECONDS,
        # Read from the cache only by pages that cache a fragment.
        "content_version": SimpleLazyObject(content_version),
    }
