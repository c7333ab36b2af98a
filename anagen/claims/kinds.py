"""find_kinds(): what a sentence claims, from the wording patterns of each claim kind.

The patterns are compiled once; a literal prefilter (prefilter.py) skips every pattern whose
required words the sentence lacks, which changes no result.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from operator import attrgetter

from anagen.claims.about_harm import ABOUT_HARM, HARM_WORDS
from anagen.claims.anycase import AnyCase, first_letter_check, plain_copy
from anagen.claims.kind_precedence import SUPERSEDES, SUPERSEDES_WITHIN
from anagen.claims.patterns import CONDITIONED, CONTEXT, PATTERNS, PLACEBO_COMPARED
from anagen.claims.prefilter import Prefilter
from anagen.claims.product_names import in_title_name
from anagen.claims.refund_terms import is_deadline
from anagen.claims.vocab import Kind
from anagen.wordscan import lowered

# (kind, compiled pattern) in registry order; a kind's first fitting pattern wins.
PATTERN_ORDER: list[tuple[Kind, re.Pattern[str]]] = [
    (kind, re.compile(p, re.IGNORECASE)) for kind, pats in PATTERNS.items() for p in pats
]
# The same, for a sentence in plain case (anycase.lower_copy): run on its lower-case copy
# without re.I. A plain search: on a sentence it beats wordscan.Scan's look for each possible
# first word, which pays off on a whole label (anycase.first_letter_check: the same spans).
LOWER_ORDER: list[tuple[Kind, re.Pattern[str]]] = [
    (k, re.compile(first_letter_check(lowered(p.pattern)))) for k, p in PATTERN_ORDER
]
# The same for a lower-case copy in ASCII (anycase.plain_copy), as most sentences are.
ASCII_ORDER = [(k, re.compile(p.pattern, re.ASCII)) for k, p in LOWER_ORDER]
# Each kind's patterns in registry order, for again_after.
_OF_KIND = {kind: [p for k, p in PATTERN_ORDER if k is kind] for kind in Kind}
# The contexts of CONDITIONED wording go through the same prefilter, after the patterns: one
# pass tells which of them a sentence could hold at all.
_FILTER = Prefilter([p.pattern for _, p in PATTERN_ORDER] + [c for *_, c in CONDITIONED])
_CONTEXT = {kind: AnyCase(p) for kind, p in CONTEXT.items()}
PATTERN_COUNT = len(PATTERN_ORDER)
# Each CONDITIONED wording with its context, the wording compiled for the same three kinds of
# sentence as the patterns (indexed like their ORDERs, less PATTERN_COUNT).
_CONDITIONED = [(kind, AnyCase(context)) for kind, _, context in CONDITIONED]
WORDING_ORDER = [re.compile(wording, re.I) for _, wording, _ in CONDITIONED]
LOWER_WORDING = [re.compile(first_letter_check(lowered(p.pattern))) for p in WORDING_ORDER]
ASCII_WORDING = [re.compile(p.pattern, re.ASCII) for p in LOWER_WORDING]
_PLACEBO = re.compile(PLACEBO_COMPARED, re.IGNORECASE)
_HARM = re.compile(HARM_WORDS, re.IGNORECASE)
EFFICACY = (Kind.REGROWS_HAIR, Kind.STOPS_HAIR_LOSS, Kind.THICKENS_HAIR)
# A rate a risk is lowered by ("cuts the risk by 25%") is a benefit, not a harm's rate.
# "in less than 2% of men" is a bound on the harm's rate, not a risk lowered.
_LOWERED = AnyCase(
    r"\b(reduc|lower|cut|decreas|halv|fewer|less|prevent|protect)\w*\b(?! than (\d|one|two|a |an ))"
)
_ABOUT_HARM = {
    kind: (AnyCase(harm), AnyCase(benefit)) for kind, (harm, benefit) in ABOUT_HARM.items()
}


@dataclass(frozen=True, slots=True)
class KindMatch:
    kind: Kind
    start: int
    end: int


def find_kinds(sentence: str) -> list[KindMatch]:
    found = _wordings_found(sentence)
    if not found:
        return []  # most sentences: nothing for the readings below to weigh
    for kind, (harm, benefit) in _ABOUT_HARM.items():
        if kind in found and harm.found(sentence) and not benefit.found(sentence):
            rate = found.pop(kind)
            if kind is Kind.PERCENT_SUCCESS and not _LOWERED.found(sentence):
                # "3.8% of men reported one", "1 in 7 people get it": how often a harm
                # strikes, checked against the recorded rate (placebo_harms.stated_rate)
                harm_rate = KindMatch(Kind.CAUSES_SIDE_EFFECT, rate.start, rate.end)
                found.setdefault(Kind.CAUSES_SIDE_EFFECT, harm_rate)
    _against_placebo(sentence, found)
    timing = found.get(Kind.WORKS_IN_DAYS)
    if timing is not None and is_deadline(sentence, timing.start):
        # "submit your claim within 60 days of subscribing to the Hair Growth Kit": paperwork,
        # where the product's name is what the claim is for
        del found[Kind.WORKS_IN_DAYS]
        for kind in EFFICACY:
            named = found.get(kind)
            if named is not None and in_title_name(sentence, named.start, named.end):
                del found[kind]
    if len(found) > 1:  # a kind drops only another kind
        _drop_superseded(found)
    return sorted(found.values(), key=_START)


_START = attrgetter("start")


def _wordings_found(sentence: str) -> dict[Kind, KindMatch]:
    """Each kind's first fitting wording: only the patterns the prefilter lets through are run,
    in registry order, then the CONDITIONED wordings whose context the sentence holds."""
    lower, in_ascii = plain_copy(sentence)  # the copy other modules read too
    candidates = _FILTER.candidates(sentence, lower is not None, lower)
    if lower is None:
        order, wordings, text = PATTERN_ORDER, WORDING_ORDER, sentence
    elif in_ascii:
        order, wordings, text = ASCII_ORDER, ASCII_WORDING, lower
    else:
        order, wordings, text = LOWER_ORDER, LOWER_WORDING, lower
    found: dict[Kind, KindMatch] = {}
    for i in sorted(candidates):  # the patterns first, then the CONDITIONED wordings
        if i >= PATTERN_COUNT:
            kind, context = _CONDITIONED[i - PATTERN_COUNT]
            if kind not in found:
                m = wordings[i - PATTERN_COUNT].search(text)
                if m and context.found(sentence):
                    found[kind] = KindMatch(kind, m.start(), m.end())
            continue
        kind, pattern = order[i]
        if kind in found:
            continue
        m = pattern.search(text)
        if m and (kind not in _CONTEXT or _CONTEXT[kind].found(sentence)):
            found[kind] = KindMatch(kind, m.start(), m.end())
    return found


def _drop_superseded(found: dict[Kind, KindMatch]) -> None:
    """The weaker kind of each pair found (kind_precedence.py)."""
    for strong, weaker in SUPERSEDES.items():
        if strong in found:
            for k in weaker:
                found.pop(k, None)
    for strong, weaker in SUPERSEDES_WITHIN.items():
        outer = found.get(strong)
        if outer is not None:
            for k in weaker:
                inner = found.get(k)
                if inner is not None and outer.start <= inner.start and inner.end <= outer.end:
                    del found[k]


def _against_placebo(sentence: str, found: dict[Kind, KindMatch]) -> None:
    """ "Grew more hair than people on a dummy pill": a placebo-controlled result, which is a
    claim that it works, not a comparison with another treatment; "doubled the rate of erection
    problems compared with placebo" is a claim that it causes them."""
    better = found.get(Kind.BETTER_THAN)
    if better is None or not _PLACEBO.search(sentence, better.start):
        return
    del found[Kind.BETTER_THAN]
    if _HARM.search(sentence, better.start, better.end):
        found.setdefault(
            Kind.CAUSES_SIDE_EFFECT, KindMatch(Kind.CAUSES_SIDE_EFFECT, better.start, better.end)
        )
    elif not any(k in found for k in EFFICACY):
        found[Kind.REGROWS_HAIR] = KindMatch(Kind.REGROWS_HAIR, better.start, better.end)


def again_after(sentence: str, match: KindMatch, pos: int) -> KindMatch | None:
    """The kind's first wording from `pos` on: for wording that turned out to be part of a
    name ("Rogaine Extra Strength" is a product, not a claim of strength)."""
    if pos > len(sentence):
        return None
    for pattern in _OF_KIND[match.kind]:
        m = pattern.search(sentence, pos)
        if m:
            return KindMatch(match.kind, m.start(), m.end())
    return None
