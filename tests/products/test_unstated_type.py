"""The type of a page that states no class, settled from what its actives are in the knowledge
base and the form the product comes in (label_unstated_type): swallowed nutrients or herbs are
a supplement, put on the hair a cosmetic, minerals with no form named a supplement; a medicine
whose class its page keeps back, a page with no sign, a pack's own print or one that says both
ways stays unknown. Every wording here is written for these tests."""

from __future__ import annotations

import pytest

from tests.products.label_reading import read_label

# --- nutrients or herbs in a form to swallow ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Saw Palmetto Berry 450 mg\n120 vegetarian capsules\nSerenoa repens fruit.",
        "Fo-Ti Root Powder (Polygonum multiflorum) 250 g\nMix half a teaspoon into warm milk.",
        "Biotin 10,000 mcg Gummies\nStrawberry flavour, 60 count.",
        "Kapsul Herbal Rambut\nIsi: Centella asiatica 150 mg, Emblica officinalis 100 mg",
        "Zink + Biotin Tabletten\nZink 10 mg, Biotin 150 \u00b5g",
        "Pumpkin seed oil 1000 mg softgels\nCold pressed, 90 count.",
        "Amla fruit extract 500 mg\nServing size: 2 caplets",
    ],
)
def test_nutrients_or_herbs_to_swallow_are_a_supplement(text: str) -> None:
    assert read_label(text)[0] == "supplement"


# --- nutrients, herbs or oils put on the hair -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Rosemary & Peppermint Scalp Oil\nRosmarinus officinalis leaf oil, castor oil, jojoba oil",
        "Caffeine Hair Serum 50 ml\nWith caffeine and biotin for fuller-looking hair.",
        "Bhringraj hair oil with amla and coconut, 200 ml",
        "Nigella sativa (black seed) oil, 100 ml\nMassage a few drops into the scalp twice a week.",
        "Panthenol leave-in conditioner for thin hair, 150 ml",
        "Huile capillaire au romarin\nRosmarinus officinalis, huile de ricin",
    ],
)
def test_nutrients_herbs_or_oils_put_on_the_hair_are_a_cosmetic(text: str) -> None:
    assert read_label(text)[0] == "cosmetic"


# --- minerals with no form named ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Zinc is a trace element the body needs for the growth of hair and nails.",
        "Iron bisglycinate is a gentle form of iron, easy on the stomach.",
        "Magnesium citrate: a well absorbed form of magnesium for muscles and sleep.",
        "Zinc picolinate, a well absorbed form of zinc, made in small batches.",
        "Iron and zinc: two minerals that hair follicles need to grow.",
    ],
)
def test_a_page_of_minerals_alone_is_a_supplement(text: str) -> None:
    assert read_label(text)[0] == "supplement"


# --- look-alikes that keep no type ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # no actives and no form
        "Hair loss care from our pharmacy: ask us about the right product for you.",
        # a form both ways
        "Herbal Hair Drops: Polygonum multiflorum, Eclipta alba.\nTake 5 drops in water, or "
        "massage 5 drops into the scalp.",
        "Black seed oil 100 ml\nFor hair: massage into the scalp. For health: take 1 teaspoon.",
        # a pack's own print, in English, German, Spanish and Italian
        "Biotin 10 mg Tabletten\nCh.-B. 2417731  verw. bis 03/2028",
        "Saw palmetto 320 mg capsules\nLOT 24B117   EXP 08/2027",
        "Biotina 5 mg comprimidos\nLote: A1234  Cad.: 05/2027",
        "Serenoa repens 320 mg capsule\nLotto 2K41  Scad. 03/2026",
        # a mineral put on the scalp; a vitamin's panel as a licensed medicine prints it
        "Zinc Scalp Lotion\nZinc gluconate 1%. Massage into the scalp.",
        "Biotin Tablets\nEach tablet contains biotin 10 mg. Nutritional support for hair.",
        # a vitamin with no form named: a pill or a serum alike
        "Biotin is a B vitamin that the body uses to make keratin.",
        # a mineral put on the skin, not the hair: a body product or a medicine
        "Magnesium Oil Spray\nSpray onto the skin and massage in. Magnesium chloride 31%",
    ],
)
def test_a_page_without_a_single_sign_stays_unknown(text: str) -> None:
    assert read_label(text)[0] == "unknown"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a medicine's page that says nothing of how it is sold: as its makers sell it
        ("Ketoconazole 2%\nKeep out of the reach of children.", "otc_drug"),
        ("Minoxidil Foam 5%\nUse half a capful on the scalp twice a day.", "otc_drug"),
        ("Ketoconazole 2% Shampoo\nFor dandruff and flaking.", "otc_drug"),
        ("Tugain Solution\nMinoxidil Topical Solution 5% w/v\n60 ml", "otc_drug"),
        # ... or mixed to order above the strongest any trial used
        ("Minoxidil Topical Solution 10% w/v\n60 ml", "rx_drug"),
        # one that speaks of prescriptions, the counter or a schedule in words no class rule
        # read keeps its class back, as a torn pack's print does
        ("Minoxidil 5% solution\nIt is not available over the counter here.", "unknown"),
        ("Active ingredient\nKetoconazole\nSchedule: S3\nShampoo", "unknown"),
        ("Minoxidil 5% Losung\nRezeptpflicht je nach Land", "unknown"),
        ("Ketoconazole 2% shampoo\nLOT 24B117   EXP 08/2027", "unknown"),
    ],
)
def test_a_medicines_page_silent_on_its_sale_is_sold_as_its_makers_sell_it(
    text: str, kind: str
) -> None:
    assert read_label(text)[0] == kind
