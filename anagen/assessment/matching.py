"""Does a rule's situation (`Match`) hold for a person's answers?

This is the engine's hot loop: an assessment tests dozens of situations. So the answers are put
once into the shape the tests need (`Answers`: lists become sets), and each situation is
compiled once into one small function that tests only the constraints it has, cheapest first.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from anagen.assessment.inputs import AssessmentInput
from anagen.assessment.rules import Match
from anagen.assessment.vocab import Scale, scale_of

Test = Callable[["Answers"], bool]
Scan = Callable[["Answers"], list[int]]


# Not frozen: built once per assessment, and a frozen dataclass's __init__ sets each of its
# eleven fields through object.__setattr__, several times the cost. Nothing changes them.
@dataclass(slots=True)
class Answers:
    sex: str
    pattern: str
    age: int
    onset: str
    family_history: bool
    duration: int
    scale: Scale | None
    symptoms: frozenset[str]
    triggers: frozenset[str]
    habits: frozenset[str]
    scalp_loss: int | None


def answers_of(inp: AssessmentInput) -> Answers:
    # Positional, in the order of the fields: a class called with keywords packs them into a
    # dict on every call.
    return Answers(
        inp.sex,
        inp.pattern,
        inp.age,
        inp.onset,
        inp.family_history,
        inp.duration_months,
        scale_of(inp.stage) if inp.stage else None,
        frozenset(inp.symptoms),
        frozenset(inp.triggers),
        frozenset(inp.habits),
        inp.scalp_loss_percent,
    )


def compile_match(m: Match) -> Test:
    """One function for one situation. The rule's values are bound as names of the function's
    namespace, never spliced into its source, so content text cannot become code."""
    values: dict[str, object] = {}
    source = "lambda a: " + _expression(m, _binder(values))
    return eval(source, {"__builtins__": {"bool": bool}, **values})  # type: ignore[no-any-return]


def compile_scan(matches: Sequence[Match]) -> Scan:
    """One function for many situations: the positions of those that hold. An assessment
    tests dozens of them; one call instead of one per situation saves most of the cost."""
    values: dict[str, object] = {}
    bind = _binder(values)
    lines = ["def scan(a):", "    out = []"]
    for i, m in enumerate(matches):
        lines += [f"    if {_expression(m, bind)}:", f"        out.append({i})"]
    lines.append("    return out")
    namespace: dict[str, Any] = {"__builtins__": {"bool": bool}, **values}
    exec("\n".join(lines), namespace)  # values bound as names, as in compile_match
    return namespace["scan"]  # type: ignore[no-any-return]


def _binder(values: dict[str, object]) -> Callable[[object], str]:
    def bind(value: object) -> str:
        name = f"v{len(values)}"
        values[name] = value
        return name

    return bind


def _expression(m: Match, bind: Callable[[object], str]) -> str:
    """The situation as a Python expression over the answers `a`, cheapest tests first."""
    terms: list[str] = []
    if m.sex:
        terms.append(f"a.sex in {bind(frozenset(m.sex))}")
    if m.patterns:
        terms.append(f"a.pattern in {bind(frozenset(m.patterns))}")
    if m.age_below is not None:
        terms.append(f"a.age < {bind(m.age_below)}")
    if m.age_at_least is not None:
        terms.append(f"a.age >= {bind(m.age_at_least)}")
    if m.onset is not None:
        terms.append(f"a.onset == {bind(m.onset)}")
    if m.family_history is not None:
        terms.append(f"a.family_history is {bind(m.family_history)}")
    if m.duration_over_months is not None:
        terms.append(f"a.duration > {bind(m.duration_over_months)}")
    if m.duration_at_most_months is not None:
        terms.append(f"a.duration <= {bind(m.duration_at_most_months)}")
    if m.scalp_loss_at_least is not None:
        terms.append(
            f"(a.scalp_loss is not None and a.scalp_loss >= {bind(m.scalp_loss_at_least)})"
        )
    if m.stage_scale is not None:
        terms.append(f"a.scale == {bind(m.stage_scale)}")
    if m.any_trigger is not None:
        terms.append(f"bool(a.triggers) is {bind(m.any_trigger)}")
    if m.symptoms:
        terms.append(f"not a.symptoms.isdisjoint({bind(frozenset(m.symptoms))})")
    if m.all_symptoms:
        terms.append(f"a.symptoms >= {bind(frozenset(m.all_symptoms))}")
    if m.no_symptoms:
        terms.append(f"a.symptoms.isdisjoint({bind(frozenset(m.no_symptoms))})")
    if m.triggers:
        terms.append(f"not a.triggers.isdisjoint({bind(frozenset(m.triggers))})")
    if m.habits:
        terms.append(f"not a.habits.isdisjoint({bind(frozenset(m.habits))})")
    return f"({' and '.join(terms) or 'True'})"


def could_hold_for_pattern(m: Match, pattern: str) -> bool:
    """False when the situation names patterns and this is not one: lets callers skip it."""
    return not m.patterns or pattern in m.patterns
