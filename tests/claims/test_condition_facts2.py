"""The hair said to come back by itself, read as the condition's own course and graded on its
record (condition_outlook.py): "your hair will return to its normal thickness" after childbirth,
"traction alopecia can be reversed if caught in time". Supported where the record says the
condition recovers; misleading said flatly of one that can turn permanent. A quicker or fuller
comeback, or one a product is credited with, stays a claim about that product."""

from __future__ import annotations

import pytest

from tests.claims.checking import verdicts


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "Shedding after childbirth is temporary, and your hair will return to its normal "
            "thickness.",
            "supported",
        ),
        (
            "Postpartum hair loss is usually temporary: hair returns to its previous fullness "
            "within a year.",
            "supported",
        ),
        ("Hair lost to telogen effluvium normally comes back within six months.", "supported"),
        ("Traction alopecia may be reversed if the tight braids are loosened early.", "supported"),
        (
            "Hair usually grows back from traction alopecia if the braids come out soon enough.",
            "supported",
        ),
        (
            "Don't panic, your hair will return to its former thickness a few months postpartum.",
            "supported",
        ),
        # said flatly of a condition whose record says it can turn permanent
        ("Traction alopecia is reversible.", "misleading"),
    ],
)
def test_hair_coming_back_is_the_conditions_course(text: str, verdict: str) -> None:
    assert verdicts(text).get("condition_fact") == verdict


@pytest.mark.parametrize(
    "text",
    [
        "Rubbing onion juice on the patches makes alopecia areata grow back faster.",
        "Our serum helps your hair grow back after childbirth.",
        "This shampoo makes hair grow back after telogen effluvium.",
        "Minoxidil regrows hair in androgenetic alopecia.",
        "The hair grows back after chemotherapy.",
    ],
)
def test_a_comeback_credited_to_something_is_no_condition_fact(text: str) -> None:
    assert "condition_fact" not in verdicts(text)
