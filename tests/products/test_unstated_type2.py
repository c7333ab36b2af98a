"""A page that states no class and whose actives (if any were read) give no form, settled by
what it says of itself (label_unstated_signs): the form its title or first lines name, one its
body names again and again, or its own words that it is a food supplement or a cosmetic. A page
with no sign, both signs, a medicine's words, or a pack's own print stays unknown. Every
wording here is written for these tests."""

from __future__ import annotations

import pytest

from tests.products.label_reading import read_label

# --- the form a page's title names ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Gentle Balancing Scalp Shampoo 250 ml\nCleanses softly and calms an itchy scalp.",
        "Repair Conditioner for fine hair\nDetangles and smooths, with heartseed extract.",
        "Masque r\u00e9parateur 200 ml\nNourrit les longueurs ab\u00eem\u00e9es.",
        "Loci\u00f3n fortalecedora 100 ml\nAplicar sobre el cuero cabelludo seco.",
        "Odżywka do włosów 200 ml\nWygładza i nawilża.",
    ],
)
def test_a_form_put_on_named_in_the_title_is_a_cosmetic(text: str) -> None:
    assert read_label(text)[0] == "cosmetic"


@pytest.mark.parametrize(
    "text",
    [
        "Hair, Skin & Nails Gummies\nBerry flavour, 60 count.",
        "Sea Buckthorn Softgels\nCold pressed from the berries.",
        "Nettle leaf powder 200 g\nStir a spoonful into a smoothie.",
        "The thinning-hair multivitamin\nI have tried many brands over the years.",
        "Vitamine B complexe\nPour la fatigue et la vitalit\u00e9 des cheveux.",
        "Capilosa kapsule 30 kom\nSastav po kapsuli: preslica, proso.",
    ],
)
def test_a_form_to_swallow_named_in_the_title_is_a_supplement(text: str) -> None:
    assert read_label(text)[0] == "supplement"


# --- what a page calls itself, anywhere ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Root Strength Blend\nA dietary supplement made with millet and horsetail.",
        "Nourish Daily\nThis food supplement should not replace a varied diet.",
        "Hair Vitality Pack\nAmounts per serving are shown on the back.",
        "Haarkraft Komplex\nNahrungserg\u00e4nzungsmittel mit Hirse und Kiesels\u00e4ure.",
        "Pousse Active\nCompl\u00e9ment alimentaire \u00e0 base de levure de bi\u00e8re.",
    ],
)
def test_a_page_that_calls_itself_a_food_supplement_is_one(text: str) -> None:
    assert read_label(text)[0] == "supplement"


@pytest.mark.parametrize(
    "text",
    [
        "Kaminari Tonic story\nOur hair cosmetics have been made in Osaka since 1950.",
        "The Silk Ritual\nA haircare routine built around fermented rice.",
        "Glow Drops\nMade for your skincare routine, morning and night.",
        "Pflegeserie Natur\nZertifizierte Kosmetik aus dem Schwarzwald.",
        "Eyelash growth: the myths\nAn eyelash serum needs weeks. Apply the eyelash serum nightly.",
    ],
)
def test_a_page_that_calls_itself_a_cosmetic_is_one(text: str) -> None:
    assert read_label(text)[0] == "cosmetic"


# --- a no-form page of non-medicine actives, settled by the same signs --------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Vitamin D3 2000 IU\nCholecalciferol, the active form of vitamin D.", "supplement"),
        ("Beauty Vitamins\nWith biotin for hair and nails.", "supplement"),
        (
            "Rice water for shine\nFermented rice extract, the hair care secret of centuries.",
            "cosmetic",
        ),
    ],
)
def test_non_medicine_actives_with_no_form_take_the_pages_signs(text: str, kind: str) -> None:
    assert read_label(text)[0] == kind


# --- look-alikes that stay unknown --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # no sign at all
        "Cleanses very gently and restores the scalp's natural balance.",
        # both: a form to swallow in the title, a cosmetic's words below
        "Hair Duo capsules\nPart of our haircare ritual.",
        # a vitamin named in a sentence, not as the title's product
        "Biotin is a B vitamin that hair needs.\nIt is found in eggs.",
        # a cosmetic's use said as a warning
        "Scalp tonic\nFor cosmetic use only.",
        # a form named once, lower down: another product's ("Pair with")
        "Lace Front Topper 6x6\n100% human hair, hand-tied.\nPair with: Scalp Serum 30 ml",
        # a medicine's page whose active was not read
        "Capsules 30\nAsk your pharmacist before use.",
        # a pack's own print
        "Hair Capsules\nLOT 24B117   EXP 08/2027",
    ],
)
def test_look_alikes_keep_no_type(text: str) -> None:
    assert read_label(text)[0] == "unknown"
