"""The rules prompted by the twenty-third blind review (real label texts from public pages):
a registry's class words, a serum named on the first line, a carton's "Dosage form" field,
advice's bounds, a habit named after an ingredient, an element's own row under its salt, a
distilled oil's own page, an acid's name that is no misspelt ingredient. Every wording here is written for these tests."""

from __future__ import annotations

import pytest

from anagen.knowledge.loader import default_content_dir, load_content
from anagen.products.ingredient_index import index_for
from anagen.products.label_oil import single_oil
from anagen.products.label_result import LabelAnalysis
from anagen.products.label_type import product_type
from tests.products.label_reading import read_label

KB = load_content(default_content_dir())
INDEX = index_for(KB)


# --- the class a registry record or a legal category states -------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("KETOCONAZOLE CREAM 2% W/W (P)\nComposition: ketoconazole 20 mg/g", "otc_drug"),
        ("Product | availability category\nGel | OTC (over-the-counter) |", "otc_drug"),
        ("Record\nPrescription type: Required\nComposition: finasteride 1 mg", "rx_drug"),
        (
            "\u092a\u094d\u0930\u093f\u0938\u094d\u0915\u094d\u0930\u093f\u092a\u094d\u0936\u0928 "
            "\u092a\u094d\u0930\u0915\u093e\u0930:\nRequired",
            "rx_drug",
        ),
        ("ARTG entry for\nMedicine Listed\nZinc 5 mg", "supplement"),
        ("Authorisation status: Listed\nBiotin 300 microgram", "supplement"),
        ("Each Vegan Capsule Contains: Biotin 5000 mcg", "supplement"),
    ],
)
def test_a_registry_or_legal_category_gives_the_class(text: str, kind: str) -> None:
    assert product_type(text) == kind


@pytest.mark.parametrize(
    ("text", "not_kind"),
    [
        ("Step (P) of the routine\nApply daily", "otc_drug"),  # "(P)" inside a line
        ("Prescription type: not required", "rx_drug"),
        ("Listed ingredients: water, glycerin", "supplement"),
        ("Each soft capsule contains dutasteride 0.5 mg", "supplement"),
    ],
)
def test_look_alike_wordings_give_no_such_class(text: str, not_kind: str) -> None:
    assert product_type(text) != not_kind


def test_a_serum_named_on_the_first_line_is_a_cosmetic() -> None:
    assert product_type("Peptide Scalp Serum 50 ml\nKey benefits: thicker look") == "cosmetic"
    assert product_type("Glow Hair Growth Serum\nLightweight, non-greasy") == "cosmetic"


def test_a_serum_named_lower_down_is_another_product() -> None:
    text = "Lace front wig\nPair with: Biotin Scalp Serum 30ml (+$24)"
    assert product_type(text) != "cosmetic"


def test_a_drug_in_a_serum_so_named_is_still_sold_as_a_drug() -> None:
    kind, actives = read_label("Minoxidil 5% Hair Growth Serum\nIngredients: minoxidil 5%, alcohol")
    assert kind == "otc_drug"
    assert actives == {"minoxidil": "5%"}


# --- a carton's "Dosage form" field is no directions heading ------------------------------


def test_a_dosage_form_field_does_not_hide_the_composition_below_it() -> None:
    _, actives = read_label(
        "DOSAGE FORM: Lotion\nCOMPOSITION: Each ml contains:\n"
        "Minoxidil USP 2% w/v\nAminexil 1.5% w/v\nBase q.s."
    )
    assert actives == {"minoxidil": "2%", "aminexil": "1.5%"}


def test_a_dosage_heading_still_leaves_its_directions_unread() -> None:
    assert read_label("Dosage: may be used with ketoconazole shampoo 2% twice a week.")[1] == {}


# --- advice's bounds, a habit named after an ingredient -----------------------------------


def test_an_amount_made_a_bound_is_not_the_product_s() -> None:
    assert read_label("Experts say 10 mg or more of zinc a day may upset the stomach.")[1] == {}
    _, actives = read_label(
        "Guidance says 1 mg or less of biotin is plenty. Each tablet gives 150 micrograms "
        "(0.15 mg) of biotin."
    )
    assert actives == {"biotin": "150 mcg"}


def test_a_habit_named_after_an_ingredient_is_no_ingredient() -> None:
    _, actives = read_label(
        "Zinc 15 mg\nLow zinc levels can follow heavy caffeine consumption, alcohol abuse, "
        "or minoxidil withdrawal."
    )
    assert actives == {"zinc": "15 mg"}


def test_the_ingredient_itself_before_other_words_still_counts() -> None:
    _, actives = read_label("Caffeine 2% scalp tonic\nIngredients: Aqua, Caffeine, Glycerin")
    assert "caffeine" in actives


# --- a mineral: the element's own row below its salt --------------------------------------


def test_the_element_s_row_gives_the_mineral_s_amount() -> None:
    _, actives = read_label(
        "Supplement Facts\nEach tablet contains:\nFerrous Fumarate 200 mg\n"
        "Amount per tablet\nIron 65 mg\n"
    )
    assert actives == {"iron": "65 mg"}


def test_a_larger_element_row_or_the_element_s_own_name_keeps_the_first() -> None:
    # the element named first, then another column: not a salt and its element
    _, actives = read_label("Supplement Facts\nZinc 15 mg\nZinc 10 mg\n")
    assert actives == {"zinc": "15 mg"}


# --- a distilled oil's own page ------------------------------------------------------------


def test_a_distilled_oil_s_page_names_the_oil_it_sells() -> None:
    _, actives = read_label(
        "Pure rosemary essential oil\nExtraction: steam-distilled from the leaves\n"
        "Blend with lavender oil for a relaxing scalp massage."
    )
    assert actives == {"rosemary-oil": None}


@pytest.mark.parametrize(
    "text",
    [
        # no word of distillation: a blog about the oil, not a product of it
        "Rosemary essential oil is popular for hair. Many people use it daily.",
        # a leaf extract is not the oil
        "Rosemary leaf extract, made by steam distillation of the leaves",
    ],
)
def test_no_oil_is_read_where_the_page_does_not_sell_one(text: str) -> None:
    assert "rosemary-oil" not in read_label(text)[1]


def test_a_page_naming_two_oils_gets_neither_by_this_rule() -> None:
    out = LabelAnalysis()
    single_oil("Steam distilled. Rosemary essential oil or pumpkin seed oil?", INDEX, out)
    assert out.actives == []
    single_oil("Steam distilled. Rosemary essential oil, sold alone.", INDEX, out)
    assert [a.ingredient for a in out.actives] == ["rosemary-oil"]


# --- an acid's name is no misspelt ingredient ----------------------------------------------


def test_a_word_before_acid_is_not_read_fuzzily() -> None:
    assert INDEX.find("compounds such as rosmarinic acid") is None
    assert INDEX.find("Minoxdli 5% w/v") is not None  # a lone misspelt name still is
