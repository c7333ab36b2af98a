"""The assessment rules compiled once per rule set: every situation as a function, and the clues
grouped by the pattern they can apply to, so an assessment tests only what could hold."""

from __future__ import annotations

from dataclasses import dataclass

from anagen.assessment.matching import Test, compile_match, could_hold_for_pattern
from anagen.assessment.rules import AssessmentRules, Clue, NextStep, RedFlagRule
from anagen.assessment.vocab import Pattern


@dataclass(frozen=True)
class CompiledRules:
    rules: AssessmentRules
    clues_by_pattern: dict[str, tuple[tuple[Clue, Test], ...]]
    red_flags_by_pattern: dict[str, tuple[tuple[RedFlagRule, tuple[Test, ...]], ...]]
    next_steps: tuple[tuple[NextStep, tuple[Test, ...]], ...]
    refer_conditions: frozenset[str]


def _compile(rules: AssessmentRules) -> CompiledRules:
    clue_tests = [(clue, compile_match(clue.when)) for clue in rules.clues]
    flag_tests = [(rule, [(m, compile_match(m)) for m in rule.when]) for rule in rules.red_flags]
    return CompiledRules(
        rules=rules,
        clues_by_pattern={
            p: tuple((c, t) for c, t in clue_tests if could_hold_for_pattern(c.when, p))
            for p in Pattern
        },
        red_flags_by_pattern={
            p: tuple(
                (rule, kept)
                for rule, tests in flag_tests
                if (kept := tuple(t for m, t in tests if could_hold_for_pattern(m, p)))
            )
            for p in Pattern
        },
        next_steps=tuple(
            (step, tuple(compile_match(m) for m in step.when)) for step in rules.next_steps
        ),
        refer_conditions=frozenset(r.condition for r in rules.refer_conditions),
    )


# Keyed by the rule set's identity (pydantic models with lists are not hashable); the entry
# keeps the rule set alive, so an id is never reused while its entry exists.
_cache: dict[int, CompiledRules] = {}


def compiled_rules(rules: AssessmentRules) -> CompiledRules:
    found = _cache.get(id(rules))
    if found is None or found.rules is not rules:
        if len(_cache) >= 8:  # a handful of knowledge bases at most (tests load several)
            _cache.clear()
        found = _cache[id(rules)] = _compile(rules)
    return found
