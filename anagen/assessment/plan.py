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
from operator import itemgetter

from anagen.assessment.candidates import (
    FACTOR_BIT,
    FIRST_LINE,
    ROLE_ORDER,
    SPECIALIST_ONLY,
    Candidate,
    candidates,
    factor_mask,
)
from anagen.assessment.inputs import AssessmentInput
from anagen.assessment.matching import Answers, answers_of
from anagen.assessment.result import NotSuitable, PlanItem
from anagen.assessment.vocab import ExclusionKind, HealthCondition, Preference, Sex
from anagen.knowledge.base import KnowledgeBase
from anagen.knowledge.vocab import GRADE_ORDER, SafetyFactor, Severity

# The members the per-treatment code uses, as plain names: in Python 3.11 reading a member
# through its class (`ExclusionKind.SAFETY`) goes through the enum metaclass's __getattr__ hook
# and costs about ten times as much as a global.
SAFETY, PREFERENCE = ExclusionKind.SAFETY, ExclusionKind.PREFERENCE
NO_CAUTIONS: list[str] = []  # never changed: only read, or replaced by a list of cautions
LOW_BUDGET_NOTE = (
    "Within each evidence grade, cheaper options come first because you asked to keep costs "
    "low, and clinic procedures in the top cost band are left out; we only know a price where "
    "a source gives one."
)


# Slotted and not frozen, as the result's dataclasses: built for every assessment, and a frozen
# dataclass's __init__ costs several times as much. Nothing changes it.
@dataclass(slots=True)
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
    sure, maybe = person_masks(answers_of(inp))
    return _factors(sure), _factors(maybe)


def _factors(mask: int) -> set[SafetyFactor]:
    return {factor for factor, bit in FACTOR_BIT.items() if mask & bit}


# The factors' bits (candidates.FACTOR_BIT) as plain names: read for every assessment, and a
# member read through its enum class costs about ten times as much as a global (see above).
CONDITION_BIT = {c: FACTOR_BIT[SafetyFactor(str(c))] for c in HealthCondition}
PREGNANT_OR_PLANNING = FACTOR_BIT[SafetyFactor.PREGNANT_OR_PLANNING]
FATHERING_A_CHILD = FACTOR_BIT[SafetyFactor.FATHERING_A_CHILD]
BREASTFEEDING = FACTOR_BIT[SafetyFactor.BREASTFEEDING]
FEMALE_FACTOR = FACTOR_BIT[SafetyFactor.FEMALE]
MALE_FACTOR = FACTOR_BIT[SafetyFactor.MALE]
UNDER_18 = FACTOR_BIT[SafetyFactor.UNDER_18]
UNDER_12 = FACTOR_BIT[SafetyFactor.UNDER_12]
UNDER_2 = FACTOR_BIT[SafetyFactor.UNDER_2]
MALE, FEMALE = Sex.MALE, Sex.FEMALE
LOW_BUDGET = Preference.LOW_BUDGET


def person_masks(a: Answers) -> tuple[int, int]:
    """`person_factors` as bit masks (candidates.factor_mask), the form build_plan tests."""
    sure = 0
    for c in a.conditions:
        sure |= CONDITION_BIT[c]
    sex = a.sex
    # Pregnancy and breastfeeding rules are about the person carrying or feeding the baby, so a
    # man who ticks "planning a pregnancy" for his partner is not ruled out of, say, finasteride;
    # he is planning to father a child, which a few labels do name (griseofulvin).
    if a.pregnant_or_planning:
        sure |= FATHERING_A_CHILD if sex is MALE else PREGNANT_OR_PLANNING
    if a.breastfeeding and sex is not MALE:
        sure |= BREASTFEEDING
    maybe = 0
    if sex is FEMALE:
        sure |= FEMALE_FACTOR
    elif sex is MALE:
        sure |= MALE_FACTOR
    else:
        maybe = FEMALE_FACTOR | MALE_FACTOR
        if a.pregnant_or_planning:
            maybe |= FATHERING_A_CHILD
    if a.age < 18:
        sure |= UNDER_18
    if a.age < 12:
        sure |= UNDER_12
    if a.age < 2:
        sure |= UNDER_2
    return sure, maybe


def build_plan(
    a: Answers,
    condition: str,
    severity: Severity,
    kb: KnowledgeBase,
    extent: Severity | None = None,
    minors_to_specialist: bool = False,
) -> Plan:
    """`extent` is the band of the scalp loss alone when other signs raised `severity` (eyebrow
    loss in alopecia areata): for a treatment applied to or done on the scalp, evidence covering
    either band counts, so treatments for the patches stay in the plan beside those for severe
    disease; pills and waiting follow the raised band. `minors_to_specialist`: a child
    whose loss needs a doctor's work-up first (pattern thinning before puberty), so whatever
    is untested or restricted under 18 is for a specialist to start."""
    if condition not in kb.conditions:
        return Plan([], [], [])
    sure, maybe = person_masks(a)
    either = sure | maybe
    symptoms = a.symptoms
    pattern = a.pattern
    prefs = a.preferences
    low_budget = LOW_BUDGET in prefs
    covered = extent or severity
    kept: list[tuple[Candidate, list[str]]] = []
    excluded: list[NotSuitable] = []
    best_unsafe = len(GRADE_ORDER)  # the best grade rank that safety rules out
    best_unwanted = len(GRADE_ORDER)  # ... and that the person's preferences leave out
    for c in candidates(kb, condition):
        # Most candidates differ between people only by a caution that may apply or a
        # preference: without either, they are kept with no further test.
        if c.plain and not c.caution_any & either and not (prefs and c.unwanted):
            kept.append((c, NO_CAUTIONS))
            continue
        if c.for_symptoms and c.for_symptoms.isdisjoint(symptoms):
            continue  # the evidence is about a sign this person does not have
        if c.for_patterns and pattern not in c.for_patterns:
            continue  # ... or about another pattern of loss
        if c.never:  # the same for everyone, and never a safety or preference reason
            excluded.append(c.never)
            continue
        other_severity = c.other_severity and (
            (c.other_severity.get(covered) or not c.on_scalp) and c.other_severity.get(severity)
        )
        # A safety reason is given before a severity one: "not in pregnancy" is the answer
        # that stays true if the hair loss gets worse.
        reason = (
            (c.avoid_any & sure and _unsafe(c, sure))
            or other_severity
            or (c.not_while and not c.not_while[0].isdisjoint(symptoms) and c.not_while[1])
            or (prefs and next((r for p, r in c.unwanted.items() if p in prefs), None))
        )
        if reason:
            excluded.append(reason)
            if reason.kind is SAFETY and not other_severity:
                best_unsafe = min(best_unsafe, c.grade_rank)
            elif reason.kind is PREFERENCE:
                best_unwanted = min(best_unwanted, c.grade_rank)
        elif c.caution_any & either or c.prerequisite is not None:
            kept.append((c, _cautions(c, either)))
        else:
            kept.append((c, NO_CAUTIONS))
    notes = [LOW_BUDGET_NOTE] if low_budget else []
    best_kept = kept[0][0].grade_rank if kept else len(GRADE_ORDER)  # candidates: best first
    if best_unsafe < best_kept:
        notes.append(BEST_RULED_OUT_NOTE)
    elif best_unwanted < best_kept:
        notes.append(BEST_NOT_WANTED_NOTE)
    return Plan(_rank(kept, low_budget, minors_to_specialist), excluded, notes)


def _unsafe(c: Candidate, sure: int) -> NotSuitable | None:
    return next((reason for factors, reason in c.avoid if factors & sure), None)


def _cautions(c: Candidate, either: int) -> list[str]:
    """Caution-level entries that apply, and any entry that may apply (sex `other`): `either`
    is the mask of both."""
    out = [text for factors, text in c.caution if factors & either]
    if c.prerequisite is not None:
        out.insert(0, c.prerequisite)
    return out


MINORS = factor_mask((SafetyFactor.UNDER_18, SafetyFactor.UNDER_12, SafetyFactor.UNDER_2))
FIRST, SECOND = itemgetter(0), itemgetter(1)


def _rank(
    kept: list[tuple[Candidate, list[str]]], low_budget: bool, minors_to_specialist: bool
) -> list[PlanItem]:
    """Best grade first; within a grade, first-line options lead, then those without cautions,
    the cheaper (when cost matters to the person), and by name."""
    if not kept:
        return []
    best_rank = kept[0][0].grade_rank  # candidates come best grade first
    # Where an approved option has the best grade, off-label ones of that grade come second.
    approved_best = False
    for c, _ in kept:  # (a loop, not any(): a generator costs more than the few it tests)
        if c.grade_rank != best_rank:
            break
        if c.open and c.approved:
            approved_best = True
            break
    rows = []
    for c, cautions in kept:
        if minors_to_specialist and c.caution_any & MINORS:
            role = SPECIALIST_ONLY
        elif c.open and c.grade_rank == best_rank and (c.approved or not approved_best):
            role = FIRST_LINE
        else:
            role = c.usual_role
        # (grade, role, cautions, cost) packed in one number, cheaper to compare than a tuple;
        # the candidate's table holds the grade-and-role part. Candidates come best grade first
        # and then by name, and the sort is stable, so equal keys stay in name order.
        order, item = c.by_role[role]
        if cautions:
            order += 4
            item = _item(c, cautions, role)
        if low_budget:
            order += c.cost_rank  # 0 to 3
        rows.append((order, item))
    rows.sort(key=FIRST)
    return list(map(SECOND, rows))


def _item(c: Candidate, cautions: list[str], role: int) -> PlanItem:
    # Positional: a class called with keywords packs them into a dict on every call, which
    # doubles the cost of building an item.
    return PlanItem(c.slug, c.name, ROLE_ORDER[role], c.grade, c.why, cautions, list(c.sources))
