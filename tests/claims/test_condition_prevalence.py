"""How many people a condition affects, said as a figure, is a fact about the condition (not a
treatment's success rate), held to the figures its record gives for the same sex and age."""

from __future__ import annotations

import pytest

from tests.claims.checking import verdicts


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # near the record's figure for that sex and age
        (
            "Roughly 50 percent of men experience some hair loss by the time they reach 50.",
            "supported",
        ),
        ("Male pattern baldness affects around 50% of men over 50.", "supported"),
        ("Up to 80% of men will experience male pattern baldness by age 70.", "supported"),
        ("Alopecia areata affects about 2% of people at some point in their lives.", "supported"),
        ("Around 2 in 100 people will get alopecia areata.", "supported"),
        ("Three in four women over 65 have some thinning.", "supported"),
        (
            "Traction alopecia affects one-third of women of African descent who wear tight styles.",
            "supported",
        ),
        # every figure of the sentence held to its own age
        (
            "About 13% of women have some thinning before the menopause, and about three in four "
            "women over 65 do.",
            "supported",
        ),
        # far from every figure the record gives
        ("10% of men are balding by age 50.", "false"),
        ("Alopecia areata affects 20% of people.", "false"),
        (
            "About 13% of women have some thinning before the menopause, and about 10% of women "
            "over 65 do.",
            "false",
        ),
        ("About 30% of men have some hair loss by age 30.", "supported"),
        ("5% of women under 30 have female pattern hair loss.", "supported"),
        ("30% of women under 30 have female pattern hair loss.", "false"),
        ("Three quarters of women over 65 have some thinning.", "supported"),
        ("Androgenetic alopecia affects about 40% of women over 70.", "supported"),
        (
            "Two-thirds of American men will experience some degree of appreciable hair loss by "
            "the age of thirty-five.",
            "false",
        ),
        # at an age the record gives no figure for, or between its figures
        (
            "Androgenetic alopecia afflicts 50 to 75% of the female population between 40 and 65.",
            "unsupported",
        ),
        ("About 40% of women have visible hair loss by age 50.", "unsupported"),
        ("Hair loss affects 1 in 3 women.", "unsupported"),
    ],
)
def test_a_prevalence_figure_is_a_condition_fact(text: str, verdict: str) -> None:
    found = verdicts(text)
    assert found.get("condition_fact") == verdict
    assert "percent_success" not in found


@pytest.mark.parametrize(
    "text",
    [
        # a share of those who have it, not of everyone
        "67% of women who suffer from hair loss also have PCOS.",
        # a treatment's result
        "80% of men who used minoxidil saw regrowth.",
        "90% of our customers have thicker hair.",
        # a passing kind of loss said of one sex is no pattern hair loss's figure
        "It's a temporary condition and affects up to 50% of women.",
    ],
)
def test_shares_that_are_not_how_common_it_is(text: str) -> None:
    assert "condition_fact" not in verdicts(text)
