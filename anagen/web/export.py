"""export_static(): every public read-only page and its assets as static files.

Pages are rendered through Django itself, so the export is exactly what the site serves; links
are root-relative, so any static file server that serves the folder at "/" works. Forms, the API
and accounts stay with the application (see docs/deploy.md for the nginx configuration).
"""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.test import Client, override_settings

from anagen.web.sitemaps import SITEMAPS

# Served by the application, never exported: forms, search, the API and accounts.
DYNAMIC_PREFIXES = (
    "/report-error/",
    "/editorial/",
    "/assessment/",
    "/claims/",
    "/search/",
    "/api/",
    "/accounts/",
    "/reviews/",
    "/products/compare/",
    "/moderation/",
    "/admin/",
)
EXTRA_FILES = ("/sitemap.xml", "/robots.txt", "/changelog/feed.atom")


def public_paths() -> list[str]:
    paths: list[str] = []
    for sitemap_class in SITEMAPS.values():
        sitemap = sitemap_class()
        paths.extend(sitemap.location(item) for item in sitemap.items())
    paths.append("/assessment/method/")
    return [
        p
        for p in dict.fromkeys(paths)
        if not p.startswith(DYNAMIC_PREFIXES) or p == "/assessment/method/"
    ]


def target_file(root: Path, path: str) -> Path:
    if path in EXTRA_FILES:
        return root / path.lstrip("/")
    return root / path.strip("/") / "index.html" if path != "/" else root / "index.html"


def export_static(root: Path, host: str = "localhost") -> int:
    root.mkdir(parents=True, exist_ok=True)
    with override_settings(
        STATIC_ROOT=root / "static",
        ALLOWED_HOSTS=[*settings.ALLOWED_HOSTS, host],
        ANAGEN_PAGE_CACHE_SECONDS=0,
        SECURE_SSL_REDIRECT=False,
    ):
        call_command("collectstatic", interactive=False, verbosity=0)
        client = Client(HTTP_HOST=host)
        count = 0
        for path in [*public_paths(), *EXTRA_FILES]:
            response = client.get(path)
            if response.status_code != 200:
                raise RuntimeError(
                    f"{path} answered {response.status_code}; nothing half-exported "
                    "is trusted, run the export again once it is fixed"
                )
            out = target_file(root, path)
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(response.content)
            count += 1
    return count
