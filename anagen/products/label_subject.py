"""A product page that opens by saying what its one ingredient is: "Zinc is a trace element that
is essential for ...", "Zinc is an essential mineral ...". With no list, no panel and nothing
else read, the ingredient the first sentence is about is the product's own (a shop's blurb for
a single-ingredient product), with no amount."""

from __future__ import annotations

import re

from anagen.products.ingredient_index import IngredientIndex
from anagen.products.label_result import LabelAnalysis, add_active
from anagen.products.label_words import absent

# the page's first words: a name of a word or a few, then "is a" / "is an" (a definition)
OPENS_ON_A_DEFINITION = re.compile(r"\s*([^\W\d_][\w\- ]{0,40}?)[ \t]+is an?[ \t]", re.I)


def defined_ingredient(text: str, index: IngredientIndex, out: LabelAnalysis) -> None:
    """With nothing read yet: the ingredient the text's first sentence defines, when its name
    is the sentence's whole subject."""
    if out.actives:
        return
    m = OPENS_ON_A_DEFINITION.match(text)
    if m is None:
        return
    subject = m.group(1).strip()
    found = index.find_all(subject)
    if len(found) == 1 and found[0].matched == subject.lower() and not absent(subject, found[0]):
        add_active(out, found[0].slug, subject, None)
