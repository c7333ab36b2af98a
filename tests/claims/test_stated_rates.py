"""A side effect's rate stated as a figure, checked against the recorded rate and placebo's
(placebo_harms.stated_rate)."""

from __future__ import annotations

import pytest

from anagen.claims.engine import check_claims
from tests.claims.checking import KB


def _verdict(text: str, kind: str = "causes_side_effect") -> str:
    found = [f for f in check_claims(text, KB).findings if f.kind == kind]
    return found[0].verdict if found else "none"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # the recorded figure, drug and placebo: supported
        (
            "In the year-long trials, 1.8% of men on finasteride tablets reported lower sex "
            "drive, against 1.3% on placebo.",
            "supported",
        ),
        # the right drug figure with a placebo rate the record does not give
        (
            "In the year-long trials, 1.8% of men on finasteride tablets reported lower sex "
            "drive, against 0.1% on placebo.",
            "false",
        ),
        # a rate many times the recorded one
        ("About 40% of men on finasteride tablets get lower sex drive.", "false"),
    ],
)
def test_a_stated_harm_rate_is_checked_against_the_record(text: str, verdict: str) -> None:
    assert _verdict(text) == verdict


def test_a_strength_is_not_read_as_a_harm_rate() -> None:
    """ "5% foam" is a strength: the itching rate is the only rate stated."""
    findings = check_claims("With the 5% foam, itching is the side effect to expect.", KB)
    assert all("Not the rate recorded" not in f.explanation for f in findings.findings)


def test_a_product_called_two_in_one_states_no_share() -> None:
    findings = check_claims("A 2-in-1 shampoo and conditioner for thinning hair.", KB).findings
    assert not [f for f in findings if f.kind == "percent_success"]
