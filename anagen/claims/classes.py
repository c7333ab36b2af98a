"""A drug class named in place of a medicine ("JAK pills carry no real risk", "prescription
drugs"): the claim is about every treatment whose record puts it in that class."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from anagen.claims.entities import Entity
from anagen.knowledge.base import KnowledgeBase
from anagen.knowledge.schema import Treatment
from anagen.knowledge.vocab import Region, RegulatoryStatus


def _named_in_record(name: re.Pattern[str]) -> Callable[[Treatment], bool]:
    """A class the records name in a treatment's summary or mechanism."""
    return lambda t: bool(
        name.search(" ".join((t.summary, t.mechanism.text if t.mechanism else "")))
    )


def _prescribed(t: Treatment) -> bool:
    """A medicine approved on prescription for pattern hair loss, the common kind that
    "prescription hair loss drugs" are sold for, where English-language pages are written
    (a treatment approved only elsewhere is not what they mean)."""
    return any(
        r.status is RegulatoryStatus.APPROVED_RX
        and r.region in ENGLISH_REGIONS
        and PATTERN_LOSS & set(r.conditions)
        for r in t.regulatory
    )


PATTERN_LOSS = {"androgenetic-alopecia", "female-pattern-hair-loss"}
ENGLISH_REGIONS = {Region.US, Region.UK}


# (how ads and people name the class, which treatments the records put in it); "a JAK3/TEC
# inhibitor" is a JAK inhibitor
CLASSES: list[tuple[re.Pattern[str], Callable[[Treatment], bool]]] = [
    (
        re.compile(
            r"\bJAKs\b|\bJAK[- ](inhibitors?|pills?|tablets?|drugs?|medicines?|blockers?)\b", re.I
        ),
        _named_in_record(re.compile(r"\bJAK[\w/]* inhibitor", re.I)),
    ),
    # "prescription drugs for treating hair loss often have serious side effects"
    (
        re.compile(
            r"\bprescription(-only)? (hair[- ]loss )?(drugs|medications|medicines|pills|tablets)\b",
            re.I,
        ),
        _prescribed,
    ),
]


@lru_cache(maxsize=8)
def _members(kb: KnowledgeBase) -> tuple[tuple[re.Pattern[str], tuple[Entity, ...]], ...]:
    out = []
    for said, member in CLASSES:
        members = tuple(
            Entity("treatment", t.slug, t.name) for t in kb.treatments.values() if member(t)
        )
        out.append((said, members))
    return tuple(out)


def class_named(sentence: str, kb: KnowledgeBase) -> tuple[Entity, ...]:
    """The members of the first class the sentence names, if any."""
    for said, members in _members(kb):
        if said.search(sentence):
            return members
    return ()
