"""Condition facts of how many a condition affects, tried on wordings of their own: a share of
new mothers said to shed after a birth, with a figure or without one ("most new mums", "the
majority of new mothers"), which the record says nobody knows; and a share of men by an age,
"males" as the group, held to the figures the record gives for men at that age."""

from __future__ import annotations

import pytest

from tests.claims.checking import verdicts


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # a share of new mothers who shed after a birth: the record says it is not known
        (
            "Most new moms notice their hair falling out a few months after giving birth.",
            "unsupported",
        ),
        ("The majority of new mothers see heavy shedding after childbirth.", "unsupported"),
        ("Nearly all women will notice some shedding after they have a baby.", "unsupported"),
        ("Postpartum hair loss strikes most new mothers.", "unsupported"),
        ("Around 60% of new mums experience it following childbirth.", "unsupported"),
        ("Almost all mothers go through postpartum shedding.", "unsupported"),
        ("Half of all women face it after giving birth.", "unsupported"),
        # a share of men by an age, held to the record's figures for men
        ("Two thirds of men will have some hair loss by the age of 35.", "false"),
        ("By age 50, half of males have some degree of pattern hair loss.", "supported"),
        (
            "Around 2% of people will develop alopecia areata at some point in their life.",
            "supported",
        ),
    ],
)
def test_share_affected_is_a_condition_fact(text: str, verdict: str) -> None:
    assert verdicts(text).get("condition_fact") == verdict


@pytest.mark.parametrize(
    "text",
    [
        # a share of a group with no hair loss said of it, or a share of a product's users
        "Most women face sleepless nights after giving birth.",
        "Most new mothers find breastfeeding hard at first.",
        "Nearly all mums say they love our postpartum shampoo.",
        "Most of our customers see thicker hair within weeks.",
        "Half of women who use our serum see less shedding.",
        "Most men who take finasteride keep their hair.",
    ],
)
def test_share_without_the_condition_is_no_condition_fact(text: str) -> None:
    assert "condition_fact" not in verdicts(text)
