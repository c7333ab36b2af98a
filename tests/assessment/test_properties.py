"""Properties of the assessment that must hold for every valid input (hypothesis)."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from anagen.assessment.engine import assess
from anagen.assessment.plan import person_factors
from anagen.assessment.result import from_json, to_json
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
