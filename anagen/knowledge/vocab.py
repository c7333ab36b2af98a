"""Closed vocabularies of the knowledge base.

Each value is a contract string (DESIGN.md): content files, JSON and URLs use exactly these.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum


class Grade(StrEnum):
    A = "A"
    B = "B"
    C = "C"
    D = "D"
    X = "X"


GRADE_MEANINGS: dict[Grade, str] = {
    Grade.A: "Consistent benefit in several randomised controlled trials or a meta-analysis, "
    "a strong guideline recommendation, or regulatory approval for this condition on trial evidence.",
    Grade.B: "Benefit in at least one good randomised trial, or consistent smaller controlled trials.",
    Grade.C: "Weak evidence: small, uncontrolled or observational studies, or mixed results.",
    Grade.D: "No meaningful human evidence: expert opinion, animal or laboratory data, anecdotes.",
    Grade.X: "Evidence of no benefit, or harms that outweigh the benefit.",
}

# Best first; used to rank treatments for a condition.
GRADE_ORDER: tuple[Grade, ...] = (Grade.A, Grade.B, Grade.C, Grade.D, Grade.X)


class SourceKind(StrEnum):
    GUIDELINE = "guideline"
    META_ANALYSIS = "meta-analysis"
    RCT = "rct"
    LABEL = "label"
    REVIEW = "review"
    OBSERVATIONAL = "observational"
    # A news or trade report: of a price, or of a maker's announcement of unpublished results.
    NEWS = "news"


class Category(StrEnum):
    APPROVED_MEDICINE = "approved-medicine"
    OFF_LABEL_MEDICINE = "off-label-medicine"
    NATURAL_SUPPLEMENT = "natural-supplement"
    DEVICE = "device"
    PROCEDURE = "procedure"
    SUPPORTIVE = "supportive"
    DELIVERY_TECHNOLOGY = "delivery-technology"


CATEGORY_TITLES: dict[Category, str] = {
    Category.APPROVED_MEDICINE: "Approved medicines",
    Category.OFF_LABEL_MEDICINE: "Other medical treatments (off-label)",
    Category.NATURAL_SUPPLEMENT: "Natural remedies and supplements",
    Category.DEVICE: "Devices",
    Category.PROCEDURE: "Procedures",
    Category.SUPPORTIVE: "Waiting, camouflage and support",
    Category.DELIVERY_TECHNOLOGY: "Delivery technologies",
}

CATEGORY_BLURBS: dict[Category, str] = {
    Category.APPROVED_MEDICINE: "Medicines a regulator has approved for a kind of hair loss.",
    Category.OFF_LABEL_MEDICINE: "Medicines approved for something else that doctors also use "
    "for hair loss.",
    Category.NATURAL_SUPPLEMENT: "Plant extracts, vitamins and minerals sold without a "
    "prescription; most have little evidence.",
    Category.DEVICE: "Light and laser devices cleared as medical devices.",
    Category.PROCEDURE: "Treatments done in a clinic, from injections to surgery.",
    Category.SUPPORTIVE: "Options that do not treat the cause: waiting, covering and coping.",
    Category.DELIVERY_TECHNOLOGY: "Ways of carrying a medicine into the scalp, such as "
    "nanoparticles, that marketing often presents as a treatment of their own.",
}


class Route(StrEnum):
    TOPICAL = "topical"
    ORAL = "oral"
    INJECTION = "injection"
    DEVICE = "device"
    PROCEDURE = "procedure"
    NONE = "none"


# The regions whose regulatory status every treatment page gives, or says it cannot give.
STATUS_REGIONS = ("US", "EU")


def regions_without_status(
    route: str, regions: Iterable[str], status: str = "established"
) -> list[str]:
    """The status regions the content gives no status for. An option that uses no product
    (route `none`: waiting and watching, a change of hairstyle) has nothing for a regulator
    to approve, and a drug still in trials has been approved by none (regions_in_trials), so
    neither is missing one."""
    if route == Route.NONE or status == Status.INVESTIGATIONAL:
        return []
    return _missing(regions)


def regions_in_trials(status: str, regions: Iterable[str]) -> list[str]:
    """The status regions a drug still in trials has no recorded decision in: none has
    approved it there."""
    return _missing(regions) if status == Status.INVESTIGATIONAL else []


def _missing(regions: Iterable[str]) -> list[str]:
    given = set(regions)
    return [r for r in STATUS_REGIONS if r not in given]


def why_no_price(route: str, status: str) -> str | None:
    """Why a treatment has no monthly price at all, as opposed to one no source gave us: an
    option that uses no product has nothing to buy, and a drug still in trials is not sold."""
    if route == Route.NONE:
        return "It uses no product, so there is nothing to buy."
    if status == Status.INVESTIGATIONAL:
        return "It is still in trials and not on sale anywhere, so it has no price."
    return None


class Seriousness(StrEnum):
    COMMON = "common"
    SERIOUS = "serious"


class SafetyFactor(StrEnum):
    """Situations a contraindication can name; the assessment input uses the same words."""

    PREGNANT_OR_PLANNING = "pregnant_or_planning"
    FATHERING_A_CHILD = "fathering_a_child"  # a man planning a pregnancy with his partner
    BREASTFEEDING = "breastfeeding"
    FEMALE = "female"
    MALE = "male"
    UNDER_18 = "under_18"
    UNDER_12 = "under_12"  # some medicines are approved from age 12
    UNDER_2 = "under_2"  # and some are not for babies and toddlers at all
    LOW_BLOOD_PRESSURE = "low_blood_pressure"
    HEART_DISEASE = "heart_disease"
    LIVER_DISEASE = "liver_disease"
    DEPRESSION = "depression"
    PROSTATE_CANCER_SCREENING = "prostate_cancer_screening"
    HORMONE_SENSITIVE_CANCER = "hormone_sensitive_cancer"


class CautionLevel(StrEnum):
    AVOID = "avoid"
    CAUTION = "caution"


class Region(StrEnum):
    US = "US"
    EU = "EU"
    UK = "UK"


class RegulatoryStatus(StrEnum):
    APPROVED_RX = "approved-rx"
    APPROVED_OTC = "approved-otc"
    CLEARED_DEVICE = "cleared-device"
    OFF_LABEL = "off-label"
    SUPPLEMENT = "supplement"
    COSMETIC = "cosmetic"
    NOT_APPROVED = "not-approved"
    INVESTIGATIONAL = "investigational"


class EffectMetric(StrEnum):
    """Effect measures that several treatments report on the same scale."""

    HAIR_DENSITY_VS_CONTROL = "hair-density-vs-control"


EFFECT_METRIC_MEANINGS: dict[EffectMetric, tuple[str, str]] = {
    EffectMetric.HAIR_DENSITY_VS_CONTROL: (
        "Extra hairs per cm² compared with placebo, sham or no added treatment",
        "hairs/cm²",
    ),
}


class CostBand(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    VERY_HIGH = "very-high"


COST_BAND_MEANINGS: dict[CostBand, str] = {
    CostBand.LOW: "under about $20 a month",
    CostBand.MEDIUM: "about $20 to $60 a month",
    CostBand.HIGH: "about $60 to $200 a month",
    CostBand.VERY_HIGH: "over about $200 a month, or a large one-off cost",
}


class Access(StrEnum):
    """Who gives the treatment: it decides the `specialist_only` role in the assessment."""

    SELF_CARE = "self-care"
    PRESCRIPTION = "prescription"
    SPECIALIST = "specialist"


class Severity(StrEnum):
    NONE = "none"
    MILD = "mild"
    MODERATE = "moderate"
    SEVERE = "severe"


class Status(StrEnum):
    ESTABLISHED = "established"
    INVESTIGATIONAL = "investigational"


class IngredientKind(StrEnum):
    DRUG = "drug"
    BOTANICAL = "botanical"
    VITAMIN = "vitamin"
    MINERAL = "mineral"
    OTHER = "other"


class Property(StrEnum):
    """Mechanism facts an ingredient can carry; the claim checker reads them."""

    LOWERS_DHT = "lowers_dht"
    VASODILATOR = "vasodilator"
    IMMUNOSUPPRESSANT = "immunosuppressant"
    ANTIFUNGAL = "antifungal"
    ANTIANDROGEN = "antiandrogen"
    JAK_INHIBITOR = "jak_inhibitor"
