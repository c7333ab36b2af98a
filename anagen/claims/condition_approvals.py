"""A claim about the approvals a condition has, naming no medicine: "there are no FDA-approved
treatments for alopecia areata". Judged as its assertion (some medicine is approved for the
condition), which the engine turns round for a denial: supported when the record holds an
approval for a condition the claim names, in a region it names. A record without one decides
nothing: the absence of an entry is not proof that no approval exists."""

from __future__ import annotations

import re

from anagen.claims.countries import regions_in
from anagen.claims.evidence import conditions_named
from anagen.claims.judgement import Claim, Judgement, judged
from anagen.claims.regulatory import APPROVED
from anagen.claims.regulatory_wording import APPROVED_MEDICINES_FOR
from anagen.claims.sole_approval import AGE_GROUP, FDA
from anagen.claims.vocab import Verdict
from anagen.knowledge.base import KnowledgeBase
from anagen.knowledge.vocab import Region

# Only that wording: "it is available by prescription for women only" speaks of a medicine
# named before, not of the approvals "women" (pattern hair loss) has.
FOR_CONDITION = re.compile(APPROVED_MEDICINES_FOR, re.I)


def approval_for_condition(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    if (
        claim.entities
        or not FOR_CONDITION.search(claim.sentence)
        or AGE_GROUP.search(claim.sentence)
    ):
        return None  # an age group: which approvals count is unclear
    named = set(conditions_named(claim.sentence, kb))
    if not named:
        return None
    regions = {r for _, _, r in regions_in(claim.sentence)}
    if FDA.search(claim.sentence):
        regions.add(Region.US)
    for slug, t in kb.treatments.items():
        for r in t.regulatory:
            if (
                r.status in APPROVED
                and named & set(r.conditions)
                and (not regions or r.region in regions)
            ):
                return judged(Verdict.SUPPORTED, f"{t.name} is approved: {r.text}", r.sources, slug)
    return None
