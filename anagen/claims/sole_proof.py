"""A claim that a treatment is the only proven one for a condition ("the only scientifically
proven treatment for female pattern hair loss"): misleading when the record holds good
evidence (grade A or B) for another treatment for that condition, however good its own is."""

from __future__ import annotations

import re

from anagen.claims.evidence import best_grade, conditions_in, first_sentence, ingredient_of
from anagen.claims.judgement import GOOD, Claim, Judgement, judged
from anagen.claims.vocab import Verdict
from anagen.knowledge.base import KnowledgeBase

# one treatment, not "the only proven treatments are minoxidil and finasteride" (several named)
SOLE = re.compile(
    r"\b(the|our|your) (one and )?only ((clinically|scientifically|medically) )?(proven|evidence-based) "
    r"(treatment|medicine|medication|drug|option|remedy|product|therapy|solution|ingredient)\b(?!s)|"
    r"\bthe only (treatment|medicine|medication|drug|option|remedy|product|therapy|ingredient) "
    r"(that is |that's |which is |to be )?((clinically|scientifically|medically) )?proven\b",
    re.I,
)


def sole_proof(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    if claim.negated or len(claim.entities) != 1 or not SOLE.search(claim.sentence):
        return None
    conditions = conditions_in(claim.sentence, kb)
    entity = claim.entities[0]
    # the medicine it names, in any form: its own tablet is no other treatment
    own = {entity.slug} | {i.slug for i in (ingredient_of(entity, kb),) if i is not None}
    others = [
        t for slug, t in kb.treatments.items() if slug not in own and not own & set(t.ingredients)
    ]
    found = best_grade(others, conditions)
    if found is None or found.grade not in GOOD or found.evidence.condition not in conditions:
        return None
    where = found.evidence.condition.replace("-", " ")
    text = (
        f"Not the only one: {found.treatment.name} has grade {found.grade} evidence for {where} "
        f"too. {first_sentence(found.evidence.summary)}"
    )
    return judged(Verdict.MISLEADING, text, found.evidence.sources, entity.slug)
