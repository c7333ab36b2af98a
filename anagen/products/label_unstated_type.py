"""The type of a page that states no class, settled as a careful reader would: by what its
actives are in the knowledge base (a medicine or not) and the form it comes in (swallowed:
capsules, tablets, a powder, a serving; or put on the hair: an oil, a serum, "massage into the
scalp"). label.py asks this last, once the actives are known. A pack's own print, whose class
was on the part torn off (label_pack_print), and a page whose form says both ways stay unknown."""

from __future__ import annotations

import re

from anagen.products.ingredient_index import IngredientIndex
from anagen.products.label_oral_dose import DAILY_UNITS, a_supplement_dose
from anagen.products.label_pack_print import a_packs_print
from anagen.products.label_prescribed import a_medicines_page, beyond_studied, holds_a_drug
from anagen.products.label_result import LabelAnalysis
from anagen.products.label_type import APPLIED, taken_by_mouth
from anagen.products.label_type_rules import NUTRIENT_TABLET, says_shampoo

# the forms of a product to swallow, in English, Spanish, Portuguese, Italian, French, German,
# Dutch, Polish, Indonesian/Malay, Turkish, Russian, Korean, Chinese and Japanese
ORAL_FORM = re.compile(
    r"\b(capsules?|caps|softgels?|tablets?|tabs|caplets?|gumm(?:y|ies)|lozenges?|sachets?|"
    r"(?:leaf |root |herb |fruit )?powder|servings?|serving size|vegicaps?|"
    r"c[\u00e1a]psulas?|capsule|comprimid[oa]s?|compresse|g[\u00e9e]lules?|comprim[\u00e9e]s?|"
    r"kapseln?|tabletten|kapsułk[ia]|tabletk[ia]|kapsul|tablet|kaps[\u00fcu]l|"
    r"\u043a\u0430\u043f\u0441\u0443\u043b\w*|\u0442\u0430\u0431\u043b\u0435\u0442\w*)\b|"
    r"\ucea1\uc290|\u80f6\u56ca|\u30ab\u30d7\u30bb\u30eb|\u9320\u5264"
)
# ... and of one put on the hair or scalp (a shampoo is label_type_rules.SHAMPOO's); put on the
# skin ("magnesium oil spray: massage into the skin") it may be a body product or a medicine
APPLIED_FORM = re.compile(
    r"\b(conditioners?|leave-in|(?:hair|scalp)\b[\w &,-]{0,30}\b(?:oils?|serums?|lotions?|tonics?|"
    r"masks?|drops|sprays?|foams?|creams?)|(?:oils?|serums?|lotions?) for (?:the )?(?:hair|scalp)|"
    r"huile (?:capillaire|cheveux|pour (?:les )?cheveux)|aceite (?:capilar|para (?:el )?cabello)|"
    r"[\u00f6o]l f[\u00fcu]r (?:die )?haare|haar[\u00f6o]l|olio per (?:i )?capelli|minyak rambut)\b|"
    r"\ud5e4\uc5b4 ?\uc138\ub7fc|\u80b2\u6bdb\u6db2|\u30d8\u30a2\u30aa\u30a4\u30eb|"
    r"\u043c\u0430\u0441\u043b\u043e \u0434\u043b\u044f \u0432\u043e\u043b\u043e\u0441"
)


def settled_type(text: str, out: LabelAnalysis, index: IngredientIndex) -> str:
    """The type of a page whose wording gave none (out.product_type "unknown")."""
    if says_shampoo(text) and not holds_a_drug(out, index):
        return "cosmetic"  # (label_type_rules.SHAMPOO)
    if (out.actives and a_minerals_page(text, out, index)) or a_supplement_dose(text, out, index):
        return "supplement"
    if a_medicines_page(out, index, text):
        return "rx_drug" if beyond_studied(out, index) else "otc_drug"
    if not out.actives:
        return "unknown"  # no sign of what it is
    if holds_a_drug(out, index):
        return "unknown"  # a medicine whose class its page keeps back (a torn carton's)
    return _by_form(text.lower(), out, index)


def _by_form(lower: str, out: LabelAnalysis, index: IngredientIndex) -> str:
    """Actives none of which is a medicine: a supplement if swallowed, a cosmetic if put on;
    with no form named, only minerals (zinc, iron: what a shop sells by mouth) a supplement."""
    if a_packs_print(lower):
        return "unknown"
    oral = (
        ORAL_FORM.search(lower) is not None
        or taken_by_mouth(lower)
        or DAILY_UNITS.search(lower) is not None
    )
    put_on = [m.group(2) for m in APPLIED.finditer(lower)]
    applied = APPLIED_FORM.search(lower) is not None or any(p != "skin" for p in put_on)
    minerals = all(a.ingredient in index.minerals for a in out.actives)
    if not (oral or applied or put_on):
        return "supplement" if minerals else "unknown"
    if oral == applied or (applied and minerals):
        # both ways (drops to swallow or rub in); a mineral on the scalp ("Zinc Hair Tonic")
        return "unknown"
    if oral and NUTRIENT_TABLET.search(lower):
        return "unknown"  # "each tablet contains ... biotin": a licensed vitamin's panel too
    return "supplement" if oral else "cosmetic"


def a_minerals_page(text: str, out: LabelAnalysis, index: IngredientIndex) -> bool:
    """A page titled with a mineral taken by mouth ("Zinc 15", "Zinc 50mg", "Zink 25 mg": a name
    in any language the index knows) that holds only minerals and states no class: sold as a
    supplement, unless it is put on the skin or hair ("massage into the scalp")."""
    title = text.lstrip().split("\n", 1)[0]
    return (
        all(a.ingredient in index.minerals for a in out.actives)
        and len(title) <= TITLE_MAX
        and any(f.slug in index.minerals for f in index.find_all(title))
        and not APPLIED.search(text.lower())
    )


TITLE_MAX = 80
