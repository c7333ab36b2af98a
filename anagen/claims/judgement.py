"""A claim as the grading rules see it, their verdict, and the lookups most rules share."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from anagen.claims.entities import Entity
from anagen.claims.evidence import Graded, best_grade, conditions_in, ingredient_of, treatments_of
from anagen.claims.vocab import Kind, Verdict
from anagen.knowledge.base import KnowledgeBase
from anagen.knowledge.schema import Treatment
from anagen.knowledge.vocab import GRADE_ORDER, Grade, Route

GOOD = (Grade.A, Grade.B)
SUPPLEMENT_KINDS = {"botanical", "vitamin", "mineral"}


@dataclass(frozen=True, slots=True)
class Claim:
    kind: Kind
    sentence: str
    entities: tuple[Entity, ...]  # what the claim is about
    hedged: bool
    negated: bool
    context: str | None  # the product's regulatory type, when known
    comparators: tuple[Entity, ...] = ()  # what it is compared with
    compared_routes: tuple[Route, ...] = ()  # "as well as the tablet": another form of it
    wording: str = ""  # the words that made it this kind of claim
    # the conditions its paragraph named before, for a condition fact naming none ("it
    # spreads through shared brushes" after "it's scalp ringworm")
    topics: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Judgement:
    verdict: Verdict
    explanation: str
    sources: tuple[str, ...]
    entity: str


Rule = Callable[[Claim, KnowledgeBase], Judgement]


def judged(verdict: Verdict, text: str, sources: Iterable[str] = (), entity: str = "") -> Judgement:
    return Judgement(verdict, text, tuple(sources), entity)


def main_slug(claim: Claim) -> str:
    return claim.entities[0].slug if claim.entities else ""


def graded(claim: Claim, kb: KnowledgeBase) -> tuple[Entity, Graded] | None:
    """The best graded evidence among the claim's entities, for the conditions it names."""
    best: tuple[Entity, Graded] | None = None
    for e in claim.entities:
        g = best_grade(treatments_of(e, claim.sentence, kb), conditions_in(claim.sentence, kb))
        if g and (best is None or GRADE_ORDER.index(g.grade) < GRADE_ORDER.index(best[1].grade)):
            best = (e, g)
    return best


def treatments(claim: Claim, kb: KnowledgeBase) -> list[tuple[Entity, Treatment]]:
    return [(e, t) for e in claim.entities for t in treatments_of(e, claim.sentence, kb)]


def no_entity() -> Judgement:
    return judged(
        Verdict.UNSUPPORTED,
        "The claim names no ingredient or treatment that our knowledge base records "
        "(or none at all), and nothing there backs it as stated.",
    )


def is_supplement(claim: Claim, entity: Entity, kb: KnowledgeBase) -> bool:
    """Sold as a supplement or cosmetic, where a drug-like promise misleads."""
    if claim.context in ("supplement", "cosmetic"):
        return True
    if entity.kind == "treatment":
        return kb.treatments[entity.slug].category == "natural-supplement"
    ing = ingredient_of(entity, kb)
    return bool(ing and ing.kind in SUPPLEMENT_KINDS)
