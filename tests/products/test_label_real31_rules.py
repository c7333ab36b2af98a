"""The rules prompted by the thirty-first blind review (real label texts, most from pages outside
the US): a medicine's summary of product characteristics or leaflet by its section headings in
many languages (prescription when every medicine in it is one only a doctor gives, by the
knowledge base), Japan's patient sheet of a medicine, the EU's "subject to medical prescription",
a cosmetic named so on a page's first line, a drug index's active-ingredient heading with
nothing under it and a combination medicine's title with its percentages. Every wording here
is written for these tests."""

from __future__ import annotations

import pytest

from tests.products.label_reading import read_label

# --- the class a page shows -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # an SmPC's or leaflet's headings, with no class printed, in several languages: over
        # the counter, unless every medicine in it is one only a doctor gives (knowledge base)
        (
            "2. QUALITATIVE UND QUANTITATIVE ZUSAMMENSETZUNG\n1 Tablette enthält 5 mg Finasterid.",
            "rx_drug",
        ),
        (
            "2. Qualitative and quantitative composition\nEach gram contains clobetasol "
            "propionate 0.5 mg.",
            "rx_drug",
        ),
        (
            "Composição qualitativa e quantitativa\nCada ml contém 50 mg de minoxidil e 1 mg de "
            "finasterida.",
            "otc_drug",
        ),
        ("Composizione qualitativa e quantitativa\n1 ml contiene 50 mg di minoxidil.", "otc_drug"),
        ("3. FORME PHARMACEUTIQUE\nSolution pour application cutanée.", "otc_drug"),
        (
            "4.1 Indicaciones terapéuticas\nTratamiento de la dermatitis seborreica del cuero "
            "cabelludo.",
            "otc_drug",
        ),
        (
            "4.2 Posologia e modo di somministrazione\nApplicare 1 ml due volte al giorno.",
            "otc_drug",
        ),
        ("4.1. Terapötik endikasyonlar\nKepek tedavisinde kullanilir.", "otc_drug"),
        ("Skład jakościowy i ilościowy\n1 g kremu zawiera 20 mg ketokonazolu.", "otc_drug"),
        ("Léková forma:\nkožní roztok\nPodání: kožní podání", "otc_drug"),
        ("Anwendungsgebiete\nZur Behandlung von Schuppen und Juckreiz der Kopfhaut.", "otc_drug"),
        # a contraindications heading alone on its line or naming the product
        ("Contraindicações de Cetoconazol 2%\nHipersensibilidade ao fármaco.", "otc_drug"),
        (
            "Ketoconazol champú\nContraindicaciones\nHipersensibilidad al principio activo.",
            "otc_drug",
        ),
        # Japan's patient sheet of a medicine (RAD-AR)
        ("くすりのしおり\n内服剤\n製品名:フィナステリド錠", "rx_drug"),
        ("くすりのしおり\n外用剤\n製品名:ミノキシジル外用液5%", "otc_drug"),  # noqa: RUF001
        # the EU's legal category in English
        (
            "Finasteride 1 mg tablets\nMedicinal product subject to medical prescription.",
            "rx_drug",
        ),
        # a cosmetic named so on the first line, nothing else stating a class
        ("Cosmetic tonic for the scalp\nUse after washing. Keep cool.", "cosmetic"),
    ],
)
def test_the_class_a_page_shows(text: str, kind: str) -> None:
    assert read_label(text)[0] == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a contraindication run on after its colon is no heading (as a natural product's)
        ("Rosemary scalp tonic\nContraindicações: gestantes.", "unknown"),
        # "not subject to medical prescription" is no prescription one
        (
            "Minoxidil 2% solution\nMedicinal product not subject to medical prescription.",
            "unknown",
        ),
        # German shops print "Darreichungsform" for cosmetics too
        ("Koffein Shampoo 250 ml\nDarreichungsform: Shampoo", "cosmetic"),
        # "cosmetic" lower down is no title
        ("Scalp tonic\nFor cosmetic use only. Keep cool.", "unknown"),
        # a supplement's own class still comes first
        (
            "Biotina 45 mcg\nSuplemento alimentar\nPosologia e modo de administração: 1 cápsula "
            "ao dia.",
            "supplement",
        ),
    ],
)
def test_unchanged_classes(text: str, kind: str) -> None:
    assert read_label(text)[0] == kind


# --- what a page names --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actives"),
    [
        # a drug index's active-ingredient heading with nothing under it: the title names it
        (
            "Label: 2% MINOXIDIL TOPICAL SOLUTION- minoxidil solution\n- ACTIVE INGREDIENT\n"
            "- PURPOSE\n- WARNINGS\nFor external use only.",
            {"minoxidil": "2%"},
        ),
        (
            "KETOCONAZOLE SHAMPOO 2%- ketoconazole shampoo\n- ACTIVE INGREDIENTS\n-\n"
            "- INDICATIONS & USAGE\nReduces flaking and scaling.",
            {"ketoconazole": "2%"},
        ),
        # a combination medicine's title with its percentages in the order of the names below
        (
            "Betasal Scalp Lotion 0.1% w/w / 3% w/w, cutaneous solution\n"
            "betamethasone (as valerate)/salicylic acid\nBetasal contains two active "
            "ingredients, betamethasone valerate and salicylic acid.\n"
            "1. What Betasal is and what it is used for",
            {"betamethasone": "0.1%", "salicylic-acid": "3%"},
        ),
    ],
)
def test_what_the_page_names(text: str, actives: dict[str, str | None]) -> None:
    assert read_label(text)[1] == actives


@pytest.mark.parametrize(
    ("text", "actives"),
    [
        # an active-ingredient heading over its ingredient reads as before
        (
            "Drug Facts\nActive ingredient\nMinoxidil 5% w/v\nPurpose\nHair regrowth treatment",
            {"minoxidil": "5%"},
        ),
        # three percentages over two names, or no names' line, pair nothing
        (
            "Betasal Scalp Lotion 0.1% w/w / 3% w/w / 1% w/w, cutaneous solution\n"
            "betamethasone (as valerate)/salicylic acid\nBetasal contains two active "
            "ingredients, betamethasone valerate and salicylic acid.\n"
            "1. What Betasal is and what it is used for",
            {"betamethasone": None, "salicylic-acid": None},
        ),
        (
            "Betasal Scalp Lotion 0.1% w/w / 3% w/w, cutaneous solution\nBetasal contains two "
            "active ingredients, betamethasone valerate and salicylic acid.\n"
            "1. What Betasal is and what it is used for",
            {"betamethasone": None, "salicylic-acid": None},
        ),
    ],
)
def test_unchanged_readings(text: str, actives: dict[str, str | None]) -> None:
    assert read_label(text)[1] == actives
