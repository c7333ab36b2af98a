"""A product credited with a recovery its condition makes on its own: "my shedding after the
baby stopped once I switched shampoo" misleads when the condition's record says that shedding
settles by itself, since the recovery would have come anyway."""

from __future__ import annotations

import re

from anagen.claims.evidence import conditions_named
from anagen.claims.judgement import Claim, Judgement, judged
from anagen.claims.vocab import Verdict
from anagen.knowledge.base import KnowledgeBase

# the recovery put down to something begun just before it
CREDIT = re.compile(
    r"\b(after|since|once|when) (I|we|she|he) (switched|started|began|tried|changed)\b", re.I
)
SETTLES = re.compile(r"\b(settles|resolves|recovers)\b", re.I)


def credited_recovery(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    if not CREDIT.search(claim.sentence):
        return None
    for slug in conditions_named(claim.sentence, kb):
        condition = kb.conditions.get(slug)
        for sign in condition.signs if condition else ():
            if SETTLES.search(sign.text):
                text = f"It settles by itself, so the product need not be why: {sign.text}"
                return judged(Verdict.MISLEADING, text, tuple(sign.sources))
    return None
