"""A label's own text (label_own): with a composition of its own, what only the rest of the page
names (cross-sells, reviews, free-from lines, variants not chosen) is not an active; without
one, the reading is as before. Labels written for these tests, in languages the header tables
do not know, so that the rule is seen to key on the page's shape."""

from __future__ import annotations

import pytest

from anagen.knowledge.loader import default_content_dir, load_content
from anagen.products.ingredient_index import index_for
from anagen.products.label import analyze_label
from anagen.products.label_cleanup import cleaned
from anagen.products.label_own import own_and_other
from anagen.products.label_text import normalise, sections

INDEX = index_for(load_content(default_content_dir()))


def _actives(text: str) -> dict[str, str | None]:
    return {a.ingredient: a.strength for a in analyze_label(text, INDEX).actives}


@pytest.mark.parametrize(
    ("text", "actives"),
    [
        (
            # Hungarian: a composition, then "similar products" under a heading of its own
            "Hajszérum koffeinnel 50 ml\n"
            "Összetétel: Aqua, Alcohol, Biotin, Caffeine, Parfum\n"
            "Hasonló termékek: Minoxidil 5% oldat | Finasteride 1 mg tabletta",
            {"biotin": None, "caffeine": None},
        ),
        (
            # Indonesian: "similar products" after the list
            "Serum Rambut 30 ml\n"
            "Komposisi: Aqua, Caffeine, Panthenol, Parfum\n"
            "Produk serupa: Minoxidil 5% | Ketoconazole 2% shampoo",
            {"caffeine": None, "panthenol": None},
        ),
        (
            # English: a heading alone over the other products' lines
            "Scalp Serum 30 ml\n"
            "Ingredients: Water, Biotin, Caffeine, Panthenol.\n"
            "Pairs nicely with:\n"
            "- Minoxidil 5% Foam\n"
            "- Finasteride 1 mg tablets",
            {"biotin": None, "caffeine": None, "panthenol": None},
        ),
    ],
    ids=["hungarian-similar", "indonesian-similar", "heading-alone"],
)
def test_a_name_only_outside_the_composition_is_not_an_active(
    text: str, actives: dict[str, str | None]
) -> None:
    assert _actives(text) == actives


@pytest.mark.parametrize(
    "free_from",
    [
        "Không chứa minoxidil",  # Vietnamese
        "Fără minoxidil și fără parabeni",  # Romanian
        "ללא minoxidil",  # Hebrew
    ],
)
def test_a_free_from_line_after_the_list_names_no_active(free_from: str) -> None:
    text = f"Hair Serum 30 ml\nIngredients: Aqua, Biotin, Caffeine, Panthenol\n{free_from}"
    assert _actives(text) == {"biotin": None, "caffeine": None, "panthenol": None}


def test_a_label_without_a_composition_is_read_as_before() -> None:
    """A dispensing label gives its medicine on a line of its own among labelled ones: no
    composition, so every line may be the product's."""
    text = (
        "Patient: J. Doe\n"
        "MINOXIDIL 1 mg capsules\n"
        "Sig: take one capsule by mouth daily\n"
        "Prescriber: Dr A. Smith"
    )
    normalised = normalise(cleaned(text))
    assert own_and_other(normalised, sections(normalised), INDEX) is None
    assert _actives(text) == {"minoxidil": "1 mg"}


@pytest.mark.parametrize(
    ("text", "actives"),
    [
        (
            # a panel's rows under a subheading, and its "Name: amount" rows
            "Supplement Facts\nServing size: one gummy\nServings per container: 60\n"
            "Vitamins:\nBiotin 5000 mcg\nZinc: 10 mg\n"
            "Other ingredients: sugar, pectin\n"
            "Recommended for you: Saw Palmetto 320 mg softgels",
            {"biotin": "5000 mcg", "zinc": "10 mg"},
        ),
        (
            # a kit's contents, numbered under their heading, are its own
            "Thick Start Duo\nWhat's in the box:\n"
            "1. Minoxidil 5% Foam, 2.11 oz\n2. Biotin & Caffeine Shampoo, 8 fl oz\n"
            "Drug Facts\nActive ingredient: Minoxidil 5% w/w ..... Purpose: Hair regrowth",
            {"minoxidil": "5%", "biotin": None, "caffeine": None},
        ),
        (
            # the title states the product's own strength above its list
            "Minoxidil 5% Topical Solution 60 ml\n"
            "Brand: Generic\n"
            "Inactive ingredients: alcohol, propylene glycol, water\n"
            "Active ingredient: Minoxidil 5% w/v",
            {"minoxidil": "5%"},
        ),
    ],
    ids=["panel-subheading", "kit-contents", "title-and-actives"],
)
def test_the_products_own_lines_keep_their_actives(
    text: str, actives: dict[str, str | None]
) -> None:
    assert _actives(text) == actives


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Espironolactona 25 mg\nCondición de venta: RECETA MÉDICA", "rx_drug"),
        ("Minoxidil 5% solución\nVenta libre: no requiere receta médica", "otc_drug"),
        ("Clobetasol 0,05% - THUỐC KÊ ĐƠN", "rx_drug"),
        ("Ketoconazol 2% - Thuốc không kê đơn", "otc_drug"),
        ("Ciclopirox 1,5% șampon - eliberare fără prescripție medicală", "otc_drug"),
        ("Capilar Complex - Supliment alimentar, 30 capsule", "supplement"),
        ("Viên uống HairLux - Thực phẩm bảo vệ sức khỏe", "supplement"),
        ("Composition pour 2 gélules : Pour 2 gélules % VNR\nZinc 10 mg 100 %", "supplement"),
        ("Patient: J. Doe   DOB 01/01/1980\nDrug: Triamcinolone 40 mg/mL, 1 mL vial", "rx_drug"),
    ],
)
def test_the_condition_of_sale_gives_the_type(text: str, kind: str) -> None:
    assert analyze_label(text, INDEX).product_type == kind


def test_the_split_keeps_the_title_composition_and_kit_lines() -> None:
    text = normalise(
        "Regrowth Kit for Men\n"
        "Includes: Minoxidil 5% Foam + Finasteride 1 mg tablets\n"
        "Active ingredient: Minoxidil 5% w/w\n"
        "Customer review: I added biotin gummies"
    )
    split = own_and_other(text, sections(text), INDEX)
    assert split is not None
    assert split.own.split("\n") == text.split("\n")[:3]
    assert split.other == "Customer review: I added biotin gummies"


def test_a_per_serving_column_after_a_per_gummy_one_gives_the_strengths() -> None:
    text = (
        "Hair Gummies\nSupplement Facts  Serving Size 2 Gummies\n"
        "                 Per Gummy    Per Serving (2 Gummies)   %DV\n"
        "Biotin           2,500 mcg    5,000 mcg                 16,667%\n"
        "Zinc             2.5 mg       5 mg                      45%"
    )
    assert _actives(text) == {"biotin": "5000 mcg", "zinc": "5 mg"}


def test_a_complex_over_its_parts_in_brackets_hides_their_amounts() -> None:
    text = (
        "Hair Capsules - dietary supplement\nEach capsule contains:\nBiotin 2500 mcg\n"
        "Hair Complex\u2122 ........ 450 mg\n"
        "  (Saw palmetto extract, Polygonum multiflorum extract, Eclipta alba extract)\n"
        "Other ingredients: starch, gelatin capsule"
    )
    result = analyze_label(text, INDEX)
    assert result.proprietary_blend
    assert {a.ingredient for a in result.actives} >= {"biotin", "saw-palmetto"}
