"""Proprietary blends: a label that names a blend and hides its parts' amounts."""

from __future__ import annotations

import re

from anagen.products.label_words import AsciiCase
from anagen.products.strength import (
    find_strengths,
    first_strength,
    mg_value,
)


def has_blend(text: str) -> bool:
    # most labels have none of these words: a substring test first
    if not may_name_a_blend(text):
        return False
    m = PROPRIETARY_ANY_CASE.search(text)
    if m is None:
        return False
    return not _denied(text, m.start()) or any(
        not _denied(text, n.start()) for n in PROPRIETARY.finditer(text)
    )


def _denied(text: str, at: int) -> bool:
    """ "with no proprietary blends or hidden ingredients": a blend the label says it lacks."""
    return at > 0 and DENIED.search(text, max(0, at - 24), at) is not None


def may_name_a_blend(text: str) -> bool:
    """Whether the text has a word a blend's name needs: no part of it names one without."""
    lower = text.lower()
    return any(w in lower for w in BLEND_WORDS)


def hides_amounts(text: str) -> bool:
    """A named blend hides its parts' amounts unless the lines under it give every part's
    amount and these add up to the blend's own ("Hair Blend 1,015 mg" over 400 + 300 + 200 +
    100 + 15 mg hides nothing)."""
    for m in PROPRIETARY.finditer(text):
        if _denied(text, m.start()):
            continue
        end = text.find("\n", m.end())
        if end < 0:
            return True
        total = next(
            (v for s in find_strengths(text[m.start() : end]) if (v := mg_value(s.value))), None
        )
        if total is None or not _parts_add_up(text[end + 1 : end + 4000], total):
            return True
    return False


def _parts_add_up(below: str, total: float) -> bool:
    running = 0.0
    for line in below.split("\n")[:MAX_BLEND_PARTS]:
        if not line.strip():
            continue
        strength = first_strength(line)
        mg = mg_value(strength.value) if strength else None
        if mg is None:
            return False
        running += mg
        if abs(running - total) <= max(1.0, total / 100):  # rounding on the label
            return True
        if running > total:
            return False
    return False


MAX_BLEND_PARTS = 40
# the words that deny a blend just before its name ("no", "without", "free of any", "not a")
DENIED = re.compile(r"\b(no|without|not an?|never|free (of|from)( any)?|zero)\s+$", re.I)
# (Polish and Russian "complex" too)
BLEND_WORDS = (
    "blend",
    "formula",
    "complex",  # (French "complexe" too)
    "matrix",
    "kompleks",
    "komplex",
    "complesso",
    "complejo",
    "\u043a\u043e\u043c\u043f\u043b\u0435\u043a\u0441",
)
# "Proprietary Blend", "Proprietary Hair Blend", or a named complex whose amount is the
# whole's, marked as having no daily value ("Synergen Complex Plus 1660 mg **"); a vitamin B
# complex is a vitamin.
PROPRIETARY = re.compile(
    r"proprietary\s+([\w-]+\s+){0,2}(blend|formula|complex|matrix)|"
    # (German, French, Italian and Spanish "complex" too: "Haar-Komplex 300 mg **")
    r"(?<!\bb )(?<!\bb-)\b(blend|complex|complexe|komplex|kompleks|complesso|complejo|matrix)[\u00ae\u2122]?( plus)?[\s.\u2026]*\|?\s*\d[\d,.]*\s*(mg|g)\b"
    # ... or over its parts, named in brackets on the line below without amounts of their own,
    # or right after it on its line ("Hair complex 520 mg (saw palmetto, caffeine, biotin).")
    r"(\s*\|?\s*[*\u2020\u2021]|[ \t]*\n[ \t]*\([^\n\d]*,[^\n\d]*\)[ \t]*(?=\n|$)|"
    r"[ \t]*\([^\n\d]*,[^\n\d]*\)[ \t]*(?=[.;\n]|$)|"
    # ... or after a colon ("Hair Complex 250 mg: Horsetail extract, Saw palmetto extract")
    r"[ \t]*:[ \t]*[^\n\d]*,[^\n\d]*(?=\n|$))|"
    # ... or whose amount is the whole's "including" the parts listed under it ("Hair
    # Complex, including: 300 mg"; Polish "w tym", Russian "v t.ch.", German "davon")
    r"\b(blend|complex|complexo|kompleks|\u043a\u043e\u043c\u043f\u043b\u0435\u043a\u0441)\b[^\n\d]{0,40}?"
    r"(\u0432 \u0442\.\s?\u0447\.|incl\.|including|incluindo|w tym|davon)\s*:?\s*\|?\s*\d[\d,.]*\s*(mg|g)\b",
    re.I,
)
PROPRIETARY_ANY_CASE = AsciiCase(PROPRIETARY)
# a blend's name and amount opening a bracket of its parts: "Capilosa kompleks 520 mg (" (not a
# vitamin B complex, a vitamin)
BLEND_HEAD = re.compile(
    r"(?<!\bb )(?<!\bb-)\b(blend|complex|complexe|komplex|kompleks|complesso|complejo|matrix)\b"
    r"[^\n(\d]{0,20}\d[\d,.]*\s*(mg|g)\b\s*\(",
    re.I,
)
