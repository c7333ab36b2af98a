"""Escape text and mark the query's words in it."""

from __future__ import annotations

import re

from django import template
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

register = template.Library()


@register.filter
def highlight(text: str, query: str) -> SafeString:
    safe = str(escape(text))
    words = [re.escape(str(escape(w))) for w in re.findall(r"\w{3,}", query or "")]
    if words:
        safe = re.sub(rf"({'|'.join(words)})", r"<mark>\1</mark>", safe, flags=re.I)
    return mark_safe(safe)
