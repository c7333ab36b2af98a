"""A page that names a herb and no form at all (an ingredient article, a shop's blurb) is settled
by the one route the knowledge base's treatments use that herb by: saw palmetto and pumpkin seed
oil by mouth (a supplement), rosemary oil on the scalp (a cosmetic). Vitamins, minerals and
other actives are left to the rules before (biotin is in shampoos and pills alike), and a form
named on the page, a shampoo or herbs used both ways keep their own reading. Every wording here
is written for these tests."""

from __future__ import annotations

import pytest

from tests.products.label_reading import read_label


@pytest.mark.parametrize(
    "text",
    [
        "Saw Palmetto\nSupports prostate health and normal urinary flow in men.",
        "Serenoa repens berry extract\nA traditional herb for men's wellbeing.",
        "Sabal serrulata\nStandardised to 85-95% fatty acids and sterols.",
        "Pumpkin seed oil (Cucurbita pepo)\nA green, nutty oil from Styria.",
        "Kürbiskernöl\nReich an Fettsäuren und Vitamin E.",
    ],
)
def test_a_herb_taken_by_mouth_is_a_supplement(text: str) -> None:
    assert read_label(text)[0] == "supplement"


@pytest.mark.parametrize(
    "text",
    [
        "Rosemary oil\nA fresh, woody scent loved for centuries.",
        "Rosmarinus officinalis leaf oil\nDistilled from Spanish rosemary.",
        "Oil of rosemary has a long history in folk beauty care.",
        "Huile essentielle de romarin\nNotes boisées et fraîches.",
    ],
)
def test_a_herb_put_on_the_scalp_is_a_cosmetic(text: str) -> None:
    assert read_label(text)[0] == "cosmetic"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # herbs used both ways in the knowledge base: no single route
        ("Rosemary oil or saw palmetto: which one is for you?", "unknown"),
        # a form on the page decides first
        ("Saw palmetto hair serum\nMassage into the scalp.", "cosmetic"),
        ("Saw Palmetto Shampoo\nFor thinning hair.", "cosmetic"),
        ("Rosemary leaf extract 400 mg capsules\n60 count.", "supplement"),
        # a vitamin alone: pills and shampoos alike
        ("Biotin is a B vitamin that hair needs.", "unknown"),
        # a herb with no treatment in the knowledge base
        ("Amla (Emblica officinalis)\nThe Indian gooseberry.", "unknown"),
    ],
)
def test_look_alikes_keep_their_reading(text: str, kind: str) -> None:
    assert read_label(text)[0] == kind
