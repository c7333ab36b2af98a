"""Words that name how a treatment is taken ("capsules", "foam", "injections").

Checked in this order, so "scalp injections" reads as an injection, not a scalp product.
"""

from __future__ import annotations

from itertools import pairwise

from anagen.claims.anycase import AnyCase
from anagen.knowledge.vocab import Route

_WORDS = {
    Route.INJECTION: "injection, injections, injected, injectable, injectables, mesotherapy, "
    "microinjection, microinjections",
    Route.ORAL: "oral, orally, tablet, tablets, pill, pills, capsule, capsules, caplet, caplets, "
    "softgel, softgels, gummy, gummies, supplement, supplements, by mouth",
    Route.TOPICAL: "topical, topically, foam, solution, serum, spray, shampoo, lotion, applied, "
    "scalp, drop, drops, liquid, tonic, cream, ointment, gel",
}
ROUTE_VOCABULARY: list[tuple[Route, tuple[str, ...]]] = [
    (route, tuple(w.strip() for w in words.split(","))) for route, words in _WORDS.items()
]
# (not a place on the head: "regrowth at the crown and mid-scalp" names no scalp product)
ROUTE_WORDS: list[tuple[Route, AnyCase]] = [
    (route, AnyCase(r"(?<!mid-)\b(" + "|".join(words) + r")\b"))
    for route, words in ROUTE_VOCABULARY
]
_ROUTE_OF = {w: route for route, words in ROUTE_VOCABULARY for w in words}
_ORDER = [route for route, _ in ROUTE_VOCABULARY]


def route_named(text: str) -> Route | None:
    for route, words in ROUTE_WORDS:
        if words.found(text):
            return route
    return None


def route_of_words(words: list[str]) -> Route | None:
    """route_named() for lower-case words already split, without a regex."""
    found = {_ROUTE_OF[w] for w in words if w in _ROUTE_OF}
    if "mouth" in words:  # the one form named in two words
        pairs = (f"{a} {b}" for a, b in pairwise(words))
        found.update(_ROUTE_OF[p] for p in pairs if p in _ROUTE_OF)
    if len(found) < 2:
        return next(iter(found), None)
    return next((route for route in _ORDER if route in found), None)
