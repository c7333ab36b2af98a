"""Candidates for a plan: every treatment graded for a condition, with each decision that does
not depend on the person's answers made once per knowledge base (plan.py makes the rest)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from anagen.assessment.result import NotSuitable, PlanItem
from anagen.assessment.vocab import ExclusionKind, Preference, Role
from anagen.knowledge.base import KnowledgeBase
from anagen.knowledge.schema import Evidence, Treatment
from anagen.knowledge.vocab import (
    COST_BAND_MEANINGS,
    GRADE_ORDER,
    Access,
    Category,
    CautionLevel,
    CostBand,
    Grade,
    RegulatoryStatus,
    Route,
    SafetyFactor,
    Severity,
    Status,
)

COST_ORDER = [CostBand.LOW, CostBand.MEDIUM, CostBand.HIGH, CostBand.VERY_HIGH]
UNKNOWN_COST_RANK = 1.5  # between medium and high: no price is no reason to rank first or last
APPROVED = {
    RegulatoryStatus.APPROVED_RX,
    RegulatoryStatus.APPROVED_OTC,
    RegulatoryStatus.CLEARED_DEVICE,
}
# A plan item's roles, in the order the plan shows them; plan.py ranks by position in this list.
ROLE_ORDER = (Role.FIRST_LINE, Role.SECOND_LINE, Role.ADJUNCT, Role.SPECIALIST_ONLY)
FIRST_LINE, SECOND_LINE, ADJUNCT, SPECIALIST_ONLY = range(len(ROLE_ORDER))


# Slotted: build_plan reads these fields for every treatment of every assessment, and a slot is
# read several times faster than a field of the pydantic models they come from.
@dataclass(frozen=True, slots=True)
class Candidate:
    """A treatment graded for a condition, with every answer-independent decision made."""

    treatment: Treatment
    evidence: Evidence
    # the plan item's fields, copied out of the models once
    slug: str
    name: str
    grade: str
    sources: tuple[str, ...]
    why: str
    prerequisite: str | None  # a test or step that comes first: always shown as a caution
    approved: bool
    open: bool  # can be started without a specialist and without a test first
    specialist: bool  # only a specialist can start it
    well_graded: bool  # grade A or B: second line at worst
    grade_rank: int
    cost_rank: float
    name_key: str
    never: NotSuitable | None  # investigational, or grade D/X: never offered
    for_symptoms: frozenset[str]  # the evidence is about these signs only (empty: any)
    for_patterns: frozenset[str]  # ... and these patterns of loss only (empty: any)
    not_while: tuple[frozenset[str], NotSuitable] | None  # signs that rule it out
    other_severity: dict[Severity, NotSuitable]  # severities the evidence does not cover
    # Applied to or done on the scalp: it treats the patches themselves, so the band of the scalp
    # loss alone can put it in a plan that other signs (eyebrow loss) moved up a band. Pills and
    # waiting act on the whole disease and follow its band.
    on_scalp: bool
    # Safety factors as bit masks (`factor_mask`): one `&` per test, where a set needs a call.
    avoid: tuple[tuple[int, NotSuitable], ...]
    avoid_any: int  # union of `avoid`'s factors: one test rules most out
    caution: tuple[tuple[int, str], ...]
    caution_any: int
    unwanted: dict[Preference, NotSuitable]  # the preferences that leave it out
    # No severity, sign, pattern or never rule, and no prerequisite: only a caution or a
    # preference can tell who gets it. build_plan keeps most such ones at a glance.
    plain: bool
    usual_role: int  # its role (a position in ROLE_ORDER) when it is not first line
    # Per role in ROLE_ORDER: the grade-and-role part of plan._rank's sort key (times 8, room
    # for its cautions and cost parts), and the plan item without cautions. Built once and
    # shared by every result that lists it, as the `not_suitable` entries are (result.py):
    # most items have no cautions.
    by_role: tuple[tuple[int, PlanItem], ...]


# One bit per safety factor, for the masks above and the person's factors in plan.py.
FACTOR_BIT = {factor: 1 << i for i, factor in enumerate(SafetyFactor)}


def factor_mask(factors: Iterable[SafetyFactor]) -> int:
    mask = 0
    for factor in factors:
        mask |= FACTOR_BIT[factor]
    return mask


@lru_cache(maxsize=4096)
def first_sentence(text: str) -> str:
    return re.split(r"(?<=[.!?])\s+", text.strip(), maxsplit=1)[0]


def _exclusion(t: Treatment, reason: str, kind: ExclusionKind, sources: list[str]) -> NotSuitable:
    return NotSuitable(treatment=t.slug, name=t.name, reason=reason, kind=kind, sources=sources)


def _never(t: Treatment, ev: Evidence, cname: str) -> NotSuitable | None:
    if t.status is Status.INVESTIGATIONAL:
        return _exclusion(
            t,
            f"Investigational ({t.trial_phase}): only available in trials.",
            ExclusionKind.INVESTIGATIONAL,
            list(ev.sources),
        )
    # A cover such as a wig promises a look, not regrowth: weak evidence of benefit is no
    # reason to leave it out, only to list it as an add-on.
    if ev.grade is Grade.X or (ev.grade is Grade.D and t.category != Category.SUPPORTIVE):
        return _exclusion(
            t,
            f"Evidence grade {ev.grade} for {cname}: {first_sentence(ev.summary)}",
            ExclusionKind.EVIDENCE,
            list(ev.sources),
        )
    return None


def _not_while(t: Treatment, ev: Evidence) -> tuple[frozenset[str], NotSuitable] | None:
    if ev.not_while is None:
        return None
    nw = ev.not_while
    reason = _exclusion(t, nw.text, ExclusionKind.SAFETY, list(nw.sources))
    return frozenset(str(s) for s in nw.symptoms), reason


def _approved_for(t: Treatment, condition: str) -> bool:
    return any(r.status in APPROVED and condition in r.conditions for r in t.regulatory)


@lru_cache(maxsize=64)
def candidates(kb: KnowledgeBase, condition: str) -> tuple[Candidate, ...]:
    """Treatments graded for `condition`, best grade first, then by name; built once per
    knowledge base."""
    cname = kb.conditions[condition].name.lower()
    out = []
    for t, _ in kb.treatments_for(condition):
        ev = next(e for e in t.evidence if e.condition == condition)
        out.append(_candidate(t, ev, condition, cname))
    # build_plan relies on this order (kb.treatments_for's): the best grade comes first, and
    # within a grade a stable sort keeps ties in name order.
    out.sort(key=lambda c: (c.grade_rank, c.name_key))
    return tuple(out)


def _candidate(t: Treatment, ev: Evidence, condition: str, cname: str) -> Candidate:
    avoid = tuple(
        (
            factor_mask(c.applies_to),
            _exclusion(t, c.text, ExclusionKind.SAFETY, list(c.sources)),
        )
        for c in t.contraindications
        if c.level is CautionLevel.AVOID
    )
    caution = tuple((factor_mask(c.applies_to), c.text) for c in t.contraindications)
    approved = _approved_for(t, condition)
    grade_rank = GRADE_ORDER.index(ev.grade)
    why = f"Grade {ev.grade} for {cname}: {first_sentence(ev.summary)}"
    never = _never(t, ev, cname)
    other_severity = _other_severities(t, ev, cname, approved)
    not_while = _not_while(t, ev)
    unwanted = _unwanted(t)
    specialist = t.access is Access.SPECIALIST
    well_graded = ev.grade in (Grade.A, Grade.B)
    return Candidate(
        treatment=t,
        evidence=ev,
        slug=t.slug,
        name=t.name,
        grade=str(ev.grade),
        sources=tuple(ev.sources),
        why=why,
        prerequisite=t.prerequisite.text if t.prerequisite else None,
        approved=approved,
        open=not specialist and t.prerequisite is None,
        specialist=specialist,
        well_graded=well_graded,
        grade_rank=grade_rank,
        cost_rank=COST_ORDER.index(t.cost.band) if t.cost else UNKNOWN_COST_RANK,
        name_key=t.name.lower(),
        never=never,
        for_symptoms=frozenset(ev.for_symptoms),
        for_patterns=frozenset(ev.for_patterns),
        not_while=not_while,
        other_severity=other_severity,
        on_scalp=t.route in ON_SCALP,
        avoid=avoid,
        avoid_any=factor_mask(
            f for c in t.contraindications if c.level is CautionLevel.AVOID for f in c.applies_to
        ),
        caution=caution,
        caution_any=factor_mask(f for c in t.contraindications for f in c.applies_to),
        unwanted=unwanted,
        plain=not (
            ev.for_symptoms
            or ev.for_patterns
            or never
            or other_severity
            or not_while
            or t.prerequisite
        ),
        usual_role=SPECIALIST_ONLY if specialist else SECOND_LINE if well_graded else ADJUNCT,
        by_role=tuple(
            (
                (grade_rank * len(ROLE_ORDER) + i) * 8,
                PlanItem(t.slug, t.name, role, str(ev.grade), why, [], list(ev.sources)),
            )
            for i, role in enumerate(ROLE_ORDER)
        ),
    )


ON_SCALP = frozenset([Route.TOPICAL, Route.INJECTION, Route.DEVICE, Route.PROCEDURE])


def _other_severities(
    t: Treatment, ev: Evidence, cname: str, approved: bool
) -> dict[Severity, NotSuitable]:
    scope = ev.for_severity
    if not scope:
        return {}
    covered = " or ".join(str(s) for s in scope)
    what = "The evidence and approval cover" if approved else "The evidence covers"
    return {
        severity: _exclusion(
            t,
            f"{what} {covered} {cname}; yours looks {severity}.",
            ExclusionKind.SEVERITY,
            list(ev.sources),
        )
        for severity in Severity
        if severity not in scope
    }


def _unwanted(t: Treatment) -> dict[Preference, NotSuitable]:
    out = {}
    if t.route is Route.ORAL:
        out[Preference.NO_PILLS] = _exclusion(
            t, "Left out because you prefer not to take pills.", ExclusionKind.PREFERENCE, []
        )
    if t.daily_routine:
        out[Preference.NO_DAILY_TOPICAL] = _exclusion(
            t,
            "Left out because you prefer nothing to apply every day.",
            ExclusionKind.PREFERENCE,
            [],
        )
    # A clinic procedure in the top band is a large sum paid up front (a course of sessions, an
    # operation); medicines in that band are left in, as a health system or insurer often pays.
    if t.category is Category.PROCEDURE and t.cost and t.cost.band is CostBand.VERY_HIGH:
        out[Preference.LOW_BUDGET] = _exclusion(
            t,
            "Left out because you asked to keep costs low: it costs "
            f"{COST_BAND_MEANINGS[CostBand.VERY_HIGH]} (see its price and source).",
            ExclusionKind.PREFERENCE,
            list(t.cost.sources),
        )
    return out
