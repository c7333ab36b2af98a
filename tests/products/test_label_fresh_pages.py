"""The rules prompted by sixty fresh real pages (drug indexes, pharmacy and compounding pages, SmPCs
in Italian, supplement makers' pages in German), each for a wording or layout other products'
pages share: an amount per 100 mL or 100 g in Spanish, Italian and French ("Cada 100 mL ...
contiene 2 g") and the 100 g itself never a strength; a drug guide's "Uses" opening on the bare
generic name ("Baricitinib is used to treat"); a drug index's collapsed active-ingredient heading
that gives no composition of its own; a drug index's blurb that names "Drug facts" in a sentence;
a decimal comma before a spelled-out unit ("2,5 Milligramm"); and an authority's advice in other
languages ("Die DGE empfiehlt 30 bis 60 Mikrogramm"). Every wording here is written for these
tests, with look-alikes that keep their old reading."""

from __future__ import annotations

import pytest

from tests.products.label_reading import read_label

# --- an amount per 100 mL or 100 g -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "slug", "strength"),
    [
        # "each 100 mL" in Spanish, Portuguese, Italian and French, what it is of between
        (
            "Loción capilar\nComposición: Cada 100 mL de la solución tópica de Capilar® "
            "contiene 5 g de minoxidil; excipientes c.s.",
            "minoxidil",
            "5%",
        ),
        (
            "Solução capilar\nCada 100 mL do produto contém 2 g de minoxidil e veículo q.s.p.",
            "minoxidil",
            "2%",
        ),
        (
            "Lozione\nComposizione: ogni 100 ml di soluzione cutanea contengono 5 g di minoxidil.",
            "minoxidil",
            "5%",
        ),
        (
            "Shampooing\nComposition : chaque 100 g de shampooing contient 2 g de kétoconazole.",
            "ketoconazole",
            "2%",
        ),
        # ... and the 100 g a composition is of is never the strength, in English too
        (
            "Antifungal cream\nEach 100 g of cream contains 2 g of ketoconazole.",
            "ketoconazole",
            "2%",
        ),
    ],
)
def test_reads_an_amount_per_hundred_in_other_languages_as_a_percentage(
    text: str, slug: str, strength: str
) -> None:
    _, actives = read_label(text)
    assert actives[slug] == strength


@pytest.mark.parametrize(
    ("text", "slug", "strength"),
    [
        # the look-alikes keep their reading: a mass per one mL, a supplement's own 1000 mg, a
        # percentage printed itself
        ("Cada mL contiene 50 mg de minoxidil.", "minoxidil", "5%"),
        (
            "Pumpkin seed oil softgels\nPumpkin seed oil 1000 mg per softgel",
            "pumpkin-seed-oil",
            "1000 mg",
        ),
        ("Minoxidil 5% solution\nEach 100 mL contains minoxidil 5 g.", "minoxidil", "5%"),
    ],
)
def test_keeps_other_bases_as_they_were(text: str, slug: str, strength: str) -> None:
    _, actives = read_label(text)
    assert actives[slug] == strength


# --- a drug guide's "Uses" on the bare generic name ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        (
            "Uses\n\nTofacitinib is used to treat rheumatoid arthritis and ulcerative colitis.\n"
            "Read the Medication Guide before you start taking it.",
            "tofacitinib",
        ),
        (
            "Overview\nSpironolactone is used to treat heart failure and high blood pressure.",
            "spironolactone",
        ),
        ("Description\nClobetasol is indicated for the relief of scalp dermatoses.", "clobetasol"),
    ],
)
def test_reads_the_generic_name_a_uses_line_opens_on(text: str, slug: str) -> None:
    _, actives = read_label(text)
    assert actives == {slug: None}


@pytest.mark.parametrize(
    "text",
    [
        # a subject that is not the ingredient's name alone: the product, a class, a phrase
        "Overview\nThis medicine is used to treat hair loss.",
        "About\nOral minoxidil for women is used off-label in hair clinics.",
        "Uses\nJAK inhibitors are used to treat several autoimmune diseases.",
    ],
)
def test_reads_no_generic_name_from_another_subject(text: str) -> None:
    _, actives = read_label(text)
    assert actives == {}


def test_a_uses_line_stays_unread_beside_an_ingredient_list() -> None:
    _, actives = read_label(
        "Ingredients: Aqua, Glycerin, Caffeine, Panthenol.\n"
        "Minoxidil is used to treat hair loss, but this tonic holds none."
    )
    assert "minoxidil" not in actives


# --- a drug index's collapsed active-ingredient heading ------------------------------------------


def test_a_collapsed_active_heading_leaves_the_title_and_warnings_their_active() -> None:
    _, actives = read_label(
        "Label: HAIR REGROWTH FOR MEN- minoxidil solution\n"
        "- Category: HUMAN OTC DRUG LABEL\n"
        "- ACTIVE INGREDIENT\n"
        "- PURPOSE\n"
        "Warnings\n"
        "- your hair loss is on the front of the scalp. Minoxidil topical solution 5% is not "
        "intended for frontal baldness."
    )
    assert actives == {"minoxidil": "5%"}


def test_a_filled_active_heading_still_gives_the_composition() -> None:
    _, actives = read_label(
        "Label: DANDRUFF SHAMPOO- pyrithione zinc shampoo\n"
        "- ACTIVE INGREDIENT\n"
        "Pyrithione zinc 1%\n"
        "- PURPOSE\n"
        "Anti-dandruff\n"
        "Customers also bought: Ketoconazole 2% shampoo"
    )
    assert actives == {"pyrithione-zinc": "1%"}


# --- a drug index's blurb that names "Drug facts" in a sentence ----------------------------------


def test_a_drug_indexs_blurb_naming_drug_facts_is_no_drug_facts_box() -> None:
    kind, actives = read_label(
        "Clobetasol Propionate by Acme is a Prescription medication manufactured, distributed, "
        "or labeled by Acme Labs. Drug facts, warnings, and ingredients follow.\n"
        "Clobetasol propionate scalp solution, 0.05% contains clobetasol propionate."
    )
    assert (kind, actives) == ("rx_drug", {"clobetasol": "0.05%"})


@pytest.mark.parametrize(
    "text",
    [
        "Drug Facts\nActive ingredient\nMinoxidil 5% w/v\nPurpose\nHair regrowth treatment",
        "Drug Facts (continued)\nDirections\napply one mL 2 times a day\nMinoxidil 5%",
        "DRUG FACTS: Ketoconazole 1% anti-dandruff shampoo",
    ],
)
def test_a_drug_facts_box_is_still_over_the_counter(text: str) -> None:
    kind, _ = read_label(text)
    assert kind == "otc_drug"


# --- a decimal comma before a spelled-out unit ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "slug", "strength"),
    [
        ("Kapseln\nEine Kapsel enthält 2,5 Milligramm Biotin und Zink.", "biotin", "2.5 mg"),
        ("Cápsulas\nCada cápsula contiene 2,5 miligramos de biotina, zinc.", "biotin", "2.5 mg"),
        (
            "Gélules\nUne gélule apporte 0,5 microgrammes de biotine et du zinc.",
            "biotin",
            "0.5 mcg",
        ),
    ],
)
def test_keeps_a_decimal_comma_before_a_spelled_out_unit(
    text: str, slug: str, strength: str
) -> None:
    _, actives = read_label(text)
    assert actives[slug] == strength


def test_a_comma_between_two_amounts_still_parts_them() -> None:
    _, actives = read_label("Zinc 10 mg, Biotin 50 mcg")
    assert actives == {"zinc": "10 mg", "biotin": "50 mcg"}


# --- an authority's advice in other languages -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Biotin für Haare\nDie Gesellschaft für Ernährung empfiehlt pro Tag 30 bis 60 Mikrogramm "
        "Biotin zu sich zu nehmen.",
        "Biotina\nLa sociedad de nutrición recomienda 30 microgramos de biotina al día.",
        "Biotine\nL'agence recommande 40 microgrammes de biotine par jour pour un adulte.",
        "Biotin\nUm den Tagesbedarf von 60 Mikrogramm Biotin zu decken, braucht es viel Eigelb.",
    ],
)
def test_an_authoritys_advice_in_other_languages_is_not_the_products_amount(text: str) -> None:
    _, actives = read_label(text)
    assert actives == {"biotin": None}


@pytest.mark.parametrize(
    ("text", "strength"),
    [
        # the label's own amount, with a recommended daily intake after it, keeps it
        ("Biotin Kapseln\nEine Kapsel enthält 50 Mikrogramm Biotin.", "50 mcg"),
        ("Verzehrempfehlung: 1 Kapsel täglich.\nBiotin 5 mg", "5 mg"),
    ],
)
def test_a_labels_own_amount_beside_a_recommendation_keeps_it(text: str, strength: str) -> None:
    _, actives = read_label(text)
    assert actives["biotin"] == strength
