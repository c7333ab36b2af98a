"""A claim about the approvals a condition has, naming no medicine: "there are no FDA-approved
treatments for alopecia areata". Judged as its assertion (some medicine is approved for the
condition), which the engine turns round for a denial: supported when the record holds an
approval for a condition the claim names, in a region it names. A record without one decides
nothing: the absence of an entry is not proof that no approval exists. Two readings lean on the
record holding every approval for hair loss: a number of approved medicines ("the only two
drugs approved for hair loss") and a kind of product no approval is of ("FDA-approved shampoos")."""

from __future__ import annotations

import re

from anagen.claims.countries import regions_in
from anagen.claims.evidence import conditions_named
from anagen.claims.judgement import Claim, Judgement, judged
from anagen.claims.regulatory import APPROVED
from anagen.claims.regulatory_wording import APPROVED_MEDICINES_FOR
from anagen.claims.sole_approval import AGE_GROUP, FDA, approvals_counted, conditions_meant
from anagen.claims.vocab import Verdict
from anagen.knowledge.base import KnowledgeBase
from anagen.knowledge.schema import Regulatory
from anagen.knowledge.vocab import Region

# Only that wording: "it is available by prescription for women only" speaks of a medicine
# named before, not of the approvals "women" (pattern hair loss) has.
FOR_CONDITION = re.compile(APPROVED_MEDICINES_FOR, re.I)


NUMBERS = {"one": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
# A count of approved medicines of no named class: "the only two drugs approved for hair loss",
# "the FDA has only approved one over-the-counter medication", "there are three approved
# treatments" (not "three approved JAK inhibitors": a class the count does not sort by)
COUNTED = re.compile(
    r"\b(?:only|just|there (?:are|is)|exist|have been|has been|approved)\s+(?:approved\s+)?(?:an? )?"
    r"(one|single|two|three|four|five|six|[1-6])\s+(?:[\w-]+\s+){0,3}?"
    r"(?:drugs?|medicines?|medications?|treatments?|products?|options?|therap(?:y|ies))\b",
    re.I,
)


def approval_count(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    """A number of approved medicines for a condition, against the medicines (each ingredient
    once) the record holds approvals of for it: the same number is true, more is false."""
    m = COUNTED.search(claim.sentence) if "approv" in claim.sentence.lower() else None
    conditions = conditions_meant(claim.sentence, kb) if m else None
    if m is None or conditions is None or claim.negated:
        return None
    said = NUMBERS.get(m[1].lower()) or int(m[1])
    medicines: dict[str, tuple[str, Regulatory]] = {}
    for slug, t, r in approvals_counted(claim.sentence, kb, conditions):
        medicines.setdefault(t.ingredients[0] if t.ingredients else slug, (slug, r))
    names = ", ".join(medicines)
    if len(medicines) < said:
        # a count the record falls short of: an approval it lacks proves nothing
        return judged(Verdict.UNSUPPORTED, f"We have approvals on record for {names} only.")
    slug, r = next(iter(medicines.values()))
    if len(medicines) == said:
        return judged(Verdict.SUPPORTED, f"Approved: {names}. {r.text}", r.sources, slug)
    return judged(Verdict.FALSE, f"More are approved: {names}. {r.text}", r.sources, slug)


# A kind of hair product no medicine is approved as: "there are no FDA-approved shampoos for
# hair regrowth", "the first approved hair vitamin" (medicine forms - foam, tablet - are left to
# the approvals that name them)
PRODUCT_KIND = re.compile(
    r"\b(?:approved|licensed|authori[sz]ed)\s+(?:hair(?: loss| growth)?\s+|anti-hair-loss\s+)?"
    r"(shampoo|conditioner|supplement|vitamin|oil|gumm(?:y|ie)|serum|tonic)s?\b|"
    # "no hair oil is FDA approved"
    r"\b(shampoo|conditioner|supplement|vitamin|oil|gumm(?:y|ie)|serum|tonic)s? (?:is|are|has been|"
    r"have been) (?:\w+ )?(?:FDA[- ])?approved\b",
    re.I,
)


def approved_product_kind(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    """Some approval for the hair loss it names is of that kind of product: the record holds
    every approval for hair loss, so none of them naming it (in the treatment's names or the
    approval's text) makes the claim false."""
    m = PRODUCT_KIND.search(claim.sentence)
    conditions = conditions_meant(claim.sentence, kb) if m else None
    if m is None or conditions is None:
        return None
    named = (m[1] or m[2]).lower()
    kind = named[:5]  # "gummy" and "gummies"
    approvals = list(approvals_counted(claim.sentence, kb, conditions))
    for slug, t, r in approvals:
        if kind in " ".join((t.name, *t.also_known_as, r.text)).lower():
            return judged(Verdict.SUPPORTED, f"{t.name} is approved: {r.text}", r.sources, slug)
    if not approvals:
        return None
    slug, t, r = approvals[0]
    names = ", ".join(dict.fromkeys(x.name for _, x, _ in approvals))
    text = f"No {named} is approved for it; the approved medicines are {names}. {r.text}"
    return judged(Verdict.FALSE, text, r.sources, slug)


def approval_for_condition(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    if claim.entities:
        return None
    if counted := approval_count(claim, kb) or approved_product_kind(claim, kb):
        return counted
    if not FOR_CONDITION.search(claim.sentence) or AGE_GROUP.search(claim.sentence):
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
