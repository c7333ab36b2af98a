"""A page with no ingredient list and no active-ingredient section that says in a sentence what
the product is made of ("Tugain 5 solution contains Minoxidil, a vasodilator", "our shampoo is
made with ketoconazole"): what the verb names is the product's, with no strength (a strength
in the sentence is label_prose's, one in the title label_units'). The entry reading already
takes short clauses ("This serum contains biotin, caffeine and rosemary oil"); a sentence of
five words or more is prose there and came to no reading that takes a name without an amount."""

from __future__ import annotations

import re

from anagen.products.ingredient_index import IngredientIndex
from anagen.products.label_result import LabelAnalysis, add_active
from anagen.products.label_words import absent, an_upsell

# The product said to hold something, as a finite verb of one subject: "contains", "is made
# with", "formulated with". Not "containing" ("other medicines containing minoxidil", a
# warning's) and not the plural "contain" ("foods that contain zinc"), which name other things.
VERBS = (
    "contains",
    "made with",
    "formulated with",
    "infused with",
    "enriched with",
    "fortified with",
    "powered by",
)
# Run on the text lower-cased, the verb first, so that re skips ahead to its first letters.
MADE_OF = re.compile(
    rf"(?:{'|'.join(VERBS)})"
    r"[ \t]+(?:(?:the|an?|its|our|pure|natural|active|clinically[- ]proven|"
    r"ingredients?|such as|like)[ \t]+){0,3}"
)
ANY_CASE = re.compile(MADE_OF.pattern, re.I)
# what the sentence's subject may not be: someone else's product, a food, a warning's object
OTHER_SUBJECT = re.compile(
    r"\b(?:other|another|any|some|many|most|foods?|diets?|products that|medicines? that|"
    r"do not|don't|avoid|if you|unlike|whereas|if)\b",
    re.I,
)
# each verb in the cases a page prints it in (a cheap test before the pattern)
VERB_HINTS = tuple(form for verb in VERBS for form in (verb, verb.capitalize(), verb.upper()))
SENTENCE = re.compile(r"[^.!?\n]+")
REACH = 60  # (the names after the verb, as far as a short list of them runs)


def composition_sentences(text: str, index: IngredientIndex, out: LabelAnalysis) -> None:
    """Adds, with no strength, each ingredient a sentence says the product is made of."""
    if not any(w in text for w in VERB_HINTS):
        return  # (most pages: a few substring tests, not the pattern)
    lower, verbs = text.lower(), MADE_OF
    if len(lower) != len(text):
        lower, verbs = text, ANY_CASE  # (a letter lowered to two, as "\u0130", shifts places)
    for m in verbs.finditer(lower):
        if m.start() and (lower[m.start() - 1].isalnum() or lower[m.start() - 1] == "-"):
            continue  # the verb's letters end another word
        start = max(text.rfind(c, 0, m.start()) for c in ".!?\n") + 1
        rest = SENTENCE.match(text, m.end())
        stop = m.end() + (len(rest[0]) if rest else 0)
        end = min(stop, m.end() + REACH)
        subject, named = text[start : m.start()], text[start:end]
        if text[stop : stop + 1] == "?" or OTHER_SUBJECT.search(subject) or an_upsell(named):
            continue  # a question, another product's or a food's contents, an offer
        names = text[m.end() : end]
        for found in index.find_all(names):
            if not absent(named, found) and all(a.ingredient != found.slug for a in out.actives):
                add_active(out, found.slug, _as_printed(names, found.matched), None)


def _as_printed(names: str, matched: str) -> str:
    """The name as the page prints it ("Minoxidil"), or the words after the verb when the
    index matched a folded spelling of it."""
    at = names.lower().find(matched)
    return names[at : at + len(matched)] if at >= 0 else names.strip()
