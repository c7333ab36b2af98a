"""The rules prompted by the twenty-ninth blind review (real label texts, most from pages outside
the US): the class a Latvian, Lithuanian or Estonian registry field, a Russian or Ukrainian drug
reference, an EU leaflet's sentence for a medicine without prescription, a Canadian monograph's
heading, a drug index's corticosteroid class, a shop's "doctor's prescription", an Indian
pharmacy's directions, a Bangladeshi drug page's headings, an herbal capsule's plant fields, a
liquid supplement's spoon and a shampoo in other scripts show; a text run together, an oil's
fatty acids, a plant's natural constituents, a product's generic name in a sentence, and Hindi
and Bengali names of herbs. Every wording here is written for these tests."""

from __future__ import annotations

import pytest

from tests.products.label_reading import read_label

# --- the class a page shows -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a Latvian or Lithuanian registry's dispensing field, Estonian non-prescription
        (
            "Zāļu forma:\nTabletes\nReceptes veids:\nbez receptes\nAktīvā viela: Biotinum",
            "otc_drug",
        ),
        ("Vaisto forma: kapsulės\nIšdavimo tvarka: be recepto\nBiotinas 5 mg", "otc_drug"),
        ("Ravimi liik: retseptivaba\nŠampoon, ketokonasool 2%", "otc_drug"),
        # a Russian or Ukrainian drug reference's indications or pharmacology heading
        (
            "\u041a\u0440\u0435\u043c 1 %\n\u041f\u043e\u043a\u0430\u0437\u0430\u043d\u0438\u044f \u043a \u043f\u0440\u0438\u043c\u0435\u043d\u0435\u043d\u0438\u044e: \u0441\u0435\u0431\u043e\u0440\u0435\u0439\u043d\u044b\u0439 \u0434\u0435\u0440\u043c\u0430\u0442\u0438\u0442.",
            "otc_drug",
        ),
        (
            "\u0420\u043e\u0437\u0447\u0438\u043d \u043d\u0430\u0448\u043a\u0456\u0440\u043d\u0438\u0439\n\u041f\u043e\u043a\u0430\u0437\u0430\u043d\u043d\u044f: \u0430\u043d\u0434\u0440\u043e\u0433\u0435\u043d\u043d\u0430 \u0430\u043b\u043e\u043f\u0435\u0446\u0456\u044f.",
            "otc_drug",
        ),
        (
            "\u0424\u0430\u0440\u043c\u0430\u043a\u043e\u043b\u043e\u0433\u0438\u0447\u0435\u0441\u043a\u0438\u0435 \u0441\u0432\u043e\u0439\u0441\u0442\u0432\u0430\n\u041f\u0440\u043e\u0442\u0438\u0432\u043e\u0433\u0440\u0438\u0431\u043a\u043e\u0432\u043e\u0435 \u0441\u0440\u0435\u0434\u0441\u0442\u0432\u043e.\n\u041a\u0435\u0442\u043e\u043a\u043e\u043d\u0430\u0437\u043e\u043b 2 %",
            "otc_drug",
        ),
        # the EU leaflet's sentence for a medicine without prescription, over its heading that
        # some countries print on both kinds
        (
            "Folheto informativo: Informação para o doente\nLoção capilar\n"
            "Utilize este medicamento exatamente como está descrito neste folheto.",
            "otc_drug",
        ),
        (
            "Package leaflet: Information for the patient\nCutaneous solution\n"
            "Always use this medicine exactly as described in this leaflet.",
            "otc_drug",
        ),
        # a Canadian monograph's indications heading; a drug index's class line
        (
            "Clobetasol Cream\nIndications and Clinical Use: Short-term relief of dermatoses.\n"
            "Each gram contains clobetasol propionate 0.5 mg.",
            "rx_drug",
        ),
        (
            "Mometasone ointment 0.1% 15g\nIndications\nEczema of the scalp.\nClass\n"
            "Topical Corticosteroids",
            "rx_drug",
        ),
        # taken or sold on a doctor's prescription
        (
            "Finasteride 1 mg tablets are sold only on a doctor's prescription in this country.",
            "rx_drug",
        ),
        ("This tablet should be used under a medical prescription.", "rx_drug"),
        # an Indian pharmacy's directions; a drug monograph's "as determined by your doctor"
        (
            "Hair Solution\nTake this medication in the dose and duration as advised by your "
            "doctor.",
            "otc_drug",
        ),
        (
            "Antifungal Lotion\nIt may also be used for other conditions as determined by your "
            "physician.",
            "otc_drug",
        ),
        # a Bangladeshi drug page's headings alone on their lines
        (
            "Pharmacology\nEach capsule contains Zinc Sulphate 55 mg and Folic Acid 0.4 mg.\n"
            "Side Effects\nNausea.",
            "otc_drug",
        ),
        (
            "Each capsule contains Iron 30 mg.\nContraindications\nHaemochromatosis.",
            "otc_drug",
        ),
        # ... and said in a sentence, as the Russian indications and an Indian product page
        ("Vitamin D3 drops are indicated in the treatment of deficiency.", "otc_drug"),
        # an herbal capsule described by its plant's fields, whose page goes on to indications
        (
            "Tablet\nBhringraj\nBotanical name: Eclipta alba\nFamily: Asteraceae\n"
            "Indications: hair fall, premature greying.",
            "supplement",
        ),
        # a liquid supplement's spoon and Canada's "Nonmedicinal ingredients"
        (
            "Take one teaspoon daily.\nEach teaspoon (5 ml) contains: Zinc (zinc citrate) 10 mg "
            "Nonmedicinal ingredients: water, glycerin, natural flavour.",
            "supplement",
        ),
        # a shampoo with no drug, in Korean, Chinese, Japanese and Russian
        ("두피 샴푸\n주요 성분: 비오틴, 카페인", "cosmetic"),
        ("防脱洗发水\n主要成分\uff1a咖啡因", "cosmetic"),
        ("スカルプシャンプー\n成分\uff1aカフェイン", "cosmetic"),
        (
            "\u0428\u0430\u043c\u043f\u0443\u043d\u044c \u0443\u043a\u0440\u0435\u043f\u043b\u044f\u044e\u0449\u0438\u0439\n\u0421\u043e\u0441\u0442\u0430\u0432: \u043a\u043e\u0444\u0435\u0438\u043d",
            "cosmetic",
        ),
    ],
)
def test_the_class_a_page_shows(text: str, kind: str) -> None:
    assert read_label(text)[0] == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # "without a doctor's prescription" is no prescription sign
        ("Minoxidil 5% solution, available without a doctor's prescription.", "unknown"),
        # a complementary medicine's disclaimer does not name the product a medicine
        (
            "Each capsule contains Zinc 15 mg.\nThis medicine has not been evaluated by the "
            "authority. Complementary medicine: health supplement.",
            "supplement",
        ),
        # a Canadian natural product's contraindications run on after their colon
        (
            "Each softgel contains: pumpkin seed oil 1000 mg\nContraindications: Do not take if "
            "pregnant.\nNPN: 80012345",
            "supplement",
        ),
        # an essential oil's botanical name with no capsule or tablet
        ("Rosemary essential oil\nBotanical name: Salvia rosmarinus\nFor external use", "cosmetic"),
        # a drug shampoo in another script states no class: a medicine sold over the counter
        (
            "\u0428\u0430\u043c\u043f\u0443\u043d\u044c\n\u041a\u0435\u0442\u043e\u043a\u043e\u043d\u0430\u0437\u043e\u043b 2 %",
            "otc_drug",
        ),
        # "Each ml contains" stays a topical solution's, not a supplement's
        ("Each ml contains 50 mg minoxidil.", "otc_drug"),
    ],
)
def test_unchanged_classes(text: str, kind: str) -> None:
    assert read_label(text)[0] == kind


# --- what a page's text names ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actives"),
    [
        # a unit glued to the next heading, a name glued to its bracketed other name, a word
        # glued to the amount after it
        (
            "Each capsule contains Nicotinamide USP 15 mg Pyridoxine Hydrochloride BP 3 mgSide "
            "effects",
            {"niacinamide": "15 mg", "vitamin-b6": "3 mg"},
        ),
        ("Ergocalciferol(Vitamin D2) 50,000IU Capsules", {"vitamin-d": "50000 IU"}),
        ("Vitamin D3 2,000IU tablets", {"vitamin-d": "2000 IU"}),
        # an oil's fatty acids are what it is made of, not its strength
        (
            "Each softgel contains:\nPumpkin seed oil, 55% linoleic acid, 25% oleic acid1000 mg",
            {"pumpkin-seed-oil": "1000 mg"},
        ),
        # a plant's natural constituents are no added ingredients
        (
            "Capsule\nBhringraj\nLatin name: Eclipta alba\nPhytochemicals: Iron, zinc, magnesium",
            {"eclipta-alba": None},
        ),
        # the product's generic name in a sentence
        (
            "BRANDX CREAM\nFor Patient\nKetoconazole Cream is indicated for the treatment of "
            "seborrhoeic dermatitis.",
            {"ketoconazole": None},
        ),
        # Hindi and Bengali names of amla and bhringraj
        ("सामग्री: आंवला, भृंगराज, नारियल तेल", {"amla": None, "eclipta-alba": None}),
        ("উপাদান: আমলকী, ভৃঙ্গরাজ, নারকেল তেল", {"amla": None, "eclipta-alba": None}),
    ],
)
def test_what_the_page_names(text: str, actives: dict[str, str | None]) -> None:
    assert read_label(text)[1] == actives


@pytest.mark.parametrize(
    ("text", "actives"),
    [
        # a percent of a drug acid stays its strength
        ("Shampoo with 2% salicylic acid", {"salicylic-acid": "2%"}),
        # "D3" keeps its digit
        ("Vitamin D3 25 mcg tablets", {"vitamin-d": "25 mcg"}),
        # a plain "1,000 IU" stays as it was
        ("Vitamin D3 1,000 IU softgels", {"vitamin-d": "1000 IU"}),
        # a generic name's sentence names nothing when the page already lists its actives
        (
            "Active ingredient: Minoxidil 5%\nKetoconazole Shampoo is used for dandruff.",
            {"minoxidil": "5%"},
        ),
    ],
)
def test_unchanged_readings(text: str, actives: dict[str, str | None]) -> None:
    assert read_label(text)[1] == actives
