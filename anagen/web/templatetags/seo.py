"""schema.org JSON-LD blocks: data, not script, so the CSP forbidding inline scripts holds."""

from __future__ import annotations

import json
from typing import Any

from django import template
from django.utils.safestring import SafeString, mark_safe

register = template.Library()
_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag
def jsonld(data: dict[str, Any]) -> SafeString:
    body = json.dumps({"@context": "https://schema.org", **data}, default=str).translate(_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{body}</script>')
