"""The medicine a comparison of two strengths is about when it names none ("our 5% formula is
twice as strong as 2%"): the one recorded treatment sold under names carrying both strengths
(minoxidil 2% and 5%). With none or several, nothing is inferred."""

from __future__ import annotations

import re

from anagen.claims.entities import Entity
from anagen.knowledge.base import KnowledgeBase
from anagen.knowledge.schema import Treatment

PERCENT = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*%")


def _sold_at(t: Treatment, strength: str) -> bool:
    return any(f"{strength}%" in name.replace(" %", "%") for name in t.also_known_as)


def medicine_by_strengths(sentence: str, kb: KnowledgeBase) -> tuple[Entity, Treatment] | None:
    strengths = set(PERCENT.findall(sentence))
    if len(strengths) != 2:
        return None
    found = [t for t in kb.treatments.values() if all(_sold_at(t, s) for s in strengths)]
    if len(found) != 1:
        return None
    t = found[0]
    return Entity("treatment", t.slug, t.name), t
