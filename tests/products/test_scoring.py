"""Scoring properties: better evidence and effective strengths never lower efficacy;
sponsorship is not an input at all."""

from __future__ import annotations

import dataclasses
import inspect

from hypothesis import given, settings
from hypothesis import strategies as st

from anagen.knowledge.loader import default_content_dir, load_content
from anagen.products.label import Active, LabelAnalysis
from anagen.products.scoring import GRADE_POINTS, ProductFacts, score_product

KB = load_content(default_content_dir())
FACTS = ProductFacts(
    form="solution",
    regulatory_type="otc_drug",
    conditions=("androgenetic-alopecia",),
    price_band=None,
)


def _score(strength: str | None, ingredient: str = "minoxidil") -> float:
    analysis = LabelAnalysis(actives=[Active(ingredient, ingredient, strength)])
    return score_product(analysis, FACTS, "label text here", KB).part("efficacy").score


def test_grade_points_never_rise_as_the_grade_worsens() -> None:
    points = [GRADE_POINTS[g] for g in "ABCDX"]
    assert points == sorted(points, reverse=True)


@settings(max_examples=60, deadline=None)
@given(st.floats(0.01, 10), st.floats(0.01, 10))
def test_a_higher_strength_never_lowers_efficacy(a: float, b: float) -> None:
    low, high = sorted((a, b))
    assert _score(f"{high:.2f}%") >= _score(f"{low:.2f}%")


def test_a_trace_scores_below_an_effective_strength() -> None:
    assert _score("0.1%") < _score("5%")
    assert _score(None) < _score("5%")


def test_a_better_graded_active_never_lowers_efficacy() -> None:
    assert _score("5%", "minoxidil") >= _score("320 mg", "saw-palmetto")


def test_sponsorship_is_not_an_input_to_scoring() -> None:
    assert "sponsored" not in {f.name for f in dataclasses.fields(ProductFacts)}
    assert "sponsor" not in inspect.getsource(score_product)


def test_a_device_needs_a_recorded_clearance_for_efficacy() -> None:
    cleared = ProductFacts("device", "device_cleared", ("androgenetic-alopecia",), None)
    cosmetic = ProductFacts("device", "cosmetic", ("androgenetic-alopecia",), None)
    empty = LabelAnalysis()
    assert score_product(empty, cleared, "K123456 laser", KB).part("efficacy").score > 0
    assert score_product(empty, cosmetic, "laser", KB).part("efficacy").score == 0


def test_a_proprietary_blend_lowers_transparency() -> None:
    blend = LabelAnalysis(actives=[Active("biotin", "biotin", None)], proprietary_blend=True)
    clear = LabelAnalysis(actives=[Active("biotin", "biotin", "5000 mcg")])
    facts = ProductFacts("capsule", "supplement", (), None)
    label = "Supplement Facts: Biotin"
    assert (
        score_product(blend, facts, label, KB).part("transparency").score
        < score_product(clear, facts, label, KB).part("transparency").score
    )
