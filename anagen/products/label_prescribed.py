"""The class of a medicine whose page states none: by what the knowledge base says of its
actives on the route its title names ("Finasteride 1mg Tablets", "Oral Minoxidil", "Bimatoprost
ophthalmic solution"). Minoxidil by mouth is a doctor's; on the scalp it is bought over the
counter."""

from __future__ import annotations

import re

from anagen.products.ingredient_index import IngredientIndex
from anagen.products.label_pack_print import a_packs_print
from anagen.products.label_result import LabelAnalysis

# the dose forms of a route as a title names them ("Dutasteride 0.5mg Capsules", "Minoxidil 5%
# Topical Solution"); an oral solution names both, and says nothing
ROUTE_WORDS = {
    "oral": re.compile(r"\b(oral|tablets?|tabs|capsules?|caps|pills?|softgels?)\b", re.I),
    "topical": re.compile(
        r"\b(topical|solution|foam|spray|lotion|cream|gel|ointment|shampoo|serum)\b", re.I
    ),
}
# (a page's own name and strength come first, on short lines; below, and in its sentences, it
# compares itself with others: "more familiar as a scalp foam", "unlike minoxidil tablets")
TITLE_LINES = 3
TITLE_MAX_CHARS = 100


def route_of(text: str) -> str | None:
    """The one route the page's first short lines name by a dose form, else None."""
    lines = text.lstrip().split("\n", 12)[:12]
    title = "\n".join([s for s in lines if s.strip() and len(s) <= TITLE_MAX_CHARS][:TITLE_LINES])
    routes = [route for route, words in ROUTE_WORDS.items() if words.search(title)]
    return routes[0] if len(routes) == 1 else None


def prescribed(out: LabelAnalysis, index: IngredientIndex, text: str) -> bool:
    """Every medicine among the actives is one only a doctor gives by the page's route
    (finasteride, betamethasone, minoxidil tablets). One bought without a prescription
    (minoxidil solution) leaves it over the counter."""
    drugs = [a.ingredient for a in out.actives if a.ingredient in index.drugs]
    route = route_of(text) if drugs else None
    return bool(drugs) and all(index.prescribed(d, route) for d in drugs)


def unstated_class(out: LabelAnalysis, index: IngredientIndex, text: str) -> str | None:
    """A page that states no class and names only medicines that only a doctor gives by its
    route (a shop's or clinic's page of finasteride tablets, of oral minoxidil): a
    prescription one's. Not a pack's own print, whose class was on the part torn off
    (label_pack_print). One of a medicine also sold without a prescription (minoxidil 5%
    solution, ketoconazole shampoo) stays unknown: either class may hold it, by country and
    strength."""
    if not out.actives or not all(a.ingredient in index.drugs for a in out.actives):
        return None
    if a_packs_print(text.lower()) or not prescribed(out, index, text):
        return None
    return "rx_drug"
