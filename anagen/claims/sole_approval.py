"""A claim that a medicine is the only approved one of its kind for a condition ("the first and
only FDA-approved pill for severe alopecia areata"): false when the record holds an approval
of another treatment for that condition, in the region, form and access (over the counter, on
prescription) the claim names, or of another strength of the same medicine. "Hair loss" at
large takes in alopecia areata, whose approved pills count too."""

from __future__ import annotations

import re
from collections.abc import Iterator

from anagen.claims.countries import regions_in
from anagen.claims.evidence import STRENGTH, conditions_named, ingredient_of
from anagen.claims.forms import route_named
from anagen.claims.judgement import Claim, Judgement, judged
from anagen.claims.regulatory import APPROVED, FOR_HAIR, HAIR, NO_PRESCRIPTION, ON_PRESCRIPTION
from anagen.claims.vocab import Verdict
from anagen.knowledge.base import KnowledgeBase
from anagen.knowledge.schema import Regulatory, Treatment
from anagen.knowledge.vocab import Region, RegulatoryStatus

# "the only FDA-approved pill", "first and only approved", "the only medicine the FDA approved"
# (a count of them too: "there are only two products that currently are approved by the FDA")
SOLE = re.compile(
    r"\b(the |first and |1st and )only (one |two |\w+[- ]approved |approved |licensed )?"
    r"([\w-]+ ){0,5}?(approved|licensed|authori[sz]ed)\b|\bonly [\w-]+[- ]approved\b|"
    r"\bonly (one|two|three|\d) ([\w-]+ ){0,4}?(approved|licensed|authori[sz]ed)\b",
    re.I,
)
# Hair loss of every kind, not pattern hair loss alone: "to treat different types of hair loss"
EVERY_KIND = re.compile(
    r"\b(different|various|all|many|several|other|multiple) (types?|kinds?|forms?|causes?) of "
    r"(hair loss|alopecia|baldness)\b|"
    # ... in Spanish, Portuguese, French, Italian and German
    r"\b(distintos|diferentes|varios|todos los|muchos) (tipos|formas) de (alopecia|ca[i\u00ed]da|calvicie|queda)|"
    r"\b(diff[e\u00e9]rents|divers|tous les) (types|formes) d.(alop[e\u00e9]cie|chute)|"
    r"\b(diversi|vari|tutti i) (tipi|forme) di (alopecia|caduta)|"
    r"\b(verschiedene[n]?|alle) (Arten|Formen) (von|des) Haarausfall",
    re.I,
)
# An approval narrowed to an age group, which the other approvals may not cover: left unjudged.
AGE_GROUP = re.compile(
    r"\b(children|kids|teens?|teenagers|adolescents|aged? \d+|under \d+)\b", re.I
)
FDA = re.compile(r"\bFDA\b|\bFood and Drug Administration\b", re.I)


def conditions_meant(sentence: str, kb: KnowledgeBase) -> set[str] | None:
    """The conditions whose approvals a claim about "the only" or "two" approved medicines
    counts: those it names; "hair loss" at large takes in alopecia areata too; None when the
    sentence names no hair loss or narrows it to an age group (which approvals count is unclear)."""
    if EVERY_KIND.search(sentence):
        return set(kb.conditions)
    if AGE_GROUP.search(sentence):
        return None
    named = set(conditions_named(sentence, kb))
    if named:
        return named
    return set(HAIR) if FOR_HAIR.search(sentence) else None


def approvals_counted(
    sentence: str, kb: KnowledgeBase, conditions: set[str]
) -> Iterator[tuple[str, Treatment, Regulatory]]:
    """The recorded approvals a count or "only" claim is measured against: for the conditions
    meant, in the region (the FDA: the US), form and access (over the counter or on
    prescription) the sentence names."""
    regions = {r for _, _, r in regions_in(sentence)}
    if FDA.search(sentence):
        regions.add(Region.US)
    route = route_named(sentence)
    access: tuple[RegulatoryStatus, ...] = APPROVED
    if NO_PRESCRIPTION.search(sentence):
        access = (RegulatoryStatus.APPROVED_OTC,)
    elif ON_PRESCRIPTION.search(sentence):
        access = (RegulatoryStatus.APPROVED_RX,)
    for slug, t in kb.treatments.items():
        if route and t.route != route:
            continue
        for r in t.regulatory:
            if (
                r.status in access
                and conditions & set(r.conditions)
                and (not regions or r.region in regions)
            ):
                yield slug, t, r


def sole_approval(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    """None unless the claim says "only" of an approval for a condition it names, and another
    treatment (not one the claim names) is recorded as approved for it."""
    if claim.negated or not claim.entities or not SOLE.search(claim.sentence):
        return None
    named = conditions_meant(claim.sentence, kb)
    if named is None:
        return None
    # the medicines it names, in any form: a tablet's own spray is no other treatment
    own = {e.slug for e in claim.entities} | {
        i.slug for e in claim.entities if (i := ingredient_of(e, kb)) is not None
    }
    for slug, t, r in approvals_counted(claim.sentence, kb, named):
        if slug not in own and not own & set(t.ingredients):
            return judged(
                Verdict.FALSE,
                f"Not the only one: {t.name} is approved too. {r.text}",
                r.sources,
                claim.entities[0].slug,
            )
    return _other_strength(claim, kb, named, own)


# "5% minoxidil is the only approved ingredient": "only" said of the medicine, not of a strength
OF_THE_MEDICINE = re.compile(
    r"\bonly\b[^.]{0,40}\b(ingredients?|actives?|molecules?|compounds?|substances?|drugs?|"
    r"medicines?|medications?)\b",
    re.I,
)


def _strengths(text: str) -> set[tuple[str, str]]:
    return {(m[1], m[2].lower()) for m in STRENGTH.finditer(text)}


def _other_strength(
    claim: Claim, kb: KnowledgeBase, named: set[str], own: set[str]
) -> Judgement | None:
    """ "The 2% solution is the only one approved for women": false when the medicine's own
    approval names other strengths too (2% solution and 5% foam)."""
    said = _strengths(claim.sentence)
    if not said or OF_THE_MEDICINE.search(claim.sentence):
        return None
    for slug, t, r in approvals_counted(claim.sentence, kb, named):
        if (slug in own or own & set(t.ingredients)) and said < _strengths(r.text):
            text = f"Not the only strength approved: {r.text}"
            return judged(Verdict.FALSE, text, r.sources, claim.entities[0].slug)
    return None
