"""A product page that opens by saying what its one ingredient is: "Zinc is a trace element that
is essential for ...", "Zinc is an essential mineral ...". With no list, no panel and nothing
else read, the ingredient the first sentence is about is the product's own (a shop's blurb for
a single-ingredient product), with no amount. Or a sentence about the product by its generic
name, its one ingredient and its form: "Ketoconazole Shampoo is indicated for ..."."""

from __future__ import annotations

import re

from anagen.products.ingredient_index import IngredientIndex
from anagen.products.label_result import LabelAnalysis, add_active
from anagen.products.label_words import absent

# the page's first words: a name of a word or a few, then "is a" / "is an" (a definition)
OPENS_ON_A_DEFINITION = re.compile(r"\s*([^\W\d_][\w\- ]{0,40}?)[ \t]+is an?[ \t]", re.I)


# a sentence that opens a line on the product's generic name: an ingredient and a form, then
# what it is for ("Ketoconazole Shampoo is indicated for", "Minoxidil Topical Solution is used to");
# the verb found first, then the line's words before it matched whole
SUBJECT_VERBS = (" is indicated", " are indicated", " is used", " are used")
GENERIC_NAME = re.compile(
    r"[ \t]*([^\W\d_][\w\- ]{0,40}?)[ \t]+(?:topical[ \t]+)?(?:shampoo|cream|lotion|ointment|gel|foam|"
    r"solution|tablets?|capsules?)",
    re.I,
)


def _generic_name(text: str) -> re.Match[str] | None:
    for verb in SUBJECT_VERBS:
        at = text.find(verb)
        while at != -1:
            line_start = text.rfind("\n", 0, at) + 1
            if at - line_start <= 80 and (m := GENERIC_NAME.fullmatch(text, line_start, at)):
                return m
            at = text.find(verb, at + 1)
    return None


def defined_ingredient(text: str, index: IngredientIndex, out: LabelAnalysis) -> None:
    """With nothing read yet: the ingredient the text's first sentence defines, or a line's
    sentence names as the product's generic name, when its name is the whole subject."""
    if out.actives:
        return
    m = OPENS_ON_A_DEFINITION.match(text)
    if m is None:
        m = _generic_name(text)
    if m is None:
        return
    subject = m.group(1).strip()
    found = index.find_all(subject)
    if len(found) == 1 and found[0].matched == subject.lower() and not absent(subject, found[0]):
        add_active(out, found[0].slug, subject, None)
