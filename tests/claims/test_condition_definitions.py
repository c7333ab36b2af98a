"""What a condition is, read against its record's traits (condition_nature.py), and where
pattern baldness is inherited from (condition_inheritance.py): wordings not taken from any set,
and look-alikes that make no such claim."""

from __future__ import annotations

import pytest

from tests.claims.checking import verdicts


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # a trait the record gives
        ("Alopecia areata is an autoimmune disease.", "supported"),
        ("Patchy alopecia areata is an autoimmune disorder of the hair roots.", "supported"),
        ("Androgenetic alopecia is hereditary.", "supported"),
        ("Male pattern baldness is largely genetic.", "supported"),
        ("Beim kreisrunden Haarausfall handelt es sich um eine Autoimmunreaktion.", "supported"),
        (
            "Traction alopecia is hair loss that comes from tight hairstyles pulling on the roots.",
            "supported",
        ),
        ("La alopecia areata es una enfermedad autoinmune.", "supported"),
        ("L'alopécie androgénétique est héréditaire.", "supported"),
        ("Scalp ringworm is contagious.", "supported"),
        # a trait the record rules out, or its denial
        ("Androgenetic alopecia is caused by an autoimmune reaction.", "false"),
        ("La pelade n'est pas contagieuse.", "supported"),
        ("Traction alopecia isn't contagious.", "supported"),
        ("Telogen effluvium is not contagious.", "supported"),
        ("Alopecia areata is contagious.", "false"),
        ("Androgenetic alopecia is contagious.", "false"),
        ("Alopecia areata is not contagious.", "supported"),
        ("Telogen effluvium is a progressive condition in which the follicles shrink.", "false"),
        ("Telogen effluvium is gradual thinning.", "false"),
        # a trait the record neither gives nor rules out
        ("Female pattern hair loss is an autoimmune disease.", "unsupported"),
    ],
)
def test_a_condition_is_what_its_record_says(text: str, verdict: str) -> None:
    assert verdicts(text).get("condition_fact") == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Hair loss is passed down from your mother's side.", "false"),
        ("Male pattern baldness is inherited through the maternal line.", "false"),
        ("Balding is an X-linked trait, so look at your maternal grandfather.", "false"),
        ("You inherit baldness from your mother.", "false"),
        ("The idea that baldness comes only from your mum's side is a myth.", "supported"),
        ("You can inherit male pattern baldness from either parent.", "supported"),
        ("Don't believe the myth that baldness is passed down only by your mother.", "supported"),
        ("Balding runs on the maternal side.", "false"),
        ("Hair loss genes come from both parents, not just the mother's side.", "supported"),
        ("The baldness gene is stronger on the mother's side.", "unsupported"),
    ],
)
def test_where_baldness_is_inherited_from(text: str, verdict: str) -> None:
    assert verdicts(text).get("condition_fact") == verdict


@pytest.mark.parametrize(
    "text",
    [
        # a treatment's claim with a definition inside it
        "This serum helps people with alopecia areata, an autoimmune disease.",
        # said of something else, the condition after it
        "Leaky gut has been linked to autoimmune disease, including alopecia areata.",
        # the mother named, nothing inherited
        "My mother's side of the family loved this shampoo.",
        "Postpartum shedding is common for new mothers.",
        "Ask your mother about her hair loss after birth.",
        # a treatment said to be progressive, a condition with no trait
        "Minoxidil is a progressive treatment for androgenetic alopecia.",
    ],
)
def test_no_condition_trait_where_none_is_given(text: str) -> None:
    assert "condition_fact" not in verdicts(text)
