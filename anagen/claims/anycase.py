"""Case-insensitive patterns, run on a sentence's lower-case copy without re.I.

With re.I, re compares every character through its case tables and gives up its fast scan for a
pattern's first characters: "may|might|could|..." takes about six times as long. On a lower-case
copy the same pattern with its capitals lowered (wordscan.lowered) finds the same spans, as long
as lower-casing changed only ASCII letters (prefilter.plain_case); any other text is searched as
it is, with re.I. The copy of each sentence is made once, for every pattern that reads it.
"""

from __future__ import annotations

import re
import sys
from functools import lru_cache

from anagen.claims.prefilter import plain_case
from anagen.wordscan import lowered


@lru_cache(maxsize=256)
def lower_copy(text: str) -> str | None:
    """text.lower() when a lowered pattern finds there just what re.I finds in text; else None."""
    return text.lower() if plain_case(text) else None


class AnyCase:
    """A pattern matched with re.I, for callers that need only whether it is there."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.any_case = re.compile(pattern, flags | re.IGNORECASE)
        self.lower_case = re.compile(lowered(pattern), flags & ~re.IGNORECASE)

    def found(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """Whether re.search(pattern, text[pos:endpos], re.I) finds it (with pos and endpos
        taken as re takes them: \\b and ^ still see the whole text)."""
        lower = lower_copy(text)
        if lower is None:
            return self.any_case.search(text, pos, endpos) is not None
        return self.lower_case.search(lower, pos, endpos) is not None
