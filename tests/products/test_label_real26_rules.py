"""The rules prompted by the twenty-sixth blind review (real label texts from public pages, most
from outside the US): the class a registry field, a leaflet's own wording or a Russian intake
column shows, film-coated tablets in other languages, a supplement's "provides"; a Chinese
list's water and menthol; a botanical word that is no misspelt brand, a related-documents
list, a molecule's kin, a threshold, advice and a course of treatment, a blend's amount, a
co-therapy's amount, a choice of strengths. Every wording here is written for these tests."""

from __future__ import annotations

import pytest

from tests.products.label_reading import read_label

# --- the class a page shows -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a medicines registry's prescription-type field, in English and Swedish, over a leaflet
        # heading most often a prescription medicine's
        (
            "Lotion 60 ml\nPrescription type: OTC\nPACKAGE LEAFLET: INFORMATION FOR THE PATIENT",
            "otc_drug",
        ),
        ("Kutan l\u00f6sning\nReceptbelagda typ:\nOTC\nInformation for the patient", "otc_drug"),
        # film-coated tablets in Czech, Slovak, Polish and Portuguese, with no class stated
        ("Dutasterid 0,5 mg\nPotahovan\u00e9 tablety\nJedna tableta obsahuje", "rx_drug"),
        ("Finasterid 5 mg filmom obalen\u00e9 tablety", "rx_drug"),
        ("Finasteryd 1 mg, tabletki powlekane, 28 szt.", "rx_drug"),
        ("FINASTERIDA 1 mg comprimidos revestidos, caixa com 30", "rx_drug"),
        # a drug guide's concise prescribing summary
        ("Scalp lotion\nConcise Prescribing Info\nContents: clobetasol", "rx_drug"),
        # a medicine said to be one, with no class: Polish advertising's "To jest lek", the EU
        # leaflet wording of a medicine sold without prescription, a Ukrainian ATX code
        (
            "P\u0142yn na sk\u00f3r\u0119 g\u0142owy, 60 ml.\nTo jest lek. Stosuj zgodnie z ulotk\u0105.",
            "otc_drug",
        ),
        (
            "Iron syrup\nAlways take this medicine exactly as described in this leaflet.",
            "otc_drug",
        ),
        ("Zinc tablets\nPharmacotherapeutic group: minerals. ATX code A12C B01.", "otc_drug"),
        # South Africa's class for a complementary medicine, over a tablet's panel
        (
            "COMPLEMENTARY MEDICINE: HEALTH SUPPLEMENT\nS0\nEach tablet contains:\nZinc 5 mg",
            "supplement",
        ),
        # a Russian label's column of the share of the daily intake
        (
            "\u0412\u0438\u0442\u0430\u043c\u0438\u043d D3 | 5 \u043c\u043a\u0433 | % \u043e\u0442 \u0443\u0440\u043e\u0432\u043d\u044f \u043f\u043e\u0442\u0440\u0435\u0431\u043b\u0435\u043d\u0438\u044f",
            "supplement",
        ),
        (
            "\u0426\u0438\u043d\u043a 10 \u043c\u0433 (% \u043e\u0442 \u0440\u0435\u043a\u043e\u043c\u0435\u043d\u0434\u0443\u0435\u043c\u043e\u0433\u043e "
            "\u0443\u0440\u043e\u0432\u043d\u044f \u0441\u0443\u0442\u043e\u0447\u043d\u043e\u0433\u043e \u043f\u043e\u0442\u0440\u0435\u0431\u043b\u0435\u043d\u0438\u044f: 83)",
            "supplement",
        ),
        # a softgel's panel, a tablet that "provides" its nutrients, Canada's class
        ("Each soft gel capsule contains: Fish oil 1000 mg", "supplement"),
        ("Each tablet provides: Vitamin C 80 mg", "supplement"),
        ("Take 2 hours apart from other medications or natural health products.", "supplement"),
        # a Chinese list that opens with water, as an INCI list with "Aqua"
        ("\u5934\u76ae\u7cbe\u534e\n-\n\u6c34\n\u6eb6\u5242\n-\n\u7518\u6cb9", "cosmetic"),
    ],
)
def test_the_class_a_page_shows(text: str, kind: str) -> None:
    assert read_label(text)[0] == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a registry's prescription field that says it is needed stays a prescription's
        ("Tablets\nPrescription type: Required", "rx_drug"),
        # film-coated tablets said to be sold without prescription stay so
        ("Ibuprofen 200 mg potahovan\u00e9 tablety, voln\u011b prodejn\u00fd l\u00e9k", "otc_drug"),
        # a prescription leaflet's wording is no sign of one sold without
        ("Tablets\nAlways take this medicine exactly as your doctor has told you.", "unknown"),
        # "lekki" (light) is no "lek"
        ("To jest lekki krem do twarzy.", "unknown"),
        # a leaflet that names supplements as other products is no supplement's; one that is a
        # dietary supplement says so in the singular
        (
            "Biotin tablets\nAlways take this medicine exactly as described in this leaflet. "
            "Other products, such as multivitamins or dietary supplements, may also contain it.",
            "otc_drug",
        ),
        ("Biotin 5000 mcg is a dietary supplement.", "supplement"),
        ("Shop > Vitamins and Dietary Supplements\nBiotin 5000 mcg capsules", "supplement"),
        # a medicine's tablet "contains" its active
        ("Each tablet contains 1 mg finasteride.", "rx_drug"),
        # water inside a Chinese name (salicylic acid, \u6c34\u6768\u9178) is no list's water
        ("\u6c34\u6768\u9178\n\u53bb\u89d2\u8d28", "unknown"),
    ],
)
def test_what_shows_no_class_or_another_stays_so(text: str, kind: str) -> None:
    assert read_label(text)[0] == kind


# --- what a page names, and how strong ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actives"),
    [
        # menthol crystals in Chinese, traditional and simplified script; menthyl lactate is not
        # menthol
        ("\u6c34\n\u8584\u8377\u8166\n\u7518\u6cb9", {"menthol": None}),
        ("\u6c34\n\u8584\u8377\u8111\n\u7518\u6cb9", {"menthol": None}),
        ("\u6c34\n\u8584\u8377\u9187\u4e73\u9178\u916f\n\u7518\u6cb9", {}),
        # a cabbage's epithet is no misspelt brand of doxycycline; the brand and a misspelling
        # still are, and an inflected name stays found
        ("Ingredients: Water, Brassica Oleracea Italica Extract, Glycerin", {}),
        ("Oracea 40 mg capsules", {"doxycycline": "40 mg"}),
        ("Doxycyclin 100 mg tablets", {"doxycycline": "100 mg"}),
        # a document site's list of other leaflets
        (
            "FINASTERIDA 1 mg comprimidos revestidos\nDocumentos relacionados\n"
            "MINOXIDIL Solu\u00e7\u00e3o t\u00f3pica 50 mg/ml",
            {"finasteride": "1 mg"},
        ),
        (
            "Dutasteride 0.5 mg capsules\nRelated documents:\nKetoconazole 2% shampoo leaflet",
            {"dutasteride": "0.5 mg"},
        ),
        # the molecule this one is made from or akin to
        (
            "Betamethasone valerate cream. Betamethasone, a derivative of prednisolone, is a "
            "corticosteroid.",
            {"betamethasone": None},
        ),
        ("Prednisolone 5 mg tablets", {"prednisolone": "5 mg"}),
        # a threshold is no amount of the product
        (
            "Clobetasol lotion\nClobetasol can suppress the adrenals at doses as little as 2 g "
            "a day.",
            {"clobetasol": None},
        ),
        # an authority's advice and a course of treatment are no amount of the product; the
        # label's own recommended dose is
        (
            "Vitamin D3 tablets\nThe Endocrine Society recommends 2000 IU of vitamin D a day.",
            {"vitamin-d": None},
        ),
        (
            "Vitamin D3 tablets\nLow vitamin D is treated with high doses, then a maintenance "
            "dose of 800iu a day.",
            {"vitamin-d": None},
        ),
        (
            "Finasteride tablets\nThe recommended dose of finasteride is one tablet (1 mg) a day.",
            {"finasteride": "1 mg"},
        ),
        # a blend's amount said before it
        (
            "Hair formula\nIngredients: Saw Palmetto berry, Nettle leaf, Gelatin.\n"
            "Each capsule holds a 600mg proprietary blend containing Saw Palmetto.",
            {"saw-palmetto": None},
        ),
        (
            "Hair formula\nIngredients: Saw Palmetto berry, Nettle leaf, Gelatin.\n"
            "Each capsule holds 320mg of Saw Palmetto.",
            {"saw-palmetto": "320 mg"},
        ),
        # a co-therapy's amount, before a heading the page set in bold inside the paragraph
        (
            "Dutasteride capsules\nDutasteride may be given in combination with tamsulosin "
            "(0.4 mg) **Adults:** The usual dose of dutasteride is one capsule (0.5 mg) a day.",
            {"dutasteride": "0.5 mg"},
        ),
        (
            "Dutasteride 0.5 mg capsules may be used in combination with tamsulosin.",
            {"dutasteride": "0.5 mg"},
        ),
        # a choice of strengths: the one the title names, else the first printed
        (
            "Biotin tablets 10 mg, 30 pcs\nComposition: 1 tablet contains 5 mg or 10 mg of biotin.",
            {"biotin": "10 mg"},
        ),
        (
            "Biotin tablets\nComposition: 1 tablet contains 5 mg or 10 mg of biotin.",
            {"biotin": "5 mg"},
        ),
        (
            "Spironolactone tablets 50 mg\nTablets are available containing 25 mg, 50 mg or "
            "100 mg of spironolactone.",
            {"spironolactone": "50 mg"},
        ),
    ],
)
def test_what_a_page_names_and_how_strong(text: str, actives: dict[str, str | None]) -> None:
    assert read_label(text)[1] == actives


def test_a_panels_no_daily_value_stars_are_no_bold_heading() -> None:
    text = (
        "Supplement Facts\nServing Size 1 Softgel\n"
        "Saw Palmetto 320 mg ** Pumpkin Seed Oil 100 mg **\n** Daily Value not established."
    )
    assert read_label(text) == (
        "supplement",
        {"saw-palmetto": "320 mg", "pumpkin-seed-oil": "100 mg"},
    )


def test_a_softgel_panel_under_an_ingredients_heading_is_read() -> None:
    text = "INGREDIENTS:\nEach soft gel capsule contains:Cholecalciferol 25mcg (1000IU)\n"
    assert read_label(text) == ("supplement", {"vitamin-d": "25 mcg"})
