"""A leaflet's or a form's words that most often go with a prescription medicine ("prescribing
information", "list of excipients", "each tablet contains") state no class of their own: over
medicines the knowledge base has people buy without a prescription by the page's route, the
page is an over-the-counter one; a doctor's medicine, a route that is a doctor's, a strength
beyond the trials' and a vitamin's licensed leaflet keep the prescription reading."""

from __future__ import annotations

import pytest

from tests.products.label_reading import read_label


@pytest.mark.parametrize(
    "text",
    [
        "Minoxidil 5% Cutaneous Foam\nPrescribing information\nIndications: hair loss on the scalp.",
        "Ketoconazole 2% Shampoo\nList of excipients: sodium laureth sulfate, water",
        "Minoxidil Topical Solution 2%\nFor Women\nPrescribing Information\nApply 1 mL twice daily.",
        "Regaine for Men Extra Strength Scalp Foam 5% w/w\nSummary of product characteristics\n"
        "List of excipients: ethanol, butane",
        "Minoxidil 50 mg/ml cutaneous solution\nInformation for the patient\nRead this leaflet.",
    ],
)
def test_leaflet_words_over_medicines_bought_without_a_prescription(text: str) -> None:
    assert read_label(text)[0] == "otc_drug"


@pytest.mark.parametrize(
    "text",
    [
        # a doctor's medicine, or one by the route a doctor gives it
        "Finasteride 1 mg film-coated tablets\nList of excipients: lactose",
        "Minoxidil 2.5 mg tablets\nList of excipients: lactose",
        # no route in the title: which route is not known
        "Ketoconazole 2%\nList of excipients: water",
        # above the strongest strength any trial used: mixed to order
        "Minoxidil 10% topical solution\nPrescribing information",
        # a high-dose vitamin's licensed leaflet
        "Vitamin D3 25,000 IU oral solution\nProduct monograph",
    ],
)
def test_the_prescription_reading_stays(text: str) -> None:
    assert read_label(text)[0] == "rx_drug"
