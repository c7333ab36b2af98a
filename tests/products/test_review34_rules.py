"""The rules prompted by the thirty-fourth blind review (SmPC and leaflet mirrors, export and
Gulf pharmacies, shops, registries in other languages): a class tag or a seller's prescription
field, a medicine's document that states no class (settled by the knowledge base), a
supplement known by its serving heading or a lozenge's or gummy's directions, a nutrient's
tablet on a food's page, a concentration in micrograms per mL or g, and an amount per 100 mL
in other languages. Every wording here is written for these tests."""

from __future__ import annotations

import pytest

from tests.products.label_reading import read_label

# --- a class said by a tag or a seller's field ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a drug index's class tag alone on its line
        ("Drug monograph\nKetoconazole\nOTC\nKetoconazole 2% shampoo for dandruff.", "otc_drug"),
        ("Minoxidil 5% Foam\nStatus:\nOTC\nEach can holds 60 g.", "otc_drug"),
        # a seller's prescription field, however it is spaced and worded
        ("Minoxidil 5% solution\nPrescription: Required\nPrice: $12", "rx_drug"),
        ("Minoxidil 10% solution\nPrescription needed: yes", "rx_drug"),
        ("Minoxidil 5% topical\nRx required: Yes\nShips in 3 days", "rx_drug"),
        ("Ketoconazole 2% shampoo\nPrescription : Mandatory", "rx_drug"),
    ],
)
def test_a_class_said_by_a_tag_or_field(text: str, kind: str) -> None:
    assert read_label(text)[0] == kind


@pytest.mark.parametrize(
    "text",
    [
        # a shop's menu that names the category among others
        "Our shop: OTC, Vitamins, Beauty\nMinoxidil 5% solution",
        # a field that says none is needed
        "Minoxidil 5% solution\nPrescription: Not required",
        "Minoxidil 5% solution\nPrescription : No",
        "Minoxidil 5% solution\nNo prescription needed. Ships fast.",
    ],
)
def test_look_alikes_of_a_class_tag_or_field(text: str) -> None:
    assert read_label(text)[0] == "unknown"


# --- a medicine's document that states no class -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "actives"),
    [
        # an Australian consumer medicine information: the class by the knowledge base
        (
            "Consumer Medicine Information\nKetoconazole shampoo 2%. What it is for: dandruff.",
            "otc_drug",
            {"ketoconazole": "2%"},
        ),
        (
            "CONSUMER MEDICINE INFORMATION\nFinasteride 1 mg tablets",
            "rx_drug",
            {"finasteride": "1 mg"},
        ),
        # a Brazilian bula's headings
        (
            "IDENTIFICA\u00c7\u00c3O DO MEDICAMENTO\nMinoxidil 5% solu\u00e7\u00e3o capilar",
            "otc_drug",
            {"minoxidil": "5%"},
        ),
        ("Bula do paciente\nFinasterida 1 mg comprimidos", "rx_drug", {"finasteride": "1 mg"}),
        # a medicine named so in Swedish, Danish and Norwegian, or by its excipients there
        (
            "Minoxidil 50 mg/ml kutan l\u00f6sning. L\u00e4kemedlet ska anv\u00e4ndas tv\u00e5 "
            "g\u00e5nger dagligen.",
            "otc_drug",
            {"minoxidil": "5%"},
        ),
        (
            "Minoxidil 5% kutanopl\u00f8sning\nAktivt stof: minoxidil. "
            "Hj\u00e6lpestoffer: propylenglycol, ethanol, vand.",
            "otc_drug",
            {"minoxidil": "5%"},
        ),
        (
            "Minoxidil 2% liniment\nVirkestoff: minoxidil. Hjelpestoffer: propylenglykol.",
            "otc_drug",
            {"minoxidil": "2%"},
        ),
        # a drug product or a Chinese patent medicine, in Chinese
        (
            "\u7c73\u8bfa\u5730\u5c14\u914a 5%\n\u672c\u836f\u54c1\u4e3a\u5916\u7528\u6eb6\u6db2",
            "otc_drug",
            {"minoxidil": "5%"},
        ),
        (
            "\u4f55\u9996\u4e4c\u7247 \u4e2d\u6210\u836f \u53e3\u670d",
            "otc_drug",
            {"polygonum-multiflorum": None},
        ),
        # a drug page's pregnancy category or contraindication
        (
            "Minoxidil 5% topical solution\nPregnancy Category C. Side effects: itching.",
            "otc_drug",
            {"minoxidil": "5%"},
        ),
        (
            "Ketoconazole 2% cream\nKetoconazole is contraindicated in patients with known "
            "hypersensitivity.",
            "otc_drug",
            {"ketoconazole": "2%"},
        ),
    ],
)
def test_a_medicines_document_that_states_no_class(
    text: str, kind: str, actives: dict[str, str | None]
) -> None:
    assert read_label(text) == (kind, actives)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a cosmetic's filing names the drug administration
        (
            "\u56fd\u5bb6\u836f\u54c1\u76d1\u7763\u7ba1\u7406\u5c40\u5907\u6848\n"
            "\u5496\u5561\u56e0\u6d17\u53d1\u6c34",
            "cosmetic",
        ),
        # a health food's required "cannot replace medicines"
        ("\u751f\u7269\u7d20\u7247\n\u672c\u54c1\u4e0d\u80fd\u4ee3\u66ff\u836f\u54c1", "unknown"),
        # a Swedish food's "this is no medicine" (the indefinite word)
        ("Biotin 5000 mcg\nDetta \u00e4r inte ett l\u00e4kemedel.", "unknown"),
        # pregnancy named with no drug's category
        (
            "Biotin 10,000 mcg\nNot for use during pregnancy. Keep out of reach of children.",
            "unknown",
        ),
    ],
)
def test_look_alikes_of_a_medicines_document(text: str, kind: str) -> None:
    assert read_label(text)[0] == kind


# --- a supplement by its serving heading or its directions ------------------------------------


@pytest.mark.parametrize(
    ("text", "actives"),
    [
        ("Biotin 2500 mcg\nContent per capsule: Biotin 2500 mcg", {"biotin": "2500 mcg"}),
        ("Elderberry & Zinc\nIngredients per gummy: Zinc 5 mg, Vitamin C 50 mg", {"zinc": "5 mg"}),
        ("Hair Vitamins\nAmount per softgel\nBiotin 5000 mcg\nZinc 10 mg", None),
        # a lozenge's, a melt's or a gummy's directions
        (
            "Vitamin D3 1000 IU lozenges\nAllow one lozenge to dissolve slowly in the mouth.",
            {"vitamin-d": "1000 IU"},
        ),
        ("Biotin gummies 5000 mcg\nChew 2 gummies after a meal.", {"biotin": "5000 mcg"}),
        (
            "Vitamin D3 2000 IU melts\nLet one tablet dissolve on the tongue each morning.",
            {"vitamin-d": "2000 IU"},
        ),
    ],
)
def test_a_supplement_by_its_serving_or_directions(
    text: str, actives: dict[str, str | None] | None
) -> None:
    kind, got = read_label(text)
    assert kind == "supplement"
    if actives is not None:
        assert got == actives


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a medicine's panel by its unit ("each ... contains") stays a medicine's
        ("Finasteride 1 mg\nEach tablet contains finasteride 1 mg.", "rx_drug"),
        # chewing named with no count of units
        ("Minoxidil 5% solution\nDo not chew the applicator.", "otc_drug"),
        # a scalp's drops, not dissolved in the mouth
        ("Ketoconazole 2% shampoo\nLet the lather dissolve flakes on the scalp.", "otc_drug"),
    ],
)
def test_look_alikes_of_a_supplements_serving(text: str, kind: str) -> None:
    assert read_label(text)[0] == kind


# --- a nutrient's tablet on a food's page -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actives"),
    [
        (
            "Zinc Tablets\nEach tablet contains 15 mg of zinc (as zinc gluconate). A dietary "
            "source of zinc.",
            {"zinc": "15 mg"},
        ),
        (
            "Iron Tablets\nEach tablet contains 14 mg of iron. For optimal nutritional support.",
            {"iron": "14 mg"},
        ),
    ],
)
def test_a_nutrients_tablet_on_a_foods_page(text: str, actives: dict[str, str]) -> None:
    assert read_label(text) == ("supplement", actives)


def test_a_vitamins_tablet_on_a_foods_page_is_no_prescription_one() -> None:
    # (no other sign of a class: it states none)
    text = "Biotin Tablets\nEach tablet contains biotin 5000 mcg. A nutritional adjunct for hair."
    assert read_label(text) == ("unknown", {"biotin": "5000 mcg"})


def test_a_nutrients_tablet_for_a_deficiency_stays_a_medicine() -> None:
    text = (
        "Ferrous Sulfate 200 mg Tablets\nEach tablet contains 200mg dried ferrous sulfate. "
        "For iron deficiency anaemia."
    )
    assert read_label(text)[0] == "rx_drug"


# --- a concentration in micrograms; an amount per 100 mL in other languages -------------------


@pytest.mark.parametrize(
    ("text", "actives"),
    [
        (
            "Alfatradiol 250 \u00b5g/ml L\u00f6sung zur Anwendung auf der Kopfhaut. Dieses "
            "Arzneimittel",
            {"alfatradiol": "0.025%"},
        ),
        (
            "Clobetasol propionate 500 micrograms/g cream\nLegal category: POM",
            {"clobetasol": "0.05%"},
        ),
        ("Latanoprost 50 mcg/ml eye drops", {"latanoprost": "0.005%"}),
        ("Minoxidil L\u00f6sung\n100 ml L\u00f6sung enthalten: Minoxidil 5 g", {"minoxidil": "5%"}),
        ("Minoksydil p\u0142yn\n100 ml p\u0142ynu zawiera 2 g minoksydylu.", {"minoxidil": "2%"}),
        (
            "Minoxidil soluci\u00f3n\n100 ml contienen: Minoxidil 5 g, propilenglicol.",
            {"minoxidil": "5%"},
        ),
        ("Minoxidil opl\u00f8sning\n100 ml indeholder minoxidil 5 g.", {"minoxidil": "5%"}),
        (
            "\u041c\u0438\u043d\u043e\u043a\u0441\u0438\u0434\u0438\u043b \u0440\u0430\u0441\u0442"
            "\u0432\u043e\u0440\n100 \u043c\u043b \u0440\u0430\u0441\u0442\u0432\u043e\u0440\u0430 "
            "\u0441\u043e\u0434\u0435\u0440\u0436\u0438\u0442 \u043c\u0438\u043d\u043e\u043a\u0441"
            "\u0438\u0434\u0438\u043b 2 \u0433.",
            {"minoxidil": "2%"},
        ),
    ],
)
def test_a_concentration_printed_so(text: str, actives: dict[str, str]) -> None:
    assert read_label(text)[1] == actives


@pytest.mark.parametrize(
    ("text", "actives"),
    [
        # a supplement's drops keep their amount per serving
        (
            "Liquid Biotin Drops\nSupplement Facts\nServing size 1 ml\nBiotin 5000 mcg/ml",
            {"biotin": "5000 mcg"},
        ),
        ("Vitamin D3 drops\nVitamin D3 25 mcg/ml. Food supplement.", {"vitamin-d": "25 mcg"}),
        # a pack of 100 mL is not what the amount is in
        ("Minoxidil 5 g\nBottle of 100 ml. Contains alcohol.", {"minoxidil": "5000 mg"}),
    ],
)
def test_look_alikes_of_a_concentration(text: str, actives: dict[str, str]) -> None:
    assert read_label(text)[1] == actives
