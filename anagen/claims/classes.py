"""A drug class named in place of a medicine ("JAK pills carry no real risk"): the claim is
about every treatment whose own summary or mechanism puts it in that class."""

from __future__ import annotations

import re
from functools import lru_cache

from anagen.claims.entities import Entity
from anagen.knowledge.base import KnowledgeBase

# (the class as the records name it, how ads and people name it); "a JAK3/TEC inhibitor" is one
CLASSES = [
    (
        re.compile(r"\bJAK[\w/]* inhibitor", re.I),
        re.compile(
            r"\bJAKs\b|\bJAK[- ](inhibitors?|pills?|tablets?|drugs?|medicines?|blockers?)\b", re.I
        ),
    ),
]


@lru_cache(maxsize=8)
def _members(kb: KnowledgeBase) -> tuple[tuple[re.Pattern[str], tuple[Entity, ...]], ...]:
    out = []
    for name, said in CLASSES:
        members = tuple(
            Entity("treatment", t.slug, t.name)
            for t in kb.treatments.values()
            if name.search(" ".join((t.summary, t.mechanism.text if t.mechanism else "")))
        )
        out.append((said, members))
    return tuple(out)


def class_named(sentence: str, kb: KnowledgeBase) -> tuple[Entity, ...]:
    """The members of the first class the sentence names, if any."""
    for said, members in _members(kb):
        if said.search(sentence):
            return members
    return ()
