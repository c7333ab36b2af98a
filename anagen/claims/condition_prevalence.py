"""How many people a condition affects, given as a figure: "studies show over 68% of new mothers
face some hair thinning", "one in three women will experience hair loss". Set against a record
that says the share is not known: a figure credited to studies the record says do not show it is
false; a bare figure has nothing behind it."""

from __future__ import annotations

import re

from anagen.claims.condition_duration import Facts
from anagen.claims.judgement import Claim, Judgement, judged
from anagen.claims.vocab import Verdict
from anagen.knowledge.base import KnowledgeBase

_SHARE = r"(\d+(\.\d+)?\s?%|(one|two|three|four|\d+) (in|out of) (two|three|four|five|ten|\d+))"
_GROUP = r"(women|men|people|adults|children|kids|girls|boys|new mothers|mothers|moms|mums|patients|teens)"
# the share first, what they have after it: "over 68% of women may face some degree of hair
# thinning", "1 in 2 men will deal with balding"
SHARE_AFFECTED_WORDING = (
    rf"\b{_SHARE}( of)? (all )?{_GROUP}\b[^.;]{{0,30}}\b(experience[sd]?|experiencing|face|faces|suffer|"
    r"suffers|notice|go through|deal with|will (have|get|see|develop)|get|have|develop)\b[^.;]{0,40}"
    r"\b(hair loss|hair shedding|shedding|thinning|alopecia|balding|baldness|hair fall)\b"
)
SHARE_AFFECTED = re.compile(SHARE_AFFECTED_WORDING, re.I)
# the record's word that nobody knows the share: "how many new mothers get it is not known"
SHARE_UNKNOWN = re.compile(
    r"\bhow (many|common|often)\b[^.:;]{0,60}\b(is|are) (not|un)known\b|\bno (good |reliable )?data\b",
    re.I,
)
# the figure credited to research: "studies indicate", "research shows", "surveys found"
CREDITED = re.compile(r"\b(stud(y|ies)|research|surveys?|data|trials?|statistics)\b", re.I)


def share_unknown(
    claim: Claim, named: list[str], kb: KnowledgeBase, facts: Facts
) -> Judgement | None:
    """The verdict on a figure for how many a condition affects, where its record says nobody
    knows; None when the record gives no such word (or the figure is a treatment's result)."""
    if claim.entities or not SHARE_AFFECTED.search(claim.wording):
        return None
    for slug in named:
        if slug not in kb.conditions:
            continue
        fact = next((f for f in facts(kb, slug) if SHARE_UNKNOWN.search(f[0])), None)
        if fact is None:
            continue
        name = kb.conditions[slug].name.lower()
        if CREDITED.search(claim.sentence):
            return judged(Verdict.FALSE, f"The record of {name} says otherwise: {fact[0]}", fact[1])
        return judged(Verdict.UNSUPPORTED, f"The record of {name}: {fact[0]}", fact[1])
    return None
