"""That a treatment helps only while it is used, said of the treatment unnamed ("whichever pill
you pick", "ces deux traitements", "育毛治療"): true of the medicines that work for hair loss,
graded on their records as when hair loss itself is named; an infection's course of tablets
stays apart. Every wording here is written for these tests."""

from __future__ import annotations

import pytest

from tests.claims.checking import verdicts


@pytest.mark.parametrize(
    "text",
    [
        "Whatever treatment you choose, it only works as long as you keep using it.",
        "Whichever pill you pick, the benefit disappears once you stop taking it.",
        "These medications only work while you keep taking them.",
        "Ces deux traitements doivent être pris à vie, sinon c'est la rechute à l'arrêt.",
        "Estos tratamientos funcionan solo mientras se siguen usando.",
        "育毛治療は継続することが前提です。",
    ],
)
def test_an_unnamed_treatment_helps_only_while_used(text: str) -> None:
    assert verdicts(text)["needs_ongoing_use"] == "supported"


def test_an_infections_course_is_not_graded_so() -> None:
    found = verdicts("The ringworm treatment must be kept up until the infection has cleared.")
    assert found.get("needs_ongoing_use") != "supported"
