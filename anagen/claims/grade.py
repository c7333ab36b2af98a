"""grade(): a claim's verdict from the facts recorded in the knowledge base.

One rule function per claim kind, registered in RULES (efficacy.py, mechanism.py, timing.py,
regulatory.py, joint_approval.py, prescription.py, safety.py, fewer_harms.py, group_safety.py,
suitability.py, comparative.py, promises.py, lasting.py). Each returns the
verdict, a plain explanation built from the recorded fact, and that fact's sources. Before any
rule, a claim the content itself denies ("anthralin does not stimulate the follicle directly")
is false.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from anagen.claims.any_treatment import any_treatment
from anagen.claims.causes import rule_causes
from anagen.claims.clearance import rule_fda_cleared
from anagen.claims.comparative import rule_compare, rule_delivery
from anagen.claims.condition_causes import CAUSE_VERB, rule_condition_cause
from anagen.claims.condition_course import rule_condition_fact
from anagen.claims.condition_facts import (
    DESTROYED_IN,
    cure_denied,
    cure_of_lasting_loss,
    form_needed,
    regrowth_denied,
    regrowth_recorded,
    remedy_cure,
    roots_destroyed,
)
from anagen.claims.condition_nature import NATURE_SAID, what_it_is
from anagen.claims.deficiency import rule_deficiency
from anagen.claims.denials import DENIABLE, denial_of
from anagen.claims.efficacy import rule_efficacy, rule_nourishes
from anagen.claims.evidence import conditions_in, treatments_of
from anagen.claims.fewer_harms import rule_fewer
from anagen.claims.group_safety import rule_pregnancy, rule_safe_for_group
from anagen.claims.guarantees import rule_guarantee
from anagen.claims.harm_wording import HARM_FREQUENCY
from anagen.claims.joint_approval import rule_joint_approval
from anagen.claims.judgement import Claim, Judgement, judged
from anagen.claims.lasting import rule_cures, rule_lasting
from anagen.claims.mechanism import rule_drug_class, rule_lowers_dht
from anagen.claims.placebo_wins import failed_against_placebo
from anagen.claims.prescription import rule_prescription
from anagen.claims.promises import rule_clinically_proven, rule_doctor, rule_figure
from anagen.claims.safety import rule_harms, rule_natural_safe, rule_side_effects
from anagen.claims.study_design import design_misstated
from anagen.claims.suitability import rule_suits_everyone
from anagen.claims.timing import rule_time
from anagen.claims.unknown_mechanism import mechanism_guessed
from anagen.claims.usage import rule_usage
from anagen.claims.vocab import Kind, Verdict
from anagen.claims.working_signs import sign_of_working
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
    Kind.FDA_APPROVED: rule_joint_approval,
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
    Kind.CONDITION_FACT: rule_condition_fact,
    Kind.DRUG_CLASS: rule_drug_class,
}

# a named harm given how often it comes (harm_wording.HARM_FREQUENCY)
HARM_RATED = re.compile(HARM_FREQUENCY, re.I)


def _denied(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    conditions = conditions_in(claim.sentence, kb)
    for e in claim.entities:
        for t in treatments_of(e, claim.sentence, kb):
            d = denial_of(t, claim.kind, claim.wording, conditions, kb)
            if d:
                return judged(
                    Verdict.FALSE, f"The recorded facts say otherwise: {d.text}", d.sources, e.slug
                )
    return None


# Kinds a claim that it beat placebo can take (kinds.py reads one as a claim that it works).
AGAINST_PLACEBO = {
    Kind.REGROWS_HAIR,
    Kind.STOPS_HAIR_LOSS,
    Kind.THICKENS_HAIR,
    Kind.BETTER_THAN,
    Kind.CLINICALLY_PROVEN,
}
# Kinds a claim about treatment in general can take (any_treatment.py).
GENERAL_KINDS = {Kind.REGROWS_HAIR, Kind.STOPS_HAIR_LOSS}
# Kinds a claim can explain with how it works ("revives follicles by directing blood flow").
HOW_IT_WORKS = {Kind.STIMULATES_FOLLICLES, Kind.REGROWS_HAIR}
# Kinds that report a trial's result, whose wording can name how the trial was done.
STUDY_RESULTS = AGAINST_PLACEBO | {Kind.AS_GOOD_AS}


def grade(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    """None: the record has nothing to check the claim against (usage.py)."""
    if claim.kind is Kind.REGROWS_HAIR and (sign := sign_of_working(claim, kb)):
        return sign
    if claim.kind in AGAINST_PLACEBO and (failed := failed_against_placebo(claim, kb)):
        return failed
    if claim.kind in STUDY_RESULTS and (misstated := design_misstated(claim, kb)):
        return misstated
    if claim.kind in GENERAL_KINDS and (general := any_treatment(claim, kb)):
        return general  # "no treatment can help": treatment in general, not a named one
    if claim.kind in HOW_IT_WORKS and (guessed := mechanism_guessed(claim, kb)):
        return guessed
    if claim.kind is Kind.REGROWS_HAIR and (denied := regrowth_denied(claim, kb)):
        return denied
    if claim.kind is Kind.REGROWS_HAIR and (recorded := regrowth_recorded(claim, kb)):
        return recorded
    if claim.kind is Kind.CURES_BALDNESS and (denied := cure_denied(claim, kb)):
        return denied
    if claim.kind is Kind.CURES_BALDNESS and (lasts := cure_of_lasting_loss(claim, kb)):
        return lasts
    if claim.kind is Kind.CURES_BALDNESS and (remedy := remedy_cure(claim, kb)):
        return remedy
    if (
        claim.kind is Kind.CAUSES_SIDE_EFFECT
        and not claim.entities
        and HARM_RATED.fullmatch(claim.wording)
    ):
        return None  # "acne is common in teenagers": how common a complaint is, of no treatment
    if claim.kind is Kind.CONDITION_FACT and CAUSE_VERB.fullmatch(claim.wording):
        # a cause read as the condition's (engine.py); one that is no claim can lead to one about
        # the roots: "caused by androgens that make the follicles shrink and die"
        cause = rule_condition_cause(claim, kb)
        if cause is None and DESTROYED_IN.search(claim.sentence):
            return roots_destroyed(claim, kb)
        if cause is None and NATURE_SAID.search(claim.sentence):
            return what_it_is(claim, kb)  # "caused by an autoimmune reaction"
        return cause
    if claim.kind is Kind.CONDITION_FACT and DESTROYED_IN.fullmatch(claim.wording):
        return roots_destroyed(claim, kb)  # a record that agrees leaves a description, no claim
    if claim.kind is Kind.CONDITION_FACT and NATURE_SAID.match(claim.wording):
        return what_it_is(claim, kb)  # what a condition is, or where it is inherited from
    if claim.kind is Kind.USAGE and (needed := form_needed(claim, kb)):
        return needed
    if claim.kind in DENIABLE:
        denied = _denied(claim, kb)
        if denied:
            return denied
    return RULES[claim.kind](claim, kb)
