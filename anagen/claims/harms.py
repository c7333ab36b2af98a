"""Which recorded side effects a treatment is shown to cause, and which one a claim names.

A side effect listed with "none reported", no more often than on placebo, or "not proven to be
caused by" it is recorded for completeness but is not a harm it causes.
"""

from __future__ import annotations

import re

from anagen.knowledge.schema import SideEffect, Treatment
from anagen.products.ingredient_index import fold

NOT_CAUSED = re.compile(
    r"\b(none reported|not (proven|shown) to be caused|not more common than|no more common than|"
    r"not significantly different from placebo|similar to (the )?(placebo|vehicle))\b",
    re.I,
)
NUMBER = re.compile(r"(\d+(?:\.\d+)?)\s*%")
# Words too general to tie a claim to one recorded side effect.
GENERAL = set(
    [
        "hair",
        "scalp",
        "side",
        "effect",
        "effects",
        "cause",
        "causes",
        "people",
        "more",
        "than",
        "usual",
        "with",
        "from",
        "that",
        "this",
        "high",
        "dose",
        "doses",
        "results",
        "result",
        "some",
        "which",
    ]
)


def caused(s: SideEffect) -> bool:
    text = " ".join(x for x in (s.name, s.frequency, s.population) if x)
    if NOT_CAUSED.search(text):
        return False
    if s.frequency and s.placebo_frequency:
        on, off = NUMBER.search(s.frequency), NUMBER.search(s.placebo_frequency)
        if on and off and float(on.group(1)) <= float(off.group(1)):
            return False
    return True


def harms(t: Treatment, serious_only: bool = False) -> tuple[SideEffect, ...]:
    """The side effects it is recorded to cause; remembered per treatment object."""
    key = (id(t), serious_only)
    hit = _SEEN.get(key)
    if hit is None or hit[0] is not t:  # the object is kept, so its id cannot be reused
        if len(_SEEN) > 4096:
            _SEEN.clear()
        found = tuple(
            s
            for s in t.side_effects
            if caused(s) and (not serious_only or s.seriousness == "serious")
        )
        hit = _SEEN[key] = (t, found)
    return hit[1]


_SEEN: dict[tuple[int, bool], tuple[Treatment, tuple[SideEffect, ...]]] = {}


def _stems(text: str) -> set[str]:
    return {w[:5] for w in fold(text).split() if len(w) >= 4 and w not in GENERAL}


def named_harm(t: Treatment, claimed: str) -> tuple[str, tuple[str, ...]] | None:
    """The recorded side effect, interaction or warning that shares words with the claim."""
    wanted = _stems(claimed)
    facts = [(s.name, tuple(s.sources)) for s in t.side_effects if caused(s)]
    facts += [(f.text, tuple(f.sources)) for f in (*t.interactions, *t.call_doctor)]
    for text, sources in facts:
        if wanted & _stems(text):
            return text, sources
    return None
