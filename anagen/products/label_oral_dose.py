"""A page that states no class but gives a dose to swallow of nutrients or herbs ("Take 1 drop
daily", "The recommended dosage is one tablet daily", "1 to 1/2 teaspoon, once or twice
daily"): a supplement's. label.py asks this once the actives are known, as a medicine's page
gives doses too. Not a pack's own print (label_pack_print): a registered herbal medicine's torn
blister or a prescription vitamin D's foil has lost its class, not shown it."""

from __future__ import annotations

import re

from anagen.products.ingredient_index import IngredientIndex
from anagen.products.label_pack_print import a_packs_print
from anagen.products.label_result import LabelAnalysis
from anagen.products.label_type import APPLIED_SCAN, taken_by_mouth

# a count of units a day: "one tablet daily", "2 capsules a day", "1 to 1/2 teaspoon in powdered
# form, once or twice daily" (a scalp's drops are put on it: APPLIED)
COUNT = r"(?:\d+(?:[./]\d+)?|one|two|three|half)"
DAILY_UNITS = re.compile(
    rf"\b{COUNT}(?:\s*(?:to|-|\u2013|or)\s*{COUNT})?\s+(?:drops?|capsules?|tablets?|softgels?|"
    r"gumm(?:y|ies)|(?:table|tea)spoons?|tsp|scoops?|sachets?)\b[^.\n]{0,40}?"
    r"\b(?:daily|a day|per day|each day|every day)\b"
)
# the words every such dose holds, a cheap test before the scans
DOSE_WORDS = (
    "daily",
    " a day",
    "per day",
    "each day",
    "every day",
    "take",
    "mouth",
    "swallow",
    "chew",
    "tongue",
)


def a_supplement_dose(text: str, out: LabelAnalysis, index: IngredientIndex) -> bool:
    """Actives none of which is a medicine, and a dose of them to swallow, none to put on."""
    if not out.actives or any(a.ingredient in index.drugs for a in out.actives):
        return False
    lower = text.lower()
    if (
        not any(w in lower for w in DOSE_WORDS)
        or APPLIED_SCAN.search(lower)
        or a_packs_print(lower)
    ):
        return False
    return taken_by_mouth(lower) or DAILY_UNITS.search(lower) is not None
