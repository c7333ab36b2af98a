"""The rules prompted by the thirty-fifth and thirty-sixth blind reviews (shop, drug-database
and clinic pages, leaflets in English and German): a page that calls what it sells a medicine
but states no class, settled by the knowledge base (over the counter, or prescribed when one
of its medicines is only a doctor's); a title's strength per mL or g as the percentage it is;
and a prescription medicine's doses, which are not its strength. Every wording here is
written for these tests."""

from __future__ import annotations

import pytest

from tests.products.label_reading import read_label

# --- a medicine's page that states no class ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a shop's blurb that calls it a medicine
        (
            "Rogain-style Minoxidil Lotion 5%\nThis medicine is used to treat hereditary hair "
            "loss in men.\nIn stock",
            {"minoxidil": "5%"},
        ),
        # a drug database's fields
        (
            "Drug Name: Ketozole Shampoo\nComposition: Ketoconazole (2% w/v)\nMRP: Rs 320",
            {"ketoconazole": "2%"},
        ),
        (
            "Medication: Nizral Scalp Wash\nKetoconazole 1%\nUsed for dandruff and flaking.",
            {"ketoconazole": "1%"},
        ),
        # German, Spanish, French and Italian words for the medicine
        (
            "Minoxidil Lösung 2 %\nDieses Arzneimittel fördert das Haarwachstum.",
            {"minoxidil": "2%"},
        ),
        (
            "Minoxidil espuma 5 %\nUn medicamento para la alopecia androgenética.",
            {"minoxidil": "5%"},
        ),
        (
            "Kétoconazole 2 % gel moussant\nCe médicament traite les pellicules.",
            {"ketoconazole": "2%"},
        ),
        # a medicine's word in Russian
        (
            "Миноксидил 5% раствор\nЛекарство для лечения андрогенной алопеции.",  # noqa: RUF001
            {"minoxidil": "5%"},
        ),
    ],
)
def test_a_page_calling_it_a_medicine_with_no_class_is_sold_over_the_counter(
    text: str, want: dict[str, str]
) -> None:
    assert read_label(text) == ("otc_drug", want)


@pytest.mark.parametrize(
    "text",
    [
        # a compounded solution with finasteride: the product holds a doctor's medicine
        "Compounded Scalp Formula\nThis medicine blends Minoxidil, Finasteride and "
        "Ketoconazole for hair loss.",
        "Custom Hair Solution\nContains minoxidil and finasteride. A medication made to order.",
        "Topical Spray\nMinoxidil 5% + Finasteride 0.1%\nA drug compounded by our pharmacy.",
        "Scalp lotion\nIngredients of this medicine: minoxidil, finasteride, azelaic acid",
        "Scalp Compound\nMinoxidil 7% and finasteride 0.25%\nMedicine made to order by our "
        "pharmacist.",
    ],
)
def test_a_page_that_holds_a_prescription_only_medicine_among_others_is_prescribed(
    text: str,
) -> None:
    assert read_label(text)[0] == "rx_drug"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a bare print of a medicine states no class: sold over the counter, as its makers sell it
        ("Ketoconazole 2% shampoo for dandruff", "otc_drug"),
        ("Minoxidil 5% topical solution\n60 mL", "otc_drug"),
        # a research chemical, whatever it holds
        (
            "Minoxidil 5% solution\nThis drug is sold for research use only. Not for human "
            "consumption.",
            "unknown",
        ),
        # a seller's claim that it is no medicine
        ("Minoxidil 5% tonic\nNot a medicine. This drug-free formula is a tonic.", "unknown"),
        # a cosmetic's anti-dandruff active named beside the word "drug"
        ("Anti-dandruff shampoo\nPyrithione zinc 1%\nDrug-free scalp care", "cosmetic"),
        # a shampoo without a medicine stays a cosmetic
        ("Caffeine shampoo\nNo medicine can replace a healthy scalp.", "cosmetic"),
    ],
)
def test_look_alikes_of_a_medicines_page(text: str, kind: str) -> None:
    assert read_label(text)[0] == kind


# --- a title's strength per mL or g -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "slug", "want"),
    [
        ("Package leaflet\nMinoxil 50 mg/ml cutaneous solution\nminoxidil", "minoxidil", "5%"),
        ("Minoxidil Lösung 20 mg/ml\nGebrauchsinformation", "minoxidil", "2%"),
        (
            "Package leaflet: Information for the user\nKetoral 20 mg/g Shampoo\nketoconazole",
            "ketoconazole",
            "2%",
        ),
        ("Minoxidil Foam 50 mg/g\nminoxidil\nFor the scalp only.", "minoxidil", "5%"),
        ("Ketoconazol 20 mg / g champú\nketoconazol", "ketoconazole", "2%"),
        # the title's percent over the mass each mL holds, read from a composition
        (
            "Hairgro Solution 2 %\nInformation for the user\nActive substance:\n- 20 mg "
            "minoxidil\n",
            "minoxidil",
            "2%",
        ),
    ],
)
def test_a_titles_mass_per_ml_or_g_is_a_percentage(text: str, slug: str, want: str) -> None:
    assert read_label(text)[1].get(slug) == want


@pytest.mark.parametrize(
    ("text", "slug", "want"),
    [
        # a tablet's mass per tablet stays a mass
        ("Finasteride 1 mg film-coated tablets\nfinasteride", "finasteride", "1 mg"),
        # a mass per tablet is no mass per mL or g
        ("Loniten 10 mg / tablet\nminoxidil\nPrescription only medicine", "minoxidil", "10 mg"),
    ],
)
def test_look_alikes_of_a_titles_mass_per_one(text: str, slug: str, want: str) -> None:
    assert read_label(text)[1].get(slug) == want


# --- a prescription medicine's doses ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Spironolactone\nPrescription only medicine\nDaily doses range from 50 mg to 200 mg.",
        "Baricitinib\nRx only\nPatients taking baricitinib 2 mg once daily improved.",
        "Dutasteride\nPrescription only\nThe usual dose is dutasteride 0.5 mg daily.",
        "Finasteride\nPOM\nMen take finasteride 1 mg a day with or without food.",
        "Spironolacton\nverschreibungspflichtig\nSpironolacton 100 mg einmal täglich.",
        "Minoxidil tablets\nPrescription only medicine\nminoxidil 1.25 to 5 mg per day",
    ],
)
def test_a_prescription_medicines_dose_is_no_strength(text: str) -> None:
    kind, actives = read_label(text)
    assert kind == "rx_drug"
    assert list(actives.values()) == [None]


@pytest.mark.parametrize(
    ("text", "slug", "want"),
    [
        # a unit's strength, with the dose said of the unit
        (
            "Finasteride 1 mg tablets\nPrescription only medicine\nTake one tablet daily.",
            "finasteride",
            "1 mg",
        ),
        # a strength and a pack count after a dash ("2,5mg - 60 capsules")
        (
            "Minoxidil 2.5 mg - 60 capsules\nPrescription only medicine",
            "minoxidil",
            "2.5 mg",
        ),
        # a supplement's amount a day is its strength
        ("Supplement Facts\nBiotin 5000 mcg daily", "biotin", "5000 mcg"),
    ],
)
def test_look_alikes_of_a_dose(text: str, slug: str, want: str) -> None:
    assert read_label(text)[1].get(slug) == want
