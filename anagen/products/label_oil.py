"""A single essential oil's page: "Rosemary essential oil ... Extraction method: steam distilled"
with neither an ingredient list nor an amount. The oil named is the product itself."""

from __future__ import annotations

from anagen.products.ingredient_index import IngredientIndex
from anagen.products.label_result import LabelAnalysis, add_active

# how an essential oil is made, in English, French and Italian ("distill"), Spanish, Portuguese
# and German ("destil"): a cheap gate before any look-up
DISTILLED = ("distil", "destil")
# the word for oil in a name the index matched, in English, German, French, Italian, Spanish,
# Portuguese and Polish
OIL_WORDS = ("oil", "\u00f6l", "huile", "olio", "aceite", "\u00f3leo", "olej")


def single_oil(text: str, index: IngredientIndex, out: LabelAnalysis) -> None:
    """With nothing read yet: the one oil a distilled product's page names (other oils it is
    "mixed with" have no file, and a drug it is compared with is no oil)."""
    lower = text.lower()
    if out.actives or not any(word in lower for word in DISTILLED):
        return
    oils = {
        f.slug: f.matched
        for f in index.find_all(text)
        if any(word in f.matched for word in OIL_WORDS)
    }
    if len(oils) == 1:
        [(slug, matched)] = oils.items()
        add_active(out, slug, matched, None)
