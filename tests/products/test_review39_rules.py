"""The rule prompted by the thirty-ninth blind review (a manufacturer's medical-information
page, a compounding pharmacy's leaflet, a natural-health brand's page): a line that offers the
strengths a product comes in gives none of them to the product. Every wording here is written
for these tests."""

from __future__ import annotations

import pytest

from tests.products.label_reading import read_label

# --- a line offering the strengths a product comes in ------------------------------------------


@pytest.mark.parametrize(
    ("text", "active"),
    [
        ("Xeljanz (tofacitinib) tablets\n5mg, 10mg\nFull prescribing information", "tofacitinib"),
        ("Finasteride Tablets USP\n1 mg, 5 mg\nRead this leaflet before you start.", "finasteride"),
        ("BIOTIN 5000, 10000 mcg\nBiotin supports healthy hair, skin and nails.", "biotin"),
        ("Vitamin D3 400, 1000 and 2000 IU softgels\nOne softgel daily with a meal.", "vitamin-d"),
        ("Zinc Picolinate 25 mg, 50 mg\nTake one capsule daily with food.", "zinc"),
        (
            "Oral minoxidil capsules\n0.5mg, 1.25mg, 2.5mg\nYour doctor will choose the dose.",
            "minoxidil",
        ),
        (
            "Ketoconazol champ\u00fa 1% y 2%\nAplicar sobre el cuero cabelludo h\u00famedo.",
            "ketoconazole",
        ),
        ("Minoxidil L\u00f6sung 2% und 5%\nZur Anwendung auf der Kopfhaut.", "minoxidil"),
    ],
)
def test_a_line_offering_several_strengths_gives_the_product_none(text: str, active: str) -> None:
    assert read_label(text)[1] == {active: None}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a title above that names one of them chose the pack
        (
            "Pharmacy Online\nFinasteride 1 mg film-coated tablets\nLEAFLET\nFINASTERIDE 1 mg & 5 mg "
            "TABLETS\nRead all of this leaflet.",
            {"finasteride": "1 mg"},
        ),
        # two units on one line are one amount said twice, not a choice
        (
            "Vitamin D3 1000 IU, 25 mcg\nOne softgel daily with a meal.",
            {"vitamin-d": "1000 IU"},
        ),
        # a strength and a count or volume
        ("Biotin 5000 mcg, 60 capsules\nTake one capsule daily.", {"biotin": "5000 mcg"}),
        ("Minoxidil 5%, 60 ml\nApply 1 ml to the scalp twice daily.", {"minoxidil": "5%"}),
        # a decimal comma
        ("Ketoconazol 2,0 %\nChampú. Aplicar dos veces por semana.", {"ketoconazole": "2%"}),
    ],
)
def test_one_strength_beside_a_unit_count_or_chosen_title_stays(
    text: str, want: dict[str, str | None]
) -> None:
    assert read_label(text)[1] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Finasteride 1 mg and Minoxidil 5 mg\nTopical spray. Apply twice daily.",
            {"finasteride": "1 mg", "minoxidil": "5 mg"},
        ),
        (
            "Hair Vitamins\nBiotin 5000 mcg, Zinc 15 mg\nTake one capsule daily.",
            {"biotin": "5000 mcg", "zinc": "15 mg"},
        ),
        ("Biotin\n5000 mcg\nAvailable sizes: 60, 120 capsules", {"biotin": "5000 mcg"}),
    ],
)
def test_each_active_with_its_own_amount_or_a_choice_of_pack_sizes_is_no_choice(
    text: str, want: dict[str, str | None]
) -> None:
    assert read_label(text)[1] == want
