"""The rules prompted by the thirty-third blind review (real label texts from pharmacy, clinic
and shop pages, drug-index mirrors and supplement listings): a page that states no class of
medicines only a doctor gives by the route its title names, a shop's link to a leaflet, a drug
index's over-the-counter section names, prescription said in a sentence, a supplement known by
its dose to swallow or its required warning, an amount set off by a dash, the grams of a pack
under a title's percent, a table with a line for each cell, and a Chinese lookalike of
panthenol. Every wording here is written for these tests."""

from __future__ import annotations

import pytest

from tests.products.label_reading import read_label

# --- a page that states no class, of medicines only a doctor gives ---------------------------


@pytest.mark.parametrize(
    ("text", "actives"),
    [
        # every medicine on it one a doctor gives, by the knowledge base
        ("Finasteride 1mg Tablets\nGeneric Propecia. Pack of 28.", {"finasteride": "1 mg"}),
        (
            "Spironolactone 25 mg tablets\nFor female pattern hair loss. 100 tablets.",
            {"spironolactone": "25 mg"},
        ),
        ("Latanoprost 0.005% eye drops\nFor longer lashes.", {"latanoprost": "0.005%"}),
        # ... by the route its title names: minoxidil by mouth, with the title's strength
        (
            "Oral minoxidil\n2.5 mg tablets, 30 per pack\nFor hair loss in men and women.",
            {"minoxidil": "2.5 mg"},
        ),
        ("Minoxidil Tablets 5mg\nLow-dose minoxidil for thinning hair.", {"minoxidil": "5 mg"}),
    ],
)
def test_a_page_of_prescription_only_medicines_is_a_prescription_one(
    text: str, actives: dict[str, str]
) -> None:
    assert read_label(text) == ("rx_drug", actives)


@pytest.mark.parametrize(
    "text",
    [
        # a medicine also sold without a prescription, its page silent on how it is sold: read
        # as its makers sell it (label_unstated_type)
        "Minoxidil 5% solution\nFor hair loss.",
        "Ketoconazole 2% shampoo\nFor dandruff.",
        # only its tablets are a doctor's by the knowledge base
        "Terbinafine 1% cream\nFor athlete's foot.",
        # the title names the foam; the tablets are another product it is compared with
        "Minoxidil 5% foam. Unlike oral minoxidil tablets, the foam is put on the scalp.",
    ],
)
def test_a_page_of_medicines_also_sold_without_a_prescription_is_an_otc_one(text: str) -> None:
    assert read_label(text)[0] == "otc_drug"


@pytest.mark.parametrize(
    "text",
    [
        # a torn pack's own print: its class was on the part torn off
        "Finasteride 1 mg tablets\nLOT 1234A   EXP 09/2027",
        # an investigational medicine is no one's to prescribe
        "Pyrilutamide 0.5% topical solution\nFor research use only.",
    ],
)
def test_a_page_of_other_medicines_keeps_no_class(text: str) -> None:
    assert read_label(text)[0] == "unknown"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # an SmPC's headings over minoxidil tablets: prescription, by the route
        (
            "Minoxidil 2.5 mg tablets\n2. Qualitative and quantitative composition\n2.5 mg "
            "minoxidil per tablet.",
            "rx_drug",
        ),
        (
            "Minoxidil 2.5 mg tablets\n4.2 Posology and method of administration\nOne tablet "
            "a day.",
            "rx_drug",
        ),
        # ... over its solution: over the counter, as before
        (
            "Minoxidil 50 mg/ml cutaneous solution\n2. Qualitative and quantitative "
            "composition\n1 ml contains 50 mg minoxidil.",
            "otc_drug",
        ),
    ],
)
def test_a_leaflets_class_goes_by_the_route(text: str, kind: str) -> None:
    assert read_label(text)[0] == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a shop's link to the leaflet is no leaflet: the page states no class
        (
            "Dutasteride 0.5mg Capsules\nUsed for: hair loss\nPatient Information Leaflet "
            "https://example.org/pil.pdf",
            "rx_drug",
        ),
        (
            "Finasteride 1mg Tablets\nPatient information leaflet (PDF)\nPack of 84.",
            "rx_drug",
        ),
        # the leaflet itself states no class either, and stays with the leaflet rule
        ("Patient Information Leaflet\nDutasteride 0.5mg Capsules", "otc_drug"),
    ],
)
def test_a_link_to_a_leaflet_is_not_a_leaflet(text: str, kind: str) -> None:
    assert read_label(text)[0] == kind


# --- a class said in so many words -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a drug index's over-the-counter section names, without "Section"
        (
            "This page includes other prescribing information.\nOtc - Active Ingredient\n"
            "Ketoconazole 1%\nOtc - Purpose\nAnti-dandruff shampoo",
            "otc_drug",
        ),
        ("OTC - PURPOSE\nAnti-dandruff\nOTC - ACTIVE INGREDIENT\nPyrithione zinc 1%", "otc_drug"),
        ("Otc - Keep Out Of Reach Of Children\nMinoxidil 5% foam", "otc_drug"),
        # prescription said in a sentence, or however a page spaces India's legal line
        (
            "Latisse (bimatoprost ophthalmic solution) 0.03% is a prescription treatment for "
            "thin lashes.",
            "rx_drug",
        ),
        (
            "Minoxidil 5%\nWARNING: To be sold by retail on the\nprescription of a Registered "
            "Medical Practitioner only.",
            "rx_drug",
        ),
        ("Minoxidil tablets are a prescription medication. Minoxidil 2.5 mg", "rx_drug"),
    ],
)
def test_a_class_said_in_so_many_words(text: str, kind: str) -> None:
    assert read_label(text)[0] == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Category: OTC - Hair care\nIngredients: Aqua, Caffeine", "cosmetic"),
        ("Rogaine is a non-prescription treatment. Minoxidil 5% foam.", "unknown"),
        ("Minoxidil foam is not a prescription treatment. Minoxidil 5%", "unknown"),
    ],
)
def test_look_alikes_of_a_class_said(text: str, kind: str) -> None:
    assert read_label(text)[0] == kind


# --- a supplement known by its dose or its warning --------------------------------------------


@pytest.mark.parametrize(
    ("text", "actives"),
    [
        (
            "Vitamin D3 drops\nMedicinal ingredients (per drop): Vitamin D3 (cholecalciferol) "
            "25 mcg (1000 IU)\nAdults: take 1 drop daily.",
            {"vitamin-d": "25 mcg"},
        ),
        (
            "Gentle daily formula\nActive ingredients: carbonyl iron 25 mg\nThe recommended "
            "dose is one tablet daily.",
            {"iron": "25 mg"},
        ),
        (
            "Saw palmetto berry powder (Serenoa repens)\nSuggested use: 1/2 to 1 teaspoon twice "
            "daily in water.",
            {"saw-palmetto": None},
        ),
        (
            "Amla (Emblica officinalis) 500 mg\nTake 2 capsules a day with water.",
            {"amla": "500 mg"},
        ),
        (
            "Gotu kola 400 mg\nSuggested use: 1 to 2 tablets daily with food.",
            {"gotu-kola": "400 mg"},
        ),
        # a health or food supplement's required warning, over a leaflet's "List of excipients"
        (
            "Zinc 15 mg per tablet\nHealth supplements should not be used as a substitute for a "
            "healthy diet.\nList of excipients: cellulose",
            {"zinc": "15 mg"},
        ),
    ],
)
def test_a_supplement_by_its_dose_or_warning(text: str, actives: dict[str, str | None]) -> None:
    assert read_label(text) == ("supplement", actives)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # drops put on the scalp
        ("Rosemary oil\nMassage 5 drops daily into the scalp.", "unknown"),
        # a torn blister's or foil's own print
        ("Saw palmetto extract 320 mg\n1 capsule daily\nLOT 24B117 EXP 08/2027", "unknown"),
        (
            "Cholecalciferol 50,000 IU softgel\nTake one capsule once a week\nB/N 7K3310 EXP 02/2028",
            "unknown",
        ),
        # a medicine's dose
        ("Finasteride 1 mg. Take one tablet daily.", "rx_drug"),
        # a leaflet's excipients with no supplement's warning
        ("Finasteride 1 mg tablets\nList of excipients: lactose", "rx_drug"),
    ],
)
def test_look_alikes_of_a_supplements_dose(text: str, kind: str) -> None:
    assert read_label(text)[0] == kind


# --- strengths ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actives"),
    [
        # a dash that sets the amount off from the name
        (
            "Drug Facts\nActive ingredient\nSalicylic Acid -3 %\nPurpose\nDandruff",
            {"salicylic-acid": "3%"},
        ),
        (
            "Drug Facts\nActive ingredient\nPyrithione Zinc -1%\nPurpose\nAnti-dandruff",
            {"pyrithione-zinc": "1%"},
        ),
        # the grams in 100 mL, as a Swiss listing gives them, under a title's percent
        (
            "Loxidil Lös 2 % Fl 60 ml\nRezeptpflichtig\nWirkstoffe\n- 2000 mg Minoxidil",
            {"minoxidil": "2%"},
        ),
        (
            "Kenazol Shampoo 2 % 120 ml\nApothekenpflichtig\nWirkstoffe\n- 2000 mg Ketoconazol",
            {"ketoconazole": "2%"},
        ),
    ],
)
def test_a_strength_printed_so(text: str, actives: dict[str, str]) -> None:
    assert read_label(text)[1] == actives


@pytest.mark.parametrize(
    ("text", "actives"),
    [
        # a price cut after a price or a sale's word
        ("Now $9.99 -20%\nMinoxidil 5% solution", {"minoxidil": "5%"}),
        ("Minoxidil 5% Solution\nSale -30%\nActive ingredient: Minoxidil", {"minoxidil": "5%"}),
        # a mass below a gram under a title's percent: the amount per mL, read as before
        ("Minoxidil 5% Solution\nRx only\nEach mL contains minoxidil 50 mg", {"minoxidil": "5%"}),
        # a title's percent over a tablet's mass is no pack's total
        (
            "Finasteride 1 mg tablets\nPOM\nEach tablet contains 1 mg finasteride",
            {"finasteride": "1 mg"},
        ),
    ],
)
def test_look_alikes_of_a_strength(text: str, actives: dict[str, str]) -> None:
    assert read_label(text)[1] == actives


# --- a table with a line for each cell ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actives"),
    [
        (
            "Per capsule\nPer 2 capsules\nBiotin\n2500 µg\n5000 µg\nZinc (as citrate)\n5 mg\n"
            "10 mg\nOther ingredients: gelatin",
            {"biotin": "5000 mcg", "zinc": "10 mg"},
        ),
        (
            "Supplement Facts\nPer gummy\n(3 g)\nPer serving (3 gummies)\nVitamin D3\n5 µg\n"
            "15 µg\nBiotin\n100 µg\n300 µg",
            {"vitamin-d": "15 mcg", "biotin": "300 mcg"},
        ),
    ],
)
def test_a_table_with_a_line_for_each_cell_gives_the_serving(
    text: str, actives: dict[str, str]
) -> None:
    assert read_label(text)[1] == actives


def test_a_table_whose_lines_are_no_multiple_is_kept() -> None:
    text = "Per tablet\nPer 2 tablets\nBiotin\n2500 µg\n2500 µg\nZinc\n5 mg\n5 mg"
    assert read_label(text)[1] == {"biotin": "2500 mcg", "zinc": "5 mg"}


# --- names in Chinese ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actives"),
    [
        # panthenyl ethyl ether holds panthenol's name, and is another substance
        ("成分: 水, 泛醇基乙基醚, 何首乌根提取物", {"polygonum-multiflorum": None}),
        ("成分: 水, 泛醇, 何首乌根提取物", {"panthenol": None, "polygonum-multiflorum": None}),
        # rice water, in a product's name
        ("淘米水洗发水\n温和清洁", {"rice-water": None}),
    ],
)
def test_chinese_names(text: str, actives: dict[str, None]) -> None:
    assert read_label(text)[1] == actives
