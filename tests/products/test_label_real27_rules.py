"""The rules prompted by the twenty-seventh blind review (real English-language label texts from
US, UK, Australian, Indian and South African pages): the class a UK leaflet's "available without
prescription", an Australian schedule field, SPL section names, "is indicated for the treatment
of" or a proprietary blend shows; a one-name composition field, an amount "of" another
substance, an article's reference numbers, a page that defines its one ingredient, carbonyl
iron. Every wording here is written for these tests."""

from __future__ import annotations

import pytest

from tests.products.label_reading import read_label

# --- the class a page shows -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a UK patient leaflet's own words for a medicine sold without prescription
        (
            "Hair Regrowth Foam for Men\nThis medicine is available without prescription.",
            "otc_drug",
        ),
        # an Australian medicine page's schedule field: S4 or S8 a prescription, S2 a pharmacy
        # medicine
        ("Brand name\nAldactone\nSchedule: S4\nActive ingredient\nSpironolactone", "rx_drug"),
        ("Active ingredient\nMinoxidil\nSchedule\n\nS2\nFoam for the scalp", "otc_drug"),
        # a drug-index page's copy of the SPL section names of a Drug Facts label
        (
            "Otc - Purpose Section\nAnti-dandruff\nOtc - Keep Out Of Reach Of Children Section",
            "otc_drug",
        ),
        # a medicine's indication written as a sentence, no class stated
        (
            "Tablets\nFinasteride is indicated for the treatment of male pattern hair loss.",
            "otc_drug",
        ),
        # the US supplement rule's term for amounts given only as a total
        ("Hair, skin and nails capsules\nContains a proprietary blend of herbs.", "supplement"),
    ],
)
def test_the_class_a_page_shows(text: str, kind: str) -> None:
    assert read_label(text)[0] == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # an Rx leaflet's mention of other medicines without prescription is no class of its own
        (
            "Tell your doctor about other medicines, including those available without a "
            "prescription.\nEach film-coated tablet contains finasteride 1 mg",
            "rx_drug",
        ),
        # S3 is pharmacist-only in Australia but a prescription class in South Africa
        ("Active ingredient\nKetoconazole\nSchedule: S3\nShampoo", "unknown"),
        # a US controlled-drug schedule is no Australian field
        ("Schedule 4 controlled drug register\nShampoo", "cosmetic"),
        # a stronger sign above still wins
        (
            "Rx only\nFinasteride is indicated for the treatment of male pattern hair loss.",
            "rx_drug",
        ),
        ("Cosmetic product\nScalp oil with a proprietary blend of botanicals.", "cosmetic"),
    ],
)
def test_classes_that_stay(text: str, kind: str) -> None:
    assert read_label(text)[0] == kind


# --- what the product holds, and how much -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actives"),
    [
        # a drug index's one-name field, a blank line, then the page's own title with the amount
        (
            "Active ingredient: Minoxidil\n\nDownload: PDF, 2 pages\n\nScalp foam\n(Minoxidil 50 mg/g)",
            {"minoxidil": "5%"},
        ),
        # the amount is the unfiled substance's; the filed one the base names has none
        (
            "Each gram contains 25 mg of coal tar in a base of glycerin, cetyl alcohol and "
            "salicylic acid.",
            {"salicylic-acid": None},
        ),
        # minerals an herb is said to hold, in a sentence that ends with reference numbers
        (
            "Our capsules\nNettle leaf is rich in minerals that support the scalp, such as iron "
            "and zinc, which help keep hair strong.2,7",
            {},
        ),
        # a shop's blurb that opens by defining its one ingredient
        (
            "Biotin is a water-soluble B vitamin that the body uses to turn food into energy.",
            {"biotin": None},
        ),
        ("Supplement Facts\nCarbonyl Iron 60 mg", {"iron": "60 mg"}),
    ],
)
def test_what_the_label_holds(text: str, actives: dict[str, str | None]) -> None:
    assert read_label(text)[1] == actives


@pytest.mark.parametrize(
    ("text", "actives"),
    [
        # without the blank line the field's composition goes on: the line below a field is
        # another block's, as before
        (
            "Active ingredient: Minoxidil\nDownload: PDF\nScalp foam\n(Minoxidil 50 mg/g)",
            {"minoxidil": None},
        ),
        (
            "Ingredients: Aqua, Biotin, Parfum\n\nCustomers also bought: Biotin 5000 mcg gummies",
            {"biotin": None},
        ),
        # an amount "of" the ingredient itself is its own
        ("Each tablet contains 1 mg of finasteride.", {"finasteride": "1 mg"}),
        ("Each ml contains 50 mg of the active substance minoxidil.", {"minoxidil": "5%"}),
        # a definition whose subject is not an ingredient, or is a look-alike of one
        ("Hair loss is a common condition that a lack of zinc can make worse.", {}),
        ("Zinc oxide is a white mineral pigment used in sunscreens.", {}),
        ("Ferrous fumarate 200 mg\nCarbonyl iron capsules", {"iron": "200 mg"}),
    ],
)
def test_what_stays_unchanged(text: str, actives: dict[str, str | None]) -> None:
    assert read_label(text)[1] == actives
