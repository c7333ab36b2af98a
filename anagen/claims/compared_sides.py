"""Who a comparison sets against whom: the subject's treatments and the compared one's, a name
inside the comparison's own wording ("natural finasteride"), and a comparison offered as a
reason to give the other treatment up."""

from __future__ import annotations

import re
from dataclasses import replace

from anagen.claims.evidence import (
    best_grade,
    conditions_in,
    first_sentence,
    treatment_in_route,
    treatments_of,
)
from anagen.claims.judgement import GOOD, Claim, Judgement, judged, main_slug
from anagen.claims.name_index import entity_index
from anagen.claims.vocab import Verdict
from anagen.knowledge.base import KnowledgeBase
from anagen.knowledge.schema import Treatment
from anagen.knowledge.vocab import GRADE_ORDER


def sides(claim: Claim, kb: KnowledgeBase) -> tuple[list[Treatment], list[Treatment]]:
    """The subject's treatments and, apart from those, the compared one's."""
    if not claim.entities:
        return [], []
    subject = claim.entities[0]
    mine = treatments_of(subject, claim.sentence, kb)
    if claim.comparators:
        theirs = treatments_of(claim.comparators[0], claim.sentence, kb)
    else:
        found = (treatment_in_route(subject, r, kb) for r in claim.compared_routes)
        theirs = [t for t in found if t is not None]
    return list(mine), [t for t in theirs if all(t is not m for m in mine)]


def named_in_wording(claim: Claim, kb: KnowledgeBase) -> Claim:
    """ "Saw palmetto is basically natural finasteride": a name inside the comparison's own
    wording ("natural finasteride", "nature's minoxidil") is what the subject is likened to."""
    if claim.comparators or len(claim.entities) < 2 or not claim.wording:
        return claim
    index = entity_index(kb)
    inside = {e.slug for _, _, e in index.hits(index.fold(claim.wording))}
    compared = tuple(e for e in claim.entities if e.slug in inside)
    if not compared or len(compared) == len(claim.entities):
        return claim
    subjects = tuple(e for e in claim.entities if e.slug not in inside)
    return replace(claim, entities=subjects, comparators=compared)


# "so you can skip the minoxidil": the comparison offered as a reason to give the other up
GIVES_UP = re.compile(
    r"\b(skip|ditch|drop|quit|give up|swap out|replace|no need for|(don'?t|won'?t|never) need)\b",
    re.I,
)


def gives_up_better(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    """Weak evidence of parity offered as a reason to drop a treatment with better evidence."""
    if not GIVES_UP.search(claim.sentence):
        return None
    mine, theirs = sides(claim, kb)
    conditions = conditions_in(claim.sentence, kb)
    ga, gb = best_grade(mine, conditions), best_grade(theirs, conditions)
    if ga is None or gb is None or ga.grade in GOOD:
        return None
    if GRADE_ORDER.index(gb.grade) >= GRADE_ORDER.index(ga.grade):
        return None
    text = (
        f"Weak evidence (grade {ga.grade} for {ga.treatment.name}) is no reason to give up "
        f"{gb.treatment.name} (grade {gb.grade}): {first_sentence(gb.evidence.summary)}"
    )
    return judged(
        Verdict.MISLEADING, text, (*ga.evidence.sources, *gb.evidence.sources), main_slug(claim)
    )
