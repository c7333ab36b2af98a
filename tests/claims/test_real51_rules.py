"""Families found by the fifty-first blind review: the hair loss a person has before a treatment
("a man experiencing male pattern baldness started finasteride") is no harm of it, nor is the
sex it names; the harm's own words still name one ("male infertility", "more shedding")."""

from __future__ import annotations

import pytest

from tests.claims.checking import verdicts


@pytest.mark.parametrize(
    "text",
    [
        "John, a 35-year-old experiencing male pattern baldness, started finasteride six months ago.",
        "Sarah, 41, noticed female pattern hair loss and began minoxidil foam last spring.",
        "A man experiencing male-pattern thinning at the crown asked about dutasteride.",
        "Women experiencing female pattern hair loss often try spironolactone after minoxidil.",
        "Patients experiencing male pattern baldness were given finasteride 1 mg in the trial.",
    ],
)
def test_the_hair_loss_treated_is_no_side_effect(text: str) -> None:
    assert "causes_side_effect" not in verdicts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Some men taking finasteride develop male infertility or poor semen quality.",
        "Men on finasteride may experience testicular pain.",
        "Some people notice more shedding in the first weeks of minoxidil.",
    ],
)
def test_the_harms_own_words_still_name_it(text: str) -> None:
    assert verdicts(text).get("causes_side_effect") == "supported"
