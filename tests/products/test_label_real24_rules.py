"""The rules prompted by the twenty-fourth and twenty-fifth blind reviews (real label texts from
public pages): the legal class an SmPC, a French registry record or a shop states, the signs of
a prescription medicine with no class word (a boxed warning, an injection, US prescribing
information's sections), a medicine named so with no class, a review page's ingredient list, a
shop's supplement words, a shampoo with no class; an amount in words, a drug guide's dosage
form, a medicine's title strength, an injection's mass per mL, a page of every strength a
medicine comes in. Every wording here is written for these tests."""

from __future__ import annotations

import pytest

from anagen.knowledge.loader import default_content_dir, load_content
from anagen.products.ingredient_index import index_for
from anagen.products.label import analyze_label
from anagen.products.label_type import product_type
from tests.products.label_reading import read_label

KB = load_content(default_content_dir())
INDEX = index_for(KB)


# --- the class a page states, or the signs of one --------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # an SmPC's legal category, as printed and as a machine-reworded copy writes it
        ("Selenium sulfide suspension\nLegal category: P\nsee section 6.1", "otc_drug"),
        ("Coal tar scalp solution\nLegal Category\nL: Pharmacy", "otc_drug"),
        ("Zinc pyrithione lotion\nLegal category: GSL", "otc_drug"),
        ("Dutasteride capsules\nLegal category: POM\nList of excipients", "rx_drug"),
        # the French registry's "no conditions of prescription or supply"
        ("Lotion\nConditions de prescription et de d\u00e9livrance : Aucune", "otc_drug"),
        # a pharmacy medicine as a UK shop puts it
        ("Iron tablets\nThis product is only available from pharmacies.", "otc_drug"),
        ("Iron tablets\nOnly available at the pharmacy, on a pharmacist's advice.", "otc_drug"),
        # a shop's own word that it needs a prescription; a US boxed warning
        ("Lotion\nThis prescription-based medicine needs a doctor's note.", "rx_drug"),
        ("Capsules\nThe drug carries a Boxed Warning for serious infections.", "rx_drug"),
        # a clinician's injection, and US prescribing information's section 17
        ("Suspension for intralesional use\nSterile vial", "rx_drug"),
        ("Corticosteroid injectable suspension, USP", "rx_drug"),
        ("Tablets\n17 PATIENT COUNSELING INFORMATION\nAdvise patients to", "rx_drug"),
        # a medicine named so, with no class: French "ce m\u00e9dicament", a WHO ATC code
        (
            "Solution pour application cutan\u00e9e. Ce m\u00e9dicament est indiqu\u00e9 chez l'homme.",
            "otc_drug",
        ),
        ("Lotion 60 ml\nATC Classification: D11AX01", "otc_drug"),
        # a drug maker's product page's heading
        ("Antifungal shampoo\nDosage & Administration\nTwice weekly for 2 weeks", "otc_drug"),
        # a review page's list; a shop's supplement words
        ("Serum review\nFull ingredients list\nWater\nGlycerin", "cosmetic"),
        ("Shampoo\nMain Ingredients Coconut Oil, Shea Butter", "cosmetic"),
        ("Gentle mineral in 90 count vegetarian capsules", "supplement"),
        ("Consult your physician when using nutritional supplements.", "supplement"),
        ("Supplementing the diet with it may help.", "supplement"),
    ],
)
def test_a_stated_class_or_its_sign_gives_the_type(text: str, kind: str) -> None:
    assert product_type(text) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # "not a medicine" is no medicine's word; an ATC heading with no code is no code
        ("Lotion. Ce produit n'est pas un m\u00e9dicament.", "unknown"),
        ("Lotion\nATC classification explained on our blog", "unknown"),
        # a legal category the rule does not know is no class; "pharmacy" alone is a shop
        ("Lotion\nLegal category: see carton", "unknown"),
        ("Lotion\nAvailable at every pharmacy near you", "unknown"),
        # a prescription-only label's boxed warning stays a prescription
        ("Rx only\nBoxed warning", "rx_drug"),
        # a prescription leaflet's dosage heading stays a prescription's
        ("Film-coated tablets\nDOSAGE AND ADMINISTRATION\nOne tablet daily", "rx_drug"),
        # a Drug Facts panel is not made a supplement by its warning about supplements
        ("Drug Facts\nDo not take with iron supplements", "otc_drug"),
    ],
)
def test_words_near_those_signs_leave_the_type(text: str, kind: str) -> None:
    assert product_type(text) == kind


def test_a_shampoo_with_no_class_and_no_drug_is_a_cosmetic() -> None:
    assert read_label("Calming shampoo with caffeine for an irritated scalp")[0] == "cosmetic"
    assert read_label("Gentle shampoo. Soothes the scalp.") == ("cosmetic", {})


def test_a_drug_shampoo_with_no_class_is_sold_over_the_counter() -> None:
    # the word "shampoo" makes it no cosmetic; a medicine's page that says nothing of how it is
    # sold is read as its makers sell it (label_unstated_type; a torn pack's print keeps it unknown)
    assert read_label("Ketoconazole 2% shampoo for dandruff") == (
        "otc_drug",
        {"ketoconazole": "2%"},
    )


# --- strengths -------------------------------------------------------------------------------


def test_an_amount_written_in_words_is_read() -> None:
    text = "Supplement facts\nEach capsule contains biotin in the amount of Five mg."
    assert read_label(text) == ("supplement", {"biotin": "5 mg"})


def test_a_number_word_without_a_unit_is_left() -> None:
    text = "Supplement facts\nTake one capsule a day. Biotin 30 mcg"
    assert read_label(text) == ("supplement", {"biotin": "30 mcg"})


def test_a_drug_guide_dosage_form_field_gives_the_strength() -> None:
    text = "Baricitinib\nDosage form: oral tablet (4 mg)\nDrug class: JAK inhibitors\nRx only"
    assert read_label(text) == ("rx_drug", {"baricitinib": "4 mg"})


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "FINAPRO, 1 mg, film-coated tablets\nFinasteride\nPrescribed for men.",
            ("rx_drug", {"finasteride": "1 mg"}),
        ),
        (
            "Regrow Lotion - 5% (60 ml)\nActive ingredient: Minoxidil\nDrug Facts",
            ("otc_drug", {"minoxidil": "5%"}),
        ),
    ],
)
def test_a_medicine_title_gives_its_one_active_strength(
    text: str, want: tuple[str, dict[str, str | None]]
) -> None:
    assert read_label(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a cosmetic's title prints its purity or bottle, not a dose
        (
            "Pure Rosemary Oil 100% (30 ml)\nRosemary oil for the scalp.\nIngredients: rosemary oil",
            ("cosmetic", {"rosemary-oil": None}),
        ),
        # a title with two amounts names a range, and a pack's weight is no dose
        (
            "FINAPRO 1 mg and 5 mg tablets\nFinasteride\nPrescribed for men.",
            ("rx_drug", {"finasteride": None}),
        ),
        (
            "Prostate pills 60g\nActive ingredient: Saw palmetto\nDrug Facts",
            ("otc_drug", {"saw-palmetto": None}),
        ),
    ],
)
def test_a_title_amount_that_is_no_dose_is_left(
    text: str, want: tuple[str, dict[str, str | None]]
) -> None:
    assert read_label(text) == want


def test_an_injection_mass_in_each_ml_is_per_ml() -> None:
    text = "For intralesional use only.\nEach mL of the sterile suspension provides 40 mg triamcinolone acetonide."
    assert read_label(text) == ("rx_drug", {"triamcinolone": "40 mg/mL"})


def test_a_mass_in_each_ml_of_no_injection_is_left() -> None:
    text = "Oral solution. Each mL provides 1 mg minoxidil.\nRx only"
    assert read_label(text)[1] != {"minoxidil": "1 mg/mL"}


def test_a_page_of_every_strength_gives_the_first() -> None:
    text = (
        "Rx only\nFinasteride tablets are available containing 1 mg, 2.5 mg or 5 mg of finasteride."
    )
    assert read_label(text) == ("rx_drug", {"finasteride": "1 mg"})


def test_two_amounts_of_different_units_are_no_strength_choice() -> None:
    text = "Supplement facts\nBiotin 5 mg, zinc 10 mg or iron 4 mcg"
    assert read_label(text)[1].get("biotin") == "5 mg"


# --- names -----------------------------------------------------------------------------------


def test_an_inci_leaf_without_oil_is_no_rosemary_oil() -> None:
    # "Rosmarinus Officinalis Leaf" (the leaf itself) is not the distilled oil
    text = "Ingredients: Water, Glycerin, Rosmarinus Officinalis Leaf, Panthenol"
    assert read_label(text) == ("cosmetic", {"panthenol": None})


def test_an_inci_leaf_oil_stays_rosemary_oil() -> None:
    text = "Ingredients: Water, Glycerin, Rosmarinus Officinalis (Rosemary) Leaf Oil, Panthenol"
    assert read_label(text) == ("cosmetic", {"rosemary-oil": None, "panthenol": None})


# --- layouts that cut a statement in two ---------------------------------------------------


def test_a_sentence_wrapped_before_its_verb_gives_the_element_amount() -> None:
    text = (
        "Ingredients\nThe active substance is ferrous fumarate. Each capsule\n"
        "contains 210 mg ferrous fumarate equivalent to 69 mg iron."
    )
    assert read_label(text)[1] == {"iron": "69 mg"}


def test_a_list_line_before_a_lower_case_contains_stays_a_list() -> None:
    # no dose form ends the line above, so "contains" opens no wrapped sentence
    text = "Ingredients: water, glycerin, caffeine\ncontains no parabens"
    assert read_label(text) == ("cosmetic", {"caffeine": None})


def test_a_serving_heading_in_each_nutrient_card_keeps_each_amount_with_its_name() -> None:
    text = "Biotin\n| Amount Per Serving |\n2500 mcg |\nZinc\n| Amount Per Serving |\n15 mg |"
    assert read_label(text) == ("supplement", {"biotin": "2500 mcg", "zinc": "15 mg"})


def test_one_serving_heading_above_the_rows_is_left() -> None:
    text = "Supplement Facts\nAmount Per Serving\nBiotin 5000 mcg\nZinc 15 mg"
    assert read_label(text) == ("supplement", {"biotin": "5000 mcg", "zinc": "15 mg"})


# --- what a page says it is or lacks ---------------------------------------------------------


def test_a_blend_the_label_says_it_lacks_is_no_blend() -> None:
    text = (
        "Supplement Facts\nBiotin 5000 mcg\n"
        "Our hair formula has no proprietary blend: every amount is on the label."
    )
    assert analyze_label(text, INDEX).proprietary_blend is False


def test_a_named_blend_hiding_its_amounts_stays_a_blend() -> None:
    text = "Supplement Facts\nBiotin 5000 mcg\nProprietary Hair Blend 400 mg\nSaw palmetto, pumpkin seed"
    assert analyze_label(text, INDEX).proprietary_blend is True


def test_a_page_opening_on_a_name_and_its_definition_names_that_ingredient() -> None:
    text = (
        "Saw Palmetto (Serenoa repens) \u2014 a low-growing palm from the south of the USA.\n"
        "The extract is sold as capsules and tablets."
    )
    assert read_label(text)[1] == {"saw-palmetto": None}


@pytest.mark.parametrize(
    ("text", "actives"),
    [
        # a title's second half after the dash is its own, not a definition
        ("Regaine \u2014 Minoxidil 5% Foam", {"minoxidil": "5%"}),
        # the definition's own amount is still read as a sentence
        ("Hair Regrowth Foam \u2014 a foam with 5% minoxidil for men.", {"minoxidil": "5%"}),
    ],
)
def test_a_dash_after_a_title_keeps_what_follows(text: str, actives: dict[str, str | None]) -> None:
    assert read_label(text)[1] == actives


# --- a free-from line among a panel's rows; a nutrient's tablet on a supplement's page --------


@pytest.mark.parametrize(
    ("text", "actives"),
    [
        # the panel's rows go on below its free-from line
        (
            "Supplement Facts\nServing Size 1 capsule\nContains no proprietary blend.\n"
            "Saw palmetto 300 mg\nZinc 15 mg",
            {"saw-palmetto": "300 mg", "zinc": "15 mg"},
        ),
        (
            "Supplement Facts\nServing Size 2 softgels\nDoes not contain any proprietary blends\n"
            "Pumpkin seed oil 500 mg",
            {"pumpkin-seed-oil": "500 mg"},
        ),
        # what the free-from line names is still not the product's
        (
            "Supplement Facts\nBiotin 5000 mcg\nContains no minoxidil.",
            {"biotin": "5000 mcg"},
        ),
    ],
)
def test_a_panel_goes_on_below_a_free_from_line(text: str, actives: dict[str, str | None]) -> None:
    assert read_label(text)[1] == actives


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a mineral's or vitamin's tablet on a page whose only class word is "supplements"
        (
            "Zinc tablets\nOne of our best-selling supplements.\n"
            "Each tablet contains 15 mg zinc gluconate.",
            "supplement",
        ),
        (
            "Vitamin D tablets belong to the supplements we stock.\n"
            "Each tablet contains 25 micrograms vitamin D3.",
            "supplement",
        ),
        # a prescription medicine's tablet stays one, with or without the word supplement
        ("Finasteride 1 mg\nEach tablet contains 1 mg finasteride.", "rx_drug"),
        (
            "Do not take with other hair supplements.\nEach tablet contains 1 mg finasteride.",
            "rx_drug",
        ),
        # ... and a nutrient's tablet with no supplement word on the page
        ("Folic acid 5 mg tablets\nEach tablet contains 5 mg folic acid.", "rx_drug"),
        ("Ferrous sulfate\nEach tablet contains 200 mg ferrous sulfate.", "rx_drug"),
    ],
)
def test_a_nutrients_tablet_on_a_supplements_page(text: str, kind: str) -> None:
    assert product_type(text) == kind
