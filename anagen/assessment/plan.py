"""The plan: treatments for the likely condition, filtered for safety and ranked.

Order of decisions, each in its own function: investigational or evidence too weak (grade D/X)
-> not offered; evidence that covers another severity -> not offered; a contraindication at
"avoid" for this person -> not suitable; a stated preference -> left out, and said so. What
remains is ranked by grade, then by safety (no cautions first), then by cost when asked.
Every fact comes from the knowledge base.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from anagen.assessment.inputs import AssessmentInput
from anagen.assessment.result import NotSuitable, PlanItem
from anagen.assessment.vocab import ExclusionKind, Preference, Role, Sex
from anagen.knowledge.base import KnowledgeBase
from anagen.knowledge.schema import Evidence, Treatment
from anagen.knowledge.vocab import (
    GRADE_ORDER,
    Access,
    CautionLevel,
    CostBand,
    Grade,
    RegulatoryStatus,
    Route,
    SafetyFactor,
    Severity,
    Status,
)

ROLE_ORDER = [Role.FIRST_LINE, Role.SECOND_LINE, Role.ADJUNCT, Role.SPECIALIST_ONLY]
COST_ORDER = [CostBand.LOW, CostBand.MEDIUM, CostBand.HIGH, CostBand.VERY_HIGH]
UNKNOWN_COST_RANK = 1.5  # between medium and high: no price is no reason to rank first or last
APPROVED = {
    RegulatoryStatus.APPROVED_RX,
    RegulatoryStatus.APPROVED_OTC,
    RegulatoryStatus.CLEARED_DEVICE,
}
SAFETY_INPUTS = {
    "pregnant_or_planning": SafetyFactor.PREGNANT_OR_PLANNING,
    "breastfeeding": SafetyFactor.BREASTFEEDING,
}


@dataclass(frozen=True)
class Plan:
    items: list[PlanItem]
    not_suitable: list[NotSuitable]
    notes: list[str]


def person_factors(inp: AssessmentInput) -> tuple[set[SafetyFactor], set[SafetyFactor]]:
    """Safety factors that surely apply, and those that may (sex `other`): the second set's
    contraindications are shown as cautions rather than silently ignored."""
    sure = {SafetyFactor(str(c)) for c in inp.conditions}
    sure |= {f for key, f in SAFETY_INPUTS.items() if getattr(inp, key)}
    maybe: set[SafetyFactor] = set()
    if inp.sex is Sex.FEMALE:
        sure.add(SafetyFactor.FEMALE)
    elif inp.sex is Sex.MALE:
        sure.add(SafetyFactor.MALE)
    else:
        maybe |= {SafetyFactor.FEMALE, SafetyFactor.MALE}
    if inp.age < 18:
        sure.add(SafetyFactor.UNDER_18)
    return sure, maybe


def first_sentence(text: str) -> str:
    return re.split(r"(?<=[.!?])\s+", text.strip(), maxsplit=1)[0]


def build_plan(inp: AssessmentInput, condition: str, severity: Severity, kb: KnowledgeBase) -> Plan:
    if condition not in kb.conditions:
        return Plan([], [], [])
    cname = kb.conditions[condition].name
    sure, maybe = person_factors(inp)
    kept: list[tuple[Treatment, Evidence, list[str]]] = []
    excluded: list[NotSuitable] = []
    for t, _ in kb.treatments_for(condition):
        ev = next(e for e in t.evidence if e.condition == condition)
        if ev.for_symptoms and not set(ev.for_symptoms) & set(inp.symptoms):
            continue  # the evidence is about a sign this person does not have
        reason = (
            _not_offered(t, ev, cname, severity)
            or _unsafe(t, sure)
            or _unwanted(t, inp.preferences)
        )
        if reason:
            excluded.append(reason)
        else:
            kept.append((t, ev, _cautions(t, sure, maybe)))
    items = _rank(kept, inp.preferences, cname, condition)
    notes = []
    if Preference.LOW_BUDGET in inp.preferences:
        notes.append(
            "Within each evidence grade, cheaper options come first because you asked "
            "to keep costs low; we only know a price where a source gives one."
        )
    return Plan(items, excluded, notes)


def _exclusion(t: Treatment, reason: str, kind: ExclusionKind, sources: list[str]) -> NotSuitable:
    return NotSuitable(treatment=t.slug, name=t.name, reason=reason, kind=kind, sources=sources)


def _not_offered(t: Treatment, ev: Evidence, cname: str, severity: Severity) -> NotSuitable | None:
    if t.status is Status.INVESTIGATIONAL:
        return _exclusion(
            t,
            f"Investigational ({t.trial_phase}): only available in trials.",
            ExclusionKind.INVESTIGATIONAL,
            list(ev.sources),
        )
    if ev.grade in (Grade.D, Grade.X):
        return _exclusion(
            t,
            f"Evidence grade {ev.grade} for {cname.lower()}: {first_sentence(ev.summary)}",
            ExclusionKind.EVIDENCE,
            list(ev.sources),
        )
    if ev.for_severity and severity not in ev.for_severity:
        covered = " or ".join(str(s) for s in ev.for_severity)
        return _exclusion(
            t,
            f"The evidence and approval cover {covered} {cname.lower()}; yours looks {severity}.",
            ExclusionKind.SEVERITY,
            list(ev.sources),
        )
    return None


def _unsafe(t: Treatment, sure: set[SafetyFactor]) -> NotSuitable | None:
    for c in t.contraindications:
        if c.level is CautionLevel.AVOID and sure & set(c.applies_to):
            return _exclusion(t, c.text, ExclusionKind.SAFETY, list(c.sources))
    return None


def _unwanted(t: Treatment, prefs: list[Preference]) -> NotSuitable | None:
    if Preference.NO_PILLS in prefs and t.route is Route.ORAL:
        return _exclusion(
            t, "Left out because you prefer not to take pills.", ExclusionKind.PREFERENCE, []
        )
    if Preference.NO_DAILY_TOPICAL in prefs and t.daily_routine:
        return _exclusion(
            t,
            "Left out because you prefer nothing to apply every day.",
            ExclusionKind.PREFERENCE,
            [],
        )
    return None


def _cautions(t: Treatment, sure: set[SafetyFactor], maybe: set[SafetyFactor]) -> list[str]:
    out = [
        c.text
        for c in t.contraindications
        if (c.level is CautionLevel.CAUTION and sure & set(c.applies_to))
        or (maybe & set(c.applies_to) and not sure & set(c.applies_to))
    ]
    if t.prerequisite:
        out.insert(0, t.prerequisite.text)
    return out


def _cost_rank(t: Treatment) -> float:
    return COST_ORDER.index(t.cost.band) if t.cost else UNKNOWN_COST_RANK


def _rank(
    kept: list[tuple[Treatment, Evidence, list[str]]],
    prefs: list[Preference],
    cname: str,
    condition: str,
) -> list[PlanItem]:
    low_budget = Preference.LOW_BUDGET in prefs
    kept.sort(
        key=lambda x: (
            GRADE_ORDER.index(x[1].grade),
            bool(x[2]),
            _cost_rank(x[0]) if low_budget else 0,
            x[0].name.lower(),
        )
    )
    best = kept[0][1].grade if kept else None
    # Where an approved option has the best grade, off-label ones of that grade come second.
    approved_best = any(
        _open(t) and ev.grade == best and _approved_for(t, condition) for t, ev, _ in kept
    )
    items = [
        PlanItem(
            treatment=t.slug,
            name=t.name,
            role=_role(t, ev.grade, best, approved_best and not _approved_for(t, condition)),
            evidence_grade=str(ev.grade),
            why=f"Grade {ev.grade} for {cname.lower()}: {first_sentence(ev.summary)}",
            cautions=cautions,
            sources=list(ev.sources),
        )
        for t, ev, cautions in kept
    ]
    # Stable sort: within a grade, first-line options lead; the order above stays otherwise.
    items.sort(key=lambda i: (GRADE_ORDER.index(Grade(i.evidence_grade)), ROLE_ORDER.index(i.role)))
    return items


def _open(t: Treatment) -> bool:
    """Can be started without a specialist and without a test first."""
    return t.access is not Access.SPECIALIST and t.prerequisite is None


def _approved_for(t: Treatment, condition: str) -> bool:
    return any(r.status in APPROVED and condition in r.conditions for r in t.regulatory)


def _role(t: Treatment, grade: Grade, best: Grade | None, outranked: bool) -> Role:
    if t.access is Access.SPECIALIST:
        return Role.SPECIALIST_ONLY
    if grade == best and _open(t) and not outranked:
        return Role.FIRST_LINE
    if grade in (Grade.A, Grade.B):
        return Role.SECOND_LINE
    return Role.ADJUNCT
