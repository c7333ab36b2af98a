"""A percentage on a page that is a share of something else is no active's strength: of a daily
value, of a price, of people in a study, of what an extract is standardised to, of a diluted raw
material, and any percentage a supplement's page prints outside its panel. A topical's own
concentration stays read. Every wording here is written for these tests."""

from __future__ import annotations

import pytest

from anagen.products.strength import first_strength
from tests.products.label_reading import read_label

# --- the words after or before a percentage ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a daily value, as other countries head it
        "Biotin 45% Daily Value",
        "Zinc 20% VNR",
        "Vitamina D 80% VD",
        "Fer 30% AJR",
        "Iron 25% RI",
        "Vitamin D 50% des Referenzwertes",
        # a price cut
        "Save 28% on Minoxidil",
        "Minoxidil foam 30% off today",
        "Discount: 15% Ketoconazole shampoo",
        "Biotin gummies 20% Rabatt",
        "Descuento del 10% en minoxidil",
        "Ketoconazole shampoo\n-25%\nA$19.95",
        # a share of people
        "38% of women with thinning hair lack biotin",
        "About 30% of all humans are short of iron",
        "In the study 64% of participants saw regrowth with minoxidil",
        "38% des femmes manquent de biotine",
        "El 40% de los hombres usa minoxidil",
        "Bei 30% der Frauen fehlt Eisen",
        "il 20% delle donne usa biotina",
        # a purity
        "Purity: 98% keratin",
        "Reinheit \u2265 95% Koffein",
        # a diluted raw material
        "Biotin 1% trituration",
        "Beta-carotene 10% beadlets",
        "Vitamin D3 0.25% premix",
        # what an extract is standardised to, along the whole list
        "Amla extract standardized to 40% tannins, 12% gallic acid and 2% vitamin C",
        "Saw palmetto extract standardised for 85% fatty acids, 0.2% sterols",
        "Estratto di rosmarino titolato 6% acido carnosico, 2% acido rosmarinico",
    ],
)
def test_a_share_of_something_else_is_no_strength(text: str) -> None:
    found = first_strength(text)
    assert found is None or not found.value.endswith("%")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Minoxidil 5% w/v", "5%"),
        ("Ketoconazole 2%", "2%"),
        ("Minoxidil 5% for men", "5%"),
        ("Minoxidil 5% off-white solution", "5%"),
        ("Pyrithione zinc 1% of the shampoo", "1%"),
        ("Salicylic acid 3% and 2% urea", "3%"),
        ("Caffeine 1%, niacinamide 2%", "1%"),
        ("Savon au ketoconazole 2%", "2%"),
        ("Minoxidil 2% solution for women", "2%"),
        ("Biotin 1% trituration 1000 mg, equivalent to Biotin 10 mg", "10 mg"),
    ],
)
def test_a_products_own_concentration_is_still_read(text: str, want: str) -> None:
    found = first_strength(text)
    assert found is not None and found.value == want


# --- whole labels --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "active"),
    [
        (
            "Iron Plus capsules - food supplement\nIron is needed to make red blood cells. "
            "Around 25% of people in the world are short of iron.\nTake one capsule a day.",
            "iron",
        ),
        (
            "Vitamin D3 softgels, dietary supplement\nWe make 90% of our vitamin D in the skin "
            "from sunlight.\nTake one softgel daily with food.",
            "vitamin-d",
        ),
        (
            "Biotin Hair Gummies - dietary supplement\nTake two gummies daily.\n"
            "Only 5-15% of biotin in food is free biotin.",
            "biotin",
        ),
        (
            "Zinc tablets, food supplement\nZinc helps keep hair normal.\n"
            "Up to 17% of the world's zinc intake is too low. One tablet a day.",
            "zinc",
        ),
        (
            "Saw Palmetto softgels, herbal supplement\nOne softgel twice daily.\n"
            "A cream with saw palmetto 2% was applied to the scalp in a small study.",
            "saw-palmetto",
        ),
    ],
)
def test_a_supplements_page_gives_no_percentage_as_strength(text: str, active: str) -> None:
    kind, actives = read_label(text)
    assert kind == "supplement"
    assert actives.get(active) is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a topical's percentage is its strength, on a page with prose as well
        (
            "Minoxidil Topical Solution 5%\nDrug Facts\nActive ingredient: Minoxidil 5% w/v\n"
            "Purpose: Hair regrowth treatment",
            {"minoxidil": "5%"},
        ),
        (
            "Ketoconazole Shampoo 2%\nActive ingredient: ketoconazole 2%\nUse twice a week.",
            {"ketoconazole": "2%"},
        ),
        # a supplement's own masses are still read, beside a share of people
        (
            "Biotin 10,000 mcg - dietary supplement\nSupplement Facts\nBiotin 10000 mcg 33333% DV\n"
            "38% of women with thin hair lack biotin.",
            {"biotin": "10000 mcg"},
        ),
        # a traditional formula's parts in its panel are still read
        (
            "He Shou Wu Pian, dietary supplement\nIngredients:\nHe Shou Wu (Polygonum "
            "multiflorum): 40%\nDang Gui root: 20%",
            {"polygonum-multiflorum": "40%"},
        ),
    ],
)
def test_a_products_own_percentage_is_still_read(text: str, want: dict[str, str]) -> None:
    assert read_label(text)[1] == want
