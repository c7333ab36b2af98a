"""Template tags for evidence: grade badges and numbered citations."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any

from django import template
from django.urls import get_script_prefix, reverse
from django.utils.html import format_html, format_html_join

from anagen.knowledge.citations import citation_numbers
from anagen.knowledge.vocab import GRADE_MEANINGS, Grade
from anagen.products.vocab import RegulatoryType

register = template.Library()


@register.simple_tag
def grade_badge(grade: str) -> str:
    """A grade letter that explains itself on hover and on focus, and links to the method."""
    return _badge(Grade(grade), get_script_prefix())  # list pages show dozens of badges


@functools.cache
def _badge(g: Grade, prefix: str) -> str:
    meaning = f"Evidence grade {g}: {GRADE_MEANINGS[g]}"
    url = reverse("web:methodology") + f"#grade-{g}"
    return format_html(
        '<a class="grade grade-{}" href="{}" data-tip="{}" aria-label="{}">{}</a>',
        g,
        url,
        meaning,
        meaning,
        g,
    )


@register.simple_tag(takes_context=True)
def cite(context: template.Context, sources: Iterable[str]) -> str:
    """Superscript links to the page's numbered references for these source ids."""
    numbering: dict[str, int] = context.get("numbering", {})
    numbers = citation_numbers(sources, numbering)
    if not numbers:
        return ""
    links = format_html_join("", '<a href="#ref-{}">[{}]</a>', ((n, n) for n in numbers))
    return format_html('<sup class="cite">{}</sup>', links)


@register.filter
def words(code: str) -> str:
    """A code as words: "regrows_hair" -> "regrows hair", "minoxidil-topical" -> "minoxidil topical"."""
    return str(code).replace("_", " ").replace("-", " ")


# What each regulatory code means to a shopper; a code not listed here reads as its words.
REGULATORY_WORDS = {
    RegulatoryType.RX_DRUG: "prescription medicine",
    RegulatoryType.OTC_DRUG: "over-the-counter medicine",
    RegulatoryType.DEVICE_CLEARED: "cleared medical device",
    RegulatoryType.SUPPLEMENT: "supplement",
    RegulatoryType.COSMETIC: "cosmetic",
}


@register.filter
def regulatory_words(code: str) -> str:
    """A product's regulatory type as a shopper says it: "otc_drug" -> "over-the-counter medicine"."""
    return REGULATORY_WORDS.get(str(code), words(code))


@register.filter
def get(mapping: dict[str, Any], key: str) -> Any:
    return mapping.get(key) if isinstance(mapping, dict) else None
