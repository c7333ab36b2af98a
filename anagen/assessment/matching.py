"""Does a rule's situation (`Match`) hold for a person's answers?

Checked constraint by constraint with an early exit: the assessment evaluates dozens of these
per request, so this is the engine's hot loop.
"""

from __future__ import annotations

from anagen.assessment.inputs import AssessmentInput
from anagen.assessment.rules import Match
from anagen.assessment.vocab import scale_of


def matches(m: Match, inp: AssessmentInput) -> bool:
    if m.sex and inp.sex not in m.sex:
        return False
    if m.patterns and inp.pattern not in m.patterns:
        return False
    if m.age_below is not None and inp.age >= m.age_below:
        return False
    if m.age_at_least is not None and inp.age < m.age_at_least:
        return False
    if m.onset is not None and inp.onset != m.onset:
        return False
    if m.symptoms and not any(s in inp.symptoms for s in m.symptoms):
        return False
    if m.all_symptoms and not all(s in inp.symptoms for s in m.all_symptoms):
        return False
    if m.no_symptoms and any(s in inp.symptoms for s in m.no_symptoms):
        return False
    if m.triggers and not any(t in inp.triggers for t in m.triggers):
        return False
    if m.any_trigger is not None and bool(inp.triggers) != m.any_trigger:
        return False
    if m.habits and not any(h in inp.habits for h in m.habits):
        return False
    if m.family_history is not None and inp.family_history != m.family_history:
        return False
    if m.duration_over_months is not None and inp.duration_months <= m.duration_over_months:
        return False
    if m.duration_at_most_months is not None and inp.duration_months > m.duration_at_most_months:
        return False
    return m.stage_scale is None or (inp.stage is not None and scale_of(inp.stage) == m.stage_scale)
