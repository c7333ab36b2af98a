"""Preferences in the plan: what a small budget leaves out, and the note when a preference
leaves out the best-proven options."""

from __future__ import annotations

from typing import Any

from anagen.assessment.engine import assess
from anagen.assessment.plan import BEST_NOT_WANTED_NOTE, BEST_RULED_OUT_NOTE
from anagen.knowledge.base import KnowledgeBase
from anagen.knowledge.vocab import Category, CostBand

BALDING_MAN: dict[str, Any] = {
    "sex": "male",
    "age": 52,
    "pattern": "receding_and_crown",
    "stage": "N6",
    "duration_months": 240,
    "onset": "gradual",
}
SEVERE_PATCHES: dict[str, Any] = {
    "sex": "female",
    "age": 30,
    "pattern": "patches",
    "scalp_loss_percent": 60,
    "duration_months": 8,
    "onset": "sudden",
}
CHILD_RINGWORM: dict[str, Any] = {
    "sex": "male",
    "age": 7,
    "pattern": "patches",
    "duration_months": 1,
    "onset": "gradual",
    "symptoms": ["scaling", "itching"],
}


def _costly_procedures(kb: KnowledgeBase) -> set[str]:
    return {
        t.slug
        for t in kb.treatments.values()
        if t.category is Category.PROCEDURE and t.cost and t.cost.band is CostBand.VERY_HIGH
    }


def test_a_small_budget_leaves_out_the_costliest_procedures_and_says_why(
    kb: KnowledgeBase,
) -> None:
    costly = _costly_procedures(kb)
    assert costly  # the rule has something to act on
    plain = assess(BALDING_MAN, kb)
    offered = {p.treatment for p in plain.plan} & costly
    assert offered, "without the preference the procedures are offered"
    budget = assess({**BALDING_MAN, "preferences": ["low_budget"]}, kb)
    assert not offered & {p.treatment for p in budget.plan}
    reasons = {n.treatment: n for n in budget.not_suitable}
    for slug in offered:
        assert "keep costs low" in reasons[slug].reason
        assert reasons[slug].sources == list(kb.treatments[slug].cost.sources)  # type: ignore[union-attr]


def test_a_small_budget_keeps_costly_medicines_a_health_system_may_pay_for(
    kb: KnowledgeBase,
) -> None:
    result = assess({**SEVERE_PATCHES, "preferences": ["low_budget"]}, kb)
    assert kb.treatments["baricitinib"].cost.band is CostBand.VERY_HIGH  # type: ignore[union-attr]
    assert "baricitinib" in {p.treatment for p in result.plan}


def test_a_preference_that_leaves_out_the_cure_is_named_in_the_next_steps(
    kb: KnowledgeBase,
) -> None:
    plain = assess(CHILD_RINGWORM, kb)
    assert BEST_NOT_WANTED_NOTE not in plain.next_steps
    no_pills = assess({**CHILD_RINGWORM, "preferences": ["no_pills"]}, kb)
    assert {"griseofulvin", "terbinafine-oral"} <= {n.treatment for n in no_pills.not_suitable}
    assert BEST_NOT_WANTED_NOTE in no_pills.next_steps
    assert BEST_RULED_OUT_NOTE not in no_pills.next_steps


def test_safety_is_named_before_preference_when_both_leave_out_the_best(
    kb: KnowledgeBase,
) -> None:
    answers = {**CHILD_RINGWORM, "sex": "female", "age": 30, "pregnant_or_planning": True}
    result = assess({**answers, "preferences": ["no_pills"]}, kb)
    assert BEST_RULED_OUT_NOTE in result.next_steps
    assert BEST_NOT_WANTED_NOTE not in result.next_steps
