"""The compiled rules' shortcuts (next steps indexed by condition, one function for a step's
situations) must pick exactly the steps a plain reading of the rules picks."""

from __future__ import annotations

from pathlib import Path

import yaml

from anagen.assessment.compiled import compiled_rules
from anagen.assessment.engine import _next_steps
from anagen.assessment.inputs import parse_input
from anagen.assessment.matching import Answers, answers_of, compile_match
from anagen.assessment.rules import AssessmentRules
from anagen.assessment.vocab import UNCLEAR
from anagen.knowledge.base import KnowledgeBase
from anagen.knowledge.vocab import Severity

VIGNETTES = yaml.safe_load((Path(__file__).parent / "vignettes.yaml").read_text())


def _literally(
    rules: AssessmentRules, a: Answers, condition: str, severity: Severity, refer: bool
) -> list[str]:
    return [
        step.text
        for step in rules.next_steps
        if (not step.conditions or condition in step.conditions)
        and (not step.severities or severity in step.severities)
        and (step.when_referred is None or step.when_referred == refer)
        and (not step.when or any(compile_match(m)(a) for m in step.when))
    ]


def test_next_steps_agree_with_the_plain_reading_of_the_rules(kb: KnowledgeBase) -> None:
    """Every vignette's answers, with every condition (one no step names too), severity and
    referral."""
    assert kb.assessment is not None
    rules = compiled_rules(kb.assessment)
    conditions = [*kb.conditions, UNCLEAR, "a-condition-no-step-names"]
    checked = 0
    for vignette in VIGNETTES:
        a = answers_of(parse_input(vignette["input"]))
        for condition in conditions:
            for severity in Severity:
                for refer in (False, True):
                    expected = _literally(kb.assessment, a, condition, severity, refer)
                    assert _next_steps(a, condition, severity, refer, rules) == expected
                    checked += bool(expected)
    assert checked > len(VIGNETTES)  # the steps were met, not only left out
