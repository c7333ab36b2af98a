"""The engine's per-knowledge-base tables (candidates, compiled rules) copy fields out of the
content once: a second knowledge base must get its own tables, never another's stale copy."""

from __future__ import annotations

import dataclasses
from types import MappingProxyType
from typing import Any

from anagen.assessment.candidates import candidates
from anagen.assessment.compiled import compiled_rules
from anagen.assessment.engine import assess
from anagen.knowledge.base import KnowledgeBase

BALDING_MAN: dict[str, Any] = {
    "sex": "male",
    "age": 40,
    "pattern": "receding_hairline",
    "stage": "N3",
    "duration_months": 36,
    "onset": "gradual",
}


def _renamed(kb: KnowledgeBase, slug: str, name: str) -> KnowledgeBase:
    treatments = dict(kb.treatments)
    treatments[slug] = treatments[slug].model_copy(update={"name": name})
    assessment = kb.assessment.model_copy(update={"disclaimer": "Another disclaimer."})  # type: ignore[union-attr]
    return dataclasses.replace(kb, treatments=MappingProxyType(treatments), assessment=assessment)


def test_a_second_knowledge_base_gets_its_own_tables(kb: KnowledgeBase) -> None:
    first = assess(BALDING_MAN, kb)
    slug = first.plan[0].treatment
    other = _renamed(kb, slug, "A renamed treatment")
    condition = first.likely_condition
    assert candidates(other, condition) is not candidates(kb, condition)
    assert compiled_rules(other.assessment) is not compiled_rules(kb.assessment)  # type: ignore[arg-type]
    again = assess(BALDING_MAN, other)
    assert next(i.name for i in again.plan if i.treatment == slug) == "A renamed treatment"
    assert again.disclaimer == "Another disclaimer."
    # ... and the first knowledge base still reads its own
    assert assess(BALDING_MAN, kb) == first
