"""Hedged, negated and non-asserted wording: "may help" is not "regrows"; "does not regrow" is a
denial; "if it is designed for hair growth" and "Want thicker hair?" assert nothing.

Each is scoped to the clause the claim's wording sits in, so "no prescription needed, regrows
hair" is not read as a denial of regrowth.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

HEDGES = re.compile(
    r"\b(may|might|could|can help|helps?|supports?|is believed|are believed|"
    r"is thought|are thought|reportedly|possibly|potentially|designed to|aims? to|usually|typically|"
    r"formulated to|promotes?|promoting)\b",
    re.I,
)
NEGATION = re.compile(
    r"\b(not|no|never|cannot|can't|doesn't|don't|isn't|aren't|won't|without|shouldn't|mustn't|"
    r"didn't|wasn't|weren't|hasn't|haven't|couldn't|wouldn't|"
    r"neither|nor|fails? to|rather than|instead of)\b",
    re.I,
)
# Where a clause starts: punctuation, or a word that begins a new statement. A hedge reaches
# across "and" ("may help thicken and regrow hair"); a negation does not ("no harsh chemicals
# and regrows hair").
CLAUSE_BREAK = re.compile(
    r"[,;:!?()\[\]\u2013\u2014]|\s-\s|\b(but|while|whereas|although|though|yet|so|because|which|that)\b",
    re.I,
)
AND_BREAK = re.compile(r"\b(and|plus|also)\b", re.I)
CONDITIONAL = re.compile(r"\W*(if|unless|whether)\b", re.I)  # used with .match(pos)


@lru_cache(maxsize=64)
def _breaks(sentence: str) -> tuple[list[int], list[int]]:
    """Ends of every clause break, and of every "and", in the sentence."""
    return (
        [m.end() for m in CLAUSE_BREAK.finditer(sentence)],
        [m.end() for m in AND_BREAK.finditer(sentence)],
    )


def clause_start(sentence: str, start: int, at_and: bool = False) -> int:
    """Where the clause holding position `start` begins."""
    breaks, ands = _breaks(sentence)
    i = bisect_right(breaks, start)
    last = breaks[i - 1] if i else 0
    if at_and:
        j = bisect_right(ands, start)
        if j and ands[j - 1] > last:
            last = ands[j - 1]
    return last


@dataclass(frozen=True, slots=True)
class Reading:
    asserted: bool
    negated: bool
    hedged: bool


def read(sentence: str, start: int, end: int) -> Reading:
    """How the sentence puts the claim worded at [start, end).

    Not asserted: a question, or wording inside an if/unless clause that the sentence goes on
    after ("if a laser is designed for hair growth, ..."). Negated: a negation word in the few
    words before the wording, in its clause and after any "and". Hedged: a hedge word in its
    clause, before or inside the wording ("may help thicken and regrow").
    """
    breaks, ands = _breaks(sentence)
    i = bisect_right(breaks, start)
    begin = breaks[i - 1] if i else 0
    asserted = not sentence.rstrip().endswith("?") and (
        not CONDITIONAL.match(sentence, begin) or i == len(breaks)
    )
    j = bisect_right(ands, start)
    negation_begin = max(ands[j - 1] if j and ands[j - 1] > begin else begin, start - 30)
    negated = bool(NEGATION.search(sentence, negation_begin, start))
    return Reading(asserted, negated, bool(HEDGES.search(sentence, begin, end)))
