"""Sentences that give an ingredient's strength: "Each tablet contains 1 mg finasteride"."""

from __future__ import annotations

import re

from anagen.products.ingredient_index import Found, IngredientIndex
from anagen.products.label_blend import BLEND_HEAD
from anagen.products.label_entries import NUMBER_GOES_ON
from anagen.products.label_result import LabelAnalysis, add_active
from anagen.products.label_words import (
    A_WORD,
    ANOTHER_AMOUNT,
    NOT_AN_ABBREVIATION_BLANK,
    STRENGTH_WORDS,
    absent,
    advice_before,
    an_upsell,
    another_in_use,
    has_digit,
)
from anagen.products.strength import (
    Strength,
    first_strength,
    percents_read,
)

# not after an abbreviation (label_words), nor after leader dots ("Biotin ...... 10 mg"). The
# first blank comes first and the look-behinds after it (each with the blank), so that re skips
# ahead to a blank instead of trying the look-behinds at every place.
SENTENCE_END = re.compile(rf"\s(?<=[.;\n?!]\s){NOT_AN_ABBREVIATION_BLANK}(?<!\.\.\s)\s*")


# ",", "|" or a joining word between blanks (y, et, und: es, fr, de). The first character as a
# class, so that re skips ahead to one; a look-behind then tells which branch it began. A comma
# inside a number ("Blend 1,720 mg: Saw Palmetto") parts nothing, as in label_entries.
COMMA_OR_AND = re.compile(
    rf"[,|\s](?:(?<=\|)|(?<=,)(?!{NUMBER_GOES_ON})|(?<=\s)\s*(?:and|&|\+|plus|y|et|und)\s+)"
)


# an amount made a bound by the words after it: "0.9mg or less", "5 mg or more"
A_LIMIT = re.compile(r"[ \t]*or (?:less|more|fewer|lower|higher|under|over|above|below)\b", re.I)
# Before the amount, what makes it not this product's: an authority's advice ("EFSA's
# recommendations suggest 15 ug a day", "the Council recommends 5000iu"), a course of
# treatment's step ("followed by a maintenance dose of 1000iu"), a threshold ("at doses as low
# as 2 g per day"), a medicine given beside it ("in combination with tamsulosin (0.4 mg)").
# A label's own "recommended dose is one capsule (0.5 mg)" is its amount; a population's
# reference value ("The UK recommended daily intake of zinc is 10 mg", "the recommended dietary
# allowance") is not. (And the amounts
# label_words.ANOTHER_AMOUNT names: a study's dose, a Chinese leaflet's per bottle; and
# label_words.advice_before, an authority's advice in other languages.)
NOT_ITS_AMOUNT = re.compile(
    r"\brecommend(?:s|ations?)\b|\brecommended (?:daily |dietary )?(?:intakes?|allowances?)\b|"
    r"\b(?:maintenance|loading) doses?\b|"
    r"\bas (?:low|little|high|few) as\b|\bin combination with\b|" + ANOTHER_AMOUNT,
    re.I,
)
# one of two amounts to choose from ("the recommended dose will be either 2 mg or 4 mg", "1ml
# of 2% solution for women or 5% solution for men", "a 1 mg tablet daily, or a 2.5 mg one"):
# the strengths it comes in, neither of them the product's own
A_CHOICE = re.compile(
    r"[^.;\n]{0,40}?(?<![^ \t,])or[ \t]+(?:an? |the )?\d[\d.,]*[ \t]*(?:mg|mcg|\u00b5g|g|iu|%)(?![^\W\d_])",
    re.I,
)
# the amount of a blend, said just before the word: "785mg proprietary blend", "a 500 mg herbal
# complex of"
A_BLENDS_AMOUNT = re.compile(r"[ \t]*(?:proprietary |herbal )?(?:blend|complex|matrix)\b", re.I)


def read_prose(text: str, index: IngredientIndex, out: LabelAnalysis, add_new: bool) -> None:
    """Sentences such as "Each tablet contains 1 mg finasteride" or "a foam containing 5%
    minoxidil": a strength in a sentence naming one ingredient belongs to it."""
    if not add_new and all(a.strength is not None for a in out.actives):
        return  # a sentence may only give a known active its missing strength: none lacks one
    sentences = SENTENCE_END.split(text)
    for sentence in sentences:
        if sentence.rstrip().endswith("?"):
            # a question ("Can I keep my ketoconazole 2% shampoo?"); on a page whose lines run
            # on without a full stop, only its own line is the question
            sentence = sentence[: max(sentence.rfind("\n"), 0)]
        if not has_digit(sentence) or an_upsell(sentence):
            continue  # no amount in it, or another product's offer
        found = index.find_all(sentence)
        if not found:
            continue  # its clauses are parts of it, so none names an ingredient either
        if len(found) == 1:
            _prose_clause(sentence, index, out, add_new, found)
            continue
        for clause in COMMA_OR_AND.split(sentence):
            _prose_clause(clause, index, out, add_new)


def _on_a_line_of_its_own(clause: str, strength: Strength, index: IngredientIndex) -> bool:
    """The amount sits on a line that names something else ("Tocotrienol Complex 50 mg" under
    "Fo-Ti root"): it is that line's, not the ingredient's on another line."""
    start = clause.rfind("\n", 0, strength.start) + 1
    end = clause.find("\n", strength.end)
    line = clause[start : end if end >= 0 else len(clause)]
    return not index.find_all(line) and bool(A_WORD.search(STRENGTH_WORDS.sub("", line)))


# what an amount is "of": the few words after it, up to a comma, a bracket or a clause's end
AMOUNT_OF = re.compile(r"[ \t]+of[ \t]+([^\W\d_][^,;:()\n.]{0,40})", re.I)


def _of_another(clause: str, strength: Strength, slug: str, index: IngredientIndex) -> bool:
    """The amount is said to be of something that is not the ingredient: "Each mL contains
    23 mg of selenium sulfide in a vehicle ... and zinc pyrithione"."""
    m = AMOUNT_OF.match(clause, strength.end)
    if m is None or AN_EXTRACT.match(m.group(1)):
        # "320mg of extract (as soft extract) from Saw palmetto fruit": a herbal medicine's
        # amount is of its extract, which the words after name the plant of
        return False
    return all(f.slug != slug for f in index.find_all(m.group(1)))


AN_EXTRACT = re.compile(
    r"(?:(?:dry|dried|soft|thick|liquid|native|standardi[sz]ed) )?extract\b", re.I
)


def _prose_clause(
    clause: str,
    index: IngredientIndex,
    out: LabelAnalysis,
    add_new: bool,
    found: list[Found] | None = None,
) -> None:
    """`found`: what the clause names, when the caller has looked it up already."""
    # A clause only ever adds a strength: without a digit there is nothing to read.
    if not has_digit(clause) or len(clause.split()) < 2:
        return
    if found is None:
        found = index.find_all(clause)
    if len(found) != 1:
        return
    strength = first_strength(clause, percents_read(out.product_type, False, clause))
    if strength is not None and another_in_use(clause, strength.start):
        return
    if strength is not None and " or " in clause and A_LIMIT.match(clause, strength.end):
        return  # advice's bound ("taking 0.9mg or less a day is safe"), not this product's amount
    if strength is not None and (
        NOT_ITS_AMOUNT.search(clause, 0, strength.start) or advice_before(clause, strength.start)
    ):
        return
    if strength is not None and " or " in clause and A_CHOICE.match(clause, strength.end):
        return
    if strength is not None and "(" in clause and BLEND_HEAD.search(clause):
        return  # a blend's amount, its parts in the bracket after it
    if strength is not None and A_BLENDS_AMOUNT.match(clause, strength.end):
        return  # ... or named after it: "a 785mg proprietary blend containing Saw Palmetto"
    of_another = strength is not None and _of_another(clause, strength, found[0].slug, index)
    if of_another:
        # "23 mg of selenium sulfide in a vehicle of ... zinc pyrithione": the amount is not
        # zinc pyrithione's, which the sentence still names as what the product holds
        strength = None

    if strength is not None and "\n" in clause and _on_a_line_of_its_own(clause, strength, index):
        # that amount is another line's, but a line below may still give the name its own
        # ("Minoxin 2% ... lek" over "Sk\u0142ad: 1 ml p\u0142ynu zawiera 20 mg minoksydylu.")
        below = clause.find("\n", strength.end)
        if below >= 0:
            _prose_clause(clause[below + 1 :], index, out, add_new)
        return
    if absent(clause, found[0]):
        return
    slug = found[0].slug
    known = next((a for a in out.actives if a.ingredient == slug), None)
    if known is not None:
        if known.strength is None and strength is not None:
            add_active(out, slug, known.name_on_label, strength.value)
    elif add_new and (strength is not None or of_another):
        add_active(out, slug, clause.strip(), strength.value if strength else None)
