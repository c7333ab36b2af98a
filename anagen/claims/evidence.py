"""Facts the grading rules read, looked up in the knowledge base for a sentence's entities."""

from __future__ import annotations

import re
from dataclasses import dataclass

from anagen.claims.entities import Entity
from anagen.knowledge.base import KnowledgeBase
from anagen.knowledge.schema import Evidence, Ingredient, PropertyFact, Treatment
from anagen.knowledge.vocab import GRADE_ORDER, Grade, Property, Route

ROUTE_WORDS = [
    (
        Route.ORAL,
        re.compile(r"\b(oral|tablets?|pills?|capsules?|by mouth|gumm(y|ies)|supplement)\b", re.I),
    ),
    (
        Route.TOPICAL,
        re.compile(
            r"\b(topical|foam|solution|serum|spray|shampoo|lotion|applied|scalp|drops?)\b", re.I
        ),
    ),
]
CONDITION_WORDS = [
    (
        "alopecia-areata",
        re.compile(r"\b(alopecia areata|patchy|bald patches|totalis|universalis)\b", re.I),
    ),
    ("telogen-effluvium", re.compile(r"\b(telogen|shedding after)\b", re.I)),
    ("female-pattern-hair-loss", re.compile(r"\b(women|female|her hair)\b", re.I)),
]
DEFAULT_CONDITIONS = ("androgenetic-alopecia", "female-pattern-hair-loss")


@dataclass(frozen=True)
class Graded:
    grade: Grade
    treatment: Treatment
    evidence: Evidence


def treatments_of(entity: Entity, sentence: str, kb: KnowledgeBase) -> list[Treatment]:
    if entity.kind == "treatment":
        return [kb.treatments[entity.slug]]
    ing = kb.ingredients[entity.slug]
    options = [kb.treatments[s] for s in ing.treatments if s in kb.treatments]
    for route, words in ROUTE_WORDS:
        if words.search(sentence):
            chosen = [t for t in options if t.route is route]
            if chosen:
                return chosen
    return options


def conditions_in(sentence: str) -> tuple[str, ...]:
    named = tuple(c for c, words in CONDITION_WORDS if words.search(sentence))
    return named or DEFAULT_CONDITIONS


def best_grade(treatments: list[Treatment], conditions: tuple[str, ...]) -> Graded | None:
    """The best graded evidence for the named conditions; when the text names none and the
    treatment is not graded for pattern hair loss, its best grade for any condition."""

    def pick(allowed: tuple[str, ...] | None) -> Graded | None:
        best: Graded | None = None
        for t in treatments:
            for e in t.evidence:
                if (allowed is None or e.condition in allowed) and (
                    best is None or GRADE_ORDER.index(e.grade) < GRADE_ORDER.index(best.grade)
                ):
                    best = Graded(e.grade, t, e)
        return best

    found = pick(conditions)
    if found is None and conditions == DEFAULT_CONDITIONS:
        found = pick(None)
    return found


def ingredient_of(entity: Entity, kb: KnowledgeBase) -> Ingredient | None:
    if entity.kind == "ingredient":
        return kb.ingredients.get(entity.slug)
    t = kb.treatments[entity.slug]
    return next((kb.ingredients[s] for s in t.ingredients if s in kb.ingredients), None)


def property_of(entity: Entity, prop: Property, kb: KnowledgeBase) -> PropertyFact | None:
    ing = ingredient_of(entity, kb)
    return ing.properties.get(prop) if ing else None


def first_sentence(text: str) -> str:
    return re.split(r"(?<=[.!?])\s+", text.strip(), maxsplit=1)[0]
