"""The plan: treatments for the likely condition, filtered for safety and ranked.

Order of decisions: investigational or evidence too weak (grade D/X) -> not offered; evidence
that covers another severity -> not offered; a contraindication at "avoid" for this person ->
not suitable; a stated preference -> left out, and said so. What remains is ranked by grade,
then by safety (no cautions first), then by cost when asked. Every fact comes from the
knowledge base; everything that does not depend on the answers is worked out once per
knowledge base (`candidates`), so a request only makes the person-specific decisions.
"""

from __future__ import annotations

from dataclasses import dataclass

from anagen.assessment.candidates import Candidate, candidates
from anagen.assessment.inputs import AssessmentInput
from anagen.assessment.result import NotSuitable, PlanItem
from anagen.assessment.vocab import ExclusionKind, Preference, Role, Sex
from anagen.knowledge.base import KnowledgeBase
from anagen.knowledge.vocab import GRADE_ORDER, Access, Grade, SafetyFactor, Severity

ROLE_ORDER = [Role.FIRST_LINE, Role.SECOND_LINE, Role.ADJUNCT, Role.SPECIALIST_ONLY]
ROLE_RANK = {role: i for i, role in enumerate(ROLE_ORDER)}
LOW_BUDGET_NOTE = (
    "Within each evidence grade, cheaper options come first because you asked to keep costs "
    "low, and clinic procedures in the top cost band are left out; we only know a price where "
    "a source gives one."
)


@dataclass(frozen=True)
class Plan:
    items: list[PlanItem]
    not_suitable: list[NotSuitable]
    notes: list[str]


# When safety rules out a best-proven option, the plan that is left is second best by
# necessity: say so, and who can weigh the trade-off.
BEST_RULED_OUT_NOTE = (
    "The best-proven treatments for this condition are not suitable for you as you answered "
    "(see the list of options left out and why); a doctor can weigh what is safe for you, "
    "including options a label does not cover."
)
# ... and when the person's own preferences left them out, say what that choice gives up.
BEST_NOT_WANTED_NOTE = (
    "The best-proven treatments for this condition were left out because of the preferences "
    "you gave (see the list of options left out and why); a doctor can tell you how much less "
    "the options that are left can do."
)


def person_factors(inp: AssessmentInput) -> tuple[set[SafetyFactor], set[SafetyFactor]]:
    """Safety factors that surely apply, and those that may (sex `other`): the second set's
    contraindications are shown as cautions rather than silently ignored."""
    sure = {SafetyFactor(str(c)) for c in inp.conditions}
    # Pregnancy and breastfeeding rules are about the person carrying or feeding the baby, so a
    # man who ticks "planning a pregnancy" for his partner is not ruled out of, say, finasteride;
    # he is planning to father a child, which a few labels do name (griseofulvin).
    if inp.pregnant_or_planning and inp.sex is Sex.MALE:
        sure.add(SafetyFactor.FATHERING_A_CHILD)
    elif inp.pregnant_or_planning:
        sure.add(SafetyFactor.PREGNANT_OR_PLANNING)
    if inp.breastfeeding and inp.sex is not Sex.MALE:
        sure.add(SafetyFactor.BREASTFEEDING)
    maybe: set[SafetyFactor] = set()
    if inp.sex is Sex.FEMALE:
        sure.add(SafetyFactor.FEMALE)
    elif inp.sex is Sex.MALE:
        sure.add(SafetyFactor.MALE)
    else:
        maybe |= {SafetyFactor.FEMALE, SafetyFactor.MALE}
        if inp.pregnant_or_planning:
            maybe.add(SafetyFactor.FATHERING_A_CHILD)
    if inp.age < 18:
        sure.add(SafetyFactor.UNDER_18)
    if inp.age < 12:
        sure.add(SafetyFactor.UNDER_12)
    if inp.age < 2:
        sure.add(SafetyFactor.UNDER_2)
    return sure, maybe


def build_plan(
    inp: AssessmentInput,
    condition: str,
    severity: Severity,
    kb: KnowledgeBase,
    extent: Severity | None = None,
    minors_to_specialist: bool = False,
) -> Plan:
    """`extent` is the band of the scalp loss alone when other signs raised `severity` (eyebrow
    loss in alopecia areata): evidence covering either band counts, so treatments for the scalp
    patches stay in the plan beside those for severe disease. `minors_to_specialist`: a child
    whose loss needs a doctor's work-up first (pattern thinning before puberty), so whatever
    is untested or restricted under 18 is for a specialist to start."""
    if condition not in kb.conditions:
        return Plan([], [], [])
    sure, maybe = person_factors(inp)
    either = sure | maybe
    symptoms = frozenset(inp.symptoms)
    prefs = inp.preferences
    kept: list[tuple[Candidate, list[str]]] = []
    excluded: list[NotSuitable] = []
    best_unsafe = len(GRADE_ORDER)  # the best grade rank that safety rules out
    best_unwanted = len(GRADE_ORDER)  # ... and that the person's preferences leave out
    for c in candidates(kb, condition):
        if c.for_symptoms and c.for_symptoms.isdisjoint(symptoms):
            continue  # the evidence is about a sign this person does not have
        if c.for_patterns and inp.pattern not in c.for_patterns:
            continue  # ... or about another pattern of loss
        other_severity = c.other_severity.get(extent or severity) and c.other_severity.get(severity)
        # A safety reason is given before a severity one: "not in pregnancy" is the answer
        # that stays true if the hair loss gets worse.
        reason = (
            c.never
            or (None if c.avoid_any.isdisjoint(sure) else _unsafe(c, sure))
            or other_severity
            or (c.not_while and not c.not_while[0].isdisjoint(symptoms) and c.not_while[1])
            or (prefs and next((r for p, r in c.unwanted.items() if p in prefs), None))
        )
        if reason:
            excluded.append(reason)
            if reason.kind is ExclusionKind.SAFETY and not other_severity:
                best_unsafe = min(best_unsafe, c.grade_rank)
            elif reason.kind is ExclusionKind.PREFERENCE:
                best_unwanted = min(best_unwanted, c.grade_rank)
        elif c.caution_any.isdisjoint(either) and not c.treatment.prerequisite:
            kept.append((c, []))
        else:
            kept.append((c, _cautions(c, sure, maybe)))
    notes = [LOW_BUDGET_NOTE] if Preference.LOW_BUDGET in inp.preferences else []
    best_kept = min((c.grade_rank for c, _ in kept), default=len(GRADE_ORDER))
    if best_unsafe < best_kept:
        notes.append(BEST_RULED_OUT_NOTE)
    elif best_unwanted < best_kept:
        notes.append(BEST_NOT_WANTED_NOTE)
    return Plan(
        _rank(kept, Preference.LOW_BUDGET in inp.preferences, minors_to_specialist),
        excluded,
        notes,
    )


def _unsafe(c: Candidate, sure: set[SafetyFactor]) -> NotSuitable | None:
    return next((reason for factors, reason in c.avoid if not factors.isdisjoint(sure)), None)


def _cautions(c: Candidate, sure: set[SafetyFactor], maybe: set[SafetyFactor]) -> list[str]:
    """Caution-level entries that apply, and any entry that may apply (sex `other`)."""
    out = [
        text
        for factors, text in c.caution
        if not factors.isdisjoint(sure) or (not factors.isdisjoint(maybe))
    ]
    if c.treatment.prerequisite:
        out.insert(0, c.treatment.prerequisite.text)
    return out


MINORS = frozenset({SafetyFactor.UNDER_18, SafetyFactor.UNDER_12, SafetyFactor.UNDER_2})


def _rank(
    kept: list[tuple[Candidate, list[str]]], low_budget: bool, minors_to_specialist: bool
) -> list[PlanItem]:
    """Best grade first; within a grade, first-line options lead, then those without cautions,
    the cheaper (when cost matters to the person), and by name."""
    if not kept:
        return []
    best_rank = min(c.grade_rank for c, _ in kept)
    best = GRADE_ORDER[best_rank]
    # Where an approved option has the best grade, off-label ones of that grade come second.
    approved_best = any(c.open and c.grade_rank == best_rank and c.approved for c, _ in kept)
    rows = []
    for c, cautions in kept:
        role = (
            Role.SPECIALIST_ONLY
            if minors_to_specialist and not c.caution_any.isdisjoint(MINORS)
            else _role(c, best, approved_best and not c.approved)
        )
        order = (
            c.grade_rank,
            ROLE_RANK[role],
            bool(cautions),
            c.cost_rank if low_budget else 0,
            c.name_key,
        )
        rows.append((order, c, cautions, role))
    rows.sort(key=lambda row: row[0])
    return [
        PlanItem(
            treatment=c.treatment.slug,
            name=c.treatment.name,
            role=role,
            evidence_grade=str(c.evidence.grade),
            why=c.why,
            cautions=cautions,
            sources=list(c.evidence.sources),
        )
        for _, c, cautions, role in rows
    ]


def _role(c: Candidate, best: Grade | None, outranked: bool) -> Role:
    if c.treatment.access is Access.SPECIALIST:
        return Role.SPECIALIST_ONLY
    if c.evidence.grade == best and c.open and not outranked:
        return Role.FIRST_LINE
    if c.evidence.grade in (Grade.A, Grade.B):
        return Role.SECOND_LINE
    return Role.ADJUNCT
