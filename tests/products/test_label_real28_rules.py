"""The rules prompted by the twenty-eighth blind review (real label texts, most from pages outside
the US): the class a page's own pharmacy or registry words show (Finnish, Czech, Polish,
Italian, Portuguese, German, Swiss, Chinese and Japanese pages, US patient information, a
Canadian product monograph); a percent that is no strength, a dose choice, a study's dose, a
Chinese leaflet's per-dose and per-bottle amounts and its specification field, a run-on
"dosage forms and strengths" heading, a bracketed equivalent before a name, a near miss in a
sentence. Every wording here is written for these tests."""

from __future__ import annotations

import pytest

from tests.products.label_reading import read_label

# --- the class a page shows -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # Finnish self-care (non-prescription) medicine in any case of the word
        (
            "Itsehoitolääkkeen ostomäärää on rajoitettu.\nPäänahan hoitoon tarkoitettu liuos",
            "otc_drug",
        ),
        ("Tämä on itsehoitolääke.\nKetokonatsoli 2 % shampoo", "otc_drug"),
        # the EU leaflet's sentence for a medicine sold without prescription, in five languages
        (
            "Vždy používejte tento lék přesně v souladu s příbalovou informací.\nŠampon",
            "otc_drug",
        ),
        (
            "Lek należy zawsze stosować dokładnie tak, jak opisano w tej ulotce.\nPłyn na skórę",
            "otc_drug",
        ),
        (
            "Wenden Sie dieses Arzneimittel immer genau wie in dieser Packungsbeilage beschrieben an.",
            "otc_drug",
        ),
        ("Usi sempre esattamente come descritto in questo foglio.\nSoluzione cutanea", "otc_drug"),
        ("Utilize exatamente como está descrito neste folheto.\nSolução cutânea", "otc_drug"),
        # a medicine named so, with no class stated
        ("Solução capilar\nEste medicamento não deve ser usado por crianças.", "otc_drug"),
        (
            "Lozione per il cuoio capelluto\nIl medicinale va conservato al riparo dalla luce.",
            "otc_drug",
        ),
        ("Tabletten\nDas Arzneimittel ist für Kinder unter 12 Jahren nicht geeignet.", "otc_drug"),
        ("CHARAKTERYSTYKA PRODUKTU LECZNICZEGO\nBiotyna, 5 mg, tabletki", "otc_drug"),
        ("Fachinformation\nWirkstoffe: Biotinum\nTabletten zu 2,5 mg", "otc_drug"),
        ("批准文号:国药准字H20990001\n米诺地尔搽剂", "otc_drug"),
        ("Generic Name: Ketoconazole\nPackage: 100 ml bottle", "otc_drug"),
        # US patient information's reading instruction: a refill is a prescription's
        (
            "Scalp lotion\nRead this leaflet before you start using it and each time you get a refill.",
            "rx_drug",
        ),
        # a Canadian product monograph, most often a prescription drug's
        ("PRODUCT MONOGRAPH\nFinasteride Tablets USP\n1 mg", "rx_drug"),
        # the indications heading on a line of its own, as a drug index prints it
        ("Indications\nFor the treatment of dandruff.\nComposition\nShampoo", "otc_drug"),
        # the everyday Japanese short form for a supplement
        ("ビオチンサプリ\n1日1粒を目安にお召し上がりください。", "supplement"),
        # Polish for a cosmetic product, in any case of it
        ("Serum do skóry głowy. Jest produktem kosmetycznym.", "cosmetic"),
        ("Argan Hair Care Oil for dry and brittle ends", "cosmetic"),
    ],
)
def test_the_class_a_page_shows(text: str, kind: str) -> None:
    assert read_label(text)[0] == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a class stated outweighs the leaflet's and the medicine's own words
        (
            "Výdej léčivého přípravku je vázán na lékařský předpis.\n"
            "Vždy používejte tento přípravek přesně v souladu s příbalovou informací.",
            "rx_drug",
        ),
        ("Il medicinale è soggetto a prescrizione medica.\nCompresse", "rx_drug"),
        ("Medicamento sujeito a receita médica.\nEste medicamento contém lactose.", "rx_drug"),
        ("Supplement Facts\nGeneric name: Biotin\nServing size 1 capsule", "supplement"),
    ],
)
def test_a_stated_class_still_wins(text: str, kind: str) -> None:
    assert read_label(text)[0] == kind


def test_a_polish_page_that_disowns_being_a_medicine_is_no_drug() -> None:
    kind, _ = read_label(
        "Ampułki do skóry głowy. Nie stanowi produktu leczniczego w rozumieniu prawa."
    )
    assert kind != "otc_drug"


def test_an_italian_page_that_says_it_is_no_medicine_is_no_drug() -> None:
    assert read_label("Lozione cosmetica per capelli, non è un farmaco.")[0] != "otc_drug"


# --- strengths --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "slug", "strength"),
    [
        # a change measured, a share of an intake and a salt's share are no strengths
        ("Caffeine shampoo: a 30 percent reduction in hair shedding.", "caffeine", None),
        ("Zinc citrate capsules: 31% elemental zinc, 15 mg of zinc per capsule.", "zinc", "15 mg"),
        # a choice of doses in a leaflet is neither of them the product's
        (
            "Finasteride tablets\nThe usual dose is either 1 mg or 5 mg once a day.",
            "finasteride",
            None,
        ),
        # a study's dose is not the product's
        (
            "Cold pressed pumpkin seed oil.\nA study found that men who took 400 mg of pumpkin seed oil a day kept more hair.",
            "pumpkin-seed-oil",
            None,
        ),
        # a Chinese leaflet's specification field, not its dose each time or its bottle's content
        (
            "药品通用名:米诺地尔搽剂\n药品规格:2%*60ml\n药品分类:非处方药\n"
            "【用法用量】:外用,每次1ml(含米诺地尔20mg)\n【成分】:每瓶含米诺地尔1.2g",
            "minoxidil",
            "2%",
        ),
        # ... and its dose each time in 1 ml gives the amount per mL, a percentage
        (
            "米诺地尔溶液\n用法用量:局部外用,每次1ml(含米诺地尔50mg),涂于头部患处。",
            "minoxidil",
            "5%",
        ),
        # a drug-label site's heading run into its text
        (
            "Label: FINASTERIDE tablet, film coated\nCategory: HUMAN PRESCRIPTION DRUG LABEL\n"
            "3 DOSAGE FORMS AND STRENGTHSFinasteride tablets USP 1 mg are round, film coated "
            "tablets.",
            "finasteride",
            "1 mg",
        ),
        # an amount in another unit in brackets just before the name: the one printed first
        ("Oral drops, USP 25 mcg (1,000 IU) Vitamin D3", "vitamin-d", "25 mcg"),
        # South Asian labels' spelling of dexpanthenol
        (
            "Each 5 ml of syrup contains:\nDexpantothenol: 3 mg\nNiacinamide: 5 mg",
            "panthenol",
            "3 mg",
        ),
    ],
)
def test_strengths(text: str, slug: str, strength: str | None) -> None:
    assert read_label(text)[1].get(slug, "absent") == strength


@pytest.mark.parametrize(
    ("text", "slug", "strength"),
    [
        # a pack offered in either strength keeps the first printed (or the titled) one
        ("Biotin tablets\n1 tablet contains 5 mg or 10 mg of biotin.", "biotin", "5 mg"),
        # a study the label says its own dose was in is still its own dose
        (
            "Clinically studied. Each capsule contains 400 mg pumpkin seed oil.",
            "pumpkin-seed-oil",
            "400 mg",
        ),
        # a percent with a daily value's star is still no strength
        ("Supplement Facts\nBiotin 5000 mcg 16667%*", "biotin", "5000 mcg"),
        # an amount not in brackets before the name is its own
        ("Drops 25 mcg Vitamin D3", "vitamin-d", "25 mcg"),
    ],
)
def test_strengths_that_stay(text: str, slug: str, strength: str | None) -> None:
    assert read_label(text)[1].get(slug, "absent") == strength


def test_a_near_miss_in_a_long_sentence_names_no_ingredient() -> None:
    # Portuguese "provocar" (to cause) is not a misspelt "Proscar"
    _, actives = read_label(
        "Solução de minoxidil 5%. A dose diária não deve ser excedida pois pode provocar "
        "efeitos indesejáveis em pessoas com doença cardíaca ou hipertensão arterial."
    )
    assert actives == {"minoxidil": "5%"}


def test_a_name_with_an_ending_in_a_long_sentence_is_still_found() -> None:
    _, actives = read_label(
        "Ampule s kopexilem se nanášejí na suchou pokožku hlavy jednou denně po dobu šesti "
        "týdnů a nesmějí se používat u dětí."
    )
    assert "aminexil" in actives
