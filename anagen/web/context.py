"""Template context shared by every page: the navigation's treatment categories, and whether
the visitor is signed in."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest

from anagen.knowledge.vocab import CATEGORY_TITLES

_SITE = {"site_categories": [{"slug": str(c), "title": t} for c, t in CATEGORY_TITLES.items()]}


def site(request: HttpRequest) -> dict[str, Any]:
    # Pages sign people in through the session alone: without its cookie nobody is signed in,
    # and the user need not be loaded (a session read and an auth look-up) to say so.
    user = getattr(request, "user", None)  # absent when a page is rendered before the middleware
    signed_in = bool(
        settings.SESSION_COOKIE_NAME in request.COOKIES and user and user.is_authenticated
    )
    if session := getattr(request, "session", None):
        # The page depends on the session cookie even when nobody is signed in: mark the session
        # read, so the response says `Vary: Cookie` as it did when the user was loaded.
        session.accessed = True
    return {**_SITE, "signed_in": signed_in}
