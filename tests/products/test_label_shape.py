"""Rules that read a label by its layout, not its language (label_shape and the rules built on
it): free-from lists whose shared word says "without", INCI lists under headings no table
knows, options left unticked, per-unit columns before per-serving ones, and lists that hold a
drug under no stated class. Labels written for these tests, in languages and wordings the
word tables do not hold."""

from __future__ import annotations

import pytest

from anagen.knowledge.loader import default_content_dir, load_content
from anagen.products.ingredient_index import index_for
from anagen.products.label import analyze_label
from anagen.products.label_shape import an_inci_list, free_from_words, unticked_only
from anagen.products.label_units import serving_column

INDEX = index_for(load_content(default_content_dir()))


def _actives(text: str) -> dict[str, str | None]:
    return {a.ingredient: a.strength for a in analyze_label(text, INDEX).actives}


@pytest.mark.parametrize(
    ("line", "word"),
    [
        ("Bila minoxidil, bila parabens, bila silicones", "bila"),  # Swahili, word first
        ("Minoxidil yok | Paraben yok | Silikon yok", "yok"),  # word last
        ("100% naturale: senza parabeni, senza siliconi, senza minoxidil", "senza"),
        ("• Ilman parabeeneja • ilman silikoneja • ilman minoksidiilia", "ilman"),
    ],
)
def test_the_word_for_without_is_learnt_from_a_free_from_list(line: str, word: str) -> None:
    assert word in free_from_words(line.lower(), INDEX)


@pytest.mark.parametrize(
    "line",
    [
        # items sharing a salt's first word, an ingredient's name, or a long composition
        "Sodium Sulfate, Sodium Benzoate, Sodium Chloride",
        "Zinc Sulfate, Zinc Oxide, Zinc Gluconate",
        "Aqua, Glycerin, Sodium Laureth Sulfate, Cocamidopropyl Betaine, Panthenol, Caffeine, "
        "Biotin, Parfum, Citric Acid, Sodium Benzoate",
        "Paraben free, with caffeine and biotin",
    ],
)
def test_no_word_is_learnt_from_other_lists(line: str) -> None:
    assert not free_from_words(line.lower(), INDEX)


@pytest.mark.parametrize(
    ("text", "actives"),
    [
        (
            # Swahili free-from list above the composition, heading in no table
            "Mafuta ya Nywele 100 ml\n"
            "Bila minoxidil, bila parabens, bila silicones\n"
            "Viambato: Aqua, Alcohol, Glycerin, Caffeine, Panthenol, Parfum, Citric Acid",
            {"caffeine": None, "panthenol": None},
        ),
        (
            # the shared word after the names, and no composition at all
            "Hair Tonic 50 ml\nMinoxidil yok | Paraben yok | Silikon yok\nCaffeine 1%, Biotin",
            {"caffeine": "1%", "biotin": None},
        ),
    ],
)
def test_free_from_names_are_not_actives(text: str, actives: dict[str, str | None]) -> None:
    assert _actives(text) == actives


def test_an_inci_list_is_known_by_its_shape() -> None:
    assert an_inci_list(
        "Aqua, Propanediol, Caffeine, Niacinamide, Sodium Benzoate, Potassium Sorbate, Parfum."
    )
    assert an_inci_list("Viambato: Water, Glycerin, Biotin, Panthenol, Phenoxyethanol, Fragrance")
    # a list of products or of actives with amounts, or too short, is none
    assert not an_inci_list("Biotin 5000 mcg, Zinc 15 mg, Selenium 55 mcg, Iron 14 mg, Copper")
    assert not an_inci_list("Aqua, Glycerin, Caffeine")


def test_an_inci_list_without_a_known_heading_is_the_composition() -> None:
    # Welsh heading: what a cross-sell line names below the list is not the product's
    text = (
        "Serwm Gwallt Caffein 30 ml\n"
        "Cynhwysion: Aqua, Glycerin, Caffeine, Panthenol, Phenoxyethanol, Parfum, Citric Acid\n"
        "Cynhyrchion eraill: Minoxidil 5% ewyn"
    )
    assert _actives(text) == {"caffeine": None, "panthenol": None}


def test_a_long_cross_sell_heading_after_the_list_is_not_one_of_its_rows() -> None:
    # nine words before the colon, then products with sizes; the title's "biotin" over a full
    # list without it does not keep the cross-sell's biotin
    text = (
        "Olio per capelli BIOTINA & RICINO 100 ml\n"
        "Ingredienti: Ricinus Communis Seed Oil, Prunus Amygdalus Dulcis Oil, Tocopherol, Parfum\n"
        "Chi ha comprato questo articolo ha comprato anche questi: Biotina 10000 mcg 60 capsule"
    )
    assert _actives(text) == {}


def test_an_unticked_option_names_no_active() -> None:
    text = (
        "Order summary\n"
        "Finasteride 1 mg tablets, 30\n"
        "\u25a1 Switch to dutasteride 0.5 mg (+ 12 EUR)\n"
        "\u2610 Add minoxidil 5% solution\n"
    )
    assert unticked_only(text, INDEX) == {"dutasteride", "minoxidil"}
    assert set(_actives(text)) == {"finasteride"}
    # named on an unticked line and elsewhere too: still the product's
    assert unticked_only("Minoxidil 5%\n\u25a1 Minoxidil 2% instead", INDEX) == set()


@pytest.mark.parametrize(
    ("text", "strengths"),
    [
        (
            # per tablet, then per daily dose of 3 tablets (Dutch-like headings)
            "Voedingswaarde       per tablet    per dag (3 tabletten)\n"
            "Biotine ............ 50 \u00b5g       150 \u00b5g\n"
            "Zink ............... 5 mg         15 mg\n",
            {"biotin": "150 mcg", "zinc": "15 mg"},
        ),
        (
            # decimal commas
            "Inhalt         je Kapsel     Tagesdosis (2 Kapseln)\n"
            "Biotin ....... 0,5 mg        1 mg\n"
            "Zink ......... 2,5 mg        5 mg\n"
            "Nahrungsergänzungsmittel",
            {"biotin": "1 mg", "zinc": "5 mg"},
        ),
    ],
)
def test_a_per_unit_column_before_the_days_counts_the_day(
    text: str, strengths: dict[str, str]
) -> None:
    assert {k: v for k, v in _actives(text).items() if k in strengths} == strengths


def test_columns_of_another_ratio_are_left_alone() -> None:
    # the second amount is not the count times the first: %NRV-like or another table
    text = "Per serving (2 capsules)\nBiotin 50 mcg 100 mcg\nZinc 5 mg 7 mg\n"
    assert serving_column(text) == text


def test_a_list_that_holds_a_drug_under_no_stated_class_is_an_otc_drug() -> None:
    text = (
        "Hair Growth Essence 50ml\n"
        "Ingredients: Water, Alcohol, Propylene Glycol, Minoxidil, Ginseng Root Extract, Fragrance"
    )
    assert analyze_label(text, INDEX).product_type == "otc_drug"
    # said to be a cosmetic: stays one (and "not a medicine" makes it neither)
    said = text + "\nCosmetic product. Made in EU."
    assert analyze_label(said, INDEX).product_type == "cosmetic"


def test_a_heading_over_rows_of_amounts_is_the_composition() -> None:
    # no composition word in the heading: what only a line below names is not the product's
    text = (
        "Kesh Tel 100 ml\n"
        "Every 100 ml of oil is made with:\n"
        "  Eclipta alba leaf ......... 8 g\n"
        "  Emblica officinalis fruit ... 4 g\n"
        "  Sesame oil ................ 88 g\n"
        "Pia angalia: Minoxidil 5% solution"
    )
    assert "minoxidil" not in _actives(text)


def test_a_supplement_sold_beside_a_cosmetic_does_not_make_it_one() -> None:
    # Swahili headings; the cross-sell below the INCI list names a food supplement and an amount
    text = (
        "Seramu ya Nywele 50 ml\n"
        "Viambato: Aqua, Glycerin, Caffeine, Biotin, Panthenol, Phenoxyethanol, Parfum\n"
        "Wateja pia walinunua: Biotin 10000 mcg dietary supplement, 60 capsules"
    )
    out = analyze_label(text, INDEX)
    assert out.product_type == "cosmetic"
    assert {a.ingredient: a.strength for a in out.actives}["biotin"] is None


def test_a_boxed_heading_over_items_with_amounts_is_the_composition() -> None:
    # an order page in Polish: what a boxed heading lower down names is not this order's
    text = (
        "Potwierdzenie zamówienia\n"
        "\u25a0 Twoje zamówienie\n"
        "Finasteryd 1 mg, 28 tabletek\n"
        "Minoksydyl 5% płyn, 60 ml\n"
        "\u25a0 Razem taniej: Biotin + Zinc 15 mg tabletki\n"
    )
    assert set(_actives(text)) == {"finasteride", "minoxidil"}
