"""Hedged and negated wording: "may help" is not "regrows"; "does not regrow" is no promise."""

from __future__ import annotations

import re

HEDGES = re.compile(
    r"\b(may|might|could|can help|helps?|supports?|is believed|are believed|"
    r"is thought|are thought|reportedly|possibly|potentially|designed to|aims? to|usually|typically|"
    r"formulated to|promotes?)\b",
    re.I,
)
NEGATION = re.compile(
    r"\b(not|no|never|cannot|can't|doesn't|don't|isn't|aren't|won't|without|"
    r"neither|nor|fails? to)\b",
    re.I,
)


def is_hedged(sentence: str) -> bool:
    return bool(HEDGES.search(sentence))


def is_negated(sentence: str, start: int) -> bool:
    """A negation word in the few words before the claim's wording."""
    window = sentence[max(0, start - 30) : start]
    return bool(NEGATION.search(window))
