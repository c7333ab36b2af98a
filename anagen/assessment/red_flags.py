"""Red flags: signs that need a doctor, each rule and message sourced in the content."""

from __future__ import annotations

from anagen.assessment.inputs import AssessmentInput
from anagen.assessment.matching import matches
from anagen.assessment.result import RedFlagFound
from anagen.assessment.rules import AssessmentRules


def find_red_flags(inp: AssessmentInput, rules: AssessmentRules) -> list[RedFlagFound]:
    return [
        RedFlagFound(code=str(rule.code), message=rule.message, sources=list(rule.sources))
        for rule in rules.red_flags
        if any(matches(m, inp) for m in rule.when)
    ]


def needs_doctor(condition: str, flags: list[RedFlagFound], rules: AssessmentRules) -> bool:
    """Any red flag, an unclear picture, or a condition a doctor must diagnose and treat."""
    refer = {r.condition for r in rules.refer_conditions}
    return bool(flags) or condition == "unclear" or condition in refer
