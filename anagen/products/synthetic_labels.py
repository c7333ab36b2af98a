"""Label texts and names for the synthetic catalogue (anagen.products.synthetic), one builder per
kind of product: OTC minoxidil, prescription tablets, cosmetic and medicated shampoos,
supplements, serums and oils, laser devices, kits.

Ingredient names come from the knowledge base (name, INCI name, synonyms and, now and then, a
misspelling), so the label analysis meets the names it meets on real labels. Strengths are
typical label values; nothing here is a fact about a real product.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from anagen.knowledge.base import KnowledgeBase

AGA, FPHL, TE = "androgenetic-alopecia", "female-pattern-hair-loss", "telogen-effluvium"
LINES = (
    "Regrowth", "Thickening", "Fortifying", "Density", "Revive", "Root Boost", "Scalp Renew",
    "Volumizing", "Strength", "Restore", "Hair Growth", "Advanced", "Extra Strength", "Clinical",
    "Daily", "Night Repair", "Pro", "Essentials", "Max", "Pure",
)  # fmt: skip
SHAMPOO_BASE = (
    "Aqua (Water)", "Sodium Laureth Sulfate", "Cocamidopropyl Betaine", "Glycerin",
    "Sodium Chloride", "Polyquaternium-10", "Citric Acid", "Sodium Benzoate",
    "Parfum (Fragrance)", "Phenoxyethanol", "Coco-Glucoside", "Guar Hydroxypropyltrimonium Chloride",
)  # fmt: skip
CONDITIONER_BASE = (
    "Aqua (Water)", "Cetearyl Alcohol", "Behentrimonium Chloride", "Glycerin", "Dimethicone",
    "Cetyl Esters", "Citric Acid", "Parfum (Fragrance)", "Phenoxyethanol", "Ethylhexylglycerin",
)  # fmt: skip
SERUM_BASE = (
    "Aqua (Water)", "Alcohol Denat.", "Butylene Glycol", "Glycerin", "Propanediol",
    "Hydroxyethylcellulose", "Phenoxyethanol", "Ethylhexylglycerin", "Parfum (Fragrance)",
)  # fmt: skip
CARRIER_OILS = (
    "Ricinus Communis (Castor) Seed Oil", "Simmondsia Chinensis (Jojoba) Seed Oil",
    "Argania Spinosa Kernel Oil", "Cocos Nucifera (Coconut) Oil", "Tocopherol",
)  # fmt: skip
COSMETIC_HEROES = (
    "caffeine", "rosemary-oil", "biotin", "panthenol", "niacinamide", "keratin", "saw-palmetto",
    "pumpkin-seed-oil", "menthol", "salicylic-acid", "amla", "hibiscus", "eclipta-alba",
    "polygonum-multiflorum", "gotu-kola",
)  # fmt: skip
NUTRIENTS: dict[str, tuple[str, ...]] = {
    "biotin": ("30 mcg", "300 mcg", "2500 mcg", "5000 mcg", "10000 mcg"),
    "zinc": ("8 mg", "15 mg", "25 mg"),
    "iron": ("14 mg", "18 mg", "28 mg"),
    "vitamin-d": ("25 mcg (1000 IU)", "50 mcg (2000 IU)", "125 mcg (5000 IU)"),
    "saw-palmetto": ("50 mg", "160 mg", "320 mg", "500 mg"),
    "pumpkin-seed-oil": ("100 mg", "400 mg", "1000 mg"),
    "vitamin-b6": ("2 mg", "10 mg", "25 mg"),
    "magnesium": ("100 mg", "200 mg"),
    "keratin": ("50 mg", "500 mg"),
    "polygonum-multiflorum": ("200 mg", "500 mg"),
    "amla": ("250 mg", "500 mg"),
    "niacinamide": ("20 mg", "50 mg"),
}
RX_TABLETS = (
    ("finasteride", ("1 mg", "5 mg"), (AGA,)),
    ("dutasteride", ("0.5 mg",), (AGA,)),
    ("spironolactone", ("25 mg", "50 mg", "100 mg"), (FPHL,)),
    ("minoxidil", ("2.5 mg", "10 mg"), (AGA, FPHL)),
)
TABLET_EXCIPIENTS = (
    "lactose monohydrate, microcrystalline cellulose, pregelatinized starch, sodium starch "
    "glycolate, docusate sodium, magnesium stearate, hypromellose, titanium dioxide, talc"
)
MEDICATED = (
    ("ketoconazole", ("1%", "2%"), "Anti-dandruff"),
    ("pyrithione-zinc", ("1%", "2%"), "Anti-dandruff"),
    ("salicylic-acid", ("1.8%", "3%"), "Dandruff and seborrheic dermatitis"),
)


@dataclass(frozen=True)
class Draft:
    name: str
    form: str
    regulatory_type: str
    label: str
    conditions: tuple[str, ...]
    price_band: str


@dataclass(frozen=True)
class Archetype:
    kind: str
    weight: int
    build: Callable[[random.Random, KnowledgeBase], Draft]


def display_name(kb: KnowledgeBase, slug: str) -> str:
    ing = kb.ingredients.get(slug)
    return ing.name if ing else slug.replace("-", " ").title()


def label_name(kb: KnowledgeBase, slug: str, rng: random.Random, *, style: str = "drug") -> str:
    """How a label might name an ingredient: its name, its INCI name (`style="inci"`), a salt or
    other form of a vitamin or mineral (`style="nutrient"`), and now and then a misspelling."""
    ing = kb.ingredients.get(slug)
    if ing is None:
        return display_name(kb, slug)
    roll = rng.random()
    if roll < 0.03 and ing.misspellings:
        return rng.choice(ing.misspellings)
    if style == "inci" and ing.inci:
        return ing.inci
    if style == "nutrient" and roll < 0.35 and ing.synonyms:
        synonym = rng.choice(ing.synonyms)
        salt = str(ing.kind) in {"mineral", "vitamin"} and roll < 0.25
        return f"{ing.name} (as {synonym})" if salt else synonym
    return ing.name


def _minoxidil_topical(rng: random.Random, kb: KnowledgeBase) -> Draft:
    strength = rng.choice(("2%", "5%", "5%"))
    form = rng.choice(("solution", "foam"))
    women = strength == "2%" or rng.random() < 0.3
    inactive = (
        "alcohol, propylene glycol, purified water"
        if form == "solution"
        else "butane, butylated hydroxytoluene, cetyl alcohol, citric acid, glycerin, isobutane, "
        "lactic acid, polysorbate 60, propane, purified water, SD alcohol 40-B, stearyl alcohol"
    )
    label = (
        f"Drug Facts\nActive ingredient: {label_name(kb, 'minoxidil', rng)} {strength}"
        f"{' w/v' if form == 'solution' else ''}\nPurpose: Hair regrowth treatment\n"
        "Use: to regrow hair on the top of the scalp\nWarnings: For external use only.\n"
        f"Inactive ingredients: {inactive}"
    )
    who = "Women" if women else "Men"
    name = f"{rng.choice(LINES)} Minoxidil {strength} Topical {form.title()} for {who}"
    band = rng.choice(("low", "low", "medium"))
    return Draft(name, form, "otc_drug", label, (FPHL,) if women else (AGA,), band)


def _rx_tablet(rng: random.Random, kb: KnowledgeBase) -> Draft:
    slug, strengths, conditions = rng.choice(RX_TABLETS)
    strength = rng.choice(strengths)
    drug = label_name(kb, slug, rng)
    label = (
        f"Each film-coated tablet contains {drug} {strength}.\nRx only\n"
        f"Inactive ingredients: {TABLET_EXCIPIENTS}"
    )
    name = f"{display_name(kb, slug)} {strength} Tablets"
    band = rng.choice(("low", "medium", "high"))
    return Draft(name, "tablet", "rx_drug", label, conditions, band)


def _cosmetic_list(
    rng: random.Random, kb: KnowledgeBase, base: tuple[str, ...]
) -> tuple[list[str], str]:
    """An INCI list (base ingredients around one to four featured ones) and the lead's name."""
    heroes = rng.sample(COSMETIC_HEROES, rng.randint(1, 4))
    items = [*base[:3], *(label_name(kb, h, rng, style="inci") for h in heroes), *base[3:]]
    return items[: rng.randint(len(items) - 3, len(items))], display_name(kb, heroes[0])


def _shampoo(rng: random.Random, kb: KnowledgeBase) -> Draft:
    conditioner = rng.random() < 0.25
    items, hero = _cosmetic_list(rng, kb, CONDITIONER_BASE if conditioner else SHAMPOO_BASE)
    form = "conditioner" if conditioner else "shampoo"
    name = f"{rng.choice(LINES)} {hero} {form.title()}"
    conditions = rng.choice(((), (), (AGA,), (AGA, FPHL), (TE,)))
    return Draft(name, form, "cosmetic", "Ingredients: " + ", ".join(items), conditions, "low")


def _medicated_shampoo(rng: random.Random, kb: KnowledgeBase) -> Draft:
    slug, strengths, purpose = rng.choice(MEDICATED)
    strength = rng.choice(strengths)
    rx = slug == "ketoconazole" and strength == "2%"
    label = (
        f"{'Rx only' if rx else 'Drug Facts'}\nActive ingredient: "
        f"{label_name(kb, slug, rng)} {strength}\nPurpose: {purpose}\n"
        f"Inactive ingredients: {', '.join(SHAMPOO_BASE[:6]).lower()}"
    )
    name = f"{rng.choice(LINES)} {display_name(kb, slug)} {strength} Shampoo"
    conditions = rng.choice(((), (AGA,)))
    return Draft(name, "shampoo", "rx_drug" if rx else "otc_drug", label, conditions, "low")


def _supplement(rng: random.Random, kb: KnowledgeBase) -> Draft:
    form = rng.choice(("capsule", "capsule", "tablet", "gummy"))
    picked = rng.sample(sorted(NUTRIENTS), rng.randint(1, 6))
    rows = [
        f"{label_name(kb, s, rng, style='nutrient')} {rng.choice(NUTRIENTS[s])}" for s in picked
    ]
    if rng.random() < 0.15:
        herbs = rng.sample(("eclipta-alba", "amla", "hibiscus", "gotu-kola", "saw-palmetto"), 3)
        rows.append(
            f"Proprietary Blend {rng.choice(('250', '500', '1000'))} mg: "
            + ", ".join(label_name(kb, h, rng, style="nutrient") for h in herbs)
        )
    other = (
        "Glucose Syrup, Sugar, Water, Pectin, Citric Acid, Natural Flavors, Carnauba Wax"
        if form == "gummy"
        else "Gelatin, Rice Flour, Magnesium Stearate, Silicon Dioxide"
    )
    noun = {"gummy": "Gummies", "capsule": "Capsules", "tablet": "Tablets"}[form]
    servings = rng.randint(1, 3)
    serving = f"{servings} {noun if servings > 1 else form.title()}"
    label = (
        f"Supplement Facts\nServing Size: {serving}\nAmount Per Serving\n"
        + "\n".join(rows)
        + f"\nOther ingredients: {other}"
    )
    lead = display_name(kb, picked[0])
    name = f"{rng.choice(LINES)} Hair {lead} {noun}" if len(rows) < 3 else f"Hair Complex {noun}"
    name = f"{rng.choice(LINES)} {name}" if rng.random() < 0.5 else name
    conditions = rng.choice(((), (AGA,), (FPHL,), (TE,), (AGA, FPHL)))
    return Draft(name, form, "supplement", label, conditions, rng.choice(("low", "medium")))


def _serum(rng: random.Random, kb: KnowledgeBase) -> Draft:
    form = rng.choice(("serum", "spray", "serum"))
    if rng.random() < 0.25:
        items = [label_name(kb, "rosemary-oil", rng, style="inci"), *rng.sample(CARRIER_OILS, 3)]
        name = f"{rng.choice(LINES)} Rosemary Scalp Oil"
    else:
        items, hero = _cosmetic_list(rng, kb, SERUM_BASE)
        name = f"{rng.choice(LINES)} {hero} Scalp {form.title()}"
    conditions = rng.choice(((), (AGA,), (AGA, FPHL)))
    band = rng.choice(("low", "medium", "high"))
    return Draft(name, form, "cosmetic", "Ingredients: " + ", ".join(items), conditions, band)


def _device(rng: random.Random, kb: KnowledgeBase) -> Draft:
    diodes = rng.choice((9, 12, 41, 82, 148, 272))
    kind = rng.choice(("Cap", "Helmet", "Comb", "Band"))
    label = (
        f"Low-level laser therapy device\n{diodes} laser diodes, "
        f"{rng.choice((650, 655, 660, 678))} nm\nUse 3 times a week for 20 minutes"
    )
    name = f"{rng.choice(LINES)} Laser {kind} {diodes}"
    band = rng.choice(("high", "very-high"))
    return Draft(name, "device", "device_cleared", label, (AGA, FPHL), band)


def _kit(rng: random.Random, kb: KnowledgeBase) -> Draft:
    minoxidil = _minoxidil_topical(rng, kb)
    palmetto = f"{label_name(kb, 'saw-palmetto', rng, style='nutrient')} {rng.choice(NUTRIENTS['saw-palmetto'])}"
    label = (
        f"Step 1: topical solution\n{minoxidil.label}\n\nStep 2: supplement\n"
        f"Supplement Facts\nServing Size: 1 Capsule\n{palmetto}\n"
        "Other ingredients: Gelatin, Rice Flour"
    )
    name = f"{rng.choice(LINES)} Two-Step Hair Regrowth Kit"
    band = rng.choice(("medium", "high"))
    return Draft(name, "kit", "otc_drug", label, minoxidil.conditions, band)


ARCHETYPES: tuple[Archetype, ...] = (
    Archetype("minoxidil_topical", 16, _minoxidil_topical),
    Archetype("rx_tablet", 8, _rx_tablet),
    Archetype("shampoo", 20, _shampoo),
    Archetype("medicated_shampoo", 6, _medicated_shampoo),
    Archetype("supplement", 26, _supplement),
    Archetype("serum", 14, _serum),
    Archetype("device", 5, _device),
    Archetype("kit", 5, _kit),
)
