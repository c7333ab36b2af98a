"""find_kinds(): what a sentence claims, from the wording patterns of each claim kind.

The patterns are compiled once; a literal prefilter (prefilter.py) skips every pattern whose
required words the sentence lacks, which changes no result.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from anagen.claims.patterns import ABOUT_HARM, CONTEXT, PATTERNS, SUPERSEDES
from anagen.claims.prefilter import Prefilter
from anagen.claims.vocab import Kind

# (kind, compiled pattern) in registry order; a kind's first fitting pattern wins.
PATTERN_ORDER: list[tuple[Kind, re.Pattern[str]]] = [
    (kind, re.compile(p, re.IGNORECASE)) for kind, pats in PATTERNS.items() for p in pats
]
_FILTER = Prefilter([p.pattern for _, p in PATTERN_ORDER])
_CONTEXT = {kind: re.compile(p, re.IGNORECASE) for kind, p in CONTEXT.items()}
_ABOUT_HARM = {
    kind: (re.compile(harm, re.IGNORECASE), re.compile(benefit, re.IGNORECASE))
    for kind, (harm, benefit) in ABOUT_HARM.items()
}


@dataclass(frozen=True, slots=True)
class KindMatch:
    kind: Kind
    start: int
    end: int


def find_kinds(sentence: str) -> list[KindMatch]:
    candidates = _FILTER.candidates(sentence)
    found: dict[Kind, KindMatch] = {}
    for i in sorted(candidates):
        kind, pattern = PATTERN_ORDER[i]
        if kind in found:
            continue
        m = pattern.search(sentence)
        if m and (kind not in _CONTEXT or _CONTEXT[kind].search(sentence)):
            found[kind] = KindMatch(kind, m.start(), m.end())
    for kind, (harm, benefit) in _ABOUT_HARM.items():
        if kind in found and harm.search(sentence) and not benefit.search(sentence):
            del found[kind]
    for strong, weaker in SUPERSEDES.items():
        if strong in found:
            for k in weaker:
                found.pop(k, None)
    return sorted(found.values(), key=lambda k: k.start)
