"""Does a rule's situation (`Match`) hold for a person's answers?"""

from __future__ import annotations

from anagen.assessment.inputs import AssessmentInput
from anagen.assessment.rules import Match
from anagen.assessment.vocab import scale_of


def matches(m: Match, inp: AssessmentInput) -> bool:
    symptoms = set(inp.symptoms)
    checks = (
        not m.sex or inp.sex in m.sex,
        not m.patterns or inp.pattern in m.patterns,
        m.stage_scale is None or (inp.stage is not None and scale_of(inp.stage) == m.stage_scale),
        not m.symptoms or bool(symptoms & set(m.symptoms)),
        set(m.all_symptoms) <= symptoms,
        not symptoms & set(m.no_symptoms),
        not m.triggers or bool(set(inp.triggers) & set(m.triggers)),
        m.any_trigger is None or bool(inp.triggers) == m.any_trigger,
        not m.habits or bool(set(inp.habits) & set(m.habits)),
        m.onset is None or inp.onset == m.onset,
        m.family_history is None or inp.family_history == m.family_history,
        m.age_below is None or inp.age < m.age_below,
        m.age_at_least is None or inp.age >= m.age_at_least,
        m.duration_over_months is None or inp.duration_months > m.duration_over_months,
        m.duration_at_most_months is None or inp.duration_months <= m.duration_at_most_months,
    )
    return all(checks)
