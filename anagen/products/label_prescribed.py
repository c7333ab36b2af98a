"""The class of a medicine whose page states none: by what the knowledge base says of its
actives on the route its title names ("Finasteride 1mg Tablets", "Oral Minoxidil", "Bimatoprost
ophthalmic solution"). Minoxidil by mouth is a doctor's; on the scalp it is bought over the
counter. A product that holds a doctor's medicine is a prescription one; a page that calls one
bought over the counter a medicine sells it so (a_medicines_page)."""

from __future__ import annotations

import re

from anagen.products.ingredient_index import IngredientIndex
from anagen.products.label_pack_print import a_packs_print
from anagen.products.label_result import LabelAnalysis
from anagen.products.label_type_rules import NOT_A_MEDICINE
from anagen.products.label_words import AsciiCase
from anagen.wordscan import Scan, lowered

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
    """A medicine among the actives is one only a doctor gives by the page's route
    (finasteride, betamethasone, minoxidil tablets): a product that holds one is prescribed,
    though it holds others bought without a prescription (minoxidil solution) too."""
    drugs = [a.ingredient for a in out.actives if a.ingredient in index.drugs]
    route = route_of(text) if drugs else None
    return any(index.prescribed(d, route) for d in drugs)


# the medicines a cosmetic may also hold (an anti-dandruff shampoo's, a lash serum's)
COSMETIC_DRUGS = frozenset(
    ["pyrithione-zinc", "salicylic-acid", "azelaic-acid", "isopropyl-cloprostenate"]
)
# a grey-market "research chemical" ("For research use only. Not for human consumption"):
# sold as no medicine, whatever it holds
RESEARCH_ONLY = re.compile(
    r"\b(for (laboratory |lab )?research (use |purposes )?only|research use only|"
    r"not for human (consumption|use))\b",
    re.I,
)


def holds_a_drug(out: LabelAnalysis, index: IngredientIndex) -> bool:
    """Whether an active is a drug that no cosmetic may hold."""
    return any(
        a.ingredient in index.drugs and a.ingredient not in COSMETIC_DRUGS for a in out.actives
    )


def sold_as_a_medicine(text: str) -> bool:
    """Whether a page that states no class may be read as a medicine's: not a pack's own
    print, whose class was on the part torn off (label_pack_print), nor a seller's that
    disowns being a medicine or sells it "for research use only"."""
    return (
        not a_packs_print(text.lower())
        and NOT_A_MEDICINE_ANY_CASE.search(text) is None
        and RESEARCH_ONLY_ANY_CASE.search(text) is None
    )


# (on an ASCII page lower-cased, without re.I: label_words.AsciiCase)
NOT_A_MEDICINE_ANY_CASE = AsciiCase(NOT_A_MEDICINE)
RESEARCH_ONLY_ANY_CASE = AsciiCase(RESEARCH_ONLY)


# the page's word that what it sells is a medicine: "is a medicine used to treat", "Medicine
# Name:", "FDA-approved medication", "dieses Arzneimittels", "un medicamento", "ce médicament",
# "il medicinale", "geneesmiddel", "läkemedel", "lægemiddel", "legemiddel", "ilaç", "лекарство",
# "препарат", "医薬品", "药品". (Not "medicinal product not subject to medical prescription"
# or "a non-prescription treatment": tests/products/test_label_real31_rules and
# test_review33_rules keep those unknown.)
MEDICINE_WORD = re.compile(
    r"\b(medicines?|medications?|drugs?(?![- ]?(?:free|stores?)\b)|"
    # ... or by what only a medicine's page speaks of: "medicated shampoo", "active
    # pharmaceutical ingredient", "ask your physician or pharmacist", "side effects", in
    # English, German, French, Spanish, Italian and Portuguese
    r"medicated|pharmaceutical|pharmacists?|apotheker\w*|pharmacien\w*|farmac[\u00e9e]utic[oa]s?|"
    r"farmacist[ai]|side[- ]effects?|nebenwirkungen|effets (?:ind[\u00e9e]sirables|secondaires)|"
    r"efectos (?:secundarios|adversos)|effetti (?:collaterali|indesiderati)|efeitos (?:colaterais|adversos)|"
    r"arzneimittel\w*|medikament\w*|medicamentos?|m[\u00e9e]dicaments?|medicinal[ei]|farmac[io]|"
    r"geneesmiddel\w*|l[\u00e4a]kemedel\w*|l[\u00e6a]gemiddel\w*|legemiddel\w*|ila[\u00e7c]|"
    r"\u043b\u0435\u043a\u0430\u0440\u0441\u0442\u0432\w*|\u043f\u0440\u0435\u043f\u0430\u0440\u0430\u0442\w*)\b|\u533b\u85ac\u54c1|\u836f\u54c1|\u85e5\u54c1",
    re.I,
)
# (MEDICINE_WORD for a lower-case page, tried only where its words begin)
MEDICINE_WORD_LOWER = Scan(lowered(MEDICINE_WORD.pattern))


def names_a_medicine(text: str, lower: str | None = None) -> bool:
    """Whether MEDICINE_WORD matches `text` (`lower`: the text lower-cased, when the caller
    has it). An ASCII page is scanned lower-cased; lower-casing another may change its letters
    (the Turkish "\u0130la\u00e7")."""
    if not text.isascii():
        return MEDICINE_WORD.search(text) is not None
    return MEDICINE_WORD_LOWER.search(text.lower() if lower is None else lower) is not None


def a_medicines_page(out: LabelAnalysis, index: IngredientIndex, text: str) -> bool:
    """A page that states no class, holds a medicine no cosmetic may, none of its actives a
    prescription-only one (unstated_class), and calls what it sells a medicine (a shop's page
    of "a medicine used to treat hair loss", a drug database's "Medicine Name: Ketomac
    Shampoo", in any language): a medicine sold over the counter somewhere, as its makers
    sell it (or at a strength above any that trials used, "minoxidil 6%", mixed to a doctor's
    order: beyond_studied). A page silent on how it is sold ("Ketoconazole 2% shampoo") is
    settled the same way last (label_unstated_type)."""
    return holds_a_drug(out, index) and names_a_medicine(text) and sold_as_a_medicine(text)


def bought_without_prescription(out: LabelAnalysis, index: IngredientIndex, text: str) -> bool:
    """Whether the actives hold a medicine and every one is one the knowledge base has people
    buy without a prescription by the route the page's title names (minoxidil foam,
    ketoconazole shampoo): a leaflet's or a form's words that most often go with a prescription
    one (label_type_rules_weak) then state no class. (A vitamin's or iron's leaflet stays as
    read: a high dose is a licensed medicine, often a doctor's.)"""
    drugs = [a.ingredient for a in out.actives if a.ingredient in index.drugs]
    if not drugs or any(d in index.prescription_only for d in drugs):
        return False  # (a doctor's by every route: finasteride, dutasteride)
    route = route_of(text)
    return route is not None and all((d, route) in index.self_care_by_route for d in drugs)


PERCENT = re.compile(r"(\d+(?:\.\d+)?) ?%")


def beyond_studied(out: LabelAnalysis, index: IngredientIndex) -> bool:
    """An active at a percentage above the strongest any trial used: no licence covers it."""
    for a in out.actives:
        top = index.strongest_percent.get(a.ingredient)
        m = PERCENT.fullmatch(a.strength or "")
        if top is not None and m is not None and float(m.group(1)) > top:
            return True
    return False


def unstated_class(out: LabelAnalysis, index: IngredientIndex, text: str) -> str | None:
    """A page that states no class and names only medicines, one of which only a doctor
    gives by its route (a shop's or clinic's page of finasteride tablets, of oral minoxidil,
    of a compounded minoxidil and finasteride solution): a prescription one's. One of
    medicines also sold without a prescription (minoxidil 5% solution, ketoconazole shampoo)
    is settled later, once the other products' actives are gone (a_medicines_page)."""
    if not out.actives or not all(a.ingredient in index.drugs for a in out.actives):
        return None
    if not sold_as_a_medicine(text) or not prescribed(out, index, text):
        return None
    return "rx_drug"
