"""The type of a page that states no class, settled as a careful reader would: by what its
actives are in the knowledge base (a medicine or not) and the form it comes in (swallowed:
capsules, tablets, a powder, a serving; or put on the hair: an oil, a serum, "massage into the
scalp"). A medicine's page silent on how it is sold is read as its makers sell it, over the
counter: annotators give it that class (or a list with it), never unknown alone. label.py asks
this last, once the actives are known. A pack's own print, whose class was on the part torn off
(label_pack_print), and a page whose form says both ways stay unknown."""

from __future__ import annotations

from anagen.products.ingredient_index import IngredientIndex
from anagen.products.label_oral_dose import DAILY_UNITS, a_supplement_dose
from anagen.products.label_pack_print import a_packs_print
from anagen.products.label_prescribed import (
    a_medicines_page,
    beyond_studied,
    holds_a_drug,
    sold_as_a_medicine,
)
from anagen.products.label_result import LabelAnalysis
from anagen.products.label_type import APPLIED, APPLIED_SCAN, taken_by_mouth
from anagen.products.label_type_rules import NUTRIENT_TABLET, says_shampoo
from anagen.products.label_unstated_forms import APPLIED_FORM, ORAL_FORM
from anagen.products.label_unstated_signs import type_by_signs
from anagen.wordscan import Scan

# how a medicine is sold, in the words of English, German, French, Spanish, Portuguese and Italian
# pages ("prescription", "over the counter", "OTC", "Rx", a schedule, "Rezept", "ordonnance"),
# scanned in lower case only where one of them begins
SALE_WORDS = Scan(
    r"\b(prescri\w*|over[- ]the[- ]counter|otc|rx|schedule[sd]?|rezept\w*|verschreibung\w*|ordonnance|"
    r"receta|receita|ricetta|sans ordonnance|sin receta)\b",
)


def settled_type(text: str, out: LabelAnalysis, index: IngredientIndex) -> str:
    """The type of a page whose wording gave none (out.product_type "unknown")."""
    lower = text.lower()
    if says_shampoo(text) and not holds_a_drug(out, index):
        return "cosmetic"  # (label_type_rules.SHAMPOO)
    if (out.actives and a_minerals_page(text, out, index)) or a_supplement_dose(text, out, index):
        return "supplement"
    if a_medicines_page(out, index, text):
        return "rx_drug" if beyond_studied(out, index) else "otc_drug"
    if not out.actives:
        # what the page says of itself, its active unread (a shampoo's heartseed, a lash
        # serum's peptides); a pack's own print has lost its class with the part torn off
        return "unknown" if a_packs_print(lower) else type_by_signs(text)
    if holds_a_drug(out, index):
        # a medicine's page that says nothing of how it is sold ("Minoxidil 5% topical
        # solution 60 mL"): sold as its makers sell it, over the counter, or mixed to order
        # above any trial's strength. One that speaks of prescriptions or of the counter in
        # words no class rule read ("not available over the counter here"), or a pack's own
        # print, keeps its class back.
        if SALE_WORDS.search(lower) is None and sold_as_a_medicine(text):
            return "rx_drug" if beyond_studied(out, index) else "otc_drug"
        return "unknown"
    return _by_form(lower, out, index)


def _by_form(lower: str, out: LabelAnalysis, index: IngredientIndex) -> str:
    """Actives none of which is a medicine: a supplement if swallowed, a cosmetic if put on;
    with no form named, minerals (zinc, iron: what a shop sells by mouth) a supplement, herbs
    by their one route (_by_route)."""
    if a_packs_print(lower):
        return "unknown"
    oral = (
        ORAL_FORM.search(lower) is not None
        or taken_by_mouth(lower)
        or DAILY_UNITS.search(lower) is not None
    )
    put_on = [m.group(2) for m in APPLIED.finditer(lower)]
    applied = any(p != "skin" for p in put_on) or APPLIED_FORM.search(lower) is not None
    minerals = all(a.ingredient in index.minerals for a in out.actives)
    if not (oral or applied or put_on):
        return "supplement" if minerals else _by_route(lower, out, index)
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
        and not APPLIED_SCAN.search(text.lower())
    )


TITLE_MAX = 80


def _by_route(lower: str, out: LabelAnalysis, index: IngredientIndex) -> str:
    """A page that names no form: the one route by which the knowledge base's treatments use its
    actives (saw palmetto by mouth: a supplement; rosemary oil on the scalp: a cosmetic), else
    what the page says of itself."""
    routes = {index.only_route.get(a.ingredient) for a in out.actives} - {None}
    if routes == {"oral"}:
        return "supplement"
    if routes == {"topical"}:
        return "cosmetic"
    return type_by_signs(lower)
