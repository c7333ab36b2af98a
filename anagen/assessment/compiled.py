"""The assessment rules compiled once per rule set: every situation as a function, and the clues
grouped by the pattern they can apply to, so an assessment tests only what could hold."""

from __future__ import annotations

from dataclasses import dataclass

from anagen.assessment.matching import (
    Scan,
    Test,
    compile_any,
    compile_match,
    compile_scan,
    could_hold_for_pattern,
)
from anagen.assessment.result import RedFlagFound
from anagen.assessment.rules import AssessmentRules, Clue, NextStep, RedFlagRule
from anagen.assessment.vocab import Pattern

# The rules' fields an assessment reads, copied out of the pydantic models once: a plain tuple
# or slot is read several times faster than a model's field, and these are read per request.
ClueFacts = tuple[str, int, str, tuple[str, ...]]  # condition, weight, why, sources


@dataclass(frozen=True)
class FlagScan:
    """A pattern's red-flag rules in one scan, which gives the positions of those that hold."""

    rules: tuple[RedFlagRule, ...]
    scan: Scan
    # Each rule's entry in a result, built once and shared by every result that lists it, as
    # the `not_suitable` entries are (result.py).
    found: tuple[RedFlagFound, ...]


@dataclass(frozen=True, slots=True)
class CompiledStep:
    """A next step with its situations compiled; empty sets mean any."""

    conditions: frozenset[str]
    severities: frozenset[str]
    when_referred: bool | None
    test: Test | None  # any of the step's situations; None: no situation asked for
    text: str


@dataclass(frozen=True)
class CompiledRules:
    rules: AssessmentRules
    clues_by_pattern: dict[str, tuple[tuple[Clue, Test], ...]]
    # the same clues, in the same order, tested by one function per pattern
    clue_scans: dict[str, Scan]
    clue_facts: dict[str, tuple[ClueFacts, ...]]  # ... and their fields
    flag_scans: dict[str, FlagScan]
    next_steps: tuple[CompiledStep, ...]
    # The same steps, in the same order, less those for other conditions: per condition a step
    # names, and for every other condition.
    next_steps_for: dict[str, tuple[CompiledStep, ...]]
    next_steps_for_others: tuple[CompiledStep, ...]
    refer_conditions: frozenset[str]
    disclaimer: str


def _flag_scan(rules: AssessmentRules, pattern: str) -> FlagScan:
    kept = [r for r in rules.red_flags if any(could_hold_for_pattern(m, pattern) for m in r.when)]
    return FlagScan(
        rules=tuple(kept),
        scan=compile_scan(
            [[m for m in r.when if could_hold_for_pattern(m, pattern)] for r in kept], pattern
        ),
        found=tuple(RedFlagFound(str(r.code), r.message, list(r.sources)) for r in kept),
    )


def _step(step: NextStep) -> CompiledStep:
    return CompiledStep(
        conditions=frozenset(step.conditions),
        severities=frozenset(step.severities),
        when_referred=step.when_referred,
        test=compile_any(step.when) if step.when else None,
        text=step.text,
    )


def _steps_for(steps: tuple[CompiledStep, ...], condition: str | None) -> tuple[CompiledStep, ...]:
    """The steps that can apply to `condition` (None: to a condition no step names)."""
    return tuple(s for s in steps if not s.conditions or condition in s.conditions)


def _compile(rules: AssessmentRules) -> CompiledRules:
    next_steps = tuple(_step(step) for step in rules.next_steps)
    named = {c for step in next_steps for c in step.conditions}
    clue_tests = [(clue, compile_match(clue.when)) for clue in rules.clues]
    clues_by_pattern = {
        p: tuple((c, t) for c, t in clue_tests if could_hold_for_pattern(c.when, p))
        for p in Pattern
    }
    return CompiledRules(
        rules=rules,
        clues_by_pattern=clues_by_pattern,
        clue_scans={
            p: compile_scan([[c.when] for c, _ in clues_by_pattern[p]], p) for p in Pattern
        },
        clue_facts={
            p: tuple((c.condition, c.weight, c.why, tuple(c.sources)) for c, _ in clues)
            for p, clues in clues_by_pattern.items()
        },
        flag_scans={p: _flag_scan(rules, p) for p in Pattern},
        next_steps=next_steps,
        next_steps_for={c: _steps_for(next_steps, c) for c in named},
        next_steps_for_others=_steps_for(next_steps, None),
        refer_conditions=frozenset(r.condition for r in rules.refer_conditions),
        disclaimer=rules.disclaimer,
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
