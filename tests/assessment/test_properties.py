"""Properties of the assessment that must hold for every valid input (hypothesis)."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from anagen.assessment.compiled import compiled_rules
from anagen.assessment.engine import assess
from anagen.assessment.inputs import AssessmentInput, parse_input
from anagen.assessment.matching import answers_of, compile_match
from anagen.assessment.plan import person_factors
from anagen.assessment.red_flags import find_red_flags
from anagen.assessment.result import from_json, to_json
from anagen.assessment.rules import Match
from anagen.assessment.vocab import (
    Habit,
    HealthCondition,
    Onset,
    Pattern,
    Preference,
    Sex,
    Stage,
    Symptom,
    Trigger,
    scale_of,
)
from anagen.knowledge.base import KnowledgeBase
from anagen.knowledge.vocab import CautionLevel

RED_FLAG_SYMPTOMS = [
    Symptom.SCARRING_SHINY_SKIN,
    Symptom.PUSTULES,
    Symptom.PAIN,
    Symptom.BURNING,
    Symptom.EYEBROW_OR_LASH_LOSS,
    Symptom.NAIL_PITTING,
]
SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _subset(values: Any) -> st.SearchStrategy[list[str]]:
    return st.lists(st.sampled_from([str(v) for v in values]), unique=True)


answers = st.fixed_dictionaries(
    {
        "sex": st.sampled_from([str(s) for s in Sex]),
        "age": st.integers(1, 120),
        "pattern": st.sampled_from([str(p) for p in Pattern]),
        "stage": st.none() | st.sampled_from([str(s) for s in Stage]),
        "duration_months": st.integers(0, 1440),
        "onset": st.sampled_from([str(o) for o in Onset]),
        "family_history": st.booleans(),
        "triggers": _subset(Trigger),
        "symptoms": _subset(Symptom),
        "pregnant_or_planning": st.booleans(),
        "breastfeeding": st.booleans(),
        "conditions": _subset(HealthCondition),
        "preferences": _subset(Preference),
        "habits": _subset(Habit),
    },
    optional={"scalp_loss_percent": st.none() | st.integers(0, 100)},
)


@SETTINGS
@given(answers)
def test_every_valid_input_gives_a_valid_output(kb: KnowledgeBase, data: dict[str, Any]) -> None:
    r = assess(data, kb)
    assert from_json(to_json(r)) == r
    assert r.likely_condition in {*kb.conditions, "unclear"}
    assert r.severity in {"none", "mild", "moderate", "severe"}
    assert r.disclaimer
    for item in r.plan:
        if item.role in ("first_line", "second_line"):
            assert item.evidence_grade not in ("D", "X"), item
    if r.red_flags:
        assert r.refer_to_doctor


@SETTINGS
@given(answers)
def test_a_contraindicated_treatment_never_appears_in_the_plan(
    kb: KnowledgeBase, data: dict[str, Any]
) -> None:
    r = assess(data, kb)
    from anagen.assessment.inputs import parse_input

    sure, _ = person_factors(parse_input(data))
    for item in r.plan:
        t = kb.treatments[item.treatment]
        for c in t.contraindications:
            assert not (c.level is CautionLevel.AVOID and sure & set(c.applies_to)), (t.slug, c)


@SETTINGS
@given(answers, st.sampled_from([str(s) for s in RED_FLAG_SYMPTOMS]))
def test_adding_a_red_flag_never_turns_referral_off(
    kb: KnowledgeBase, data: dict[str, Any], symptom: str
) -> None:
    more = {**data, "symptoms": sorted({*data["symptoms"], symptom})}
    assert assess(more, kb).refer_to_doctor


@SETTINGS
@given(answers, st.sampled_from([str(c) for c in HealthCondition] + ["pregnant", "breastfeeding"]))
def test_adding_a_contraindication_never_adds_a_treatment(
    kb: KnowledgeBase, data: dict[str, Any], extra: str
) -> None:
    if extra == "pregnant":
        more = {**data, "pregnant_or_planning": True}
    elif extra == "breastfeeding":
        more = {**data, "breastfeeding": True}
    else:
        more = {**data, "conditions": sorted({*data["conditions"], extra})}
    before = {p.treatment for p in assess(data, kb).plan}
    after = {p.treatment for p in assess(more, kb).plan}
    assert after <= before


@SETTINGS
@given(answers)
def test_the_same_answers_always_give_the_same_result(
    kb: KnowledgeBase, data: dict[str, Any]
) -> None:
    assert assess(data, kb) == assess(dict(data), kb)


def _holds_literally(m: Match, inp: AssessmentInput) -> bool:
    """Each constraint read as `content/assessment.yaml` documents it, with no compilation."""
    return all(
        [
            not m.sex or inp.sex in m.sex,
            not m.patterns or inp.pattern in m.patterns,
            m.age_below is None or inp.age < m.age_below,
            m.age_at_least is None or inp.age >= m.age_at_least,
            m.onset is None or inp.onset == m.onset,
            not m.symptoms or any(s in inp.symptoms for s in m.symptoms),
            all(s in inp.symptoms for s in m.all_symptoms),
            not any(s in inp.symptoms for s in m.no_symptoms),
            not m.triggers or any(t in inp.triggers for t in m.triggers),
            m.any_trigger is None or bool(inp.triggers) == m.any_trigger,
            not m.habits or any(h in inp.habits for h in m.habits),
            m.family_history is None or inp.family_history == m.family_history,
            m.duration_over_months is None or inp.duration_months > m.duration_over_months,
            m.duration_at_most_months is None or inp.duration_months <= m.duration_at_most_months,
            m.stage_scale is None
            or (inp.stage is not None and scale_of(inp.stage) == m.stage_scale),
            m.scalp_loss_at_least is None
            or (
                inp.scalp_loss_percent is not None
                and inp.scalp_loss_percent >= m.scalp_loss_at_least
            ),
        ]
    )


@SETTINGS
@given(answers, st.data())
def test_compiled_situations_agree_with_their_literal_reading(
    kb: KnowledgeBase, data: dict[str, Any], draw: st.DataObject
) -> None:
    """The engine tests rules through compiled functions and pattern buckets (for speed);
    they must decide exactly as the plain reading of every rule does. Answers are steered
    towards one situation (its pattern, sex, and its own age and duration boundaries)."""
    assert kb.assessment is not None
    situations = [c.when for c in kb.assessment.clues]
    situations += [m for r in kb.assessment.red_flags for m in r.when]
    situations += [m for s in kb.assessment.next_steps for m in s.when]
    aim = draw.draw(st.sampled_from(situations))
    if aim.patterns:
        data = {**data, "pattern": str(draw.draw(st.sampled_from(aim.patterns)))}
    if aim.sex:
        data = {**data, "sex": str(draw.draw(st.sampled_from(aim.sex)))}
    ages = [v + d for v in (aim.age_below, aim.age_at_least) if v for d in (-1, 0) if v + d > 0]
    if ages:
        data = {**data, "age": draw.draw(st.sampled_from(ages))}
    months = [
        v + d
        for v in (aim.duration_over_months, aim.duration_at_most_months)
        if v is not None
        for d in (0, 1)
    ]
    if months:
        data = {**data, "duration_months": draw.draw(st.sampled_from(months))}
    inp = parse_input(data)
    answers = answers_of(inp)
    for m in situations:
        assert compile_match(m)(answers) == _holds_literally(m, inp), m
    compiled = compiled_rules(kb.assessment)
    bucketed = {id(c) for c, _ in compiled.clues_by_pattern[inp.pattern]}
    for clue in kb.assessment.clues:
        if _holds_literally(clue.when, inp):
            assert id(clue) in bucketed, clue
    # one scan per pattern decides as each clue's own function, and red flags as the rules read
    clues = compiled.clues_by_pattern[inp.pattern]
    assert compiled.clue_scans[inp.pattern](answers) == [
        i for i, (_, holds) in enumerate(clues) if holds(answers)
    ]
    assert [f.code for f in find_red_flags(answers, compiled)] == [
        str(r.code)
        for r in kb.assessment.red_flags
        if any(_holds_literally(m, inp) for m in r.when)
    ]


def test_compiled_situations_agree_at_every_rule_boundary(kb: KnowledgeBase) -> None:
    """Every situation, met in all its other constraints, at each side of its own age and
    duration limits: where an off-by-one in the compiled form would show."""
    assert kb.assessment is not None
    situations = [c.when for c in kb.assessment.clues]
    situations += [m for r in kb.assessment.red_flags for m in r.when]
    situations += [m for s in kb.assessment.next_steps for m in s.when]
    checked = 0
    for m in situations:
        base: dict[str, Any] = {
            "sex": str(m.sex[0]) if m.sex else "female",
            "age": 40,
            "pattern": str(m.patterns[0]) if m.patterns else "diffuse_top",
            "duration_months": 12,
            "onset": str(m.onset or "gradual"),
            "family_history": bool(m.family_history),
            "symptoms": sorted({*map(str, m.symptoms[:1]), *map(str, m.all_symptoms)}),
            "triggers": [str(m.triggers[0])] if m.triggers else [],
            "habits": [str(m.habits[0])] if m.habits else [],
        }
        if m.any_trigger and not base["triggers"]:
            base["triggers"] = [str(Trigger.CHILDBIRTH)]
        if m.stage_scale:
            base["stage"] = next(str(s) for s in Stage if scale_of(s) == m.stage_scale)
        ages = [v + d for v in (m.age_below, m.age_at_least) if v for d in (-1, 0) if v + d > 0]
        months = [
            v + d
            for v in (m.duration_over_months, m.duration_at_most_months)
            if v is not None
            for d in (0, 1)
        ]
        losses = [
            m.scalp_loss_at_least + d
            for d in (-1, 0)
            if m.scalp_loss_at_least is not None and 0 <= m.scalp_loss_at_least + d <= 100
        ]
        for age in ages or [base["age"]]:
            for duration in months or [base["duration_months"]]:
                for loss in losses or [None]:
                    inp = parse_input(
                        {
                            **base,
                            "age": age,
                            "duration_months": duration,
                            "scalp_loss_percent": loss,
                        }
                    )
                    assert compile_match(m)(answers_of(inp)) == _holds_literally(m, inp), (m, inp)
                    checked += 1
    assert checked > len(situations)


@SETTINGS
@given(answers)
def test_a_clue_against_a_condition_is_never_given_as_a_reason_for_it(
    kb: KnowledgeBase, data: dict[str, Any]
) -> None:
    r = assess(data, kb)
    assert kb.assessment is not None
    against = {c.why for c in kb.assessment.clues if c.weight < 0}
    assert not against & set(r.why)
    assert all(not any(w in d.why for w in against) for d in r.differentials)
