"""A product page that opens by saying what its one ingredient is: "Zinc is a trace element that
is essential for ...", "Zinc is an essential mineral ...". With no list, no panel and nothing
else read, the ingredient the first sentence is about is the product's own (a shop's blurb for
a single-ingredient product), with no amount. Or a sentence about the product by its generic
name, its one ingredient and its form: "Ketoconazole Shampoo is indicated for ...". Or a sentence
that says what the product is a combination of: "X is a combination of Minoxidil and Aminexil"."""

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


# ... or by the ingredient's name alone, as a drug guide's "Uses" opens: "Baricitinib is used to
# treat", "Minoxidil is indicated for" (the whole subject must then be the ingredient's name)
BARE_NAME = re.compile(r"[ \t]*([^\W\d_][\w\-]{0,40})", re.I)


def _subject_lines(text: str) -> list[tuple[int, int]]:
    """Where a line opens on what comes before one of SUBJECT_VERBS: (line start, verb)."""
    found = []
    for verb in SUBJECT_VERBS:
        at = text.find(verb)
        while at != -1:
            line_start = text.rfind("\n", 0, at) + 1
            if at - line_start <= 80:
                found.append((line_start, at))
            at = text.find(verb, at + 1)
    return found


def _named_subject(text: str) -> re.Match[str] | None:
    """A line's subject that is a generic name with its form, or else the bare name."""
    lines = _subject_lines(text)
    for name in (GENERIC_NAME, BARE_NAME):
        for start, at in lines:
            if m := name.fullmatch(text, start, at):
                return m
    return None


def defined_ingredient(text: str, index: IngredientIndex, out: LabelAnalysis) -> None:
    """With nothing read yet: the ingredient the text's first sentence defines, or a line's
    sentence names as the product's generic name, when its name is the whole subject."""
    if out.actives:
        return
    m = OPENS_ON_A_DEFINITION.match(text) or _named_subject(text)
    if m is None:
        return
    subject = m.group(1).strip()
    found = index.find_all(subject)
    if len(found) == 1 and found[0].matched == subject.lower() and not absent(subject, found[0]):
        add_active(out, found[0].slug, subject, None)


# A sentence that says what the product is made of, naming its medicines without amounts:
# "Minscalp Plus is a combination of Minoxidil and Aminexil which ...", "a fixed-dose
# combination of", in English, Spanish, French, Italian, Portuguese and German. The names run
# up to the clause's end or the words that go on to what it does.
COMBINATION_OF = re.compile(
    r"\b(?:is an? (?:fixed[- ]dose )?combination of|es una combinaci[\u00f3o]n de|"
    r"est une (?:association|combinaison) de|[\u00e8e] una combinazione di|"
    r"[\u00e9e] uma combina[\u00e7c][\u00e3a]o de|ist eine kombination (?:aus|von))"
    # ("a combination of two medicines: minoxidil and finasteride")
    r"(?:[ \t]+(?:two|three|2|3) (?:medicines|medications|drugs|active ingredients|actives)[ \t]*:?)?"
    r"([^.;:\n]{1,160}?)(?=[.;:\n]|\b(?:which|that|used|for|to|que|qui|che|die|der)\b|$)",
    re.I,
)
COMBINATION_HINTS = ("ombina", "ssociation")


def combination_named(text: str, index: IngredientIndex, out: LabelAnalysis) -> None:
    """The ingredients a "combination of" sentence names, each with no amount when none was
    read (a page with no list of its own, whose blurb is all it says of what it holds)."""
    if not any(h in text for h in COMBINATION_HINTS):
        return
    for m in COMBINATION_OF.finditer(text):
        for found in index.find_all(m.group(1)):
            if not absent(m.group(1), found):
                add_active(out, found.slug, m.group(1).strip(), None)
