"""A treatment said to be used for a group the record tells to avoid it: "prescribed for thinning
hair in men and women alike" where the record says it is not a hair treatment for men. The
rest of the claim can be true (spironolactone does block androgens), so it misleads."""

from __future__ import annotations

import re

from anagen.claims.judgement import Claim, Judgement, judged, treatments
from anagen.claims.vocab import Verdict
from anagen.knowledge.base import KnowledgeBase

GROUPS = (("male", re.compile(r"\b(men|male|guys)\b", re.I)),)
GROUPS += (("female", re.compile(r"\b(women|female|ladies)\b", re.I)),)
# The sentence says it is used, given or works for hair in that group.
USED_FOR = re.compile(
    r"\b(prescribed|used|given|recommended|offered|approved|works?|treats?|helps?)\b[^.]{0,40}"
    r"\b(hair|thinning|bald\w*|alopecia)\b|\bfor (thinning|hair loss|balding)\b",
    re.I,
)


def use_in_avoided_group(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    if not USED_FOR.search(claim.sentence):
        return None
    named = {group for group, words in GROUPS if words.search(claim.sentence)}
    for e, t in treatments(claim, kb):
        for c in t.contraindications:
            if c.level == "avoid" and named & {str(a) for a in c.applies_to}:
                text = f"Not for everyone it names: {c.text}"
                return judged(Verdict.MISLEADING, text, c.sources, e.slug)
    return None
