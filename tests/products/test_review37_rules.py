"""The rules prompted by the thirty-seventh blind review (web pharmacies, patient-leaflet and
drug-information pages, a formulary, e-pharmacies in India and Pakistan, a Spanish beauty
article): a page's word that one buys it without a prescription, or that it is a prescription
medication; a medicine's page known by its words; "this medicine" with no class stated; a
formulary's shared DIN/NPN field; a hair serum named in other languages; a choice of
strengths; a strength field in a table, on the next line or as "Available as"; a page's
alternatives; a medicine taken already; a nutrient's lack; a "combination of" sentence. Every
wording here is written for these tests."""

from __future__ import annotations

import pytest

from tests.products.label_reading import read_label

# --- bought without a prescription --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Ketoconazole Shampoo\nKetoconazole 2%\nYou can buy it without a prescription from "
            "most chemists.",
            {"ketoconazole": "2%"},
        ),
        (
            "Rogaine Foam\nMinoxidil 5%\nThis foam is available over the counter in the US.",
            {"minoxidil": "5%"},
        ),
        (
            "Minoxidil 2% solution for women\nIt is sold over-the-counter at pharmacies.",
            {"minoxidil": "2%"},
        ),
        (
            "Ketoconazol 2% champú\nEste champú se vende sin receta en farmacias.",
            {"ketoconazole": "2%"},
        ),
        (
            "Minoxidil 5% solução\nÉ vendido sem receita nas farmácias.",
            {"minoxidil": "5%"},
        ),
        (
            "Regrowth lotion\nMinoxidil 5%\nMen can purchase it online, without a prescription.",
            {"minoxidil": "5%"},
        ),
    ],
)
def test_a_page_that_says_it_is_bought_without_a_prescription_is_over_the_counter(
    text: str, want: dict[str, str]
) -> None:
    assert read_label(text) == ("otc_drug", want)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # said of a doctor's medicine, to tempt: the knowledge base settles it
        ("Finasteride 1mg tablets\nBuy finasteride online without a prescription.", "rx_drug"),
        ("Oral Minoxidil 2.5mg tablets\nGet them delivered, without a prescription.", "rx_drug"),
        # negated: the class is a doctor's, or not said
        (
            "Finasteride 1mg tablets\nFinasteride cannot be bought without a prescription.",
            "rx_drug",
        ),
        ("Minoxidil 5% solution\nIt is not available over the counter here.", "unknown"),
        ("Minoxidil 5% solution\nIt is no longer sold over the counter.", "unknown"),
        ("Minoxidil 5% solution\nSold, but not without a prescription.", "unknown"),
        # a supplement is bought without one, as every one is
        (
            "Biotin 10000 mcg supplement\nAvailable without a prescription in 60 capsules.",
            "supplement",
        ),
        # the sentence with no verb of buying, as tests elsewhere keep it
        ("Minoxidil 5% solution\nNo prescription needed. Ships fast.", "unknown"),
    ],
)
def test_look_alikes_of_a_page_bought_without_a_prescription(text: str, kind: str) -> None:
    assert read_label(text)[0] == kind


# --- a prescription medication said so ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Lash serum\nBimatoprost 0.03%\nAs a prescription medication, it needs a doctor's review.",
        "Latanoprost 0.005% drops\nProduct type: Prescription eye drops",
        "Ketoconazole 2% shampoo\nDrug category: Prescription",
        "Clobetasol shampoo 0.05%\nLegal status: Prescription",
        "Dutasteride 0.5 mg\nIt is a prescription drug for BPH and hair loss.",
        "Minoxidil 10% solution\nMedicine type : Prescription",
    ],
)
def test_a_page_that_names_it_a_prescription_medication_is_prescribed(text: str) -> None:
    assert read_label(text)[0] == "rx_drug"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Minoxidil 5% foam\nProduct type: Prescription-free topical foam", "unknown"),
        (
            "Biotin 5000 mcg supplement\nConsult your doctor if you take prescription medications.",
            "supplement",
        ),
    ],
)
def test_look_alikes_of_a_prescription_medication(text: str, kind: str) -> None:
    assert read_label(text)[0] == kind


# --- a formulary's shared DIN/NPN field --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Finasteride 1 mg tablet\nDIN/NPN: 02345678\nPrescribed by a physician.", "rx_drug"),
        ("Baricitinib 2 mg tablet\nDIN / NPN 02544768\nprescribed by a dermatologist", "rx_drug"),
        ("Dutasteride 0.5 mg capsule\nDIN/PIN/NPN\n\n02247813", "rx_drug"),
        # a natural product's own licence number stays a supplement's
        ("Saw palmetto 320 mg softgel\nNPN 80012345", "supplement"),
        ("Biotin 5 mg capsule\nNPN: 80098765", "supplement"),
    ],
)
def test_a_shared_din_npn_field_is_no_natural_products_number(text: str, kind: str) -> None:
    assert read_label(text)[0] == kind


# --- "this medicine", no class stated ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Coal tar shampoo\nWhat this medicine is used for: scalp psoriasis.", "otc_drug"),
        ("Ketoconazole 2% shampoo\nThis medicine contains one active ingredient.", "otc_drug"),
        ("Selenium sulfide 2.5% lotion\nThis medication may irritate the eyes.", "otc_drug"),
        # the knowledge base settles a doctor's medicine
        ("Finasteride 1 mg tablets\nThis medicine may cause dizziness.", "rx_drug"),
        ("Oral minoxidil 2.5 mg tablets\nStore this medication below 25C.", "rx_drug"),
    ],
)
def test_a_page_about_this_medicine_is_a_medicines(text: str, kind: str) -> None:
    assert read_label(text)[0] == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a prescription leaflet's direction, as tests elsewhere keep it
        ("Tablets\nTake this medicine exactly as your doctor has told you.", "unknown"),
        ("Scalp lotion\nUse this medicine as your pharmacist tells you.", "unknown"),
        # a supplement or a cosmetic says so before it comes
        ("Zinc 15 mg supplement\nThis medicine has not been evaluated.", "supplement"),
        ("Ingredients: Aqua, Caffeine\nThis medicine cabinet staple smells fresh.", "cosmetic"),
    ],
)
def test_look_alikes_of_a_page_about_this_medicine(text: str, kind: str) -> None:
    assert read_label(text)[0] == kind


# --- a medicine's page known by its words ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Nizral Shampoo (Ketoconazole)\nAsk your physician or pharmacist before use.",
        "Ketoconazole 2% medicated shampoo for dandruff",
        "Minoxidil 5% lotion\nSide effects: itching and flaking of the scalp.",
        "Ketoconazole shampoo\nThe active pharmaceutical ingredient is ketoconazole.",
        "Minoxidil Lösung 5%\nNebenwirkungen: Juckreiz der Kopfhaut.",
        "Ketoconazol champú 2%\nEfectos secundarios: irritación leve.",
    ],
)
def test_a_page_that_speaks_as_a_medicines_page_is_one(text: str) -> None:
    assert read_label(text)[0] == "otc_drug"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # no medicine in it: a cosmetic's shampoo stays one
        ("Caffeine shampoo\nNo side effects, ask your pharmacist.", "cosmetic"),
        ("Rosemary hair oil\nAsk a pharmacist about side effects.", "cosmetic"),
        # a bare print states no class: a medicine sold over the counter (label_unstated_type)
        ("Ketoconazole 2% shampoo for dandruff", "otc_drug"),
        # a seller that disowns being a medicine
        ("Minoxidil 5% tonic\nNot a medicine. No side effects.", "unknown"),
    ],
)
def test_look_alikes_of_a_medicines_page_by_its_words(text: str, kind: str) -> None:
    assert read_label(text)[0] == kind


# --- a hair serum named in other languages -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "El sérum capilar que frena la caída\nCon 2% de cafeína.",
        "Sérum anti-chute à la caféine\nUne routine simple.",
        "Siero per capelli con caffeina 3%\nPer capelli deboli.",
        "Haarserum mit Koffein 2%\nFür dünnes Haar.",
        "Sérum capilar com cafeína 1%\nPara cabelos finos.",
        "Serum do włosów z kofeiną 2%",
        "Scalp density serum\nCaffeine 2%",
    ],
)
def test_a_serum_for_the_hair_named_on_the_first_line_is_a_cosmetic(text: str) -> None:
    assert read_label(text)[0] == "cosmetic"


@pytest.mark.parametrize(
    "text",
    [
        # named lower down: another product's
        "Caffeine 2% tonic\nPair with our sérum capilar for best results.",
        # a serum of the face, not the hair
        "Sérum visage éclat\nVitamine C 10%",
    ],
)
def test_look_alikes_of_a_serum_title(text: str) -> None:
    assert read_label(text)[0] == "unknown"


# --- a choice of strengths --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Minoxidil\nThe usual dose is 1 ml of 2% solution for women or 5% solution for men.",
            {"minoxidil": None},
        ),
        (
            "Finasteride tablets\nThe dose of finasteride is a 1 mg tablet for hair loss, or a "
            "5 mg tablet for the prostate.",
            {"finasteride": None},
        ),
        (
            "Ketoconazole\nKetoconazole comes as a 1% shampoo sold in shops or the 2% one.",
            {"ketoconazole": None},
        ),
        # ... not a count beside it
        (
            "Ketoconazole\nKetoconazole 1% shampoo lathers on wet or dry hair, 2 times a week.",
            {"ketoconazole": "1%"},
        ),
        (
            "Oral minoxidil\nMinoxidil is taken at 2.5 mg a day by men or 1.25 mg by women.",
            {"minoxidil": None},
        ),
        (
            "Biotin\nBiotin is sold as 5000 mcg capsules, and sometimes 10000 mcg or 1000 mcg.",
            {"biotin": "5000 mcg"},
        ),
    ],
)
def test_a_strength_offered_beside_another_is_no_products_own(
    text: str, want: dict[str, str | None]
) -> None:
    assert read_label(text)[1] == want


# --- a strength field in a table, on the next line, or "Available as" -----------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Dutasteride\n| Field | Details |\n|---|---|\n| Strength | 0.5mg |", "0.5 mg"),
        ("Finasteride Tablets\nForm\nTablet\nStrength\n1mg\nManufacturer\nAcme", "1 mg"),
        ("Finasteride Tablets\nStrength\n\n5 mg\n\nPack: 30 tablets", "5 mg"),
        ("Minoxidil scalp preparations\nAvailable as\n\n5% solution, and 5% foam", "5%"),
        ("Ketoconazole shampoo\nAvailable as: 2% shampoo in a 100 ml bottle", "2%"),
        ("Minoxidil espuma\nDisponible en: 5% espuma", "5%"),
    ],
)
def test_a_strength_field_however_laid_out_gives_the_one_actives_strength(
    text: str, want: str
) -> None:
    strengths = list(read_label(text)[1].values())
    assert strengths == [want]


@pytest.mark.parametrize(
    "text",
    [
        # two strengths are those it comes in, neither its own
        "Minoxidil scalp preparations\nAvailable as\n\n2% solution and 5% foam",
        "Finasteride Tablets\n| Strength | 1mg / 5mg |",
        # a heading whose next line holds no amount
        "Finasteride Tablets\nStrength\nComes in a blister pack.",
    ],
)
def test_look_alikes_of_a_strength_field(text: str) -> None:
    assert list(read_label(text)[1].values()) == [None]


# --- a page's alternatives ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Dutasteride 0.5mg capsules\nPrescription only medicine.\n| Alternative | Notes |\n"
            "|---|---|\n| Finasteride 5mg | cheaper |",
            {"dutasteride": "0.5 mg"},
        ),
        (
            "Finasteride 1mg tablets\nPrescription only.\nAlternatives to finasteride\n"
            "Dutasteride 0.5 mg capsules, taken once a day.",
            {"finasteride": "1 mg"},
        ),
        (
            "Minoxidil 5% solution\nPharmacy medicine.\nAlternative treatments:\n"
            "Ketoconazole 2% shampoo twice a week.",
            {"minoxidil": "5%"},
        ),
        (
            "Ketoconazole 2% shampoo\nPharmacy medicine.\nAlternative medicines\n"
            "Selenium sulfide 2.5%; ciclopirox 1% shampoo.",
            {"ketoconazole": "2%"},
        ),
        (
            "Finasteride 1mg\nPOM\n|Alternatives|Type|\n|Minoxidil 5%|foam|",
            {"finasteride": "1 mg"},
        ),
    ],
)
def test_a_pages_alternatives_are_other_products(text: str, want: dict[str, str]) -> None:
    assert read_label(text)[1] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "alternative" inside a sentence is no heading
        (
            "Minoxidil 5% solution\nPharmacy medicine.\nAn alternative to surgery, minoxidil "
            "5% regrows hair.",
            {"minoxidil": "5%"},
        ),
        (
            "Caffeine shampoo\nIngredients: Aqua, Caffeine\nAlternative hair care for thin hair",
            {"caffeine": None},
        ),
    ],
)
def test_look_alikes_of_a_pages_alternatives(text: str, want: dict[str, str | None]) -> None:
    assert read_label(text)[1] == want


# --- a medicine taken already -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Finasteride 1mg tablets x 28\nPOM\nDo not use:\n- If taking finasteride 5 mg for "
            "the prostate\n- If you have liver disease",
            {"finasteride": "1 mg"},
        ),
        (
            "Dutasteride 0.5 mg capsules\nPrescription only.\nTell your doctor if you are taking "
            "finasteride 1 mg.",
            {"dutasteride": "0.5 mg"},
        ),
        (
            "Minoxidil 5% solution\nPharmacy medicine.\nAsk first if you're taking minoxidil "
            "2.5 mg tablets.",
            {"minoxidil": "5%"},
        ),
        (
            "Kétoconazole 2 % shampooing\nMédicament sans ordonnance.\nSi vous prenez "
            "kétoconazole 200 mg comprimés, parlez-en à votre médecin.",
            {"ketoconazole": "2%"},
        ),
        (
            "Finasterida 1 mg comprimidos\nVenta bajo receta.\nSi usted toma finasterida 5 mg, "
            "consulte a su médico.",
            {"finasteride": "1 mg"},
        ),
    ],
)
def test_a_medicine_taken_already_is_not_the_product(text: str, want: dict[str, str]) -> None:
    assert read_label(text)[1] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # its own panel, no "if taking"
        (
            "Finasteride tablets\nPOM\nEach tablet contains finasteride 1 mg.",
            {"finasteride": "1 mg"},
        ),
        # "taking" with no "if" before it
        (
            "Biotin supplement\nMen taking biotin 5000 mcg daily saw results.",
            {"biotin": "5000 mcg"},
        ),
    ],
)
def test_look_alikes_of_a_medicine_taken_already(text: str, want: dict[str, str]) -> None:
    assert read_label(text)[1] == want


# --- a nutrient's lack ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Minoxidil 5% solution\nPharmacy medicine.\nNot for use during cancer treatment or "
            "loss of iron, 5% of users report itching.",
            {"minoxidil": "5%"},
        ),
        (
            "Minoxidil 2% lotion\nPharmacy medicine.\nHair loss from a lack of zinc needs 2% "
            "less of this.",
            {"minoxidil": "2%"},
        ),
        (
            "Ketoconazole 2% shampoo\nPharmacy medicine.\nNot for shedding caused by deficiency "
            "of biotin (2% of cases).",
            {"ketoconazole": "2%"},
        ),
        (
            "Finasteride 1 mg tablets\nPOM\nDepletion of zinc in 1 mg doses is not reported.",
            {"finasteride": "1 mg"},
        ),
        (
            "Minoxidil 5% foam\nPharmacy medicine.\nShortage of iron, 5% of the time, causes "
            "shedding.",
            {"minoxidil": "5%"},
        ),
    ],
)
def test_a_nutrients_lack_is_no_ingredient(text: str, want: dict[str, str]) -> None:
    assert read_label(text)[1] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the nutrient itself, with its amount
        ("Iron 14 mg tablets\nFood supplement.\nIron 14 mg per tablet.", {"iron": "14 mg"}),
        ("Zinc supplement\nEach tablet contains zinc 15 mg.", {"zinc": "15 mg"}),
    ],
)
def test_look_alikes_of_a_nutrients_lack(text: str, want: dict[str, str]) -> None:
    assert read_label(text)[1] == want


# --- a "combination of" sentence ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Hairgro Plus 5% Solution is a combination of Minoxidil and Aminexil which is used "
            "for hair loss.",
            {"minoxidil": "5%", "aminexil": None},
        ),
        (
            "Finpecia M Solution is a combination of two medicines: minoxidil and finasteride.",
            {"minoxidil": None, "finasteride": None},
        ),
        (
            "Tugain F is a fixed-dose combination of minoxidil 5% and finasteride 0.1% that "
            "treats hair loss.",
            {"minoxidil": "5%", "finasteride": "0.1%"},
        ),
        (
            "Keto Z shampoo is a combination of ketoconazole and zinc pyrithione used to treat "
            "dandruff.",
            {"ketoconazole": None, "pyrithione-zinc": None},
        ),
        (
            "Minoxil F es una combinación de minoxidil y finasterida para la alopecia.",
            {"minoxidil": None, "finasteride": None},
        ),
    ],
)
def test_a_combination_sentence_names_each_ingredient(
    text: str, want: dict[str, str | None]
) -> None:
    assert read_label(text)[1] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a list of its own says what it holds; the blurb's combination is not added
        (
            "Scalp serum is a combination of caffeine and biotin.\nIngredients: Aqua, Caffeine, "
            "Glycerin",
            {"caffeine": None},
        ),
        # the names after the clause goes on to what it does are not its parts
        (
            "Minoxidil 5% solution\nPharmacy medicine.\nHair loss is a combination of genes and "
            "hormones that finasteride treats.",
            {"minoxidil": "5%"},
        ),
    ],
)
def test_look_alikes_of_a_combination_sentence(text: str, want: dict[str, str | None]) -> None:
    assert read_label(text)[1] == want


@pytest.mark.parametrize(
    "text",
    [
        "Medicated Hair Spray containing minoxidil 6%",
        "Minoxidil 10% medicated solution, ask your pharmacist before use",
        "Minoxidil 15% solution, a pharmaceutical product. Side effects: scalp itching.",
    ],
)
def test_a_medicine_at_a_strength_above_any_trial_is_a_prescribed_one(text: str) -> None:
    assert read_label(text)[0] == "rx_drug"


def test_a_studied_strength_on_a_medicines_page_stays_over_the_counter() -> None:
    assert read_label("Medicated Hair Spray containing minoxidil 5%")[0] == "otc_drug"
