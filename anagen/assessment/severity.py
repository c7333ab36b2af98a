"""How severe: the bands of DESIGN.md, each grounded in a published scale.

Norwood-Hamilton for patterned loss in men, Ludwig for women, the Alopecia Areata Scale for
alopecia areata (one band higher with eyebrow or lash loss), and the course of shedding for
telogen effluvium. Other conditions use the scalp percentage when one is given.
"""

from __future__ import annotations

from anagen.assessment.inputs import AssessmentInput
from anagen.assessment.vocab import Pattern, Scale, Stage, Symptom, scale_of
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
PATTERNED = {"androgenetic-alopecia", "female-pattern-hair-loss"}
TE_CHRONIC_MONTHS = 6


def band_from_percent(percent: int) -> Severity:
    """Alopecia Areata Scale: up to 20% mild, 21-49% moderate, 50% or more severe."""
    if percent >= 50:
        return Severity.SEVERE
    if percent >= 21:
        return Severity.MODERATE
    return Severity.MILD


def one_band_higher(severity: Severity) -> Severity:
    return ORDER[min(ORDER.index(severity) + 1, len(ORDER) - 1)]


def assess_severity(inp: AssessmentInput, condition: str) -> tuple[Severity, list[str]]:
    if condition in PATTERNED:
        return _patterned(inp)
    if condition == "alopecia-areata":
        return _alopecia_areata(inp)
    if condition == "telogen-effluvium":
        return _telogen_effluvium(inp)
    return _by_extent(inp)


def severity_and_extent(
    inp: AssessmentInput, condition: str
) -> tuple[Severity, list[str], Severity]:
    """`assess_severity`, and the band of the scalp loss alone before other signs raise it
    (eyebrow or lash loss in alopecia areata): the same band for every other condition."""
    if condition == "alopecia-areata":
        extent, reasons = _alopecia_areata_scalp(inp)
        severity = _raised_by_eyebrow_loss(inp, extent, reasons)
        return severity, reasons, extent
    severity, reasons = assess_severity(inp, condition)
    return severity, reasons, severity


def _patterned(inp: AssessmentInput) -> tuple[Severity, list[str]]:
    if inp.stage is not None:
        table = LUDWIG if scale_of(inp.stage) is Scale.LUDWIG else NORWOOD
        name = "Ludwig" if table is LUDWIG else "Norwood-Hamilton"
        return table[inp.stage], [f"{name} stage {inp.stage} is {table[inp.stage]}."]
    if inp.pattern is Pattern.RECEDING_AND_CROWN:
        return Severity.MODERATE, [
            "No stage picture was chosen; loss at both the hairline and the crown is counted as "
            "moderate. Pick the closest stage picture for a more exact answer."
        ]
    return Severity.MILD, [
        "No stage picture was chosen; loss in one area is counted as mild. Pick the closest "
        "stage picture for a more exact answer."
    ]


def _alopecia_areata(inp: AssessmentInput) -> tuple[Severity, list[str]]:
    severity, reasons = _alopecia_areata_scalp(inp)
    return _raised_by_eyebrow_loss(inp, severity, reasons), reasons


def _raised_by_eyebrow_loss(
    inp: AssessmentInput, severity: Severity, reasons: list[str]
) -> Severity:
    """One band higher with eyebrow or lash loss; the reason is added to `reasons`."""
    if Symptom.EYEBROW_OR_LASH_LOSS in inp.symptoms and severity is not Severity.SEVERE:
        severity = one_band_higher(severity)
        reasons.append(f"Eyebrow or eyelash loss moves it one band higher, to {severity}.")
    return severity


def _alopecia_areata_scalp(inp: AssessmentInput) -> tuple[Severity, list[str]]:
    if inp.pattern in (Pattern.TOTAL_SCALP, Pattern.WHOLE_BODY):
        severity, reasons = Severity.SEVERE, ["Loss of all scalp hair is 100% scalp loss: severe."]
    elif inp.scalp_loss_percent is not None:
        severity = band_from_percent(inp.scalp_loss_percent)
        reasons = [
            f"{inp.scalp_loss_percent}% of scalp hair lost is {severity} on the "
            "Alopecia Areata Scale (up to 20% mild, 21-49% moderate, 50% or more severe)."
        ]
    else:
        severity = Severity.MILD
        reasons = ["No percentage was given; limited patches are counted as up to 20% (mild)."]
    return severity, reasons


def _telogen_effluvium(inp: AssessmentInput) -> tuple[Severity, list[str]]:
    if inp.duration_months > TE_CHRONIC_MONTHS:
        return Severity.MODERATE, [
            f"Shedding for {inp.duration_months} months, longer than six, suggests chronic "
            "telogen effluvium: moderate."
        ]
    return Severity.MILD, ["Shedding for six months or less usually settles by itself: mild."]


def _by_extent(inp: AssessmentInput) -> tuple[Severity, list[str]]:
    if inp.pattern in (Pattern.TOTAL_SCALP, Pattern.WHOLE_BODY):
        return Severity.SEVERE, ["Loss of all scalp hair is severe."]
    if inp.scalp_loss_percent is not None:
        severity = band_from_percent(inp.scalp_loss_percent)
        return severity, [f"{inp.scalp_loss_percent}% of scalp hair lost is {severity}."]
    return Severity.MILD, ["No percentage was given; limited loss is counted as mild."]
