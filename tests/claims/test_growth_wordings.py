"""Hair growth said in other words ("promotes hair development", "supports hair production") is
a claim that the treatment grows hair, graded as "promotes hair growth" is; the words naming
how hair is made, with no treatment credited, are no claim. Every wording here is written for
these tests."""

from __future__ import annotations

import pytest

from tests.claims.checking import verdicts


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Biotin supports hair development.", "false"),
        ("Our biotin gummies promote healthy hair development.", "false"),
        ("Minoxidil promotes hair development.", "supported"),
        ("Saw palmetto encourages hair production.", "misleading"),
    ],
)
def test_growth_in_other_words(text: str, verdict: str) -> None:
    assert verdicts(text)["regrows_hair"] == verdict


def test_how_hair_is_made_is_no_claim() -> None:
    assert verdicts("Keratin is the protein used in hair production by the follicle.") == {}
