"""Anonymous full-page cache for public, read-only pages.

Only GET requests from visitors without a session, for paths on the public list, are cached;
anything personal (a log-in, a flash message, a form with a CSRF token) is never stored. Every
write that changes what a page shows bumps one version number, which empties the cache at once:
in Redis when the cache is shared, else in a file that every worker process on the machine reads.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db.models import Model
from django.http import Http404, HttpRequest, HttpResponse

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


def _version_is_local() -> bool:
    """A local-memory cache is private to each worker process, so it cannot carry the
    version that all workers must see change at once; a file on this machine can."""
    return settings.CACHES["default"]["BACKEND"].endswith("LocMemCache")


def bump_version() -> None:
    """Call after every write that changes a public page (content load, products, reviews)."""
    if not _version_is_local():
        try:
            cache.incr(VERSION_KEY)
        except ValueError:
            cache.set(VERSION_KEY, 2, None)
        return
    path = Path(settings.ANAGEN_VERSION_FILE)
    with open(path.with_suffix(".lock"), "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # two writers never write the same next number
        fresh = path.with_suffix(f".{os.getpid()}")
        fresh.write_text(str(content_version() + 1))
        os.replace(fresh, path)  # readers see the old number or the new one, never half


def content_version() -> int:
    """Changes on every write that changes a public page: part of every cached key."""
    if not _version_is_local():
        return int(cache.get_or_set(VERSION_KEY, 1, None) or 1)
    # Read on every page view: plain os calls cost a third of Path.read_text.
    try:
        fd = os.open(settings.ANAGEN_VERSION_FILE, os.O_RDONLY)
    except FileNotFoundError:
        return 1
    try:
        return int(os.read(fd, 32) or 1)
    except ValueError:
        return 1
    finally:
        os.close(fd)


_UNSET = object()


class Once:
    """`make()`'s result, made on the first call only: a page's deferred fragment context.

    `functools.cache` does the same, but copies the function's name and documentation onto every
    wrapper it makes, and pages make these on every request."""

    __slots__ = ("_make", "_value")

    def __init__(self, make: Callable[[], Any]) -> None:
        self._make = make
        self._value: Any = _UNSET

    def __call__(self) -> Any:
        if self._value is _UNSET:
            self._value = self._make()
        return self._value


def fragment_page(
    model: type[Model], slug: str, fields: tuple[str, ...], build_body: Callable[[int], Any]
) -> dict[str, Any]:
    """The context of a page whose content lives in `{% fragment … from body %}`s: `head`, the
    few fields shown outside them (title, description), cached under the content version, and
    `body`, which `build_body(pk)` makes only when a fragment has to be rendered. A warm page
    reads nothing from the database; an unknown slug is a 404 (also cached)."""

    def load() -> dict[str, Any] | None:
        row = model._default_manager.filter(slug=slug).values("id", *fields).first()
        return row and {**row, "slug": slug}

    name = model._meta.model_name
    version = content_version()
    head = cache.get_or_set(
        f"{name}-head:{slug}:{version}", load, settings.ANAGEN_FRAGMENT_CACHE_SECONDS
    )
    if head is None:
        raise Http404(f"No such {name}")
    return {
        "head": head,
        "body": Once(lambda: build_body(head["id"])),
        "content_version": version,  # the page's fragments use it rather than read it again
    }


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
            # As the page said when it was made (it differs for a signed-in visitor); a hit reads
            # no session, so the session middleware would not say it.
            response["Vary"] = "Cookie"
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
