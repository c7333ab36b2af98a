"""Label analysis: the label suite (every real label in content/products) and edge cases."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from anagen.knowledge.base import KnowledgeBase
from anagen.knowledge.loader import default_content_dir, load_content
from anagen.products.ingredient_index import IngredientIndex, index_for
from anagen.products.label import analyze_label
from anagen.products.strength import first_strength, normalise

KB = load_content(default_content_dir())
LABELLED = [p for p in KB.products.values() if p.actives]


@pytest.fixture(scope="module")
def index() -> IngredientIndex:
    return index_for(KB)


def test_the_label_suite_is_large_and_sourced() -> None:
    assert len(LABELLED) >= 60
    assert all(p.sources for p in LABELLED)


@pytest.mark.parametrize("product", LABELLED, ids=[p.slug for p in LABELLED])
def test_real_label_gives_its_actives_and_strengths(product, index: IngredientIndex) -> None:  # type: ignore[no-untyped-def]
    result = analyze_label(product.label_text, index)
    found = {(a.ingredient, a.strength) for a in result.actives}
    expected = {(a.ingredient, a.strength) for a in product.actives}
    assert expected <= found, (expected, found)


def test_every_label_active_names_a_known_ingredient(kb: KnowledgeBase) -> None:
    for p in kb.products.values():
        for a in p.actives:
            assert a.ingredient in kb.ingredients, (p.slug, a.ingredient)


@pytest.mark.parametrize(
    ("text", "slug", "strength", "kind"),
    [
        (
            "Drug Facts\nActive ingredient\nMinoxidil 5% w/v\nPurpose\nHair regrowth treatment",
            "minoxidil",
            "5%",
            "otc_drug",
        ),
        (
            "DRUG FACTS ACTIVE INGREDIENT: MINOXIDIL, USP 2% W/V PURPOSE: HAIR REGROWTH TREATMENT",
            "minoxidil",
            "2%",
            "otc_drug",
        ),
        (
            "Supplement Facts\nServing Size 1 Softgel\nSaw Palmetto Extract (Serenoa repens)(berry) 320 mg *",
            "saw-palmetto",
            "320 mg",
            "supplement",
        ),
        (
            "Supplement Facts\nBiotin (as d-biotin) 5,000 mcg 16667%",
            "biotin",
            "5000 mcg",
            "supplement",
        ),
        (
            "Supplement Facts\nVitamin D3 (as cholecalciferol) 25 µg (1000 IU) 125%",
            "vitamin-d",
            "25 mcg",
            "supplement",
        ),
        (
            "Ingredients: Aqua (Water), Sodium Laureth Sulfate, Caffeine, Panthenol, Parfum",
            "caffeine",
            None,
            "cosmetic",
        ),
        (
            "Active ingredient Purpose\nKetoconazole 1% w/w ..... Anti-dandruff",
            "ketoconazole",
            "1%",
            "otc_drug",
        ),
        ("Each film-coated tablet contains 1 mg finasteride.", "finasteride", "1 mg", "rx_drug"),
        (
            "Active Ingredient(S)\nMinoxdil 5% w/w\nPurpose\nHair regrowth",
            "minoxidil",
            "5%",
            "otc_drug",
        ),
        ("ACTIVE INGREDIENTS: Minoxidil 5% and Biotin 0.5%", "biotin", "0.5%", "otc_drug"),
        ("Supplement Facts\nZinc\n26.5 mg\n265%", "zinc", "26.5 mg", "supplement"),
        ("Minoxidil 50 mg/g (5% w/w)", "minoxidil", "5%", "otc_drug"),
        (
            "Each capsule contains: Serenoa repens extract (75% fatty acids) 0.5 grams.",
            "saw-palmetto",
            "500 mg",
            "supplement",
        ),
        (
            "Ingredients: aqua, ROSMARINUS OFFICINALIS (ROSEMARY) LEAF OIL, glycerin.",
            "rosemary-oil",
            None,
            "cosmetic",
        ),
        # a shop listing's title names the product type
        (
            "Biotin 10000mcg High Potency Hair Growth Supplement, 120 Capsules",
            "biotin",
            "10000 mcg",
            "supplement",
        ),
        # the amount a strength is in ("each 1 mL") is not the strength: 50 mg in 1 mL is 5%
        (
            "Each 1 mL contains: minoxidil 50 mg. Excipients: ethanol.",
            "minoxidil",
            "5%",
            "otc_drug",
        ),
        (
            "Ingredients: Glycine Soja (Soybean) Oil, Rosmarinus Officinalis (Rosemary) Leaf Oil.",
            "rosemary-oil",
            None,
            "cosmetic",
        ),
        # two actives on one line, split by a slash: each keeps its own strength
        (
            "Finasteride 0.1% / Minoxidil 5% Topical Solution 60 mL\nRx only.",
            "minoxidil",
            "5%",
            "rx_drug",
        ),
        # "100% pure" is praise, not a strength
        (
            "100% Pure Rosemary Essential Oil for Hair Growth\nIngredients: Rosmarinus Officinalis (Rosemary) Leaf Oil.",
            "rosemary-oil",
            None,
            "cosmetic",
        ),
    ],
)
def test_label_layouts(
    index: IngredientIndex, text: str, slug: str, strength: str | None, kind: str
) -> None:
    result = analyze_label(text, index)
    assert (slug, strength) in {(a.ingredient, a.strength) for a in result.actives}, result.actives
    assert result.product_type == kind


def test_inactive_ingredients_are_not_actives(index: IngredientIndex) -> None:
    text = (
        "Drug Facts\nActive ingredient\nPyrithione zinc 1%\nPurpose\nAnti-dandruff\n"
        "Inactive ingredients\nwater, sodium laureth sulfate, caffeine, fragrance"
    )
    result = analyze_label(text, index)
    assert [a.ingredient for a in result.actives] == ["pyrithione-zinc"]
    assert "caffeine" in result.other_ingredients and "water" in result.other_ingredients


def test_unknown_panel_entries_and_proprietary_blends_are_reported(index: IngredientIndex) -> None:
    text = (
        "Supplement Facts\nServing Size 2 Capsules\nBiotin 5000 mcg\nAshwagandha root 300 mg\n"
        "Proprietary Blend 500 mg\nOther ingredients: gelatin, rice flour"
    )
    result = analyze_label(text, index)
    assert result.proprietary_blend
    assert any("Ashwagandha" in u for u in result.unrecognized)
    assert "gelatin" in result.other_ingredients


def test_a_blend_amount_is_not_given_to_its_parts(index: IngredientIndex) -> None:
    text = (
        "Supplement Facts\nBiotin 3000 mcg\nHair Proprietary Blend 1,612 mg: Ashwagandha Root "
        "Extract, Curcumin, Saw Palmetto Extract (Serenoa repens), Piperine\n"
    )
    result = analyze_label(text, index)
    assert result.proprietary_blend
    actives = {a.ingredient: a for a in result.actives}
    assert actives["biotin"].strength == "3000 mcg"
    assert actives["saw-palmetto"].strength is None
    assert actives["saw-palmetto"].name_on_label == "Saw Palmetto Extract (Serenoa repens)"


def test_other_vitamins_are_not_misspellings_of_known_ones(index: IngredientIndex) -> None:
    """Vitamins A, C and E differ from vitamin H (biotin) or D by one letter, but that letter is
    the name: they are unrecognised, never read as another vitamin."""
    text = (
        "Supplement Facts\nVitamin A (as beta-carotene) 1500 mcg\nVitamin C (as ascorbic acid) "
        "100 mg\nVitamin E (as d-alpha tocopherol) 15 mg\nBiotin 3000 mcg\n"
    )
    result = analyze_label(text, index)
    assert [(a.ingredient, a.strength) for a in result.actives] == [("biotin", "3000 mcg")]
    assert len(result.unrecognized) == 3
    assert index.find("Minoxdil 5%") is not None  # real misspellings are still read


def test_a_panel_written_on_one_line_gives_each_entry(index: IngredientIndex) -> None:
    text = (
        "Supplement Facts. Serving size: 2 softgels. Pumpkin seed oil (Cucurbita pepo) 1000 mg. "
        "Saw palmetto berry extract (standardized to 85-95% fatty acids) 320 mg. Other "
        "ingredients: gelatin, glycerin."
    )
    result = analyze_label(text, index)
    found = {(a.ingredient, a.strength) for a in result.actives}
    assert found == {("pumpkin-seed-oil", "1000 mg"), ("saw-palmetto", "320 mg")}


def test_a_panel_with_entries_run_together_by_commas_gives_each_amount_to_its_own_name(
    index: IngredientIndex,
) -> None:
    text = (
        "Supplement Facts. Serving Size 2 Gummies. Amount Per Serving: Calories 15, Total "
        "Carbohydrate 4 g, Total Sugars 3 g, Vitamin C 60 mg, Biotin 2,500 mcg, Sodium 10 mg. "
        "Other Ingredients: Glucose Syrup, Sugar, Gelatin."
    )
    result = analyze_label(text, index)
    assert [(a.ingredient, a.strength) for a in result.actives] == [("biotin", "2500 mcg")]
    assert result.unrecognized == ["Vitamin C 60 mg"]


def test_a_panel_laid_out_as_a_table_gives_each_row_and_no_header(index: IngredientIndex) -> None:
    text = (
        "Supplement Facts\n| Amount Per Serving | % Daily Value |\n| Biotin | 5000 mcg | 16667% |\n"
        "| Saw Palmetto Extract | 320 mg | * |\n"
    )
    result = analyze_label(text, index)
    found = {(a.ingredient, a.strength) for a in result.actives}
    assert found == {("biotin", "5000 mcg"), ("saw-palmetto", "320 mg")}
    assert result.unrecognized == []


def test_a_short_inactive_header_ends_the_actives(index: IngredientIndex) -> None:
    text = "Rx only. Contains: Finasteride 0.3%, Minoxidil 6%. Inactive: Ethanol, Propylene Glycol."
    result = analyze_label(text, index)
    actives = {a.ingredient: a for a in result.actives}
    assert (
        actives["minoxidil"].strength == "6%"
        and "Ethanol" not in actives["minoxidil"].name_on_label
    )
    assert actives["finasteride"].strength == "0.3%"


def test_a_device_has_no_actives(index: IngredientIndex) -> None:
    text = "K Number K142573. The LaserComb consists of 82 diode lasers at 655 nm."
    result = analyze_label(text, index)
    assert result.product_type == "device" and result.actives == []


@pytest.mark.parametrize(
    ("number", "unit", "out"),
    [
        ("5", "%", "5%"),
        ("0.5", "grams", "500 mg"),
        ("5,000", "mcg", "5000 mcg"),
        ("25", "µg", "25 mcg"),
        ("1000", "IU", "1000 IU"),
        ("2,5", "mg", "2.5 mg"),
    ],
)
def test_strengths_are_normalised(number: str, unit: str, out: str) -> None:
    assert normalise(number, unit) == out


def test_daily_value_percent_is_not_a_strength() -> None:
    found = first_strength("Biotin 5000 mcg 16667% DV")
    assert found is not None and found.value == "5000 mcg"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_any_text_never_crashes(text: str) -> None:
    result = analyze_label(text, index_for(KB))
    assert result.product_type in {
        "rx_drug",
        "otc_drug",
        "device",
        "supplement",
        "cosmetic",
        "unknown",
    }


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Inactive ingredients:",
                "INACTIVE INGREDIENT.",
                "Excipients:",
                "List of excipients",
                "Active ingredient (in each mL) Purpose",
                "Active Ingredients(s):",
                "Medicinal ingredients:",
                "Other ingredients:",
                "Non-medicinal ingredients:",
                "Supplement Facts",
                "Amount Per Serving",
                "Each capsule contains:",
                "Ingredients:",
                "\nCustomer reviews\n",
                "\nPreguntas y respuestas:",
                "\nSTOP taking:",
                "kauften auch",
                "Other medicines and Xeljanz:",
                "INGRÉDIENTS :",
                "INCI:",
                "Uses",
                "Warnings:",
                "Directions",
                "Aqua, Glycerin, Minoxidil 5% w/v",
                "Saw Palmetto Extract 320 mg",
                " ",
                "\n",
            ]
        ),
        max_size=8,
    )
)
def test_header_keyword_prefilter_never_hides_a_header(parts: list[str]) -> None:
    """`sections` skips a header's scan when none of its required words is in the label;
    every header the scan would find must contain one of them."""
    from anagen.products.label_text import HEADERS, MUST_CONTAIN, normalise

    text = normalise(" ".join(parts))
    for section, pattern in HEADERS:
        for m in pattern.finditer(text):
            words = MUST_CONTAIN.get(section)
            assert not words or any(w in m.group(0).lower() for w in words), (section, m)


def test_type_keyword_prefilter_holds_on_every_rule_alternative() -> None:
    """`product_type` skips a long type rule when none of its words is in the label: every
    alternative of those rules, spelled out below, must contain one of them (a new
    alternative without a word here fails this test)."""
    from anagen.products.label_type_rules import TYPE_MUST_CONTAIN, TYPE_RULES

    samples = [
        "Supplement Facts",
        "Serving size 2",
        "Amount per serving",
        "% Daily Value",
        "Dietary supplement",
        "Food supplement",
        "250% NRV",
        "Nutrient reference value",
        "Nutraceutical",
        "FSSAI Lic",
        "Rx only",
        "Prescription-only",
        "prescription only",
        "Prescription medicine",
        "prescribed",
        "film-coated tablets",
        "Prescribing information",
        "soft capsules",
        "List of excipients",
        "Each film-coated tablet contains",
        "Federal law prohibits dispensing",
        "Schedule H",
        "compounded",
        "verschreibungspflichtig",
        "Refills: 3",
        "Prescriber",
        "RX #1234567",
        "Prescription required",
        "Venda sob prescrição médica",
        "uso sob prescrição",
        "sujeto a prescripción",
        "con receta médica",
        "soggetto a prescrizione",
        "ricetta medica",
        "sur ordonnance",
        "Liste II",
        "prescritor",
        "compresse rivestite",
        "comprimidos recubiertos",
        "comprimés pelliculés",
        "requiere receta",
        "POM",
        "Drug Facts",
        "Active ingredient (in each mL) Purpose",
        "hair regrowth treatment",
        "OTC medicine",
        "apothekenpflichtig",
        "pharmacy medicine",
        "non-prescription medicine",
        "venta libre",
        "Nahrungsergänzungsmittel",
        "complément alimentaire",
        "complemento alimenticio",
        "integratore alimentare",
        "preparazione magistrale",
        "fórmula magistral",
        "Package leaflet: Information for the patient",
        "Package leaflet: information for the user",
        "Medicamento no sujeto a prescripción médica",
        "Nicht verschreibungspflichtig",
        "Medicinale non soggetto a prescrizione medica",
        "Médicament sans ordonnance",
        "MSRM - Medicamento sujeito a receita médica",
        "Medicamento não sujeito a receita médica (MNSRM)",
        "DIN 02237548",
        "Your provider has approved the plan",
        "your doctor approved",
        "Your clinician prescribed",
        "Receptbelagt",
        "Re\u00e7etesiz sat\u0131l\u0131r",
        "UAD RVG 21987",
        "suplement diety",
        "Biotin 50 mcg 100%NRV",
        "Biotin 50 mcg   %NRV",
        "\u7b2c1\u985e\u533b\u85ac\u54c1",
        "OTC \u7532\u7c7b (Class A OTC)",
        "\u975e\u5904\u65b9\u836f",
        "\u5904\u65b9\u836f",
        "\uc77c\ubc18\uc758\uc57d\ud488",
        "\uc804\ubb38\uc758\uc57d\ud488",
        "Gebrauchsinformation: Information f\u00fcr Anwender",
        "Information f\u00fcr Patienten",
        "Notice : information de l'utilisateur",
        "information du patient",
        "Prospecto: informaci\u00f3n para el usuario",
        "informaci\u00f3n para el paciente",
        "Foglio illustrativo: informazioni per l'utilizzatore",
        "informazioni per il paziente",
        "Folheto informativo: informa\u00e7\u00e3o para o utilizador",
        "informa\u00e7\u00e3o para o doente",
        "Reg. M.S. n\u00ba 1.0000.0000.001-1",
        "Each tablet contains 200 mg",
        "Pharmacy medicine",
        "After-visit summary",
        "Discharge summary",
        "Rx No: 00718273",
        "Repeats: 5",
        "GSL",
        "General sale list",
        "Pharmacist Only Medicine",
        "Farmaco da banco",
        "senza obbligo di ricetta",
        "S4  SPIRACTIN",
        "S1 minoxidil",
        "PL 00173/0046",
        "Indications: dandruff",
        "Legal category: P",
        "Legal Category\nL: Pharmacy",
        "Legal category: POM",
        "Conditions de prescription et de d\u00e9livrance : Aucune",
        "only available from pharmacies",
        "prescription-based medicine",
        "Boxed warning",
        "injectable suspension",
        "for intralesional use",
        "17 PATIENT COUNSELING INFORMATION",
        "Ce m\u00e9dicament",
        "ATC code: D11AX01",
        "Dosage & Administration",
        "Dosage and administration",
        "\u0627\u0644\u0627\u0633\u062a\u0637\u0628\u0627\u0628",
        "\u062f\u0648\u0627\u0639\u064a \u0627\u0644\u0627\u0633\u062a\u0639\u0645\u0627\u0644",
    ]
    for i, words in TYPE_MUST_CONTAIN.items():
        rule = TYPE_RULES[i][1]
        for sample in samples:
            for m in rule.finditer(sample):
                assert any(w in m.group(0).lower() for w in words), (TYPE_RULES[i][0], m)
    # and every sample is found by some rule, so the list above keeps up with the rules
    assert all(any(r.search(s) for _, r in TYPE_RULES) for s in samples)


def test_header_keyword_prefilter_holds_on_every_catalogue_label() -> None:
    from anagen.products.label_text import HEADERS, MUST_CONTAIN, normalise

    for product in KB.products.values():
        label = normalise(product.label_text)
        for section, pattern in HEADERS:
            for m in pattern.finditer(label):
                words = MUST_CONTAIN.get(section)
                assert not words or any(w in m.group(0).lower() for w in words), (section, m)


def test_rules_run_on_lower_case_text_have_no_upper_case_letters() -> None:
    """Type rules and section headers also run without re.I on lower-cased text (faster);
    an upper-case letter in a pattern would then never match."""
    import re

    from anagen.products.label_text import HEADERS
    from anagen.products.label_type_rules import TYPE_RULES

    for name, rule in [*TYPE_RULES, *HEADERS]:
        assert not re.findall(r"[A-Z]", re.sub(r"\\.", "", rule.pattern)), name


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .\t\n…·•▪●-")), max_size=40))
def test_normalise_fast_paths_change_nothing(text: str) -> None:
    """`normalise` skips work when a label has no leader dots or runs of blanks; the result
    must equal the plain two-step reading."""
    import re
    import unicodedata

    from anagen.products.label_text import normalise

    plain = unicodedata.normalize("NFKC", text)
    plain = plain.replace("\u2011", "-").replace("\u2010", "-").replace("\u00a0", " ")
    plain = re.sub(r"[…·•▪●]+|\.{3,}", " ", plain)
    assert normalise(text) == re.sub(r"[ \t]+", " ", plain)


@settings(max_examples=400, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            list("aZé\u00c9\u2019\u201c\u2013\u00ae\u00a0\u2122\u00b5\u0130\ufb01\u0301 1%-")
        ),
        max_size=30,
    )
)
def test_fold_fast_paths_change_nothing(text: str) -> None:
    """`fold` takes an ASCII path when curly quotes and dashes are all that is not ASCII, and
    strips accents by one character class; both must equal the plain reading."""
    import unicodedata

    from anagen.products.ingredient_index import NOT_NAME, fold

    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    assert fold(text) == f" {NOT_NAME.sub(' ', plain.casefold()).strip()} "


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("ab ,;|\n()[].-")), max_size=40),
    st.sampled_from([",;\n|", ";\n|"]),
)
def test_split_items_agrees_with_a_character_by_character_reading(
    text: str, separators: str
) -> None:
    from anagen.products.label_entries import _clean_items, split_items

    items, depth, current = [], 0, []
    for ch in text:
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        if depth == 0 and ch in separators:
            items.append("".join(current))
            current = []
        else:
            current.append(ch)
    items.append("".join(current))
    assert split_items(text, separators) == _clean_items(items)


def test_an_amount_per_100_ml_is_a_percentage_except_in_a_supplement_panel(
    index: IngredientIndex,
) -> None:
    lotion = (
        "Minoxidil Lotion\nActive ingredient (in 100 mL): Minoxidil 5 g\nInactive: ethanol, water"
    )
    assert [(a.ingredient, a.strength) for a in analyze_label(lotion, index).actives] == [
        ("minoxidil", "5%")
    ]
    gummies = "Supplement Facts\nPer 2 gummies / per 100 g\nZinc 15 mg\nBiotin 2,500 mcg"
    strengths = {a.ingredient: a.strength for a in analyze_label(gummies, index).actives}
    assert strengths["zinc"] == "15 mg"


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_fuzzy_matching_over_names_of_near_length_finds_what_all_names_find(data) -> None:
    """Only names whose length lets them reach the cutoff are scored; the best of them is
    the best of all names."""
    from rapidfuzz import fuzz, process

    index = index_for(KB)
    name = data.draw(st.sampled_from(index.choices))
    typo = data.draw(st.text(alphabet=st.sampled_from(list("aeiouxyz ")), max_size=3))
    at = data.draw(st.integers(0, len(name)))
    query = name[:at] + typo + name[at + 1 :]
    for cutoff in (80, 86):
        every = process.extractOne(query, index.choices, scorer=fuzz.ratio, score_cutoff=cutoff)
        near = process.extractOne(
            query, index._choices_near(len(query), cutoff), scorer=fuzz.ratio, score_cutoff=cutoff
        )
        assert (every and every[:2]) == (near and near[:2])


def _read(text: str) -> tuple[str, dict[str, str | None], bool]:
    r = analyze_label(text, index_for(KB))
    return r.product_type, {a.ingredient: a.strength for a in r.actives}, r.proprietary_blend


@pytest.mark.parametrize(
    ("text", "actives"),
    [
        # a volume is the pack, not a strength
        (
            "Hair Tonic with Caffeine, 100 mL\nIngredients: Aqua, Caffeine, Glycerin",
            {"caffeine": None},
        ),
        # every mass is per mL: 50 mg in 1 mL is 5%
        (
            "Rx only\nPer mL contains: Minoxidil 50 mg; Finasteride 1 mg",
            {"minoxidil": "5%", "finasteride": "0.1%"},
        ),
        ("Each 100 ml of solution contains 2 g minoxidil.", {"minoxidil": "2%"}),
        # a name above the list that the list does not hold is marketing
        (
            "Biotin & Caffeine Shampoo\nIngredients: Aqua, Sodium Laureth Sulfate, Caffeine",
            {"caffeine": None},
        ),
        (
            "Nizoral Shampoo 2%\nIngredients: Ketoconazole, Aqua, Sodium Laureth Sulfate",
            {"ketoconazole": "2%"},
        ),
        # look-alike substances are not the ingredient they contain
        (
            "Ingredients: Aqua, Zinc PCA, Biotinoyl Tripeptide-1, Magnesium Stearate, Caffeine",
            {"caffeine": None},
        ),
        # the amount of iron itself, not of its salt; a larger "equivalent" is the raw material
        ("Each tablet: ferrous fumarate 322 mg, equivalent to 106 mg iron", {"iron": "106 mg"}),
        (
            "Supplement Facts\nSaw palmetto extract 500 mg (equivalent to 5 g dried berries)",
            {"saw-palmetto": "500 mg"},
        ),
        (
            "Supplement Facts\nSaw Palmetto extract [25% fatty acids] 200 mg",
            {"saw-palmetto": "200 mg"},
        ),
        ("Biotin 5,000mcg Gummies, Vegan, 60 Count", {"biotin": "5000 mcg"}),
        # decimal commas; a bracket listing several ingredients; dispensing labels
        (
            "Rezeptur: Finasterid 0,1% + Minoxidil 5% Lösung",
            {"finasteride": "0.1%", "minoxidil": "5%"},
        ),
        (
            "Scalp Tonic (Caffeine, Biotin, Panthenol) 100 ml",
            {"caffeine": None, "biotin": None, "panthenol": None},
        ),
        ("Supplement Facts\nVitamin D (as cholecalciferol, D3) 25 mcg", {"vitamin-d": "25 mcg"}),
        ("Ingredients: Aqua, Menthyl Lactate, Red Oxide of Iron, Caffeine", {"caffeine": None}),
        # a salt word is no misspelt name; minerals in a cosmetic are formulation salts
        (
            "Ingredients: Aqua, Tetrasodium Glutamate Diacetate, Zinc Carbonate, Caffeine",
            {"caffeine": None},
        ),
        # a percentage of an unnamed complex, and of a comparator, is not the ingredient's
        ("Biotin shampoo with 5% active complex\nIngredients: Aqua, Biotin", {"biotin": None}),
        ("Supplement Facts\nAmla (Emblica officinalis) Fr. Ext. 200 mg", {"amla": "200 mg"}),
        (
            "Supplement Facts\nFo-Ti (Polygonum multiflorum) root\nTocotrienol Complex 50 mg",
            {"polygonum-multiflorum": None},
        ),
        ("Rx only\n| Ingredient | Quantity per mL |\n| Minoxidil | 50 mg |", {"minoxidil": "5%"}),
        # two actives on one line, each with its own amount
        (
            "Composition:   Minoxidil IP 5.0% w/v    Tretinoin USP 0.025% w/v",
            {"minoxidil": "5%", "tretinoin": "0.025%"},
        ),
        # a name broken over two lines of a panel
        (
            "Supplement Facts\nPumpkin Seed\nOil 1000 mg *\nBiotin 500 mcg",
            {"pumpkin-seed-oil": "1000 mg", "biotin": "500 mcg"},
        ),
        # sides that each bring their own amount: caffeine's is its own, not the first one
        (
            "Scalp Serum: 5% Baicapil + 2% Caffeine\nIngredients: Aqua, Glycerin, Caffeine",
            {"caffeine": "2%"},
        ),
        # a panel scraped onto one line: each entry keeps its own amount
        (
            "Supplement Facts Serving Size 1 Tablet Amount Per Serving %DV Total Fat 1 g 1%* "
            "Zinc 30 mg 273% Biotin 5,000 mcg 16,667% Other ingredients: cellulose",
            {"zinc": "30 mg", "biotin": "5000 mcg"},
        ),
        # the element of its salt, with "equiv." alone as Australian labels write it
        (
            "Each capsule contains:\nZinc citrate dihydrate 62 mg\n   equiv. zinc 20 mg",
            {"zinc": "20 mg"},
        ),
        # a word hyphenated over two lines by a PDF copy
        (
            "Drug Facts\nActive ingredient\nKetocona-\nzole 1%\nPurpose\nAnti-dandruff",
            {"ketoconazole": "1%"},
        ),
        # masses per gram or per mL, in several languages, are percentages
        ("Rx only. 1 g of ointment contains 1 mg tacrolimus.", {"tacrolimus": "0.1%"}),
        (
            "Ogni ml contiene minoxidil 50 mg. Eccipienti: etanolo, acqua depurata, caffeine",
            {"minoxidil": "5%"},
        ),
        # US prescribing information: the one strength of "Dosage forms and strengths", not
        # a sentence's "for oral use" read as a header
        (
            "HIGHLIGHTS OF PRESCRIBING INFORMATION\nOLUMIANT (baricitinib) tablets, for oral use\n"
            "-----DOSAGE FORMS AND STRENGTHS-----\nTablets: 2 mg (3)\n-----CONTRAINDICATIONS-----",
            {"baricitinib": "2 mg"},
        ),
        (
            "OLUMIANT (baricitinib) tablets, for oral use\n"
            "-----DOSAGE FORMS AND STRENGTHS-----\nTablets: 1 mg, 2 mg, 4 mg (3)",
            {"baricitinib": None},
        ),
        # a page's HTML entities are read as the characters they stand for
        (
            "Drug Facts\nActive ingredient&nbsp;&nbsp;Purpose\nMinoxidil 2&#37; w/v ... Hair regrowth",
            {"minoxidil": "2%"},
        ),
        # no strength is 0 or over 100%: a misread amount leaves a %DV cell, not a strength
        ("Supplement Facts\nBiotin ?0,OOO mcg 33,333%", {"biotin": None}),
        # ... and an OCR'd amount, read as OCR meant it, is the strength, not the %DV cell
        ("Supplement Facts\nBiotin 1O,OOO mcg 33,333%", {"biotin": "10000 mcg"}),
        # products sold beside this one, questions and another product named in passing
        (
            "Minoxidil 5% Foam\nDrug Facts\nActive ingredient: Minoxidil 5%\n"
            "Frequently bought together: Biotin 5000 mcg gummies; Ketoconazole 2% shampoo",
            {"minoxidil": "5%"},
        ),
        (
            "Minoxidil 5% solution. Can I use it with my ketoconazole 2% shampoo? Yes.",
            {"minoxidil": "5%"},
        ),
        (
            "Finasteride 1 mg tablets. Many men combine it with minoxidil 5% foam.",
            {"finasteride": "1 mg"},
        ),
        (
            "Rx only. Each 1 ml contains: minoxidil 50 mg | finasteride 1 mg",
            {"minoxidil": "5%", "finasteride": "0.1%"},
        ),
        # what the product says it lacks, and "active ingredient" inside a sentence
        (
            "Biotin 10,000 mcg gummies. Our biotin is the only active ingredient; no minoxidil 5%, "
            "no caffeine.",
            {"biotin": "10000 mcg"},
        ),
        ("Minoxidil-free hair serum with caffeine 2%", {"caffeine": "2%"}),
        # "Additives:" closes the actives; a colouring named for iron is not iron
        (
            "Active ingredient: dutasteride 0.5 mg\nAdditives: gelatin, glycerin, iron sesquioxide",
            {"dutasteride": "0.5 mg"},
        ),
        ("Nahrungsergänzungsmittel\nEisen 7 mg\nÜberzug: Eisen(III)-oxid", {"iron": "7 mg"}),
        # names written before their amounts: the known one's amount is the one after it
        (
            "Active ingredients: Coal Tar 1.0% w/w Salicylic Acid 0.5% w/w Coconut Oil 1.0% w/w",
            {"salicylic-acid": "0.5%"},
        ),
        ("Scalp Serum 2% Capixyl 1% Caffeine\nIngredients: Aqua, Caffeine", {"caffeine": "1%"}),
        # a kit: the foam's amount is per gram, the tablet's per tablet
        (
            "Hair kit. Foam: each gram contains 50 mg minoxidil.\n"
            "Tablets: each tablet contains 1 mg finasteride.",
            {"minoxidil": "5%", "finasteride": "1 mg"},
        ),
        (
            "The serum has two active ingredients - Minoxidil 5% - Azelaic Acid 5%",
            {"minoxidil": "5%", "azelaic-acid": "5%"},
        ),
        # a photographed label read by OCR writes % as a degree sign and an o
        (
            "Active ingredient Purpose\nMinoxidil 5\u00b0/o w/v ... Hair regrowth",
            {"minoxidil": "5%"},
        ),
        # the salt named in brackets has its own mass; the entry's amount comes first
        (
            "Supplement Facts\nIron 18 mg (as ferrous bisglycinate chelate 90 mg)  100%",
            {"iron": "18 mg"},
        ),
        # options left unticked and products offered beside the one on the page
        (
            "Oral Minoxidil\n(\u2022) 2.5 mg\n( ) 5 mg\nAdd to your plan\n"
            "[ ] Finasteride 1 mg tablets +$25\n[ ] Biotin 5,000 mcg gummies",
            {"minoxidil": "2.5 mg"},
        ),
        (
            "Mintop Forte Foam\nSALT COMPOSITION\nMinoxidil (5% w/w)\nSubstitutes\n"
            "Morr F Solution (Minoxidil 5% + Finasteride 0.1%)",
            {"minoxidil": "5%"},
        ),
        # Turkish puts the percent sign first and "contains" last
        (
            "%5 Topikal \u00c7\u00f6zelti\nEtkin madde: Her 1 ml \u00e7\u00f6zelti 50 mg "
            "minoksidil i\u00e7erir.\nYard\u0131mc\u0131 maddeler: etanol (%96)",
            {"minoxidil": "5%"},
        ),
        # Dutch: the active's and the excipients' headers, 20 mg per gram
        (
            "Werkzaam bestanddeel: 1 g shampoo bevat 20 mg ketoconazol.\nHulpstoffen: parfum",
            {"ketoconazole": "2%"},
        ),
        # OCR's O for 0, l for 1 and rn for m inside amounts; words with such letters unchanged
        (
            "Supp1ement Facts\nBiotin 1O,OOO mcg\nZinc (as zinc oxide) l5 mg\nOil 1 serving",
            {"biotin": "10000 mcg", "zinc": "15 mg"},
        ),
        ("Each fi1m-coated tab1et contains:\nFinasteride USP ..... 1 rng", {"finasteride": "1 mg"}),
        # a kit: "each tablet contains" inside a line is about the tablets only, so the
        # foam named above it still counts
        (
            "Bundle. Includes: Minoxidil 5% Foam + Finasteride 1 mg tablets\n"
            "Finasteride 1 mg tablets: Each tablet contains 1 mg finasteride.",
            {"minoxidil": "5%", "finasteride": "1 mg"},
        ),
        # US prescribing information: the strength before its noun, with a hyphen
        (
            "DOSAGE FORMS AND STRENGTHS\n1-mg film-coated tablets of finasteride",
            {"finasteride": "1 mg"},
        ),
        # what an extract is standardised to is not its strength
        (
            "Ingredients: saw palmetto extract titrated to 85-95% fatty acids 320 mg",
            {"saw-palmetto": "320 mg"},
        ),
        # a nutrition table in German, one cell per line, under an ingredient list
        (
            "Zutaten: Kapselh\u00fclle, Eisenbisglycinat, Zinkgluconat\n"
            "N\u00e4hrwerttabelle\npro Tagesdosis\nEisen\n7 mg\nZink\n10 mg",
            {"iron": "7 mg", "zinc": "10 mg"},
        ),
        # Italian praise for an oil ("100% puro") and an oil only named as a carrier in the
        # directions, above the "Ingredienti (INCI):" list
        (
            "Olio essenziale di rosmarino 100% puro\nModo d'uso: diluire in olio di semi di zucca\n"
            "Ingredienti (INCI): Rosmarinus Officinalis Leaf Oil",
            {"rosemary-oil": None},
        ),
    ],
)
def test_general_label_rules(text: str, actives: dict[str, str | None]) -> None:
    assert _read(text)[1] == actives


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("iRestore laser helmet, FDA cleared, 282 medical grade lasers", "device"),
        ("Vitamin D drops. Food supplement. Ingredients: MCT oil, cholecalciferol", "supplement"),
        ("Natural Hair Regrowth Treatment - Pure Rosemary Essential Oil, 30 ml", "cosmetic"),
        ("Walgreens Rx 1234567\nFINASTERIDE 1 MG TAB\nQty 90 Refills 3", "rx_drug"),
        ("Tugain 5% Solution. Schedule H drug. Minoxidil Topical Solution IP", "rx_drug"),
        ("Biotin 10 mg tablets. Nutraceutical. FSSAI Lic. No. 1001", "supplement"),
        ("Derma Roller 0.5 mm, 540 titanium needles", "device"),
        ("Finasterida 1 mg, 30 comprimidos. Venda sob prescrição médica.", "rx_drug"),
        ("Prescription Required\nSALT COMPOSITION\nFinasteride (1mg)", "rx_drug"),
        ("Minoxidil 5% soluzione cutanea. Medicinale soggetto a prescrizione medica.", "rx_drug"),
        ("Kétoconazole 2 %, crème. Liste I.", "rx_drug"),
        ("Prescription-only medicine. Finasteride 1 mg", "rx_drug"),
        ("Class B non-prescription medicine. Minoxidil 5% tincture", "otc_drug"),
        ("Colecalciferol 20,000 IU capsules. POM", "rx_drug"),
        ("Loniten 10 mg tabletas. Su venta requiere receta médica.", "rx_drug"),
        (
            "Minoxidil 50 mg/ml solución cutánea. Medicamento no sujeto a prescripción médica.",
            "otc_drug",
        ),
        ("Minoxidil 5% Lösung. Nicht verschreibungspflichtig.", "otc_drug"),
        ("Haar Kapseln. Nahrungsergänzungsmittel. Biotin 50 µg", "supplement"),
        ("Zinc 10 mg\nBiotin 50 mcg   %NRV*", "supplement"),
        ("Dutasterida 0,5 mg. MSRM \u2013 Medicamento sujeito a receita m\u00e9dica", "rx_drug"),
        ("Minoxidil 50 mg/ml. Medicamento n\u00e3o sujeito a receita m\u00e9dica", "otc_drug"),
        ("Ketoconazole 2% shampoo. DIN 02237548. Medicinal ingredient", "otc_drug"),
        ("Spironolakton 50 mg tablett. Receptbelagt l\u00e4kemedel", "rx_drug"),
        ("Ketoconazol 20 mg/g shampoo. UAD  RVG 21987", "otc_drug"),
        ("Minoksidil %5 \u00e7\u00f6zelti. Re\u00e7etesiz sat\u0131l\u0131r.", "otc_drug"),
        ("Suplement diety. Cynk 10 mg, biotyna 150 \u00b5g", "supplement"),
        ("Your provider has approved the plan below.\n1. Finasteride 1 mg tablets", "rx_drug"),
        # a compare table's row about another product says nothing of this one's type
        (
            "Lash serum\nCompare with similar items\nThis item | Latisse 0.03%\n"
            "Prescription required | No | Yes\n\nIngredients: Aqua, Panthenol",
            "cosmetic",
        ),
        # a kit of a drug and a supplement is sold under the drug's rules
        ("Kit. Drug Facts\nMinoxidil 5%\nSupplement Facts\nBiotin 5000 mcg", "otc_drug"),
    ],
)
def test_product_type_signals(text: str, kind: str) -> None:
    assert _read(text)[0] == kind


@pytest.mark.parametrize(
    ("text", "blend"),
    [
        ("Supplement Facts\nProprietary Growth Blend 300 mg *: saw palmetto, nettle", True),
        ("Supplement Facts\nNutri Complex 800 mg **\nsaw palmetto, ashwagandha", True),
        ("Supplement Facts\nVitamin B Complex 50 mg *\nBiotin 300 mcg", False),
        # the parts' own amounts add up to the blend's: nothing is hidden
        (
            "Supplement Facts\nHair Blend 500 mg \u2020\n Saw palmetto 300 mg \u2020\n Nettle 200 mg \u2020",
            False,
        ),
        (
            "Supplement Facts\nHair Blend 500 mg \u2020\n Saw palmetto 300 mg \u2020\n Nettle root",
            True,
        ),
        (
            "Supplement Facts\n| Scalp Complex\u00ae | 900 mg | ** |\n| saw palmetto, nettle | | |",
            True,
        ),
    ],
)
def test_blends_are_found_by_their_shape(text: str, blend: bool) -> None:
    assert _read(text)[2] is blend


def test_a_comma_inside_a_number_separates_nothing() -> None:
    from anagen.products.label_entries import split_items

    assert split_items("Biotin 10,000 mcg, Zinc, 1,000,000 CFU") == [
        "Biotin 10,000 mcg",
        "Zinc",
        "1,000,000 CFU",
    ]
    assert split_items("a, b,1,000 mg", ",") == ["a", "b", "1,000 mg"]
    assert split_items("x (a, b), 2,000; y", ",;") == ["x (a, b)", "2,000", "y"]
    assert split_items("1,2345, 12,34") == ["1", "2345", "12", "34"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *("Biotin", "Caffeine", "Saw Palmetto", "Minoxidil", "Zinc PCA", "Iron"),
                *("(", ")", "[", "]", ", ", " and ", " & ", " with ", "/", " + "),
                *("5%", "0,1%", "10 mg", "10,000 mcg", "per mL contains", "\n", " "),
                *("Ingredients:", "Supplement Facts", "Proprietary Blend", "Complex 400 mg *"),
            ]
        ),
        max_size=30,
    )
)
def test_labels_built_from_names_and_punctuation_never_crash(tokens: list[str]) -> None:
    """Known names nested in brackets and joined by commas and 'and' (a bracket holding two
    names once sent the splitter into endless recursion)."""
    result = analyze_label("".join(tokens), index_for(KB))
    assert all(a.ingredient in KB.ingredients for a in result.actives)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a decimal comma after a 0 is never a thousands separator
        ("0,025 mg", "0.025 mg"),
        ("5,000 mcg", "5000 mcg"),
        # mass units spelled out in Spanish, German and French
        ("500 microgramos", "500 mcg"),
        ("0,5 Milligramm", "0.5 mg"),
        ("2 grammes", "2000 mg"),
    ],
)
def test_european_numbers_and_spelled_units(text: str, expected: str) -> None:
    found = first_strength(text)
    assert found is not None and found.value == expected


def test_a_price_cut_is_no_strength(index: IngredientIndex) -> None:
    label = "Rosemary Hair Oil 30ml\nUS $2.99   US $8.99   -66%\nIngredients: Rosmarinus Officinalis Leaf Oil"
    result = analyze_label(label, index)
    assert [(a.ingredient, a.strength) for a in result.actives] == [("rosemary-oil", None)]


def test_a_word_broken_in_capitals_is_joined(index: IngredientIndex) -> None:
    label = "Rx# 1234567\nMINOXIDIL 6%/FINAST-\nERIDE 0.1% TOPICAL SOLUTION\nRx only"
    result = analyze_label(label, index)
    assert {(a.ingredient, a.strength) for a in result.actives} == {
        ("minoxidil", "6%"),
        ("finasteride", "0.1%"),
    }


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        # said to need no prescription, over the weaker sign "each tablet contains"
        (
            "Pharmacy medicine\nEach tablet contains 200 mg dried ferrous sulphate, "
            "equivalent to 65 mg of iron.",
            "otc_drug",
        ),
        ("\u7b2c1\u985e\u533b\u85ac\u54c1\nMinoxidil 5.0 g in 100 mL", "otc_drug"),
        ("OTC \u7532\u7c7b\nKetoconazole 2%", "otc_drug"),
        ("Notice : information de l'utilisateur\nMinoxidil 2 g pour 100 ml", "otc_drug"),
        ("Gebrauchsinformation: Information f\u00fcr Patienten\nFinasterid 1 mg", "rx_drug"),
        (
            "Reg. M.S. n\u00ba 1.0000.0000.001-1\nCada c\u00e1psula cont\u00e9m: queratina 20 mg",
            "otc_drug",
        ),
        # a prescription statement still wins over a user leaflet's heading
        (
            "Prospecto: informaci\u00f3n para el usuario\nMedicamento sujeto a prescripci\u00f3n m\u00e9dica.",
            "rx_drug",
        ),
    ],
)
def test_leaflet_headings_and_national_classes_give_the_type(
    label: str, expected: str, index: IngredientIndex
) -> None:
    assert analyze_label(label, index).product_type == expected


def test_a_korean_function_table_is_a_panel(index: IngredientIndex) -> None:
    label = (
        "Biotin Plus - Health Functional Food\n60 tablets (1,000 mg x 60)\n"
        "Nutrition & Function Information (per daily intake of 2 tablets)\n"
        "Biotin 300 \u03bcg (1,000%)\nZinc 8.5 mg (100%)\n"
        "Ingredients: zinc oxide, D-biotin, magnesium stearate"
    )
    result = analyze_label(label, index)
    assert {(a.ingredient, a.strength) for a in result.actives} == {
        ("biotin", "300 mcg"),
        ("zinc", "8.5 mg"),
    }


@pytest.mark.parametrize(
    "other",
    [
        "Das k\u00f6nnte Ihnen auch gefallen\nHaarwasser mit 0,5 % Coffein\nBiotin Tabletten 5 mg",
        "You might also like\nEyelash Growth Treatment (bimatoprost 0.03%) from \u00a355",
        "Vous aimerez aussi\nS\u00e9rum caf\u00e9ine 0,5 %",
    ],
)
def test_other_products_in_other_languages_are_not_this_ones(
    other: str, index: IngredientIndex
) -> None:
    label = f"Scalp Shampoo 250 ml\nIngredients: Aqua, Caffeine, Panthenol\n{other}"
    result = analyze_label(label, index)
    assert {(a.ingredient, a.strength) for a in result.actives} == {
        ("caffeine", None),
        ("panthenol", None),
    }


@pytest.mark.parametrize(
    "aside",
    [
        "We also sell Latanoprost 0.005% eye drops, message us for a combo price.",
        "Women have a weaker foam (z. B. Regaine Frauen L\u00f6sung 20 mg/ml).",
    ],
)
def test_another_product_a_seller_names_gives_no_strength(
    aside: str, index: IngredientIndex
) -> None:
    label = f"Minoxidil Foam\n{aside}\n1 g foam contains 50 mg minoxidil."
    result = analyze_label(label, index)
    assert [(a.ingredient, a.strength) for a in result.actives] == [("minoxidil", "5%")]


def test_a_question_ends_only_its_own_line(index: IngredientIndex) -> None:
    """A page whose lines run on without full stops: the plan's strength above a question
    heading is still read."""
    label = (
        "Oral Minoxidil\nRx only\nYour plan\nMinoxidil 2.5 mg tablets \u00b7 Take 1 tablet daily\n"
        "Why low-dose oral minoxidil?\nIt is the same active ingredient as Rogaine foam (5% minoxidil)."
    )
    result = analyze_label(label, index)
    assert [(a.ingredient, a.strength) for a in result.actives] == [("minoxidil", "2.5 mg")]


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        (
            "Minoxidil 5 %, solution\nM\u00e9dicament non soumis \u00e0 prescription m\u00e9dicale",
            "otc_drug",
        ),
        (
            "Finast\u00e9ride 1 mg\nM\u00e9dicament soumis \u00e0 prescription m\u00e9dicale",
            "rx_drug",
        ),
        (
            "Dutasteride 0.5 mg capsules\nPrescribed off-label for hair loss.\nEach capsule contains 0.5 mg dutasteride.",
            "rx_drug",
        ),
    ],
)
def test_french_prescription_status_and_off_label_use_give_the_type(
    label: str, expected: str, index: IngredientIndex
) -> None:
    assert analyze_label(label, index).product_type == expected


def test_a_named_complex_plus_its_amount_hides_its_parts(index: IngredientIndex) -> None:
    label = (
        "Supplement Facts\nServing Size 4 Capsules\nBiotin 3,000 mcg 10,000%\n"
        "Synergen Complex\u00ae Plus 1,660 mg *\n"
        "Saw Palmetto Extract (Serenoa repens), Marine Collagen Peptides, Curcumin\n"
        "*Daily Value not established."
    )
    result = analyze_label(label, index)
    assert result.proprietary_blend
    assert {(a.ingredient, a.strength) for a in result.actives} >= {("biotin", "3000 mcg")}


@pytest.mark.parametrize(
    "heading", ["Customers also considered", "Das k\u00f6nnte Sie auch interessieren:"]
)
def test_more_headings_of_other_products(heading: str, index: IngredientIndex) -> None:
    label = (
        f"Finasteride 1mg Tablets\nPrescription medicine\n{heading}\nRegaine Foam 5%  \u00a341.99\n"
    )
    result = analyze_label(label, index)
    assert [(a.ingredient, a.strength) for a in result.actives] == [("finasteride", "1 mg")]


def test_fatty_acid_salts_of_magnesium_are_no_mineral(index: IngredientIndex) -> None:
    label = (
        "Iron 14 mg Tablets\nFood supplement\nIngredients: Ferrous Fumarate, Anti-caking Agents "
        "(Magnesium Salts of Fatty Acids, Silicon Dioxide)\nEach tablet provides: Iron 14 mg (100% NRV)"
    )
    result = analyze_label(label, index)
    assert {a.ingredient for a in result.actives} == {"iron"}


def test_a_warning_sentence_is_not_cut_into_ingredients(index: IngredientIndex) -> None:
    label = (
        "Ferrous Sulfate 200mg Tablets\nTake ONE tablet TWICE a day\n"
        "Do not take indigestion remedies, or medicines containing zinc, at the same time of day "
        "as this medicine.\nEach coated tablet contains 200 mg dried ferrous sulfate, equivalent "
        "to 65 mg of elemental iron.\nThe other ingredients are lactose, maize starch and talc."
    )
    result = analyze_label(label, index)
    assert {a.ingredient for a in result.actives} == {"iron"}
    assert "maize starch and talc" in " ".join(result.other_ingredients)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a dispensing label outside the US: an Australian one's repeats
        ("METFORMIN 500 (metformin 500 mg) tablets  60\nMr J SMITH  Rpt 2 of 5  PBS", "rx_drug"),
        # an Indian or Pakistani carton: the prescription sign on its own line, the statutory line
        ("Rx\nFINAX 1\nFinasteride Tablets USP 1 mg\n3 x 10 tablets", "rx_drug"),
        (
            "Minoxidil Tablets 5 mg\nTo be sold by retail on the prescription of a "
            "Registered Medical Practitioner only.",
            "rx_drug",
        ),
        # a US pill bottle read by OCR: "REFlLLS" and "0O1234"
        ("CVS #O2231\nRx 0O12345\nTAKE l TABLET DAlLY\nQTY: 3O  REFlLLS: 2", "rx_drug"),
        # an Australian listed medicine and a Canadian natural health product are supplements;
        # an Australian registered one is not
        (
            "Hair Vitamins\n60 tablets  AUST L 123456\nEach tablet contains: biotin 300 micrograms",
            "supplement",
        ),
        (
            "Biotin 5000\nNPN 80012345\nMedicinal ingredient: Biotin 5 mg\nNon-medicinal ingredients: gelatin",
            "supplement",
        ),
        ("Finasteride 1 mg tablets\nAUST R 123456\nPrescription Only Medicine", "rx_drug"),
    ],
)
def test_dispensing_labels_and_listed_medicines_give_the_type(text: str, kind: str) -> None:
    assert _read(text)[0] == kind


def test_ocr_confusions_are_read_back_outside_amounts_too() -> None:
    from anagen.products.label_cleanup import cleaned

    text = "Saw Pa1metto 32O mg\nQTY: 9O  REFlLLS: 2\nPyridoxine HCl 1O mg\nVitamin b1 1O mg"
    assert cleaned(text) == (
        "Saw Palmetto 320 mg\nQTY: 90  REFILLS: 2\nPyridoxine HCl 10 mg\nVitamin b1 10 mg"
    )


def test_leader_dots_end_no_sentence() -> None:
    from anagen.products.label_prose import SENTENCE_END

    text = "Biotin ...... 5 mg\nZinc ...... 10 mg. Take one daily."
    assert SENTENCE_END.split(text) == ["Biotin ...... 5 mg\nZinc ...... 10 mg.", "Take one daily."]


@pytest.mark.parametrize(
    ("text", "actives"),
    [
        # a name broken over two lines by OCR, its second line opening with a bracket
        (
            "Supplement Facts\nServing Size 1 Softgel\nSaw Palmetto (Serenoa repens)\n"
            "(fruit) extract 450 mg \u2020\nBiotin 1O,OOO mcg\nPumpkin seed\n oi1 2OO mg",
            {"saw-palmetto": "450 mg", "biotin": "10000 mcg", "pumpkin-seed-oil": "200 mg"},
        ),
        # "eq. to elemental" under a salt, in a panel headed the Indian way
        (
            "Dietary supplement\nEach hard gelatin capsule contains:\nZinc Gluconate USP 70 mg\n"
            "  eq. to elemental Zinc ...... 10 mg\nBiotin ........ 5 mg",
            {"zinc": "10 mg", "biotin": "5 mg"},
        ),
        # a Canadian label's non-medicinal ingredients are no actives
        (
            "Food supplement\nMedicinal ingredient: Biotin 5 mg\n"
            "Non-medicinal ingredients: magnesium oxide, rice flour",
            {"biotin": "5 mg"},
        ),
        # a sentence is dropped whole, before its "&" could cut it into two names
        (
            "Ingredients: Aqua, Rosmarinus Officinalis Leaf Oil, Glycerin\n"
            "Lovely with your biotin gummies & caffeine tonic",
            {"rosemary-oil": None},
        ),
        # ... and so is a clause that carries it on after a comma
        (
            "Finasteride 1 mg tablets\nNever take it with other medicines such as dutasteride, "
            "or with strong antifungals such as ketoconazole.",
            {"finasteride": "1 mg"},
        ),
        # a kit's second product with its own list: its names are in the box too
        (
            "Drug Facts (solution)\nActive ingredient: Minoxidil 5% w/v\n"
            "Inactive ingredients: alcohol, propylene glycol, water\n"
            "Shampoo ingredients: Aqua, Sodium Laureth Sulfate, Rosmarinus Officinalis Leaf Oil, Panthenol\n",
            {"minoxidil": "5%", "rosemary-oil": None, "panthenol": None},
        ),
        # "\u2122" does not glue "TM" onto a trade name
        (
            "Redensyl\u2122 3% Hair Serum\n"
            "Ingredients: Aqua, Redensyl\u2122 (Glycerin, Zinc Chloride), Caffeine",
            {"redensyl": "3%", "caffeine": None},
        ),
    ],
)
def test_more_general_label_rules(text: str, actives: dict[str, str | None]) -> None:
    assert _read(text)[1] == actives


def test_a_device_bundle_gives_its_other_products_list_only(index: IngredientIndex) -> None:
    label = (
        "Derma Roller 0.5 mm + Hair Serum Set\nSerum ingredients: Aqua, Caffeine, Glycerin\n"
        "Roller: 540 titanium needles\nNote: the minoxidil foam shown is sold separately"
    )
    result = analyze_label(label, index)
    assert result.product_type == "device"
    assert [(a.ingredient, a.strength) for a in result.actives] == [("caffeine", None)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # UK general sale and licensed pharmacy medicines; Italian self-medication
        ("Coal Tar Shampoo 2% w/w\nGSL\nAlso contains: water", "otc_drug"),
        ("Selenium sulfide 2.5% w/v shampoo\nP   PL 04425/0657", "otc_drug"),
        ("Minoxidil 2% soluzione cutanea\nMedicinale senza obbligo di prescrizione", "otc_drug"),
        ("Ciclopirox 1% shampoo - farmaco da banco", "otc_drug"),
        # South African schedules: S0 to S2 over the counter, S3 and up on prescription
        ("S2  MINOXIDIL 2% TOPICAL SOLUTION 60 ml", "otc_drug"),
        ("S3  FINASTERIDE 1 mg TABLETS x 28", "rx_drug"),
        # a dispensing label's prescription number and repeats
        ("Rx No: 55512345\nFINASTERIDE 1MG TABS", "rx_drug"),
        ("DUTASTERIDE 0.5 mg caps  Qty 30  Repeats: 2", "rx_drug"),
        # a carton's indications, in English or Arabic
        ("Ketoconazole 2% cream 30 g\nIndications: tinea capitis, dandruff", "otc_drug"),
        (
            "\u0643\u064a\u062a\u0648\u0643\u0648\u0646\u0627\u0632\u0648\u0644 \u0662\u066a\n"
            "\u0627\u0644\u0627\u0633\u062a\u0637\u0628\u0627\u0628: \u0642\u0634\u0631\u0629",
            "otc_drug",
        ),
        # a clinic's summary, whatever device it suggests
        ("Clinic visit summary\nPlan: finasteride 1 mg daily. Consider a laser cap.", "rx_drug"),
        # a device another product is used with does not make it one
        (
            "Caffeine Scalp Serum\nIngredients: Aqua, Caffeine, Glycerin\n"
            "Apply it after a derma roller session.",
            "cosmetic",
        ),
        ("Derma Roller 0.5 mm, 540 titanium needles. Use with a serum.", "device"),
    ],
)
def test_national_classes_dispensing_records_and_accessories_give_the_type(
    text: str, kind: str
) -> None:
    assert _read(text)[0] == kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # thousands grouped by a blank, a thin or a narrow no-break space, before micrograms
        ("Biotine 5 000 \u00b5g", "5000 mcg"),
        ("Biotin 10\u202f000 \u00b5g", "10000 mcg"),
        ("Vitamina D 2\u2009000 UI", "2000 IU"),
        # ... but not before milligrams, where the first group may be a count
        ("60 500 mg tablets", "500 mg"),
        # a vitamin's units, and a mass in each millilitre written after it
        ("cholecalciferol 1,000 units", "1000 IU"),
        ("Minoxidil 20 mg in each 1 ml", "2%"),
        ("minoxidil 50 mg per ml", "5%"),
    ],
)
def test_grouped_numbers_units_and_masses_per_ml(text: str, expected: str) -> None:
    from anagen.products.label_cleanup import cleaned
    from anagen.products.label_text import normalise as normalise_text

    found = first_strength(normalise_text(cleaned(text)))
    assert found is not None and found.value == expected


@pytest.mark.parametrize(
    "text",
    [
        "100% argan oil",  # purity
        "Gummies, 60 units",  # a count
        "Zinc 65 mcg/dL (low)",  # a blood level
        "Vitamin B12 420 mg/L",
    ],
)
def test_purity_counts_and_blood_levels_are_no_strength(text: str) -> None:
    assert first_strength(text) is None


def test_only_the_selected_option_of_a_selector_is_kept(index: IngredientIndex) -> None:
    from anagen.products.label_cleanup import cleaned

    assert cleaned("Dose: 1.25 mg | 2.5 mg (selected) | 5 mg") == "Dose: 2.5 mg (selected)"
    assert cleaned("Taglia: 50 ml | 150 ml (selezionato)\n") == "Taglia: 150 ml (selezionato)\n"
    label = (
        "Minoxidil Cutaneous Solution 60 ml\nPharmacy medicine\nStrength: 2% | 5% (selected)\n"
        "Active ingredient: minoxidil\nOther ingredients: ethanol, water"
    )
    result = analyze_label(label, index)
    assert [(a.ingredient, a.strength) for a in result.actives] == [("minoxidil", "5%")]
    # with no option selected, the strengths it comes in are none of them its own
    unselected = label.replace(" (selected)", "")
    assert [a.strength for a in analyze_label(unselected, index).actives] == [None]


@pytest.mark.parametrize(
    ("text", "actives"),
    [
        # buyers' reviews and questions name what they use
        (
            "Caffeine Shampoo 250 ml\nIngredients: Aqua, Caffeine, Glycerin\nCustomer reviews\n"
            "Works well with my finasteride 1 mg tablets.",
            {"caffeine": None},
        ),
        (
            "Haarserum mit Coffein 0,5%\nKundenrezensionen\nIch nehme dazu Minoxidil 5% seit Mai.",
            {"caffeine": "0.5%"},
        ),
        (
            "Biotin Shampoo\nBiotin 0.1%\nQuestions & answers:\nQ: Is it enough alone?\n"
            "A: I also take saw palmetto 320 mg daily.",
            {"biotin": "0.1%"},
        ),
        # "also bought" and "also viewed", as German and French pages write them
        (
            "Coffein Shampoo\nKunden, die diesen Artikel angesehen haben, haben auch angesehen\n"
            "Minoxidil 5% L\u00f6sung",
            {"caffeine": None},
        ),
        (
            "Shampooing caf\u00e9ine\nLes clients ont aussi consult\u00e9 : S\u00e9rum minoxidil 5 %",
            {"caffeine": None},
        ),
        # a clinic record: the medicines it says to stop, and blood levels, are no actives
        (
            "Visit summary\nSTART:\n- Minoxidil 1.25 mg tablet once daily\nSTOP taking:\n"
            "- Biotin 5000 mcg\n- Saw palmetto 320 mg\nLabs: ferritin 20 ng/mL, 25-OH vitamin D 22 ng/mL",
            {"minoxidil": "1.25 mg"},
        ),
        # a leaflet's interactions name other medicines
        (
            "XELJANZ 5 mg film-coated tablets tofacitinib POM\n"
            "Other medicines and Xeljanz: tell your doctor if you take ciclosporin, or another\n"
            "JAK inhibitor such as baricitinib.\nThe active substance is tofacitinib.",
            {"tofacitinib": "5 mg"},
        ),
        # an extract of rosemary leaf in Italian is not the oil
        (
            "Ingredienti: Aqua, Caffeina, Estratto di foglie di rosmarino, Biotina",
            {"caffeine": None, "biotin": None},
        ),
    ],
)
def test_what_others_name_is_not_this_products(text: str, actives: dict[str, str | None]) -> None:
    assert _read(text)[1] == actives


def test_one_look_up_of_hint_words_finds_what_a_search_per_word_would() -> None:
    from anagen.products.label import LABEL_HINTS
    from anagen.products.label_cleanup import cleaned
    from anagen.products.label_text import MUST_CONTAIN, normalise
    from anagen.products.label_type import product_type
    from anagen.products.label_type_rules import TYPE_MUST_CONTAIN

    for product in KB.products.values():
        lower = normalise(cleaned(product.label_text)).lower()
        found = LABEL_HINTS.found(lower)
        for words in [*MUST_CONTAIN.values(), *TYPE_MUST_CONTAIN.values()]:
            assert found.isdisjoint(words) != any(w in lower for w in words)
        # the whole text's words, looked up once, give the type its own look-up gives
        own = cleaned(product.label_text)
        assert product_type(own, found) == product_type(own)


def test_a_sentence_in_a_panel_is_not_an_unrecognised_active() -> None:
    label = (
        "Supplement Facts\nServing Size 2 Capsules\nAmount Per Serving\nBiotin 5000 mcg\n"
        "Horsetail Extract 100 mg\n"
        "The other herbs are listed below, but no dosages are given on the website\n"
    )
    result = analyze_label(label, index_for(KB))
    assert [a.ingredient for a in result.actives] == ["biotin"]
    assert result.unrecognized == ["Horsetail Extract 100 mg"]  # shown, never guessed
