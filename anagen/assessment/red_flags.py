"""Red flags: signs that need a doctor, each rule and message sourced in the content."""

from __future__ import annotations

from anagen.assessment.compiled import CompiledRules
from anagen.assessment.matching import Answers
from anagen.assessment.result import RedFlagFound
from anagen.assessment.vocab import UNCLEAR


def find_red_flags(answers: Answers, rules: CompiledRules) -> list[RedFlagFound]:
    """The red flags that hold, in the rules' order."""
    flags = rules.flag_scans[answers.pattern]
    found = flags.found
    return [found[i] for i in flags.scan(answers)]


def needs_doctor(condition: str, flags: list[RedFlagFound], rules: CompiledRules) -> bool:
    """Any red flag, an unclear picture, or a condition a doctor must diagnose and treat."""
    return bool(flags) or condition == UNCLEAR or condition in rules.refer_conditions
