"""A claim that a medicine is the only approved one of its kind for a condition ("the first and
only FDA-approved pill for severe alopecia areata"): false when the record holds an approval
of another treatment for that condition, in the region and form the claim names."""

from __future__ import annotations

import re

from anagen.claims.countries import regions_in
from anagen.claims.evidence import DEFAULT_CONDITIONS, conditions_in, ingredient_of
from anagen.claims.forms import route_named
from anagen.claims.judgement import Claim, Judgement, judged
from anagen.claims.regulatory import APPROVED
from anagen.claims.vocab import Verdict
from anagen.knowledge.base import KnowledgeBase
from anagen.knowledge.vocab import Region

# "the only FDA-approved pill", "first and only approved", "the only medicine the FDA approved"
# (a count of them too: "there are only two products that currently are approved by the FDA")
SOLE = re.compile(
    r"\b(the |first and |1st and )only (one |two |\w+[- ]approved |approved |licensed )?"
    r"([\w-]+ ){0,3}?(approved|licensed|authori[sz]ed)\b|\bonly [\w-]+[- ]approved\b|"
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


def sole_approval(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    """None unless the claim says "only" of an approval for a condition it names, and another
    treatment (not one the claim names) is recorded as approved for it."""
    if claim.negated or not claim.entities or not SOLE.search(claim.sentence):
        return None
    named = set(conditions_in(claim.sentence, kb))
    if EVERY_KIND.search(claim.sentence):
        named = set(kb.conditions)  # an approval for alopecia areata counts as well
    elif named == set(DEFAULT_CONDITIONS) or AGE_GROUP.search(claim.sentence):
        return None  # "hair loss" alone, or an age group: which approvals count is unclear
    regions = {r for _, _, r in regions_in(claim.sentence)}
    if FDA.search(claim.sentence):
        regions.add(Region.US)
    route = route_named(claim.sentence)
    # the medicines it names, in any form: a tablet's own spray is no other treatment
    own = {e.slug for e in claim.entities} | {
        i.slug for e in claim.entities if (i := ingredient_of(e, kb)) is not None
    }
    for slug, t in kb.treatments.items():
        if slug in own or own & set(t.ingredients) or (route and t.route != route):
            continue
        for r in t.regulatory:
            if (
                r.status in APPROVED
                and named & set(r.conditions)
                and (not regions or r.region in regions)
            ):
                return judged(
                    Verdict.FALSE,
                    f"Not the only one: {t.name} is approved too. {r.text}",
                    r.sources,
                    claim.entities[0].slug,
                )
    return None
