"""assess(): answers in, a likely condition, severity, red flags and a safe plan out.

Pure: the knowledge base (with the rules in `content/assessment.yaml`) is passed in; nothing is
read from disk, the clock or the network, so the same answers always give the same result.
"""

from __future__ import annotations

from typing import Any

from anagen.assessment.classify import classify
from anagen.assessment.compiled import CompiledRules, compiled_rules
from anagen.assessment.inputs import AssessmentInput, parse_input
from anagen.assessment.matching import Answers, answers_of
from anagen.assessment.plan import build_plan
from anagen.assessment.red_flags import find_red_flags, needs_doctor
from anagen.assessment.result import AssessmentResult, Differential
from anagen.assessment.severity import severity_and_extent
from anagen.assessment.vocab import RULES_VERSION, UNCLEAR, RedFlag
from anagen.knowledge.base import KnowledgeBase
from anagen.knowledge.vocab import Severity

# Pattern thinning in a child or teenager: a doctor's work-up comes first, so whatever is
# untested or restricted under 18 is for a specialist to start.
WORK_UP_FIRST = {RedFlag.CHILDHOOD_PATTERN_LOSS, RedFlag.TEENAGE_PATTERN_LOSS}
PATTERN_LOSS = {"androgenetic-alopecia", "female-pattern-hair-loss"}


def assess(inp: AssessmentInput | dict[str, Any], kb: KnowledgeBase) -> AssessmentResult:
    if not isinstance(inp, AssessmentInput):
        inp = parse_input(inp)
    if kb.assessment is None:
        raise ValueError("the knowledge base has no assessment rules (content/assessment.yaml)")
    rules = compiled_rules(kb.assessment)
    answers = answers_of(inp)
    found = classify(answers, rules)
    condition = found.likely.condition
    severity, severity_reasons, extent = severity_and_extent(answers, condition)
    flags = find_red_flags(answers, rules)
    refer = needs_doctor(condition, flags, rules)
    work_up_first = condition in PATTERN_LOSS and any(f.code in WORK_UP_FIRST for f in flags)
    plan = build_plan(answers, condition, severity, kb, extent, work_up_first)
    # Positional, in the order of the fields (named in the comments): a class called with
    # keywords packs them into a dict on every call.
    return AssessmentResult(
        condition,  # likely_condition
        _name(kb, condition),  # condition_name
        list(found.likely.reasons),  # why
        [Differential(c.condition, conf, " ".join(c.reasons)) for c, conf in found.differentials],
        severity,
        severity_reasons,
        str(answers.stage) if answers.stage else None,  # stage
        refer,  # refer_to_doctor
        flags,  # red_flags
        plan.items,  # plan
        plan.not_suitable,
        [*_next_steps(answers, condition, severity, refer, rules), *plan.notes],  # next_steps
        rules.disclaimer,
        RULES_VERSION,
    )


def _name(kb: KnowledgeBase, condition: str) -> str:
    if condition == UNCLEAR:
        return "Unclear: needs a doctor's examination"
    return kb.conditions[condition].name


def _next_steps(
    answers: Answers, condition: str, severity: Severity, refer: bool, rules: CompiledRules
) -> list[str]:
    # only the steps that can apply to this condition: most steps name another one
    steps = rules.next_steps_for.get(condition, rules.next_steps_for_others)
    return [
        step.text
        for step in steps
        if (not step.severities or severity in step.severities)
        and (step.when_referred is None or step.when_referred == refer)
        and (step.test is None or step.test(answers))
    ]
