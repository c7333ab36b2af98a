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
from anagen.assessment.vocab import Scale, Stage, scale_of

Test = Callable[["Answers"], bool]
Scan = Callable[["Answers"], list[int]]


# Not frozen: built once per assessment, and a frozen dataclass's __init__ sets each of its
# fields through object.__setattr__, several times the cost. Nothing changes them.
@dataclass(slots=True)
class Answers:
    """The answers the whole engine reads, each read once from the input: a field of a pydantic
    model costs over ten times a slot to read (its class's __getattr__ hook turns off Python's
    fast attribute path)."""

    sex: str
    pattern: str
    age: int
    onset: str
    family_history: bool
    duration: int
    stage: Stage | None
    scale: Scale | None
    symptoms: frozenset[str]
    triggers: frozenset[str]
    habits: frozenset[str]
    scalp_loss: int | None
    pregnant_or_planning: bool
    breastfeeding: bool
    conditions: frozenset[str]
    preferences: frozenset[str]


NOTHING: frozenset[str] = frozenset()  # most lists are empty: one set for all of them


def answers_of(inp: AssessmentInput) -> Answers:
    # pydantic keeps a model's field values in its __dict__: one read of that, then plain dict
    # lookups, cost a fraction of reading each field through the model (see Answers).
    given = inp.__dict__
    stage = given["stage"]
    symptoms, triggers, habits = given["symptoms"], given["triggers"], given["habits"]
    conditions, preferences = given["conditions"], given["preferences"]
    # Positional, in the order of the fields: a class called with keywords packs them into a
    # dict on every call.
    return Answers(
        given["sex"],
        given["pattern"],
        given["age"],
        given["onset"],
        given["family_history"],
        given["duration_months"],
        stage,
        scale_of(stage) if stage else None,
        frozenset(symptoms) if symptoms else NOTHING,
        frozenset(triggers) if triggers else NOTHING,
        frozenset(habits) if habits else NOTHING,
        given["scalp_loss_percent"],
        given["pregnant_or_planning"],
        given["breastfeeding"],
        frozenset(conditions) if conditions else NOTHING,
        frozenset(preferences) if preferences else NOTHING,
    )


def compile_match(m: Match) -> Test:
    """One function for one situation. The rule's values are bound as names of the function's
    namespace, never spliced into its source, so content text cannot become code."""
    values: dict[str, object] = {}
    source = "lambda a: " + _expression(m, _binder(values))
    return eval(source, {"__builtins__": {}, **values})  # type: ignore[no-any-return]


def compile_any(matches: Sequence[Match]) -> Test:
    """One function for "any of these situations" (a next step's `when`)."""
    values: dict[str, object] = {}
    bind = _binder(values)
    source = "lambda a: " + " or ".join(_expression(m, bind) for m in matches)
    return eval(source, {"__builtins__": {}, **values})  # type: ignore[no-any-return]


def compile_scan(entries: Sequence[Sequence[Match]], pattern: str | None = None) -> Scan:
    """One function for many entries, each a list of situations: the positions of the entries
    with a situation that holds (once each, in order). An assessment tests dozens of them; one
    call instead of one per situation saves most of the cost. `pattern`: the scan only ever
    sees answers with this pattern, so the situations' pattern tests are decided here, once,
    rather than on every call."""
    values: dict[str, object] = {}
    bind = _binder(values)
    lines = ["def scan(a):", "    out = []"]
    for i, situations in enumerate(entries):
        held = " or ".join(_expression(m, bind, pattern) for m in situations)
        lines += [f"    if {held}:", f"        out.append({i})"]
    lines.append("    return out")
    namespace: dict[str, Any] = {"__builtins__": {}, **values}
    exec("\n".join(lines), namespace)  # values bound as names, as in compile_match
    return namespace["scan"]  # type: ignore[no-any-return]


def _binder(values: dict[str, object]) -> Callable[[object], str]:
    def bind(value: object) -> str:
        name = f"v{len(values)}"
        values[name] = value
        return name

    return bind


def _expression(m: Match, bind: Callable[[object], str], pattern: str | None = None) -> str:
    """The situation as a Python expression over the answers `a`, cheapest tests first; its
    value is always a bool. `pattern`: the pattern every answers tested will have."""
    terms: list[str] = []
    if m.sex:
        terms.append(f"a.sex in {bind(frozenset(m.sex))}")
    if m.patterns and pattern is None:
        terms.append(f"a.pattern in {bind(frozenset(m.patterns))}")
    elif m.patterns and pattern not in m.patterns:
        terms.append("False")
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
        # `not` gives the same bool as bool() without a call
        terms.append("not not a.triggers" if m.any_trigger else "not a.triggers")
    if m.symptoms:
        terms.append(_any_of("a.symptoms", m.symptoms, bind))
    if m.all_symptoms:
        terms.append(f"a.symptoms >= {bind(frozenset(m.all_symptoms))}")
    if m.no_symptoms:
        terms.append(_none_of("a.symptoms", m.no_symptoms, bind))
    if m.triggers:
        terms.append(_any_of("a.triggers", m.triggers, bind))
    if m.habits:
        terms.append(_any_of("a.habits", m.habits, bind))
    return f"({' and '.join(terms) or 'True'})"


def _any_of(answer: str, values: Sequence[object], bind: Callable[[object], str]) -> str:
    """Does the set `answer` hold any of `values`? Most rules name one value: a membership
    test then, which costs a fraction of a method call."""
    wanted = frozenset(values)
    if len(wanted) == 1:
        return f"({bind(next(iter(wanted)))} in {answer})"
    return f"(not {answer}.isdisjoint({bind(wanted)}))"


def _none_of(answer: str, values: Sequence[object], bind: Callable[[object], str]) -> str:
    """... and the reverse: does `answer` hold none of them?"""
    unwanted = frozenset(values)
    if len(unwanted) == 1:
        return f"({bind(next(iter(unwanted)))} not in {answer})"
    return f"{answer}.isdisjoint({bind(unwanted)})"


def could_hold_for_pattern(m: Match, pattern: str) -> bool:
    """False when the situation names patterns and this is not one: lets callers skip it."""
    return not m.patterns or pattern in m.patterns
