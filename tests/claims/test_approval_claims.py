"""Claims of regulatory approval judged against every approval the record holds for the hair
loss they name: "the only" approved one (hair loss at large takes in alopecia areata and its
approved pills; an over-the-counter or prescription scope narrows the count), a number of
approved medicines, a strength said to be the only one approved, a prescription claimed for a
medicine sold over the counter, and a kind of hair product (shampoo, vitamin, serum) said to be
approved - or denied it - when no approval for hair loss is of that kind."""

from __future__ import annotations

import pytest

from tests.claims.checking import verdicts


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # "the only" one approved for hair loss at large: others are approved too
        ("Minoxidil is the only FDA-approved medicine for hair loss.", "false"),
        ("Finasteride is the only drug the FDA has approved to treat hair loss.", "false"),
        ("Rogaine is the first and only FDA-approved treatment for hair loss.", "false"),
        ("Baricitinib is the only FDA-approved pill for alopecia areata.", "false"),
        (
            "Minoxidil and finasteride are the only two drugs approved by the FDA for hair loss.",
            "false",
        ),
        # ... and where the scope it names holds it
        (
            "Minoxidil and finasteride are the only two drugs approved by the FDA for male "
            "pattern baldness.",
            "supported",
        ),
        ("Minoxidil is the only FDA-approved treatment for female pattern hair loss.", "supported"),
        (
            "Minoxidil is the only over-the-counter treatment approved by the FDA for hair loss.",
            "supported",
        ),
        (
            "Finasteride is the only prescription pill approved by the FDA for male pattern "
            "baldness.",
            "supported",
        ),
    ],
)
def test_the_only_approved_one_is_measured_against_every_recorded_approval(
    text: str, verdict: str
) -> None:
    assert verdicts(text).get("fda_approved") == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Only two medications have been approved by the FDA for hair loss.", "false"),
        ("Only one drug has ever been approved by the FDA for hair loss.", "false"),
        (
            "There are just two medicines approved by the FDA to treat male pattern baldness.",
            "supported",
        ),
        (
            "The FDA has approved only one over-the-counter treatment for thinning hair in women.",
            "supported",
        ),
        ("So far the FDA has approved three treatments for alopecia areata.", "supported"),
        # more than the record holds: its silence proves nothing
        (
            "There are only three FDA-approved treatments for male pattern baldness.",
            "unsupported",
        ),
    ],
)
def test_a_number_of_approved_medicines_is_counted_on_the_record(text: str, verdict: str) -> None:
    assert verdicts(text).get("fda_approved") == verdict


def test_a_count_of_a_named_class_is_not_counted_as_all_medicines() -> None:
    # three JAK inhibitors are approved, but the count does not sort by class
    text = "There are three FDA-approved JAK inhibitors for severe alopecia areata."
    assert verdicts(text).get("fda_approved") == "unsupported"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("The 5% foam is the only product approved by the FDA for women's hair loss.", "false"),
        ("Minoxidil 2% solution is the only treatment for women approved by the FDA.", "false"),
        ("Rogaine 2% is the only FDA-approved product for women with hair loss.", "false"),
        # "only" said of the medicine, whatever its strength
        ("5% minoxidil is the only FDA-approved ingredient to regrow hair in women.", "supported"),
    ],
)
def test_one_strength_said_to_be_the_only_one_approved(text: str, verdict: str) -> None:
    assert verdicts(text).get("fda_approved") == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "Rogaine foam is only available on prescription and is FDA approved for hair loss.",
            "false",
        ),
        (
            "Minoxidil 2% topical solution, the only prescription treatment of its kind for "
            "women, was approved by the FDA.",
            "false",
        ),
        (
            "Women's Rogaine is a prescription-only treatment approved by the FDA for thinning "
            "hair.",
            "false",
        ),
        ("Minoxidil foam, an FDA-approved prescription drug, regrows hair.", "false"),
        ("Our Rogaine foam is FDA approved and available with a prescription.", "false"),
        # look-alikes: a prescription medicine, and the over-the-counter one said so
        (
            "Finasteride is a prescription medicine approved by the FDA for male pattern baldness.",
            "supported",
        ),
        ("Baricitinib is approved by the FDA and available on prescription.", "supported"),
        ("Minoxidil foam is FDA approved and sold over the counter.", "supported"),
    ],
)
def test_a_prescription_claimed_for_a_medicine_sold_over_the_counter(
    text: str, verdict: str
) -> None:
    assert verdicts(text).get("fda_approved") == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("No hair vitamin has been approved by the FDA for hair loss.", "supported"),
        ("There is no FDA-approved supplement for hair loss.", "supported"),
        ("Shampoos are not FDA approved to treat hair loss.", "supported"),
        ("This is the first FDA-approved hair growth serum for thinning hair.", "false"),
        ("FDA-approved gummies for hair loss are finally here.", "false"),
    ],
)
def test_a_kind_of_hair_product_no_approval_is_of(text: str, verdict: str) -> None:
    assert verdicts(text).get("fda_approved") == verdict


@pytest.mark.parametrize(
    "text",
    [
        "Our shampoo is gentle and approved by dermatologists.",
        "Two of our customers tried the only shampoo they had.",
        "The only two things I changed were my shampoo and my diet.",
    ],
)
def test_look_alikes_without_an_approval_claim_get_no_approval_finding(text: str) -> None:
    assert "fda_approved" not in verdicts(text)
