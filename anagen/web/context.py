"""Template context shared by every page: the navigation's treatment categories."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from anagen.knowledge.vocab import CATEGORY_TITLES

_SITE = {"site_categories": [{"slug": str(c), "title": t} for c, t in CATEGORY_TITLES.items()]}


def site(request: HttpRequest) -> dict[str, Any]:
    return _SITE
