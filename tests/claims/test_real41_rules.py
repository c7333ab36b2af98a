"""Rules written from the classes of English miss in the 41st blind set (magazines, news,
wellness blogs, pharmacies, salons, women's and children's pages, forums), each tried on
wordings of its own: a hair's thickness or density as what a tool measures (no claim); more
shedding noticed at the start ("an increase in hair loss"); an approval worded as the agency's
backing; safety argued from the body's own tissue; one study cited for a result; how often
only some forms are used, given as the rule; and the form a condition needs, beside a form said
not to help."""

from __future__ import annotations

import pytest

from anagen.claims.engine import check_claims
from tests.claims.checking import KB, verdicts


@pytest.mark.parametrize(
    ("text", "kind", "verdict"),
    [
        # shedding at the start, worded as an increase in hair loss
        (
            "When starting Rogaine, you may notice an increase in hair loss for a few weeks.",
            "causes_side_effect",
            "supported",
        ),
        (
            "Many people see a spike in hair loss after starting minoxidil.",
            "causes_side_effect",
            "supported",
        ),
        # an approval worded as the agency's backing
        ("Finasteride has FDA backing for male pattern baldness.", "fda_approved", "supported"),
        ("Rosemary oil is backed by the FDA.", "fda_approved", "false"),
        ("Oral minoxidil is FDA-backed.", "fda_approved", "false"),
        # safe because it comes from the body's own tissue
        (
            "Because PRP uses your own blood, it is completely safe.",
            "natural_safe",
            "misleading",
        ),
        (
            "Platelet-rich plasma is safe since it is made from the patient's own blood.",
            "natural_safe",
            "misleading",
        ),
        # one study cited for a result, against a body of evidence showing no benefit
        (
            "A 2019 study found that biotin gummies made hair thicker in women.",
            "clinically_proven",
            "misleading",
        ),
        (
            "A study found that finasteride stops hair loss in most men.",
            "clinically_proven",
            "supported",
        ),
        # how often only some forms are used, given as the rule
        ("Rogaine is used once daily.", "usage", "misleading"),
        ("Tofacitinib is taken once a day for alopecia areata.", "usage", "misleading"),
        # the form a condition needs, beside a form said not to help
        (
            "Ringworm of the scalp is treated with tablets because creams alone aren't enough.",
            "usage",
            "supported",
        ),
        (
            "Scalp ringworm causes scaly patches and is treated with antifungal cream.",
            "usage",
            "false",
        ),
    ],
)
def test_real41_rule(text: str, kind: str, verdict: str) -> None:
    assert verdicts(text).get(kind) == verdict


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the hair's thickness or density as what a tool or test reads
        ("A trichoscope measures hair density at the crown.", "thickens_hair"),
        ("The gauge is used to measure the thickness of each strand.", "thickens_hair"),
        # a body's own tissue named, no safety claimed from it
        ("PRP uses your own blood, which is drawn from your arm.", "natural_safe"),
        # a study that found nothing is no claim of proof
        ("One study found no benefit from biotin.", "clinically_proven"),
    ],
)
def test_real41_rule_leaves_unflagged(text: str, kind: str) -> None:
    assert kind not in verdicts(text)


@pytest.mark.parametrize(
    ("text", "kind", "verdict"),
    [
        # a thickness made greater is still a claim
        ("Minoxidil increases hair thickness.", "thickens_hair", "supported"),
        # how often, said of the form it is right for, or of the rule
        ("Women's minoxidil foam is applied once a day.", "usage", "supported"),
        ("Use half a capful of minoxidil once a day on the thinning area.", "usage", "supported"),
        # two words that each stand in another direction, together naming this one
        ("Women use 5% minoxidil foam once a day.", "usage", "supported"),
        ("The once-daily dose of 5% minoxidil products for women.", "usage", "supported"),
        ("Minoxidil solution is applied twice a day.", "usage", "supported"),
        ("Finasteride is taken once a day.", "usage", "supported"),
    ],
)
def test_real41_rule_leaves_look_alikes_as_they_were(text: str, kind: str, verdict: str) -> None:
    assert verdicts(text).get(kind) == verdict


@pytest.mark.parametrize(
    "text",
    [
        "When starting Rogaine, you may notice an increase in hair loss for a few weeks.",
        "Minoxidil may cause more hair fall in the first weeks.",
        "Minoxidil can cause a spike in shedding when you start.",
    ],
)
def test_more_shedding_at_the_start_is_explained_by_the_shedding_record(text: str) -> None:
    # not by the warning that sudden hair loss is another kind than minoxidil treats
    found = [f for f in check_claims(text, KB).findings if f.kind == "causes_side_effect"]
    assert found and "shedding" in found[0].explanation.lower()
    assert "see a doctor" not in found[0].explanation.lower()


@pytest.mark.parametrize(
    "text",
    [
        "You may see more hair fall in the first weeks of minoxidil.",
        "You may notice more hair loss in the first two weeks of Rogaine.",
    ],
)
def test_when_a_harm_shows_is_no_promise_of_fast_results(text: str) -> None:
    found = verdicts(text)
    assert found.get("causes_side_effect") == "supported"
    assert "works_in_days" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Minoxidil results in more shedding in the first weeks.",
        "Rogaine can result in increased shedding during the first 2 to 8 weeks.",
    ],
)
def test_results_in_a_harm_is_the_verb_of_the_harm(text: str) -> None:
    found = verdicts(text)
    assert found.get("causes_side_effect") == "supported"
    assert "works_in_days" not in found


@pytest.mark.parametrize(
    "text",
    [
        "See results in the first weeks.",
        "You will see results in the first few weeks.",
        "Visible results in 4 weeks.",
        "Results in a few weeks.",
    ],
)
def test_results_in_a_span_of_time_is_a_promise_not_a_harm(text: str) -> None:
    found = verdicts(text)
    assert "works_in_days" in found
    assert "causes_side_effect" not in found


@pytest.mark.parametrize(
    "text",
    [
        "With minoxidil, expect more hair fall in the first weeks.",
        "Expect some temporary hair loss when you start Rogaine.",
        "You should expect increased hair loss for a few weeks on minoxidil foam.",
    ],
)
def test_expected_hair_fall_at_the_start_is_the_shedding_side_effect(text: str) -> None:
    assert verdicts(text).get("causes_side_effect") == "supported"


def test_expecting_hair_loss_to_stop_is_no_harm() -> None:
    assert "causes_side_effect" not in verdicts(
        "Expect hair loss to stop within 3 months of minoxidil."
    )
