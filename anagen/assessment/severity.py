"""How severe: the bands of DESIGN.md, each grounded in a published scale.

Norwood-Hamilton for patterned loss in men, Ludwig for women, the Alopecia Areata Scale for
alopecia areata (one band higher with eyebrow or lash loss), and the course of shedding for
telogen effluvium. Other conditions use the scalp percentage when one is given.
"""

from __future__ import annotations

from anagen.assessment.matching import Answers
from anagen.assessment.vocab import Pattern, Scale, Stage, Symptom
from anagen.knowledge.vocab import Severity

NORWOOD = {
    Stage.N1: Severity.NONE,
    Stage.N2: Severity.MILD,
    Stage.N3: Severity.MILD,
    Stage.N3V: Severity.MILD,
    Stage.N4: Severity.MODERATE,
    Stage.N5: Severity.MODERATE,
    Stage.N6: Severity.SEVERE,
    Stage.N7: Severity.SEVERE,
}
LUDWIG = {Stage.L1: Severity.MILD, Stage.L2: Severity.MODERATE, Stage.L3: Severity.SEVERE}
ORDER = [Severity.NONE, Severity.MILD, Severity.MODERATE, Severity.SEVERE]
# The members read for every assessment, as plain names: in Python 3.11 a member read through
# its enum class (`Severity.MILD`) costs about ten times as much as a global.
MILD, MODERATE, SEVERE = ORDER[1:]
ALL_SCALP_HAIR = (Pattern.TOTAL_SCALP, Pattern.WHOLE_BODY)
BOTH_AREAS = Pattern.RECEDING_AND_CROWN
LUDWIG_SCALE = Scale.LUDWIG
EYEBROW_OR_LASH_LOSS = Symptom.EYEBROW_OR_LASH_LOSS
PATTERNED = {"androgenetic-alopecia", "female-pattern-hair-loss"}
TE_CHRONIC_MONTHS = 6


def band_from_percent(percent: int) -> Severity:
    """Alopecia Areata Scale: up to 20% mild, 21-49% moderate, 50% or more severe."""
    if percent >= 50:
        return SEVERE
    if percent >= 21:
        return MODERATE
    return MILD


def one_band_higher(severity: Severity) -> Severity:
    return ORDER[min(ORDER.index(severity) + 1, len(ORDER) - 1)]


def assess_severity(a: Answers, condition: str) -> tuple[Severity, list[str]]:
    if condition in PATTERNED:
        return _patterned(a)
    if condition == "alopecia-areata":
        return _alopecia_areata(a)
    if condition == "telogen-effluvium":
        return _telogen_effluvium(a)
    return _by_extent(a)


def severity_and_extent(a: Answers, condition: str) -> tuple[Severity, list[str], Severity]:
    """`assess_severity`, and the band of the scalp loss alone before other signs raise it
    (eyebrow or lash loss in alopecia areata): the same band for every other condition."""
    if condition == "alopecia-areata":
        extent, reasons = _alopecia_areata_scalp(a)
        severity = _raised_by_eyebrow_loss(a, extent, reasons)
        return severity, reasons, extent
    severity, reasons = assess_severity(a, condition)
    return severity, reasons, severity


def _patterned(a: Answers) -> tuple[Severity, list[str]]:
    if a.stage is not None:
        table = LUDWIG if a.scale is LUDWIG_SCALE else NORWOOD
        name = "Ludwig" if table is LUDWIG else "Norwood-Hamilton"
        return table[a.stage], [f"{name} stage {a.stage} is {table[a.stage]}."]
    if a.pattern is BOTH_AREAS:
        return MODERATE, [
            "No stage picture was chosen; loss at both the hairline and the crown is counted as "
            "moderate. Pick the closest stage picture for a more exact answer."
        ]
    return MILD, [
        "No stage picture was chosen; loss in one area is counted as mild. Pick the closest "
        "stage picture for a more exact answer."
    ]


def _alopecia_areata(a: Answers) -> tuple[Severity, list[str]]:
    severity, reasons = _alopecia_areata_scalp(a)
    return _raised_by_eyebrow_loss(a, severity, reasons), reasons


def _raised_by_eyebrow_loss(a: Answers, severity: Severity, reasons: list[str]) -> Severity:
    """One band higher with eyebrow or lash loss; the reason is added to `reasons`."""
    if EYEBROW_OR_LASH_LOSS in a.symptoms and severity is not SEVERE:
        severity = one_band_higher(severity)
        reasons.append(f"Eyebrow or eyelash loss moves it one band higher, to {severity}.")
    return severity


def _alopecia_areata_scalp(a: Answers) -> tuple[Severity, list[str]]:
    if a.pattern in ALL_SCALP_HAIR:
        severity, reasons = SEVERE, ["Loss of all scalp hair is 100% scalp loss: severe."]
    elif a.scalp_loss is not None:
        severity = band_from_percent(a.scalp_loss)
        reasons = [
            f"{a.scalp_loss}% of scalp hair lost is {severity} on the "
            "Alopecia Areata Scale (up to 20% mild, 21-49% moderate, 50% or more severe)."
        ]
    else:
        severity = MILD
        reasons = ["No percentage was given; limited patches are counted as up to 20% (mild)."]
    return severity, reasons


def _telogen_effluvium(a: Answers) -> tuple[Severity, list[str]]:
    if a.duration > TE_CHRONIC_MONTHS:
        return MODERATE, [
            f"Shedding for {a.duration} months, longer than six, suggests chronic "
            "telogen effluvium: moderate."
        ]
    return MILD, ["Shedding for six months or less usually settles by itself: mild."]


def _by_extent(a: Answers) -> tuple[Severity, list[str]]:
    if a.pattern in ALL_SCALP_HAIR:
        return SEVERE, ["Loss of all scalp hair is severe."]
    if a.scalp_loss is not None:
        severity = band_from_percent(a.scalp_loss)
        return severity, [f"{a.scalp_loss}% of scalp hair lost is {severity}."]
    return MILD, ["No percentage was given; limited loss is counted as mild."]
