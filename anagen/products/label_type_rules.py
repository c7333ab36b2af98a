"""The rules that show a label's product type, strongest first (label_type decides by the
first that fits), each with the words every match of it contains; and the other signs of a
type that label reads on its own (a kit item's prescription, "not a medicine"). The rules
are kept by theme in label_type_rules_regulatory, _prescription, _nonprescription and _weak,
joined here in that order."""

from __future__ import annotations

import re

import anagen.products.label_type_rules_nonprescription as nonprescription
import anagen.products.label_type_rules_prescription as prescription
import anagen.products.label_type_rules_regulatory as regulatory
import anagen.products.label_type_rules_weak as weak

# A label's word that it is no medicine, in English, Portuguese, Spanish, French, Italian,
# German, Polish ("nie stanowi produktu leczniczego"), Russian and Ukrainian
NOT_A_MEDICINE = re.compile(
    r"\bnot an? (medicine|drug|medicinal product)\b|n[\u00e3a]o [\u00e9e] (um )?medicamento|"
    r"no es un medicamento|n'est pas un m[\u00e9e]dicament|non [\u00e8e] un (farmaco|medicinale)|"
    r"kein arzneimittel|nie jest lekiem|nie (jest|stanowi) produkt(em|u) lecznicz|geen geneesmiddel|inte ett l\u00e4kemedel|nen\u00ed l\u00e9k|hindi gamot|"
    r"\u043d\u0435 \u044f\u0432\u043b\u044f\u0435\u0442\u0441\u044f \u043b\u0435\u043a\u0430\u0440\u0441\u0442\u0432\u0435\u043d\u043d|"
    r"\u043d\u0435 \u0454 \u043b\u0456\u043a\u0430\u0440\u0441\u044c\u043a",
    re.I,
)

# First rule that fits wins; strong signals come before ones several kinds share. Each rule
# with the words every match of it contains, when it is long enough to be worth a prefilter.
_RULES = [*regulatory.RULES, *prescription.RULES, *nonprescription.RULES, *weak.RULES]
TYPE_RULES = [(name, rule) for name, rule, _ in _RULES]
TABLET_PANEL_AT = next(
    i for i, (_, rule) in enumerate(TYPE_RULES) if rule.pattern.startswith(r"\beach (film")
)
# ... and the nutrients whose tablet is no prescription sign on a supplement's page (a mineral
# or vitamin named within the panel's line: "Each tablet contains 200mg dried ferrous sulfate")
NUTRIENT_TABLET = re.compile(
    r"each tablet contains[^\n.]{0,40}?\b(ferrous|iron|zinc|calcium|magnesium|selenium|iodine|"
    r"biotin|vitamin|niacin|riboflavin|thiamin)",
    re.I,
)

# A shampoo ("Shampoo", German "coffeinhaltiges Shampoo") with no class stated and no drug in
# it is a cosmetic; label.py asks this once the actives are known, as a torn carton of a drug
# shampoo states no class and stays unknown.
SHAMPOO = re.compile(r"\bshampoo", re.I)
# ... in Korean, Chinese, Japanese, Russian and Ukrainian (looked for in a text beyond ASCII)
SHAMPOO_IN_SCRIPTS = re.compile(
    "\uc0f4\ud478|\u6d17\u53d1\u6c34|\u6d17\u9aee\u6c34|\u30b7\u30e3\u30f3\u30d7\u30fc|\u0448\u0430\u043c\u043f\u0443\u043d",
    re.I,
)


def says_shampoo(text: str) -> bool:
    if text.isascii() and "shampoo" not in text.lower():
        return False  # (most labels: a str.find, not the search tried at every place)
    return SHAMPOO.search(text) is not None or (
        not text.isascii() and SHAMPOO_IN_SCRIPTS.search(text) is not None
    )


# A kit is typed by its most regulated item: one of its listed items said to need a
# prescription ("1) Finasteride 1 mg tablets - prescription medication") makes it one, though
# another item's Drug Facts box comes first.
KIT_ITEM_RX = re.compile(
    r"\b(prescription[- ](medications?|medicines?|drugs?|only)|rx only|dispensed by)\b", re.I
)
# For the long rules, words every match of them contains (by position in TYPE_RULES): a label
# with none of them skips that scan. A test holds each match to its words.
TYPE_MUST_CONTAIN = {i: frozenset(words) for i, (_, _, words) in enumerate(_RULES) if words}
