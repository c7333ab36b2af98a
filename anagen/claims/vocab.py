"""The claim checker's vocabularies (DESIGN.md: Claim check)."""

from __future__ import annotations

from enum import StrEnum

# Stored with results and shown on the method page; bump when a rule changes.
CLAIMS_VERSION = "2026.11.29.58"


class Verdict(StrEnum):
    FALSE = "false"
    MISLEADING = "misleading"
    UNSUPPORTED = "unsupported"
    SUPPORTED = "supported"


class Kind(StrEnum):
    LOWERS_DHT = "lowers_dht"
    BLOCKS_ANDROGENS = "blocks_androgens"
    REGROWS_HAIR = "regrows_hair"
    STOPS_HAIR_LOSS = "stops_hair_loss"
    THICKENS_HAIR = "thickens_hair"
    STIMULATES_FOLLICLES = "stimulates_follicles"
    WORKS_IN_DAYS = "works_in_days"
    PERCENT_SUCCESS = "percent_success"
    FDA_APPROVED = "fda_approved"
    FDA_CLEARED = "fda_cleared"
    PRESCRIPTION_STRENGTH = "prescription_strength"
    CLINICALLY_PROVEN = "clinically_proven"
    DOCTOR_RECOMMENDED = "doctor_recommended"
    NO_SIDE_EFFECTS = "no_side_effects"
    NATURAL_SAFE = "natural_safe"
    BETTER_THAN = "better_than"
    AS_GOOD_AS = "as_good_as"
    DELIVERY_TECHNOLOGY = "delivery_technology"
    GUARANTEED_RESULTS = "guaranteed_results"
    CURES_BALDNESS = "cures_baldness"
    NOURISHES_SCALP = "nourishes_scalp"
    HARMS_OUTWEIGH = "harms_outweigh"
    SAFE_IN_PREGNANCY = "safe_in_pregnancy"
    CAUSES_SIDE_EFFECT = "causes_side_effect"
    FEWER_SIDE_EFFECTS = "fewer_side_effects"
    LASTING_RESULTS = "lasting_results"
    NEEDS_ONGOING_USE = "needs_ongoing_use"
    SUITS_EVERYONE = "suits_everyone"
    SAFE_FOR_GROUP = "safe_for_group"
    DEFICIENCY_CAUSES_LOSS = "deficiency_causes_loss"
    USAGE = "usage"
    CONDITION_FACT = "condition_fact"
    DRUG_CLASS = "drug_class"  # what kind of medicine it is: an antifungal, a JAK inhibitor


VERDICT_MEANINGS = {
    Verdict.FALSE: "contradicts a fact recorded in our knowledge base",
    Verdict.MISLEADING: "literally defensible, but worded to make you believe more than the facts say",
    Verdict.UNSUPPORTED: "no human evidence, or only weak (grade C or D) evidence, for a claim this strong",
    Verdict.SUPPORTED: "consistent with good (grade A or B) evidence at this scope",
}
