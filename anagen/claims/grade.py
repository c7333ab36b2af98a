"""grade(): a claim's verdict from the facts recorded in the knowledge base.

One rule function per claim kind, registered in RULES (efficacy.py, regulatory.py, safety.py,
comparative.py, promises.py). Each returns the verdict, a plain explanation built from the
recorded fact, and that fact's sources. Before any rule, a claim the content itself denies
("anthralin does not stimulate the follicle directly") is false.
"""

from __future__ import annotations

from collections.abc import Callable

from anagen.claims.causes import rule_causes
from anagen.claims.comparative import rule_compare, rule_delivery
from anagen.claims.deficiency import rule_deficiency
from anagen.claims.denials import DENIABLE, denial_of
from anagen.claims.efficacy import (
    rule_efficacy,
    rule_lowers_dht,
    rule_nourishes,
    rule_time,
)
from anagen.claims.evidence import conditions_in, treatments_of
from anagen.claims.guarantees import rule_guarantee
from anagen.claims.judgement import Claim, Judgement, judged
from anagen.claims.promises import (
    rule_clinically_proven,
    rule_cures,
    rule_doctor,
    rule_figure,
    rule_lasting,
)
from anagen.claims.regulatory import rule_fda_approved, rule_fda_cleared, rule_prescription
from anagen.claims.safety import (
    rule_fewer,
    rule_harms,
    rule_natural_safe,
    rule_pregnancy,
    rule_safe_for_group,
    rule_side_effects,
    rule_suits_everyone,
)
from anagen.claims.usage import rule_usage
from anagen.claims.vocab import Kind, Verdict
from anagen.knowledge.base import KnowledgeBase

RULES: dict[Kind, Callable[[Claim, KnowledgeBase], Judgement | None]] = {
    Kind.LOWERS_DHT: rule_lowers_dht,
    Kind.BLOCKS_ANDROGENS: rule_lowers_dht,
    Kind.REGROWS_HAIR: rule_efficacy,
    Kind.STOPS_HAIR_LOSS: rule_efficacy,
    Kind.THICKENS_HAIR: rule_efficacy,
    Kind.STIMULATES_FOLLICLES: rule_efficacy,
    Kind.NOURISHES_SCALP: rule_nourishes,
    Kind.WORKS_IN_DAYS: rule_time,
    Kind.FDA_APPROVED: rule_fda_approved,
    Kind.FDA_CLEARED: rule_fda_cleared,
    Kind.PRESCRIPTION_STRENGTH: rule_prescription,
    Kind.NO_SIDE_EFFECTS: rule_side_effects,
    Kind.NATURAL_SAFE: rule_natural_safe,
    Kind.CAUSES_SIDE_EFFECT: rule_causes,
    Kind.FEWER_SIDE_EFFECTS: rule_fewer,
    Kind.SAFE_IN_PREGNANCY: rule_pregnancy,
    Kind.SUITS_EVERYONE: rule_suits_everyone,
    Kind.SAFE_FOR_GROUP: rule_safe_for_group,
    Kind.HARMS_OUTWEIGH: rule_harms,
    Kind.BETTER_THAN: rule_compare,
    Kind.AS_GOOD_AS: rule_compare,
    Kind.DELIVERY_TECHNOLOGY: rule_delivery,
    Kind.CLINICALLY_PROVEN: rule_clinically_proven,
    Kind.DOCTOR_RECOMMENDED: rule_doctor,
    Kind.PERCENT_SUCCESS: rule_figure,
    Kind.GUARANTEED_RESULTS: rule_guarantee,
    Kind.CURES_BALDNESS: rule_cures,
    Kind.LASTING_RESULTS: rule_lasting,
    Kind.NEEDS_ONGOING_USE: rule_lasting,
    Kind.DEFICIENCY_CAUSES_LOSS: rule_deficiency,
    Kind.USAGE: rule_usage,
}


def _denied(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    conditions = conditions_in(claim.sentence)
    for e in claim.entities:
        for t in treatments_of(e, claim.sentence, kb):
            d = denial_of(t, claim.kind, claim.wording, conditions, kb)
            if d:
                return judged(
                    Verdict.FALSE, f"The recorded facts say otherwise: {d.text}", d.sources, e.slug
                )
    return None


def grade(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    """None: the record has nothing to check the claim against (usage.py)."""
    if claim.kind in DENIABLE:
        denied = _denied(claim, kb)
        if denied:
            return denied
    return RULES[claim.kind](claim, kb)
