"""The assessment's closed vocabularies: input values and output labels (DESIGN.md contract)."""

from __future__ import annotations

from enum import StrEnum

# Stored with saved results and shown on the methodology page; bump when a rule changes.
RULES_VERSION = "2026.11.28.2"


class Sex(StrEnum):
    MALE = "male"
    FEMALE = "female"
    OTHER = "other"


class Pattern(StrEnum):
    RECEDING_HAIRLINE = "receding_hairline"
    CROWN = "crown"
    RECEDING_AND_CROWN = "receding_and_crown"
    DIFFUSE_TOP = "diffuse_top"
    WIDENING_PART = "widening_part"
    PATCHES = "patches"
    TOTAL_SCALP = "total_scalp"
    WHOLE_BODY = "whole_body"
    DIFFUSE_SHEDDING = "diffuse_shedding"


class Stage(StrEnum):
    N1 = "N1"
    N2 = "N2"
    N3 = "N3"
    N3V = "N3V"
    N4 = "N4"
    N5 = "N5"
    N6 = "N6"
    N7 = "N7"
    L1 = "L1"
    L2 = "L2"
    L3 = "L3"


class Scale(StrEnum):
    NORWOOD = "norwood"
    LUDWIG = "ludwig"


def scale_of(stage: Stage) -> Scale:
    return _LUDWIG if stage.startswith("L") else _NORWOOD


# Read for every assessment: a member read through its enum class (`Scale.LUDWIG`) costs about
# ten times as much as a global in Python 3.11.
_LUDWIG, _NORWOOD = Scale.LUDWIG, Scale.NORWOOD


class Onset(StrEnum):
    GRADUAL = "gradual"
    SUDDEN = "sudden"


class Trigger(StrEnum):
    CHILDBIRTH = "childbirth"
    SEVERE_ILLNESS = "severe_illness"
    HIGH_FEVER = "high_fever"
    CRASH_DIET = "crash_diet"
    MAJOR_STRESS = "major_stress"
    NEW_MEDICATION = "new_medication"
    SURGERY = "surgery"
    STOPPED_BIRTH_CONTROL = "stopped_birth_control"


class Symptom(StrEnum):
    ITCHING = "itching"
    BURNING = "burning"
    PAIN = "pain"
    SCALING = "scaling"
    REDNESS = "redness"
    PUSTULES = "pustules"
    SCARRING_SHINY_SKIN = "scarring_shiny_skin"
    BROKEN_HAIRS = "broken_hairs"
    EXCLAMATION_MARK_HAIRS = "exclamation_mark_hairs"
    NAIL_PITTING = "nail_pitting"
    EYEBROW_OR_LASH_LOSS = "eyebrow_or_lash_loss"


class HealthCondition(StrEnum):
    LOW_BLOOD_PRESSURE = "low_blood_pressure"
    HEART_DISEASE = "heart_disease"
    LIVER_DISEASE = "liver_disease"
    DEPRESSION = "depression"
    PROSTATE_CANCER_SCREENING = "prostate_cancer_screening"
    HORMONE_SENSITIVE_CANCER = "hormone_sensitive_cancer"


class Preference(StrEnum):
    NO_PILLS = "no_pills"
    NO_DAILY_TOPICAL = "no_daily_topical"
    LOW_BUDGET = "low_budget"


class Habit(StrEnum):
    TIGHT_HAIRSTYLES = "tight_hairstyles"
    CHEMICAL_RELAXERS = "chemical_relaxers"
    HAIR_PULLING_URGE = "hair_pulling_urge"
    HEAT_STYLING = "heat_styling"


class RedFlag(StrEnum):
    SCARRING_SIGNS = "scarring_signs"
    SCALY_OR_INFLAMED_PATCHES = "scaly_or_inflamed_patches"
    SCALY_SCALP_IN_CHILD = "scaly_scalp_in_child"
    SUDDEN_PATCHY_LOSS = "sudden_patchy_loss"
    TOTAL_LOSS = "total_loss"
    EYEBROW_OR_LASH_LOSS = "eyebrow_or_lash_loss"
    NAIL_PITTING = "nail_pitting"
    CHILDHOOD_ONSET = "childhood_onset"
    FAST_LOSS_WITH_ILLNESS = "fast_loss_with_illness"
    NEW_MEDICATION = "new_medication"
    PROLONGED_SHEDDING = "prolonged_shedding"
    HAIR_PULLING = "hair_pulling"
    TEENAGE_PATTERN_LOSS = "teenage_pattern_loss"
    INFLAMED_HAIRLINE = "inflamed_hairline"
    CHILDHOOD_PATTERN_LOSS = "childhood_pattern_loss"
    HAIR_BREAKAGE = "hair_breakage"
    MEDICINE_TOTAL_LOSS = "medicine_total_loss"
    RECEDING_HAIRLINE_IN_WOMAN = "receding_hairline_in_woman"
    SUDDEN_PATTERN_LOSS = "sudden_pattern_loss"
    CROWN_LOSS_WITH_STYLING = "crown_loss_with_styling"


class Role(StrEnum):
    FIRST_LINE = "first_line"
    SECOND_LINE = "second_line"
    ADJUNCT = "adjunct"
    SPECIALIST_ONLY = "specialist_only"


class Confidence(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class ExclusionKind(StrEnum):
    """Why a treatment is in `not_suitable`: safety first, then the other reasons."""

    SAFETY = "safety"
    SEVERITY = "severity"
    EVIDENCE = "evidence"
    INVESTIGATIONAL = "investigational"
    PREFERENCE = "preference"


UNCLEAR = "unclear"
