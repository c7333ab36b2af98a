"""Every treatment denied a result, naming none ("no medication can regrow lost hair", "cannot
be regrown by any product", "nothing can make it grow back"): false where the record holds good
evidence that some treatment does it for the condition (pattern hair loss when none is named);
a narrowed kind ("no shampoo", "no natural remedy") and scarred roots keep their own reading.
Every wording here is written for these tests."""

from __future__ import annotations

import pytest

from tests.claims.checking import verdicts


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("No medication can regrow hair that has already been lost.", "regrows_hair"),
        ("Once hair has fallen out, nothing can make it grow back.", "regrows_hair"),
        ("Lost hair cannot be regrown by any product.", "regrows_hair"),
        ("Not a single drug can regrow hair lost to male pattern baldness.", "regrows_hair"),
        ("No approved treatment can stop hereditary hair loss.", "stops_hair_loss"),
    ],
)
def test_every_treatment_denied_a_result_is_false(text: str, kind: str) -> None:
    assert verdicts(text)[kind] == "false"


@pytest.mark.parametrize(
    "text",
    [
        # a narrowed kind: its own record, not every treatment's
        "No shampoo can regrow hair.",
        "No natural remedy can regrow lost hair.",
    ],
)
def test_a_narrowed_kind_is_not_every_treatment(text: str) -> None:
    assert verdicts(text).get("regrows_hair") != "false"


def test_scarred_roots_regrow_with_nothing() -> None:
    text = "Where the roots have scarred, no treatment can bring the hair back."
    assert verdicts(text).get("regrows_hair") != "false"
