"""A rate stated for side effects as a whole ("3.8% of men had side effects"), named by no harm
of its own, is checked against the record that counts them together ("Any of the sexual side
effects above"), with and without placebo's rate; where the harms were seen ("in its clinical
trials", "in studies") names no harm, so it never picks a record by those words. Every wording
here is written for these tests."""

from __future__ import annotations

import pytest

from tests.claims.checking import verdicts


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # the recorded pair, said of the tablets by brand or by name
        (
            "In the clinical trials of Propecia, 3.8% of men had side effects, compared with "
            "2.1% on placebo.",
            "supported",
        ),
        ("Side effects were reported by 3.8% of men taking finasteride.", "supported"),
        # the rate said lower or far higher than the count together
        ("In studies, only 1% of men on finasteride experienced side effects.", "false"),
        ("Finasteride caused side effects in 25% of men in clinical trials.", "false"),
        # the right rate, but placebo's said wrong
        (
            "Side effects hit 3.8% of men on finasteride in trials, against 0.5% on placebo.",
            "false",
        ),
    ],
)
def test_side_effects_as_a_whole_against_the_count_together(text: str, verdict: str) -> None:
    assert verdicts(text)["causes_side_effect"] == verdict
