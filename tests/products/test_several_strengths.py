"""A page that prints its one active with several strengths covers a range, not one pack: a list
or a range after the name, or entries of their own with different amounts, give no strength
(label_strength_choices.several_named). A title that prints one strength chose it; a supplement
panel's rows, a per-mL amount with its percentage and a strength printed again stay read. Every
wording here is written for these tests."""

from __future__ import annotations

import pytest

from tests.products.label_reading import read_label

# --- several strengths: none is the product's ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "ingredient"),
    [
        # a list after the name, in prose
        (
            "Dutasteride\nDutasteride is supplied as 0.5 mg, 1 mg and 2.5 mg soft capsules.\n"
            "Prescription only medicine.",
            "dutasteride",
        ),
        # a range of doses in a monograph
        (
            "Zinc\nNatural health product monograph\n"
            "The adult dose of zinc ranges from 2 mg to 50 mg per day.",
            "zinc",
        ),
        # Spanish: a list joined by "y"
        (
            "Finasterida\nMedicamento sujeto a prescripci\u00f3n m\u00e9dica.\n"
            "La finasterida se presenta en comprimidos de 1 mg y 5 mg.",
            "finasteride",
        ),
        # a range of percentages spelt out
        (
            "Ketoconazole shampoo\nOver-the-counter drug\n"
            "Ketoconazole is sold at 1 to 2 percent in shampoos for dandruff.",
            "ketoconazole",
        ),
        # a catalogue's composition lines, one for each variant, under a title with none
        (
            "MINOXIGEN Topical Solution\nComposition\nMINOXIGEN 2\n"
            "Minoxidil ........ 2% w/v\nMINOXIGEN 5\nMinoxidil ........ 5% w/v\n"
            "Schedule H drug",
            "minoxidil",
        ),
        # a Drug Facts panel for each form, none chosen
        (
            "Hair Regrowth for Men\nSelect a form: ( ) Solution ( ) Foam\n"
            "Drug Facts (Solution)\nActive ingredient\nMinoxidil 2% w/v\n"
            "Drug Facts (Foam)\nActive ingredient\nMinoxidil 5% w/w\n",
            "minoxidil",
        ),
        # a monograph whose headings name each product's strength
        (
            "PRESCRIBING INFORMATION\nKETOZOLE 1% SHAMPOO\nKETOZOLE 2% SHAMPOO\n"
            "Active ingredient\nKetoconazole 1%\nKetoconazole 2%\n",
            "ketoconazole",
        ),
        # German: one sentence for both solutions
        (
            "Minoxidil L\u00f6sung\nApothekenpflichtig\n"
            "Minoxidil 2 % und 5 % L\u00f6sung zum Auftragen auf die Kopfhaut.",
            "minoxidil",
        ),
        # the unit printed once, after the list's last number
        ("Ritlecitinib is supplied as 25, 50 and 100 mg capsules.", "ritlecitinib"),
        ("Spironolactone tablets come in 25, 50 or 100 mg.", "spironolactone"),
        # amounts per mL, with no percentage printed
        (
            "Minoxidil oral solution, compounded\nAvailable as 10 mg/mL or 20 mg/mL.",
            "minoxidil",
        ),
    ],
)
def test_several_strengths_of_the_active_give_none(text: str, ingredient: str) -> None:
    assert read_label(text)[1].get(ingredient, "absent") is None


# --- one strength chosen, or one printed twice: kept ------------------------------------------


@pytest.mark.parametrize(
    ("text", "ingredient", "strength"),
    [
        # a title with one strength over a leaflet for several
        (
            "Finasteride 1 mg Film-coated Tablets\nPackage leaflet\n"
            "Finasteride tablets are available as 1 mg and 5 mg.\nPrescription only medicine.",
            "finasteride",
            "1 mg",
        ),
        # the strength printed again, on the carton and in the panel
        (
            "Minoxidil 5% Topical Solution\nDrug Facts\nActive ingredient\nMinoxidil 5% w/v\n"
            "Purpose: hair regrowth treatment",
            "minoxidil",
            "5%",
        ),
        # a per-mL amount and its percentage are one strength
        (
            "Hair Regrowth Lotion\nMinoxidil 2% (20 mg/ml)\nFor external use only.\n"
            "Pharmacy medicine",
            "minoxidil",
            "2%",
        ),
        # a supplement panel's rows of one nutrient: its element's first
        ("Supplement Facts\nServing size 1 capsule\nZinc 15 mg\nZinc 10 mg\n", "zinc", "15 mg"),
        # a serving and each gummy's amount are one product's
        (
            "Biotin Gummies\nSupplement Facts\nServing size: 2 gummies\n"
            "Biotin 5000 mcg \u2013 2500 mcg per gummy\n",
            "biotin",
            "5000 mcg",
        ),
    ],
)
def test_one_strength_chosen_or_printed_again_is_kept(
    text: str, ingredient: str, strength: str
) -> None:
    assert read_label(text)[1].get(ingredient) == strength
