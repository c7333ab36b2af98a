"""The rules prompted by the thirtieth blind review (real label texts, most from pages outside the
US): the class a "non-prescription drug", an EU traditional herbal medicine, a Hungarian SmPC or
leaflet, "only with a prescription", an EU or UK leaflet's headings, a drug information leaflet,
China's newer cosmetic filing numbers, a Canadian natural health product under a shop's
"Ingredients:" and a mineral's own page show; a Korean drug registry's table of amounts, a
population's reference intake, a page title over a leaflet for two strengths, an amount in IU
in brackets before its mass, a herbal extract's amount, a study's doses, the one mass of a
tablet in a sentence, and a comparison in Japanese. Every wording here is written for these
tests."""

from __future__ import annotations

import pytest

from tests.products.label_reading import read_label

# --- the class a page shows -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # "non-prescription drug" is no prescription drug
        ("This product is a non-prescription drug for dandruff.\nTerbinafine cream 1%", "otc_drug"),
        # an EU traditional herbal medicine, over a soft capsule's or a film-coated tablet's sign
        (
            "Sleep Aid Capsules\nTraditional herbal medicinal product used for the temporary "
            "relief of sleep disturbances.\nSoft capsule.",
            "otc_drug",
        ),
        ("Hayfever Relief Tablets\nTHR 12345/0001\nFilm-coated tablets", "otc_drug"),
        # a Hungarian SmPC's title and first heading, a Hungarian leaflet
        (
            "Ketokonazol 20 mg/g sampon alkalmazási előírás\nKetokonazol 20 mg grammonként.",
            "otc_drug",
        ),
        ("1. A GYÓGYSZER NEVE\nMinoxidil 50 mg/ml külsőleges oldat", "otc_drug"),
        (
            "BETEGTÁJÉKOZTATÓ: INFORMÁCIÓK A FELHASZNÁLÓ SZÁMÁRA\nFinaszterid 1 mg tabletta",
            "otc_drug",
        ),
        # only with a prescription, as a regulator or a shop says it
        ("Baricitinib is available only on prescription. Olumiant 4 mg tablets.", "rx_drug"),
        (
            "Finasteride tablets can only be obtained with a prescription from your GP.",
            "rx_drug",
        ),
        # an EU or UK leaflet's headings, a medicine's with no class printed
        (
            "1. What Betnovate is and what it is used for\nBetnovate contains betamethasone "
            "valerate 0.1%",
            "otc_drug",
        ),
        ("The name of your medicine is Nizoral 2% Cream. It contains ketoconazole.", "otc_drug"),
        ("Patient information leaflet\nKetoconazole 2% shampoo", "otc_drug"),
        (
            "This is a drug information leaflet for Terbinafine 1% cream, used for fungal skin "
            "infections.",
            "otc_drug",
        ),
        # China's cosmetic filing numbers since 2021, imported and domestic
        ("某品牌防脱洗发水\n国妆网备进字(京)2022000123\n成分: 水, 咖啡因", "cosmetic"),
        ("生发精华液\n粤G妆网备字2021123456\n成分: 水, 泛醇", "cosmetic"),
        # a Canadian natural health product's tablet of a mineral, under a shop's heading
        (
            "Ingredients:\nMedicinal ingredients: each tablet contains: zinc (citrate) 25 mg\n"
            "Non-medicinal ingredients: cellulose. Consult a practitioner if you take other "
            "natural health products.",
            "supplement",
        ),
        # a mineral's own page with no class stated
        ("Iron 25 mg\nIron is an essential mineral for red blood cells.", "supplement"),
        ("Magnesium 400\nMagnesium supports muscle function. Take with food.", "supplement"),
    ],
)
def test_the_class_a_page_shows(text: str, kind: str) -> None:
    assert read_label(text)[0] == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Prescription drug. Finasteride 1 mg tablets", "rx_drug"),
        ("This medicine is available without prescription. Ketoconazole 2% shampoo", "otc_drug"),
        ("Ingredients: Water, Glycerin, Zinc PCA", "cosmetic"),
        # a mineral put on the skin or scalp is no supplement
        (
            "Magnesium Oil Spray\nSpray onto the skin and massage into the skin. Magnesium "
            "chloride 31%",
            "unknown",
        ),
        ("Zinc Hair Tonic\nMassage into the scalp daily. Zinc 1%", "unknown"),
    ],
)
def test_unchanged_classes(text: str, kind: str) -> None:
    assert read_label(text)[0] == kind


# --- what the page names, and how strong --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actives"),
    [
        # a Korean drug registry's table: the ingredient's own amount, not the tablet's weight
        (
            "유효성분 : 피나스테리드\n총량 : 1정 중 150밀리그램|성분명 : 피나스테리드|분량 : 1|"
            "단위 : 밀리그램|규격 : USP\n전문의약품",
            {"finasteride": "1 mg"},
        ),
        (
            "원료약품 및 분량\n\n유효성분 : 미녹시딜\n\n총량 : 1정 중 100밀리그램|성분명 : 미녹시딜|"
            "분량 : 2.5|단위 : 밀리그램|규격 : KP|성분정보 : |비고 :\n\n첨가제 : 스테아린산마그네슘\n"
            "전문의약품",
            {"minoxidil": "2.5 mg"},
        ),
        # ... per gram of a topical one: a percentage
        (
            "유효성분 : 케토코나졸\n총량 : 1그램 중 20밀리그램|성분명 : 케토코나졸|분량 : 20|"
            "단위 : 밀리그램|규격 : USP\n일반의약품",
            {"ketoconazole": "2%"},
        ),
        # a population's reference intake is not the product's amount
        (
            "Food supplement. The recommended dietary allowance for zinc is 11 mg for men. This "
            "supplement provides 7.5 mg of zinc per serving.",
            {"zinc": "7.5 mg"},
        ),
        # a page titled with one strength over a leaflet for two
        (
            "Finpro Tablets 1mg\nPatient information leaflet\nFinasteride Tablets 1 and 5 mg\n"
            "Prescription only medicine",
            {"finasteride": "1 mg"},
        ),
        # the same amount in IU in brackets, before its mass: the first printed
        (
            "Each softgel provides: Vitamin D3 (4000 IU) 100 mcg. Food supplement.",
            {"vitamin-d": "4000 IU"},
        ),
        # a herbal medicine's amount of extract, from the plant the words after it name
        (
            "Summary of product characteristics - HERBALIS SAW PALMETTO CAPSULES\n"
            "2 QUALITATIVE AND QUANTITATIVE COMPOSITION\n1 capsule contains 160mg of extract (as "
            "dry extract) from Saw palmetto fruit (Serenoa repens) (10:1).\nExtraction solvent: "
            "Ethanol 90% V/V.",
            {"saw-palmetto": "160 mg"},
        ),
        # a trial's doses are not the product's; the one tablet's mass is
        (
            "Ritlecitinib (Litfulo) has been approved for alopecia areata. In the trial, patients "
            "received ritlecitinib 30 mg, ritlecitinib 50 mg or placebo. The recommended dose is "
            "a 50 mg capsule once daily. It can only be obtained with a prescription.",
            {"ritlecitinib": "50 mg"},
        ),
        # a Japanese comparison names another product's ingredient
        (
            "全成分\n1 サリチル酸\n2 グリチルリチン酸2K\nケトコナゾールなど他の抗真菌剤よりも穏やかな成分です。",
            {"salicylic-acid": None},
        ),
    ],
)
def test_what_the_page_names(text: str, actives: dict[str, str | None]) -> None:
    assert read_label(text)[1] == actives


@pytest.mark.parametrize(
    ("text", "actives"),
    [
        # a salt's mass in the title over its element's
        (
            "Ferrous Fumarate Tablets 210mg\nPharmacy medicine\nEach tablet contains 210 mg "
            "ferrous fumarate, equivalent to 69 mg of iron.",
            {"iron": "69 mg"},
        ),
        # the mass first, its IU in brackets after
        ("Vitamin D3 100 mcg (4000 IU) softgels. Food supplement.", {"vitamin-d": "100 mcg"}),
        # a label's own recommended dose is its amount
        (
            "Dutasteride soft capsules\nThe recommended dose is one capsule (0.5 mg) of "
            "dutasteride daily.",
            {"dutasteride": "0.5 mg"},
        ),
        # two tablets' masses are the strengths it comes in, neither its own
        (
            "Spironolactone tablets\nPrescription only medicine\nTake one 25 mg tablet or one "
            "50 mg tablet daily as told.",
            {"spironolactone": None},
        ),
        # a study named before the product's own amount, on another line
        (
            "Biotin 5000 mcg gummies\nStudies show biotin supports hair. Each gummy has 5000 mcg "
            "biotin.",
            {"biotin": "5000 mcg"},
        ),
        # an amount of another substance stays that substance's
        (
            "Each mL contains 23 mg of selenium sulfide in a vehicle with zinc pyrithione.",
            {"pyrithione-zinc": None},
        ),
    ],
)
def test_unchanged_readings(text: str, actives: dict[str, str | None]) -> None:
    assert read_label(text)[1] == actives
