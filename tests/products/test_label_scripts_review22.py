"""Labels in Arabic, Persian, Urdu, Hebrew, Hindi, Bengali, Thai, Georgian, Armenian, Amharic,
Greek, Romanian and Indonesian: the rules prompted by the twenty-second blind review (cross-sell
and warning headings, the words for a product's legal class, a record's earlier prescription,
menthol among a medicine's other ingredients, free-from lines, a blend's parts after a colon).
Every wording here is written for these tests."""

from __future__ import annotations

import pytest

from anagen.knowledge.loader import default_content_dir, load_content
from anagen.products.ingredient_index import index_for
from anagen.products.label import analyze_label
from anagen.products.label_cleanup_scripts import script_amounts
from anagen.products.label_text import Section, sections
from tests.products.label_reading import read_label

KB = load_content(default_content_dir())
INDEX = index_for(KB)


def _section_of(text: str, words: str) -> Section:
    return next(p.section for p in sections(text) if words in p.text)


# --- other products' headings ------------------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "other"),
    [
        # Arabic "customers also bought", "usually bought together"
        (
            "\u0627\u0644\u0639\u0645\u0644\u0627\u0621 \u0627\u0634\u062a\u0631\u0648\u0627 \u0623\u064a\u0636\u0627:",
            "\u0628\u064a\u0648\u062a\u064a\u0646 5000 mcg",
        ),
        (
            "\u0645\u0646\u062a\u062c\u0627\u062a \u064a\u062a\u0645 \u0634\u0631\u0627\u0624\u0647\u0627 \u0645\u0639\u064b\u0627:",
            "\u0641\u064a\u0646\u0627\u0633\u062a\u0631\u0627\u064a\u062f 1 mg",
        ),
        # Persian "often bought together"; Urdu "bought together"
        (
            "\u0627\u063a\u0644\u0628 \u0628\u0627 \u0647\u0645 \u062e\u0631\u06cc\u062f\u0627\u0631\u06cc \u0645\u06cc\u200c\u0634\u0648\u0646\u062f:",
            "\u0641\u06cc\u0646\u0627\u0633\u062a\u0631\u0627\u06cc\u062f 1 mg",
        ),
        (
            "\u0627\u06a9\u062b\u0631 \u0627\u06cc\u06a9 \u0633\u0627\u062a\u06be \u062e\u0631\u06cc\u062f\u06d2 \u06af\u0626\u06d2:",
            "\u0628\u0627\u0626\u06cc\u0648\u0679\u0646 5000 mcg",
        ),
        # Hebrew "whoever bought this also bought", "related products"
        (
            "\u05de\u05d9 \u05e9\u05e8\u05db\u05e9 \u05de\u05d5\u05e6\u05e8 \u05d6\u05d4 \u05e7\u05e0\u05d4 \u05d2\u05dd:",
            "\u05d1\u05d9\u05d5\u05d8\u05d9\u05df 5 mg",
        ),
        (
            "\u05de\u05d5\u05e6\u05e8\u05d9\u05dd \u05e7\u05e9\u05d5\u05e8\u05d9\u05dd:",
            "\u05d1\u05d9\u05d5\u05d8\u05d9\u05df 5 mg",
        ),
        # Hindi "often bought together", "related products"
        (
            "\u0905\u0915\u094d\u0938\u0930 \u090f\u0915 \u0938\u093e\u0925 \u0916\u0930\u0940\u0926\u0947 \u0917\u090f:",
            "\u092c\u093e\u092f\u094b\u091f\u093f\u0928 10 mg",
        ),
        (
            "\u0938\u0902\u092c\u0902\u0927\u093f\u0924 \u0909\u0924\u094d\u092a\u093e\u0926:",
            "\u092c\u093e\u092f\u094b\u091f\u093f\u0928 10 mg",
        ),
        # Georgian "analogues"; Armenian "similar products", "often bought together"
        (
            "\u10d0\u10dc\u10d0\u10da\u10dd\u10d2\u10d4\u10d1\u10d8:",
            "\u10e4\u10d8\u10dc\u10d0\u10e1\u10e2\u10d4\u10e0\u10d8\u10d3\u10d8 1 mg",
        ),
        (
            "\u0546\u0574\u0561\u0576\u0561\u057f\u056b\u057a \u0561\u057a\u0580\u0561\u0576\u0584\u0576\u0565\u0580:",
            "\u0532\u056b\u0578\u057f\u056b\u0576 5 mg",
        ),
        (
            "\u0540\u0561\u0573\u0561\u056d \u0563\u0576\u0578\u0582\u0574 \u0565\u0576 \u0574\u056b\u0561\u057d\u056b\u0576\u055d",
            "\u0532\u056b\u0578\u057f\u056b\u0576 5 mg",
        ),
        # Thai "related products", "customers bought together"
        (
            "\u0e2a\u0e34\u0e19\u0e04\u0e49\u0e32\u0e17\u0e35\u0e48\u0e40\u0e01\u0e35\u0e48\u0e22\u0e27\u0e02\u0e49\u0e2d\u0e07:",
            "\u0e44\u0e1a\u0e42\u0e2d\u0e15\u0e34\u0e19 5000 mcg",
        ),
        (
            "\u0e25\u0e39\u0e01\u0e04\u0e49\u0e32\u0e21\u0e31\u0e01\u0e0b\u0e37\u0e49\u0e2d\u0e04\u0e39\u0e48\u0e01\u0e31\u0e19:",
            "\u0e44\u0e1a\u0e42\u0e2d\u0e15\u0e34\u0e19 5000 mcg",
        ),
        # Russian "analogues" (other brands of the medicine)
        (
            "\u0410\u043d\u0430\u043b\u043e\u0433\u0438:",
            "\u0424\u0438\u043d\u0430\u0441\u0442\u0435\u0440\u0438\u0434 1 mg",
        ),
    ],
)
def test_a_cross_sell_heading_in_another_script_opens_other_products(
    heading: str, other: str
) -> None:
    text = f"Ketoconazole 2% shampoo 100 ml\n{heading} {other}\n"
    assert _section_of(text, other) is Section.OTHER_PRODUCTS
    assert _section_of(text, "Ketoconazole") is Section.PREAMBLE


def test_a_thai_phrase_about_buying_together_without_a_colon_is_no_heading() -> None:
    text = "Minoxidil 5% \u0e0b\u0e37\u0e49\u0e2d\u0e04\u0e39\u0e48\u0e01\u0e31\u0e19\u0e04\u0e38\u0e49\u0e21\u0e01\u0e27\u0e48\u0e32\n\u0e44\u0e1a\u0e42\u0e2d\u0e15\u0e34\u0e19 5000 mcg"
    assert all(p.section is not Section.OTHER_PRODUCTS for p in sections(text))


def test_a_prescription_word_in_a_cross_sell_does_not_make_the_product_one() -> None:
    # Arabic: this one "without a medical prescription", the other "with a prescription"
    text = (
        "\u0643\u064a\u062a\u0648\u0643\u0648\u0646\u0627\u0632\u0648\u0644 2% \u0634\u0627\u0645\u0628\u0648\n\u062f\u0648\u0627\u0621 \u0628\u062f\u0648\u0646 \u0648\u0635\u0641\u0629 \u0637\u0628\u064a\u0629\n"
        "\u0627\u0644\u0639\u0645\u0644\u0627\u0621 \u0627\u0634\u062a\u0631\u0648\u0627 \u0623\u064a\u0636\u0627: \u0641\u064a\u0646\u0627\u0633\u062a\u0631\u0627\u064a\u062f 1 mg (\u0628\u0648\u0635\u0641\u0629 \u0637\u0628\u064a\u0629)"
    )
    assert read_label(text) == ("otc_drug", {"ketoconazole": "2%"})


@pytest.mark.parametrize(
    "warning",
    [
        "\u0647\u0634\u062f\u0627\u0631: \u0647\u0645\u0631\u0627\u0647 \u0628\u0627 \u062f\u0648\u062a\u0627\u0633\u062a\u0631\u0627\u06cc\u062f \u0645\u0635\u0631\u0641 \u0646\u0634\u0648\u062f.",  # Persian
        "\u062a\u062d\u0630\u064a\u0631: \u0644\u0627 \u064a\u0633\u062a\u062e\u062f\u0645 \u0645\u0639 \u062f\u0648\u062a\u0627\u0633\u062a\u064a\u0631\u064a\u062f.",  # Arabic
        "\u0e04\u0e33\u0e40\u0e15\u0e37\u0e2d\u0e19: \u0e2b\u0e49\u0e32\u0e21\u0e43\u0e0a\u0e49\u0e23\u0e48\u0e27\u0e21\u0e01\u0e31\u0e1a Dutasteride",  # Thai
        "\u0536\u0563\u0578\u0582\u0577\u0561\u0581\u0578\u0582\u0574\u055d \u0579\u0585\u0563\u057f\u0561\u0563\u0578\u0580\u056e\u0565\u056c \u0564\u0578\u0582\u057f\u0561\u057d\u057f\u0565\u0580\u056b\u0564-\u056b \u0570\u0565\u057f\u0589",  # Armenian
    ],
)
def test_a_medicine_a_warning_names_is_not_this_one(warning: str) -> None:
    text = f"Finasteride 1 mg film-coated tablets\n{warning}\n"
    assert read_label(text)[1] == {"finasteride": "1 mg"}
    after_heading = warning.split(":")[-1].split("\u055d")[-1].strip()
    assert _section_of(text, after_heading) is Section.DIRECTIONS


@pytest.mark.parametrize(
    "line",
    [
        "Previous prescription: Methotrexate 2.5 mg tablets, stopped in May",
        "Re\u021beta anterioar\u0103: Metotrexat 2,5 mg comprimate",
        "Prescrip\u021bia anterioar\u0103: Metotrexat 2,5 mg comprimate",
    ],
)
def test_a_records_earlier_prescription_of_another_medicine_is_not_this_one(line: str) -> None:
    text = f"Tofacitinib 5 mg tablets x 56\nRx: one tablet twice daily\n{line}\n"
    assert read_label(text)[1] == {"tofacitinib": "5 mg"}


# --- a product's legal class -------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "kind"),
    [
        # Persian: "prescription medicine", "only with a doctor's prescription", "without a
        # doctor's prescription"
        (
            "\u062f\u0627\u0631\u0648 \u0646\u0633\u062e\u0647\u200c\u0627\u06cc \u0627\u0633\u062a",
            "rx_drug",
        ),
        (
            "\u0641\u0642\u0637 \u0628\u0627 \u062a\u062c\u0648\u06cc\u0632 \u067e\u0632\u0634\u06a9 \u0645\u0635\u0631\u0641 \u0634\u0648\u062f",
            "rx_drug",
        ),
        (
            "\u0642\u0627\u0628\u0644 \u0641\u0631\u0648\u0634 \u0628\u062f\u0648\u0646 \u062a\u062c\u0648\u06cc\u0632 \u067e\u0632\u0634\u06a9",
            "otc_drug",
        ),
        # Hebrew "dispensed by prescription", "prescription medicine"
        (
            "\u05e0\u05d9\u05ea\u05df \u05dc\u05e7\u05d1\u05dc \u05e2\u05dc-\u05e4\u05d9 \u05de\u05e8\u05e9\u05dd \u05d1\u05dc\u05d1\u05d3",
            "rx_drug",
        ),
        ("\u05ea\u05e8\u05d5\u05e4\u05ea \u05de\u05e8\u05e9\u05dd", "rx_drug"),
        # Greek "given with a doctor's prescription"
        (
            "\u03a7\u03bf\u03c1\u03b7\u03b3\u03b5\u03af\u03c4\u03b1\u03b9 \u03bc\u03b5 \u03c3\u03c5\u03bd\u03c4\u03b1\u03b3\u03ae \u03b3\u03b9\u03b1\u03c4\u03c1\u03bf\u03cd",
            "rx_drug",
        ),
        # Romanian "medical prescription", not "without"
        ("Se elibereaz\u0103 cu prescrip\u021bie medical\u0103.", "rx_drug"),
        ("Se elibereaz\u0103 f\u0103r\u0103 prescrip\u021bie medical\u0103.", "otc_drug"),
        # Thai "specially controlled medicine", "pharmacy (dangerous) medicine", "household
        # remedy"
        (
            "\u0e22\u0e32\u0e04\u0e27\u0e1a\u0e04\u0e38\u0e21\u0e1e\u0e34\u0e40\u0e28\u0e29",
            "rx_drug",
        ),
        ("\u0e22\u0e32\u0e2d\u0e31\u0e19\u0e15\u0e23\u0e32\u0e22", "otc_drug"),
        (
            "\u0e22\u0e32\u0e2a\u0e32\u0e21\u0e31\u0e0d\u0e1b\u0e23\u0e30\u0e08\u0e33\u0e1a\u0e49\u0e32\u0e19",
            "otc_drug",
        ),
        # Georgian "dispensed by prescription", "without prescription"
        (
            "\u10d2\u10d0\u10d8\u10ea\u10d4\u10db\u10d0 \u10e0\u10d4\u10ea\u10d4\u10de\u10e2\u10d8\u10d7",
            "rx_drug",
        ),
        (
            "\u10d2\u10d0\u10d8\u10ea\u10d4\u10db\u10d0 \u10e3\u10e0\u10d4\u10ea\u10d4\u10de\u10e2\u10dd\u10d3",
            "otc_drug",
        ),
        # Armenian "by prescription", "without prescription"
        (
            "\u054f\u0580\u057e\u0578\u0582\u0574 \u0567 \u0564\u0565\u0572\u0561\u057f\u0578\u0574\u057d\u0578\u057e",
            "rx_drug",
        ),
        (
            "\u0532\u0561\u0581\u0569\u0578\u0572\u0576\u057e\u0578\u0582\u0574 \u0567 \u0561\u057c\u0561\u0576\u0581 \u0564\u0565\u0572\u0561\u057f\u0578\u0574\u057d\u056b",
            "otc_drug",
        ),
    ],
)
def test_a_medicines_class_in_another_language_sets_its_type(words: str, kind: str) -> None:
    assert read_label(f"Minoxidil 5% solution 60 ml\n{words}\n")[0] == kind


@pytest.mark.parametrize(
    "words",
    [
        "\u0e44\u0e21\u0e48\u0e15\u0e49\u0e2d\u0e07\u0e21\u0e35\u0e43\u0e1a\u0e2a\u0e31\u0e48\u0e07\u0e41\u0e1e\u0e17\u0e22\u0e4c",  # Thai "no doctor's prescription needed"
        "\u03a7\u03c9\u03c1\u03af\u03c2 \u03b9\u03b1\u03c4\u03c1\u03b9\u03ba\u03ae \u03c3\u03c5\u03bd\u03c4\u03b1\u03b3\u03ae",  # Greek "without a medical prescription"
        "\u0628\u062f\u0648\u0646 \u0646\u0633\u062e\u0647\u200c\u0627\u06cc \u0627\u0632 \u067e\u0632\u0634\u06a9",  # Persian "without a prescription from a doctor"
        "\u0646\u0633\u062e\u0647\u200c\u0627\u06cc \u0627\u0632 \u0628\u0631\u0648\u0634\u0648\u0631 \u062f\u0627\u062e\u0644 \u062c\u0639\u0628\u0647 \u0627\u0633\u062a",  # Persian "a copy of the leaflet is in the box"
    ],
)
def test_a_negated_or_other_sense_of_prescription_is_not_a_prescription_medicine(
    words: str,
) -> None:
    assert read_label(f"Minoxidil 5% solution 60 ml\n{words}\n")[0] != "rx_drug"


@pytest.mark.parametrize(
    "words",
    [
        "\u0641\u0648\u0688 \u0633\u067e\u0644\u06cc\u0645\u0646\u0679",  # Urdu "food supplement"
        "\u0906\u0939\u093e\u0930 \u092a\u0942\u0930\u0915",  # Hindi "dietary supplement"
        "\u0996\u09be\u09a6\u09cd\u09af \u09aa\u09b0\u09bf\u09aa\u09c2\u09b0\u0995",  # Bengali "food supplement"
        "\u10e1\u10d0\u10d9\u10d5\u10d4\u10d1\u10d8 \u10d3\u10d0\u10dc\u10d0\u10db\u10d0\u10e2\u10d8",  # Georgian "food supplement"
        "\u057d\u0576\u0576\u0564\u0561\u0575\u056b\u0576 \u0570\u0561\u057e\u0565\u056c\u0578\u0582\u0574",  # Armenian "food supplement"
    ],
)
def test_a_food_supplement_in_another_language_is_a_supplement(words: str) -> None:
    assert read_label(f"Biotin 5000 mcg, 60 tablets\n{words}\n")[0] == "supplement"


# --- names and lists in other scripts ----------------------------------------------------


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("\u10d3\u10e3\u10e2\u10d0\u10e1\u10e2\u10d4\u10e0\u10d8\u10d3\u10d8", "dutasteride"),
        ("\u10db\u10d8\u10dc\u10dd\u10e5\u10e1\u10d8\u10d3\u10d8\u10da\u10d8", "minoxidil"),
        (
            "\u10db\u10d8\u10dc\u10dd\u10e5\u10e1\u10d8\u10d3\u10d8\u10da",
            None,
        ),  # (a whole word only)
        ("\u0544\u056b\u0576\u0578\u0584\u057d\u056b\u0564\u056b\u056c", "minoxidil"),
        ("\u053f\u0565\u057f\u0578\u056f\u0578\u0576\u0561\u0566\u0578\u056c", "ketoconazole"),
        ("\u0628\u0627\u0626\u06cc\u0648\u0679\u0646", "biotin"),
        ("\u0622\u0626\u0631\u0646", "iron"),
        ("\u0648\u0679\u0627\u0645\u0646 \u0688\u06cc", "vitamin-d"),
        ("\u1325\u1241\u122d \u12a0\u12dd\u1219\u12f5 \u12d8\u12ed\u1275", "black-seed-oil"),
    ],
)
def test_names_in_georgian_armenian_urdu_and_amharic_are_found(name: str, slug: str | None) -> None:
    assert [f.slug for f in INDEX.find_all(name)] == ([slug] if slug else [])


def test_an_ethiopic_comma_separates_a_lists_items() -> None:
    # water, black seed oil; fragrance.
    read = script_amounts(
        "\u12cd\u1203\u1363 \u1325\u1241\u122d \u12a0\u12dd\u1219\u12f5 \u12d8\u12ed\u1275\u1364 \u123d\u1276\u1362"
    )
    assert (
        " ".join(read.split())
        == "\u12cd\u1203, \u1325\u1241\u122d \u12a0\u12dd\u1219\u12f5 \u12d8\u12ed\u1275, \u123d\u1276."
    )
    text = "\u12e8\u1340\u1309\u122d \u12d8\u12ed\u1275 50 ml\n\u130d\u1265\u12d3\u1276\u127d: \u1325\u1241\u122d \u12a0\u12dd\u1219\u12f5 \u12d8\u12ed\u1275\u1363 \u122e\u12dd\u121c\u122a \u12d8\u12ed\u1275\u1363 \u12cd\u1203"
    assert set(read_label(text)[1]) == {"black-seed-oil", "rosemary-oil"}


def test_a_supplements_table_in_urdu_reads_each_row() -> None:
    text = (
        "\u0628\u0627\u0644\u0648\u06ba \u06a9\u06d2 \u0644\u06cc\u06d2 \u0641\u0648\u0688 \u0633\u067e\u0644\u06cc\u0645\u0646\u0679\n"
        "\u0627\u062c\u0632\u0627\u0621\t\u0641\u06cc \u06a9\u06cc\u067e\u0633\u0648\u0644\n"
        "\u0628\u0627\u0626\u06cc\u0648\u0679\u0646\t\u06f3\u06f0\u06f0\u06f0 mcg\n"
        "\u0622\u0626\u0631\u0646\t\u06f1\u06f0 mg\n"
    )
    assert read_label(text) == ("supplement", {"biotin": "3000 mcg", "iron": "10 mg"})


# --- menthol, free-from lines, blends -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a Japanese OTC medicine's "other ingredients"
        "【第3類医薬品】\n有効成分:ミノキシジル 1%\nその他の成分:エタノール、l-メントール、香料",
        # a Canadian one's non-medicinal ingredients, as levomenthol
        "DIN 01234567\nMedicinal ingredient: Ketoconazole 2%\n"
        "Non-medicinal ingredients: aqua, levomenthol, parfum",
    ],
)
def test_menthol_among_a_medicines_other_ingredients_is_listed(text: str) -> None:
    kind, actives = read_label(text)
    assert kind == "otc_drug"
    assert "menthol" in actives and len(actives) == 2


def test_menthol_among_a_supplements_other_ingredients_is_not_listed() -> None:
    text = "Food supplement\nEach tablet contains: Zinc 10 mg\nOther ingredients: sorbitol, menthol"
    assert read_label(text) == ("supplement", {"zinc": "10 mg"})


@pytest.mark.parametrize(
    "line",
    [
        "\u2705 Bebas finasteride & minoxidil",
        "Tanpa minoxidil dan finasteride",
        "Formula bebas minoxidil",
    ],
)
def test_an_indonesian_free_from_line_names_nothing_the_product_holds(line: str) -> None:
    text = f"Suplemen rambut 30 kapsul\nKomposisi: Biotin 2500 mcg, Zinc 10 mg\n{line}\n"
    assert read_label(text)[1] == {"biotin": "2500 mcg", "zinc": "10 mg"}


def test_an_obat_bebas_medicine_still_holds_the_name_after_its_class() -> None:
    # Indonesian "free medicine": the class of medicine sold over the counter
    assert read_label("Golongan obat bebas minoxidil 2% larutan 60 ml") == (
        "otc_drug",
        {"minoxidil": "2%"},
    )


def test_indonesian_reviews_under_their_heading_are_not_the_product() -> None:
    text = "Minoxidil 5% larutan 60 ml\nUlasan pembeli:\nsaya pakai biotin juga\n"
    assert _section_of(text, "biotin") is Section.REVIEWS


def test_a_complex_whose_parts_follow_its_colon_hides_their_amounts() -> None:
    text = (
        "Each tablet provides:\nBiotin 1000 mcg\n"
        "Root Complex 300 mg: nettle leaf extract, saw palmetto fruit extract, green tea extract"
    )
    result = analyze_label(text, INDEX)
    assert result.proprietary_blend
    assert {a.ingredient: a.strength for a in result.actives} == {
        "biotin": "1000 mcg",
        "saw-palmetto": None,
    }


def test_a_complex_whose_parts_after_its_colon_have_amounts_hides_nothing() -> None:
    text = "Root Complex 300 mg: saw palmetto extract 200 mg, caffeine 100 mg"
    assert not analyze_label(text, INDEX).proprietary_blend
