"""The assessment rules compiled once per rule set: every situation as a function, and the clues
grouped by the pattern they can apply to, so an assessment tests only what could hold."""

from __future__ import annotations

from dataclasses import dataclass

from anagen.assessment.matching import (
    Scan,
    Test,
    compile_match,
    compile_scan,
    could_hold_for_pattern,
)
from anagen.assessment.rules import AssessmentRules, Clue, NextStep, RedFlagRule
from anagen.assessment.vocab import Pattern


@dataclass(frozen=True)
class FlagScan:
    """A pattern's red-flag situations in one scan: `owners[i]` is the rule of situation i."""

    rules: tuple[RedFlagRule, ...]
    owners: tuple[int, ...]
    scan: Scan


@dataclass(frozen=True)
class CompiledRules:
    rules: AssessmentRules
    clues_by_pattern: dict[str, tuple[tuple[Clue, Test], ...]]
    # the same clues, in the same order, tested by one function per pattern
    clue_scans: dict[str, Scan]
    flag_scans: dict[str, FlagScan]
    next_steps: tuple[tuple[NextStep, tuple[Test, ...]], ...]
    refer_conditions: frozenset[str]


def _flag_scan(rules: AssessmentRules, pattern: str) -> FlagScan:
    kept = [r for r in rules.red_flags if any(could_hold_for_pattern(m, pattern) for m in r.when)]
    situations = [
        (i, m) for i, r in enumerate(kept) for m in r.when if could_hold_for_pattern(m, pattern)
    ]
    return FlagScan(
        rules=tuple(kept),
        owners=tuple(i for i, _ in situations),
        scan=compile_scan([m for _, m in situations]),
    )


def _compile(rules: AssessmentRules) -> CompiledRules:
    clue_tests = [(clue, compile_match(clue.when)) for clue in rules.clues]
    clues_by_pattern = {
        p: tuple((c, t) for c, t in clue_tests if could_hold_for_pattern(c.when, p))
        for p in Pattern
    }
    return CompiledRules(
        rules=rules,
        clues_by_pattern=clues_by_pattern,
        clue_scans={p: compile_scan([c.when for c, _ in clues_by_pattern[p]]) for p in Pattern},
        flag_scans={p: _flag_scan(rules, p) for p in Pattern},
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
