"""schema.org JSON-LD blocks: data, not script, so the CSP forbidding inline scripts holds."""

from __future__ import annotations

import json
from typing import Any

from django import template
from django.http import HttpRequest
from django.utils.safestring import SafeString, mark_safe

register = template.Library()
_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag
def jsonld(data: dict[str, Any]) -> SafeString:
    body = json.dumps({"@context": "https://schema.org", **data}, default=str).translate(_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{body}</script>')


@register.simple_tag(takes_context=True)
def page_url(context: template.Context) -> str:
    """The page's absolute address, exactly as `request.build_absolute_uri()` gives it.

    For a path without `/./` or `/../` that is scheme, host and full path joined: the full path
    is quoted already, so the URL splitting and re-quoting it does on every page change nothing."""
    request: HttpRequest | None = context.get("request")
    if request is None:  # as `{{ request.build_absolute_uri }}` printed nothing
        return ""
    full_path = request.get_full_path()
    if not full_path.startswith("/") or "/./" in request.path or "/../" in request.path:
        return request.build_absolute_uri()
    return f"{request.scheme}://{request.get_host()}{full_path}"
