"""Which of a sentence's named subjects a claim belongs to, when it names several: the ones in
the clause that holds the claim's wording. "Ask about dutasteride, the FDA-approved next step
when finasteride isn't enough" approves dutasteride, not finasteride; "Nizoral is basically
finasteride because ketoconazole blocks DHT" says ketoconazole blocks it."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from anagen.claims.anycase import AnyCaseMatches
from anagen.claims.entities import Entity, EntityIndex

# Words that open a clause of its own: what it says is about the names inside it, and what the
# clause around it says is not about them.
SUBORDINATE = AnyCaseMatches(
    r"[;:]|\s[\u2013\u2014-]\s|\b(because|since|when|whenever|if|unless|while|whereas|"
    r"although|though|but|so that|after|before|until|once)\b"
    # a consequence drawn in a clause of its own: "X is a DHT blocker, so think of it as fin"
    r"|,\s(so|which means)\b"
)


# "It's", "They are": the clause's subject is one named before the sentence.
IT = re.compile(r"^\W*(honestly |so |and |plus )?(it|it's|they|they're|this)\b", re.I)
# ...unless a colon sets it after what it explains: "oral minoxidil is a great alternative:
# it's FDA-approved" is about the minoxidil named before the colon.
EXPLAINED = re.compile(r"^:\s*(it|it's|its|they|they're)\b", re.I)


# ", and" that joins two clauses rather than ends a list: nothing since the last break holds a
# comma ("Minoxidil is approved, and biotin gummies are a treat" vs "minoxidil, finasteride, and
# dutasteride are approved").
JOINED = re.compile(r",\s(and|plus)\s", re.I)


@lru_cache(maxsize=256)
def _breaks(sentence: str) -> tuple[tuple[int, int], ...]:
    found = [(m.start(), m.end()) for m in SUBORDINATE.finditer(sentence)]
    for m in JOINED.finditer(sentence):
        since = max((e for s, e in found if e <= m.start()), default=0)
        if "," not in sentence[since : m.start()]:
            found.append((m.start(), m.end()))
    return tuple(sorted(found))


def clauses(sentence: str) -> list[str]:
    """The sentence cut at every clause break, each break word kept with what follows it."""
    cuts = [0, *(s for s, _ in _breaks(sentence)), len(sentence)]
    return [sentence[a:b] for a, b in pairwise(cuts) if a < b]


def named_in(clause: str, index: EntityIndex) -> frozenset[str]:
    """The slugs of the subjects a clause names."""
    return _named(clause, index)


def clause_bounds(sentence: str, start: int, end: int) -> tuple[int, int]:
    """Where the clause of the sentence that holds sentence[start:end] begins and ends."""
    left, right = 0, len(sentence)
    for b_start, b_end in _breaks(sentence):
        if b_end <= start:
            left = b_start
        elif b_start >= end:
            right = b_start
            break
    return left, right


def clause_of(sentence: str, start: int, end: int) -> str:
    """The clause of the sentence that holds sentence[start:end]."""
    left, right = clause_bounds(sentence, start, end)
    return sentence[left:right]


@lru_cache(maxsize=512)
def _named(clause: str, index: EntityIndex) -> frozenset[str]:
    return frozenset(e.slug for e in index.subjects(clause))


def _explained(head: str, entities: tuple[Entity, ...], index: EntityIndex) -> tuple[Entity, ...]:
    """What the text before a colon is about: the names after its last comma when there are
    any ("If finasteride scares you, dutasteride is the next step"), else all it names."""
    for part in (head[head.rfind(",") + 1 :], head):
        named = _named(part, index)
        own = tuple(e for e in entities if e.slug in named)
        if own:
            return own
    return ()


def clause_subjects(
    sentence: str,
    start: int,
    end: int,
    entities: tuple[Entity, ...],
    index: EntityIndex,
    before: tuple[Entity, ...] = (),
) -> tuple[Entity, ...]:
    """The entities named in the claim's own clause, when that is some but not all of them.
    A clause that names none and opens with "it" ("It's drug-free, so it's the perfect choice
    if you're worried about finasteride") is about what came before the sentence (`before`);
    any other ("because it lowers DHT") keeps them all."""
    if not entities:
        return entities
    left, right = clause_bounds(sentence, start, end)
    clause = sentence[left:right]
    if len(clause) == len(sentence):
        return entities  # one clause: everything it names
    named = _named(clause, index)
    own = tuple(e for e in entities if e.slug in named)
    if own:
        return own
    if EXPLAINED.match(clause):
        explained = _explained(sentence[:left], entities, index)
        if explained:
            return explained
    if before and IT.match(clause):
        return before[:1]
    return entities
