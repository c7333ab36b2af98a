"""Anonymous full-page cache for public, read-only pages.

Only GET requests from visitors without a session, for paths on the public list, are cached;
anything personal (a log-in, a flash message, a form with a CSRF token) is never stored. Every
write that changes what a page shows bumps one version number, which empties the cache at once.
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse

VERSION_KEY = "anagen:pages:version"
PUBLIC_PREFIXES = (
    "/treatments/",
    "/conditions/",
    "/products/",
    "/guides/",
    "/methodology/",
    "/changelog/",
    "/editors/",
    "/assessment/method/",
    "/sitemap.xml",
    "/robots.txt",
)
PUBLIC_EXACT = {"/"}
PRIVATE_COOKIES = ("sessionid", "messages")


def bump_version() -> None:
    """Call after every write that changes a public page (content load, products, reviews)."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 1, None)


def content_version() -> int:
    """Changes on every write that changes a public page: part of every cached fragment's key."""
    return int(cache.get_or_set(VERSION_KEY, 1, None) or 1)


def cacheable(request: HttpRequest) -> bool:
    if request.method not in ("GET", "HEAD") or any(c in request.COOKIES for c in PRIVATE_COOKIES):
        return False
    path = request.path
    return path in PUBLIC_EXACT or path.startswith(PUBLIC_PREFIXES)


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.seconds = settings.ANAGEN_PAGE_CACHE_SECONDS

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not self.seconds or not cacheable(request):
            return self.get_response(request)
        key = f"anagen:page:{content_version()}:{request.get_full_path()[:500]}"
        hit = cache.get(key)
        if hit is not None:
            body, content_type, status = hit
            response = HttpResponse(body, content_type=content_type, status=status)
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        personal = response.has_header("Set-Cookie") or response.cookies
        if response.status_code in (200, 404) and not personal and not response.streaming:
            cache.set(
                key,
                (response.content, response["Content-Type"], response.status_code),
                self.seconds,
            )
            response["X-Page-Cache"] = "miss"
        return response
