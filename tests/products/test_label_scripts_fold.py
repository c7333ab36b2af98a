"""Labels in Arabic, Persian, Urdu, Hebrew, Hindi, Bengali, Thai and the scripts beside them
(script_fold, label_units_scripts, label_headers_scripts), and the general rules prompted by
the twentieth blind review. Every wording here is written for these tests."""

from __future__ import annotations

import pytest

from anagen.knowledge.loader import default_content_dir, load_content
from anagen.products.ingredient_index import fold, index_for
from anagen.products.label import analyze_label
from anagen.products.label_cleanup_scripts import script_amounts
from tests.products.label_reading import read_label

KB = load_content(default_content_dir())
INDEX = index_for(KB)


def _slugs(text: str) -> list[str]:
    return [f.slug for f in INDEX.find_all(text)]


# --- folding -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # Persian yeh and keheh are the Arabic ones; vowel points and the tatweel go
        (
            "\u06a9\u062a\u0648\u06a9\u0648\u0646\u0627\u0632\u0648\u0644",
            "\u0643\u062a\u0648\u0643\u0648\u0646\u0627\u0632\u0648\u0644",
        ),
        ("\u0628\u064a\u0648\u062a\u064a\u0646", "\u0628\u06cc\u0648\u062a\u06cc\u0646"),
        (
            "\u0645\u0650\u064a\u0646\u064f\u0648\u0643\u0652\u0633\u0650\u064a\u062f\u0650\u064a\u0644",
            "\u0645\u064a\u0640\u0640\u0646\u0648\u0643\u0633\u064a\u062f\u064a\u0644",
        ),
        # teh marbuta and heh; hamza above an alef
        ("\u0645\u0634\u0627\u0628\u0647\u0629", "\u0645\u0634\u0627\u0628\u0647\u0647"),
        ("\u0623\u0642\u0631\u0627\u0635", "\u0627\u0642\u0631\u0627\u0635"),
        # a Persian zero-width joiner only shapes the letters
        ("\u0645\u06cc\u200c\u06af\u0631\u062f\u062f", "\u0645\u06cc\u06af\u0631\u062f\u062f"),
    ],
)
def test_arabic_letters_written_two_ways_fold_alike(one: str, other: str) -> None:
    assert fold(one) == fold(other)


def test_indic_vowel_signs_and_viramas_are_kept_unlike_latin_accents() -> None:
    # a virama joins two consonants: dropping it would make another word
    assert fold("\u0938\u094d\u092a\u093f\u0930\u094b") == " \u0938\u094d\u092a\u093f\u0930\u094b "
    assert fold("\u09ac\u09be\u09af\u09bc\u09cb\u099f\u09bf\u09a8") != fold(
        "\u09ac\u09af\u099f\u09a8"
    )
    assert fold("Min\u00f3xidil") == " minoxidil "


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("\u0661\u0662\u0663", " 123 "),  # Arabic-Indic
        ("\u06f4\u06f5", " 45 "),  # Persian
        ("\u0968\u0966", " 20 "),  # Devanagari
        ("\u09e9", " 3 "),  # Bengali
    ],
)
def test_digits_of_other_scripts_fold_to_ascii(text: str, folded: str) -> None:
    assert fold(text) == folded


# --- names ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        (
            "\u0645\u062d\u0644\u0648\u0644 \u0627\u0644\u0645\u064a\u0646\u0648\u0643\u0633\u064a\u062f\u064a\u0644 \u0644\u0644\u0631\u062c\u0627\u0644",
            "minoxidil",
        ),  # with the article
        ("\u0648\u0627\u0644\u0628\u064a\u0648\u062a\u064a\u0646", "biotin"),  # "and the biotin"
        (
            "\u0642\u0631\u0635 \u0641\u06cc\u0646\u0627\u0633\u062a\u0631\u0627\u06cc\u062f",
            "finasteride",
        ),  # Persian
        (
            "\u05e9\u05de\u05e4\u05d5 \u05e2\u05dd \u05d4\u05e7\u05e4\u05d0\u05d9\u05df",
            "caffeine",
        ),  # Hebrew, with the article
        (
            "\u092c\u093e\u092f\u094b\u091f\u093f\u0928 \u0915\u0948\u092a\u094d\u0938\u0942\u0932",
            "biotin",
        ),  # Hindi
        (
            "\u09ae\u09bf\u09a8\u09cb\u0995\u09cd\u09b8\u09bf\u09a1\u09bf\u09b2 \u09b8\u09b2\u09bf\u0989\u09b6\u09a8",
            "minoxidil",
        ),  # Bengali
        (
            "\u0e22\u0e32\u0e44\u0e21\u0e19\u0e47\u0e2d\u0e01\u0e0b\u0e34\u0e14\u0e34\u0e25\u0e2a\u0e33\u0e2b\u0e23\u0e31\u0e1a\u0e1c\u0e21",
            "minoxidil",
        ),  # Thai, inside a run
    ],
)
def test_a_name_in_another_script_is_found(text: str, slug: str) -> None:
    assert _slugs(text) == [slug]


@pytest.mark.parametrize(
    "text",
    [
        "demirci ustasi",
        "kademirli",
        "sengaja dibuat",
        "bersengketa",
        "\u0645\u0632\u0646\u0643\u0627\u062a",
    ],
)
def test_a_short_name_is_not_found_inside_another_word(text: str) -> None:
    assert _slugs(text) == []


def test_a_short_name_is_found_as_a_word_of_its_own() -> None:
    assert _slugs("demir 14 mg") == ["iron"]
    assert _slugs("mengandung seng 10 mg") == ["zinc"]


# --- units ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cleaned"),
    [
        ("\u0662\u0665\u0660 \u0645\u0644\u063a", "250 mg"),  # Arabic
        ("\u0661\u066b\u0662\u0665 \u0645\u062c\u0645", "1.25 mg"),  # decimal separator
        (
            "\u06f1\u06f0\u06f0 \u0645\u06cc\u06a9\u0631\u0648\u06af\u0631\u0645",
            "100 mcg",
        ),  # Persian
        ("\u06f3\u06f0 \u0645\u06cc\u0644\u06cc\u200c\u0644\u06cc\u062a\u0631", "30 ml"),
        ("2 \u0645\u0644\u06cc \u06af\u0631\u0627\u0645", "2 mg"),  # Urdu
        ('10 \u05de"\u05d2', "10 mg"),  # Hebrew
        ("\u0968 \u092e\u093f.\u0917\u094d\u0930\u093e.", "2 mg"),  # Hindi
        ("\u09eb\u09e6 \u09ae\u09bf.\u09b2\u09bf.", "50 ml"),  # Bengali
        ("15\u0e21\u0e01.", "15 mg"),  # Thai, touching the number
        ("5 \u10db\u10d2", "5 mg"),  # Georgian
        ("\u0665\u066a", "5%"),
    ],
)
def test_units_of_other_scripts_read_as_latin_ones(text: str, cleaned: str) -> None:
    assert script_amounts(text).strip() == cleaned


def test_a_unit_is_no_unit_when_a_word_goes_on_from_it() -> None:
    # "\u0645\u0644" (ml) begins many Arabic words
    assert script_amounts("3 \u0645\u0644\u0627\u0639\u0642") == "3 \u0645\u0644\u0627\u0639\u0642"


# --- whole labels --------------------------------------------------------------------------


def test_an_arabic_solution_with_arabic_indic_digits_is_read() -> None:
    text = "\u0628\u062e\u0627\u062e \u0645\u064a\u0646\u0648\u0643\u0633\u064a\u062f\u064a\u0644 \u0662\u066a \u0644\u0644\u0646\u0633\u0627\u0621 \u0669\u0660 \u0645\u0644\n\u064a\u0635\u0631\u0641 \u0628\u062f\u0648\u0646 \u0648\u0635\u0641\u0629 \u0637\u0628\u064a\u0629"
    assert read_label(text) == ("otc_drug", {"minoxidil": "2%"})


def test_a_hindi_tablet_on_prescription_is_read() -> None:
    text = "\u092b\u093f\u0928\u093e\u0938\u094d\u091f\u0947\u0930\u093e\u0907\u0921 \u0967 \u092e\u093f.\u0917\u094d\u0930\u093e. \u091f\u0948\u092c\u0932\u0947\u091f\n\u0915\u0947\u0935\u0932 \u0921\u0949\u0915\u094d\u091f\u0930 \u0915\u0947 \u092a\u0930\u094d\u091a\u0947 \u092a\u0930"
    assert read_label(text) == ("rx_drug", {"finasteride": "1 mg"})


@pytest.mark.parametrize(
    "text",
    [
        "\u0634\u0627\u0645\u0628\u0648 \u0628\u062f\u0648\u0646 \u0645\u064a\u0646\u0648\u0643\u0633\u064a\u062f\u064a\u0644",  # Arabic "without"
        "\u05e1\u05e8\u05d5\u05dd \u05dc\u05dc\u05d0 \u05de\u05d9\u05e0\u05d5\u05e7\u05e1\u05d9\u05d3\u05d9\u05dc",  # Hebrew "without"
        "\u0924\u0947\u0932 \u092e\u093f\u0928\u094b\u0915\u094d\u0938\u093f\u0921\u093f\u0932 \u092e\u0941\u0915\u094d\u0924",  # Hindi "-free", after the name
        "\u0e40\u0e0b\u0e23\u0e31\u0e48\u0e21\u0e1b\u0e23\u0e32\u0e28\u0e08\u0e32\u0e01\u0e44\u0e21\u0e19\u0e47\u0e2d\u0e01\u0e0b\u0e34\u0e14\u0e34\u0e25",  # Thai "free of", unspaced
        "Hair serum, walang minoxidil",  # Filipino "there is no"
        "Scalp oil blend #minoxidilfree #natural",
    ],
)
def test_a_name_said_to_be_absent_is_no_active(text: str) -> None:
    assert "minoxidil" not in read_label(text)[1]


@pytest.mark.parametrize(
    "text",
    [
        # a buyer's question on a Hebrew page, and the Persian "users' comments"
        "\u05e1\u05e8\u05d5\u05dd \u05dc\u05e9\u05d9\u05e2\u05e8 \u05e7\u05e4\u05d0\u05d9\u05df\n\u05e9: \u05d0\u05e4\u05e9\u05e8 \u05e2\u05dd \u05de\u05d9\u05e0\u05d5\u05e7\u05e1\u05d9\u05d3\u05d9\u05dc 5%?",
        "\u0633\u0631\u0645 \u0645\u0648 \u06a9\u0627\u0641\u0626\u06cc\u0646\n\u0646\u0638\u0631\u0627\u062a \u06a9\u0627\u0631\u0628\u0631\u0627\u0646: \u0645\u0646 \u0628\u0627 \u0645\u0627\u06cc\u0646\u0648\u06a9\u0633\u06cc\u062f\u06cc\u0644 \u0645\u0635\u0631\u0641 \u0645\u06cc\u200c\u06a9\u0646\u0645",
        # Arabic "similar products" and Hindi "similar products"
        "\u0633\u064a\u0631\u0648\u0645 \u0627\u0644\u0643\u0627\u0641\u064a\u064a\u0646 \u0644\u0644\u0634\u0639\u0631\n\u0645\u0646\u062a\u062c\u0627\u062a \u0645\u0634\u0627\u0628\u0647\u0629: \u0645\u064a\u0646\u0648\u0643\u0633\u064a\u062f\u064a\u0644 5%",
        "\u0915\u0948\u092b\u0940\u0928 \u0936\u0948\u092e\u094d\u092a\u0942\n\u0938\u092e\u093e\u0928 \u0909\u0924\u094d\u092a\u093e\u0926: \u092e\u093f\u0928\u094b\u0915\u094d\u0938\u093f\u0921\u093f\u0932 5%",
    ],
)
def test_other_products_questions_and_reviews_in_other_scripts_are_not_this_one(
    text: str,
) -> None:
    actives = read_label(text)[1]
    assert "caffeine" in actives and "minoxidil" not in actives


# --- the general rules the twentieth review prompted ---------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Dutaprost 0,5 mg kapsler\nReseptpliktig legemiddel", "rx_drug"),  # Norwegian
        (
            "Finasterid Sava 5 mg tablete\nRe\u017eim izdavanja: lek se izdaje uz lekarski recept",
            "rx_drug",
        ),
        ("Minoxidil 2.5 mg capsules (unlicensed special), 28 caps", "rx_drug"),
        ("Prescription label - Finasteride 1 mg tablets x 90", "rx_drug"),
        (
            "\u0645\u064a\u0646\u0648\u0643\u0633\u064a\u062f\u064a\u0644 5% \u0645\u062d\u0644\u0648\u0644\n\u064a\u0628\u0627\u0639 \u0628\u062f\u0648\u0646 \u0631\u0648\u0634\u062a\u0647",
            "otc_drug",
        ),  # Egyptian
        ("Ketoconazole 2% shampoo 100 ml, Pharmacy Only", "otc_drug"),
        (
            "Saw palmetto softgel\nPer capsule | Per serving\nSaw palmetto extract 160 mg | 320 mg",
            "supplement",
        ),
    ],
)
def test_the_class_a_label_states_in_more_languages(text: str, kind: str) -> None:
    assert read_label(text)[0] == kind


@pytest.mark.parametrize(
    ("text", "other"),
    [
        # "X-like" is an adjective, not a comparison of what follows
        ("Acme-like Pharmacy - Finasteride 1 mg tablets x 28 - POM", None),
        # Danish "for example", Dutch "an alternative to"
        (
            "Ketokonazol 20 mg/g shampoo. Brug ikke sammen med andre cremer (fx clobetasol).",
            "clobetasol",
        ),
        (
            "Shampoo - een alternatief voor minoxidil - 200 ml\nIngredi\u00ebnten: Aqua, Caffeine, Parfum.",
            "minoxidil",
        ),
        # an unticked box closing the line, and an add-on turned down
        ("Finasteride 1 mg x 30\nBundle: Minoxidil 5% foam (+$20) [ ]", "minoxidil"),
        ("Finasteride 1 mg x 30\nUpsell not selected: Biotin 5000 mcg gummies", "biotin"),
        # Estonian "others also bought", Latvian "do not use together with:"
        ("Raud 14 mg tabletid\nTeised vaatasid ka: Biotiin 5000 \u00b5g", "biotin"),
        ("Finasterids 1 mg tabletes\nNelietot kop\u0101 ar: dutaster\u012bdu.", "dutasteride"),
        # a panthenol ether is not panthenol
        ("Ingredients: Alcohol, Aqua, Panthenyl Ethyl Ether, Caffeine.", "panthenol"),
    ],
)
def test_another_products_name_is_no_active(text: str, other: str | None) -> None:
    _, actives = read_label(text)
    assert actives, text
    if other:
        assert other not in actives


def test_the_first_product_of_an_x_like_shop_is_read() -> None:
    assert read_label("Acme-like Pharmacy - Finasteride 1 mg tablets x 28 - POM") == (
        "rx_drug",
        {"finasteride": "1 mg"},
    )


def test_an_element_after_equiv_is_the_strength() -> None:
    text = "Each capsule contains: Zinc citrate 30 mg equiv. zinc 9 mg"
    assert read_label(text)[1] == {"zinc": "9 mg"}


def test_a_shop_page_filed_under_vitamins_is_a_supplement() -> None:
    text = (
        "Home > Health > Vitamins & Minerals\nHairVit 60 tablets\nEach tablet contains: Zinc 10 mg"
    )
    assert read_label(text) == ("supplement", {"zinc": "10 mg"})


def test_a_question_names_nothing_the_product_holds() -> None:
    text = "Order: Finasteride 1 mg 28 tablets\nDutasteride bhi chahiye? Batayein"
    assert read_label(text)[1] == {"finasteride": "1 mg"}


def test_a_complex_whose_parts_follow_in_its_bracket_hides_their_amounts() -> None:
    text = "Per capsule: Scalp complex 480 mg (saw palmetto extract, caffeine, biotin). Zinc 8 mg."
    result = analyze_label(text, INDEX)
    assert result.proprietary_blend
    assert {a.ingredient: a.strength for a in result.actives} == {
        "saw-palmetto": None,
        "caffeine": None,
        "biotin": None,
        "zinc": "8 mg",
    }


@pytest.mark.parametrize(
    "line",
    [
        "Also use ketoconazole 2% shampoo twice a week (separate prescription).",
        "Previously filled: Ketoconazole 200 mg tablets (03/2026)",
    ],
)
def test_a_medicine_used_beside_or_filled_before_is_not_this_one(line: str) -> None:
    text = f"Rx# 1234567\nTERBINAFINE 250 MG TABLETS #28\n{line}"
    assert read_label(text)[1] == {"terbinafine": "250 mg"}
