"""A section's entries read one by one: which known ingredient each names, with what strength,
and what else the label lists."""

from __future__ import annotations

import re

from anagen.products.ingredient_index import Found, IngredientIndex
from anagen.products.label_blend import BLEND_HEAD, has_blend, may_name_a_blend
from anagen.products.label_entries import (
    PANEL_ENTRY_AFTER_AMOUNT,
    PANEL_ENTRY_END,
    expand_and,
    name_start,
    one_entry_per_line,
    rejoin_wrapped,
    split_items,
)
from anagen.products.label_result import Active, LabelAnalysis, add_active, replace_strength
from anagen.products.label_text import Part, Section
from anagen.products.label_words import (
    A_WORD,
    CURRENCY,
    NOT_INGREDIENT,
    NOT_THE_PACKS_AMOUNT,
    STRENGTH_WORDS,
    TWO_LETTERS,
    absent,
    advice_before,
    an_upsell,
    another_in_use,
    has_digit,
    is_prose,
    prose_word_spans,
)
from anagen.products.strength import (
    Strength,
    find_strengths,
    first_strength,
    inside_brackets,
    mg_value,
    percents_read,
)

# How the second line of a name broken by a PDF copy begins ("Pumpkin Seed" / "Oil 500 mg"):
# a line that opens with a new name ("Tocotrienol Complex 50 mg") is an entry of its own.
NAME_ENDINGS = frozenset(
    [
        "oil",
        "extract",
        "seed",
        "seeds",
        "berry",
        "berries",
        "fruit",
        "root",
        "leaf",
        "leaves",
        "powder",
        "bark",
        "flower",
        "juice",
        "concentrate",
        "acid",
        "gluconate",
        "citrate",
        # the plant part or preparation in Italian, French, Spanish and German ("Serenoa
        # repens" / "frutti e.s. 320 mg")
        *("frutti", "frutto", "fruits", "fruto", "frutos", "frucht", "fr\u00fcchte"),
        *("semi", "graines", "semillas", "samen", "foglie", "feuilles", "hojas", "bl\u00e4tter"),
        *("radice", "racine", "ra\u00edz", "wurzel", "estratto", "extrait", "extracto", "extrakt"),
        *("olio", "huile", "aceite", "\u00f6l", "polvere", "poudre", "polvo", "pulver"),
    ]
)
# "equivalent to 106 mg iron", Australian "equiv. zinc 5 mg", Indian "eq. to elemental zinc",
# "corresponding to", German
# "entsprechend", French "équivalent à", Spanish/Italian "equivalente a"
EQUIVALENT_ITEM = re.compile(
    r"(equivalent|equiv\.|equiv\b|eq\.? to\b|corresponding to|providing|provides|entspr(icht|echend)|"
    r"[eé]quivalent(e)? [aà])",
    re.I,
)


# the pharmacopoeia a name is made to, cut from it by its comma: the name's line goes on
PHARMACOPOEIA = re.compile(r"(USP|BP|IP|EP|Ph\.?\s?Eur\.?|JP)", re.I)

LEADING_BRACKETS = re.compile(r"^(\([^()]*\)\s*)+")


def _name_goes_on(item: str) -> bool:
    """The second line of a broken name: "Oil 500 mg", "(berry) extract 320 mg"."""
    words = (
        LEADING_BRACKETS.sub("", item, count=1).split(maxsplit=1)
        if item[0] == "("
        else item.split(maxsplit=1)
    )
    return bool(words) and words[0].lower().strip(",.") in NAME_ENDINGS


# Words that carry a sentence on after a comma
CONJUNCTIONS = frozenset(["or", "and", "nor", "but"])


# a question in any language ("Minoxidil bhi chahiye?", "\u00bfTambi\u00e9n minoxidil?"): it asks about
# what the buyer might want, it names nothing the product holds
QUESTION = re.compile(r"[^\W\d_]\?(?:\s|$)")


def _not_prose(items: list[str]) -> list[str]:
    """Items less sentences, questions and the clauses that carry one on: "Do not take with JAK inhibitors
    such as baricitinib, or with immunosuppressants such as cyclosporine" names no ingredient
    of the product. A sentence goes whole, before an "and" in it could cut it in two ("Works
    with your biotin gummies & caffeine shampoo")."""
    kept: list[str] = []
    in_sentence = False
    for item in items:
        if (
            is_prose(item)
            or ("?" in item and QUESTION.search(item))
            or (in_sentence and item.split(maxsplit=1)[0] in CONJUNCTIONS)
        ):
            in_sentence = True
        else:
            kept.append(item)
            in_sentence = False
    return kept


def _smaller(value: str, than: str | None) -> bool:
    """Both masses in mg, the first less: an element's share of its salt."""
    a, b = mg_value(value), mg_value(than or "")
    return a is not None and b is not None and a < b


def _element_row(out: LabelAnalysis, found: Found, value: str) -> bool:
    """A row under the element's own name (a mineral's slug is its element) with less than
    the salt's mass read before it for the same ingredient."""
    known = next((a for a in out.actives if a.ingredient == found.slug), None)
    return (
        known is not None
        and found.matched == found.slug
        and found.matched not in known.name_on_label.lower()
        and _smaller(value, known.strength)
    )


def _another_substance(item: str, slug: str, index: IngredientIndex) -> bool:
    """An equivalence line that names something besides its amount, and not the ingredient
    above it ("providing Linoleic Acid 1000 mg" under pumpkin seed oil)."""
    rest = STRENGTH_WORDS.sub("", EQUIVALENT_ITEM.sub("", item, count=1))
    return bool(A_WORD.search(rest)) and all(f.slug != slug for f in index.find_all(item))


# "The other ingredients are ethanol, propylene glycol and purified water.": a list
NAMES_A_LIST = re.compile(
    r"\b(ingredients?|excipients?|components?) (are|is|include)\b|\bcontains?\b", re.I
)


# a sentence's end with the numbers of the references it cites: ".1-14", ".3,5", ". [12]"
# (after a word: "2.5" is a number)
REFERENCES = re.compile(
    r"(?<=[^\W\d_])\.[ \t]*(?:\d{1,3}(?:[-\u2013,]\d{1,3})*|\[\d{1,3}(?:[-\u2013,]\d{1,3})*\])$"
)


def _sentence_line(line: str) -> bool:
    """A line of eight words or more that ends with a full stop, names no list (no colon, fewer
    than three commas: "It also contains water, ethanol, glycerol and lactic acid." is one) and
    holds two ordinary sentence words at least."""
    line = line.strip()
    if line[-1:].isdigit() or line.endswith("]"):
        # an article's reference numbers after the full stop ("... wound healing.1-14", "[3]")
        line = REFERENCES.sub(".", line)
    return (
        line.endswith(".")
        and ":" not in line
        and line.count(",") < 3
        and not NAMES_A_LIST.search(line)
        and len(line.split()) >= 8
        and len(prose_word_spans(line)) >= 2
    )


# (a cheap test first: every word NOT_THE_PACKS_AMOUNT finds holds one of these, in any case
# but their first letter's)
STUDY_HINTS = ("tud", "TUD", "rial", "RIAL", "esearch", "ESEARCH", "articipant", "ARTICIPANT")
STUDY_HINTS += ("\u6bcf\u74f6", "\u6bcf\u652f")


def _a_study_line(line: str) -> bool:
    """A line that names a study, trial or its participants before an amount (not a heading's
    list: "Clinically tested in studies: Biotin 5000 mcg")."""
    m = NOT_THE_PACKS_AMOUNT.search(line)
    return m is not None and ":" not in line and has_digit(line[m.end() :])


# a page that opens on a name and what it is: "Saw Palmetto (Serenoa repens) \u2014 a low-growing
# palm that grows in ..."; a name is a few words, a definition opens on an article in lower
# case (not "Regaine \u2014 Minoxidil 5% Foam", a title's own second half)
GLOSSED_TITLE = re.compile(r"([^\n.:;,]{3,60}?)[ \t]+\u2014[ \t]+(?=(?:a|an|the) )")


def _title_of_a_gloss(text: str) -> str:
    """The first line's name on a line of its own, an entry; the sentence after its dash on
    the next, read as a sentence as before."""
    m = GLOSSED_TITLE.match(text)
    if m is None or len(m[1].split()) > 6:
        return text
    return f"{m[1]}\n{text[m.end() :]}"


# the comma-separated lists a page may wrap mid-name
WRAPPED_LISTS = frozenset([Section.INGREDIENTS, Section.INACTIVE, Section.OTHER, Section.KIT])


def read_items(
    part: Part, index: IngredientIndex, out: LabelAnalysis, has_active_section: bool
) -> None:
    in_panel = part.section in (Section.ACTIVE, Section.PANEL)
    composition = in_panel or part.section is Section.INGREDIENTS
    # (a kit's other product is read whatever the first one's label says)
    actives_here = (
        in_panel
        or part.section is Section.KIT
        or (not has_active_section and part.section in (Section.INGREDIENTS, Section.PREAMBLE))
    )
    # Active lines and panels keep commas inside a name ("Minoxidil, USP 2% w/v"); a panel
    # written on one line ends each entry with a full stop.
    text = part.text
    if part.section is Section.PREAMBLE and part.start == 0 and " \u2014 " in text:
        text = _title_of_a_gloss(text)
    if (in_panel or part.section is Section.PREAMBLE) and actives_here and ". " in text:
        text = PANEL_ENTRY_END.sub("\n", text)
    if in_panel and ", " in text:
        text = PANEL_ENTRY_AFTER_AMOUNT.sub(r"\1\n", text)
    if part.section is Section.PANEL:
        text = one_entry_per_line(text)
    if part.section in WRAPPED_LISTS and "\n" in text:
        text = rejoin_wrapped(text)
    if not in_panel and "." in text:
        # a line that is a whole sentence ("Do not take indigestion remedies, or medicines
        # containing zinc, at the same time") is left to the sentence reading, not cut at commas
        text = "\n".join(line for line in text.split("\n") if not _sentence_line(line))
    if (
        part.section is Section.PREAMBLE
        and any(w in text for w in STUDY_HINTS)
        and NOT_THE_PACKS_AMOUNT.search(text)
    ):
        # "In both trials, subjects received either Leqselvi 8 mg, deuruxolitinib 12 mg or a
        # placebo": a study's doses, left to the sentence reading (which skips them) before its
        # commas cut it into entries
        text = "\n".join(line for line in text.split("\n") if not _a_study_line(line))
    items = split_items(text, ";\n|" if in_panel else ",;\n|")
    if not in_panel:
        items = _not_prose(items)  # sentences, read by label_prose
    if not actives_here:
        # no entry here is an active: the reading below would keep each as an other
        # ingredient, as this does without trying it as a blend, an amount or a name
        out.other_ingredients += [
            item
            for item in expand_and(items, index)
            if len(item) <= 120 and TWO_LETTERS.search(item)
        ]
        return
    if any(c in text for c in CURRENCY):
        # "Add our Finasteride 0.3% + Minoxidil 6% Spray for $25": another product, before its
        # "+" makes two items of it
        items = [i for i in items if not an_upsell(i)]
    # (the items are this text's pieces: none names a blend when it has no word a blend needs)
    blends = may_name_a_blend(text)
    last: Active | None = None
    above: str | None = None  # the item before, when it gave no amount
    in_blend = False  # the item before was a blend's
    depth = 0  # brackets a blend's item opened that its parts have not closed yet
    for item in expand_and(items, index):
        if len(item) > 20 and (another_in_use(item) or an_upsell(item)):
            # "Better than my minoxidil 5% foam", "Add Finasteride Spray for $25/mo": another
            # product, not an ingredient
            continue
        # (a blend's heading has its bracket: "Hair Complex 520 mg (")
        head = blends and "(" in item and BLEND_HEAD.search(item) is not None
        if blends and (has_blend(item) or head or (in_blend and (item[0] in "([" or depth))):
            # its amount is the whole blend's, not any one part's; its parts may follow in
            # brackets on the lines below ("Herbal Blend 600 mg" / "(Bhringraj [Eclipta alba]...")
            # or in a bracket the list's commas cut ("Hair complex 520 mg (saw palmetto, ...)")
            _blend(item, index, out)
            depth = max(0, (depth if in_blend else 0) + item.count("(") - item.count(")"))
            last, in_blend = None, True
            continue
        in_blend = False
        if _bracketed_list(item, index, out):
            last = None
            continue
        # Only a would-be active has a strength worth reading (`last` is set only there too);
        # outside a panel, with no entry above to give it to, only a known name's is read
        now = in_panel or last is not None
        strength = (
            first_strength(item, percents_read(out.product_type, composition, item))
            if now
            else None
        )
        if strength and last is not None and EQUIVALENT_ITEM.match(item):
            # "ferrous fumarate 322 mg, equivalent to 106 mg iron": the iron itself; but not
            # "providing Linoleic Acid 1000 mg", a part of another name
            if _smaller(strength.value, last.strength) and not _another_substance(
                item, last.ingredient, index
            ):
                replace_strength(out, last.ingredient, strength.value)
            continue
        if (
            strength
            and last is not None
            and last.strength is None
            and (
                not A_WORD.search(STRENGTH_WORDS.sub("", item))
                or (in_panel and _name_goes_on(item) and not index.find_all(item))
            )
        ):
            # the amount stands on its own line under the name, or on the name's second line
            add_active(out, last.ingredient, last.name_on_label, strength.value)
            last = None
            continue
        found = index.find(item)
        if not found and in_panel and strength and above is not None and _name_goes_on(item):
            # a name broken over two lines by a PDF copy: "Pumpkin Seed" / "Oil 500 mg *"
            found = index.find(f"{above} {item}")
            if found:
                if above in out.unrecognized:
                    out.unrecognized.remove(above)
                item = f"{above} {item}"
        if not found and last is not None and strength is None and PHARMACOPOEIA.fullmatch(item):
            continue  # "Triamcinolone Acetonide Injectable Suspension, USP" / "10 mg/mL"
        above = item if strength is None else None
        if found and absent(item, found):
            continue  # "No minoxidil", "Minoxidil-free": what the product does not contain
        if found:
            if not now:
                strength = first_strength(item, percents_read(out.product_type, composition, item))
            strength = own_amount(item, found, strength)
            if strength is not None and (
                NOT_THE_PACKS_AMOUNT.search(item, 0, strength.start)
                or advice_before(item, strength.start)
            ):
                strength = None  # a study's dose, a whole bottle's content, advice
            if (
                strength is not None
                and found.slug in index.minerals
                and _element_row(out, found, strength.value)
            ):
                # "Ferrous Sulfate 325 mg" above "Iron 65 mg": the element's own row gives what
                # the mineral's file is about, as an "equivalent to" line does
                replace_strength(out, found.slug, strength.value)
            add_active(out, found.slug, item, strength.value if strength else None)
            last = next(a for a in out.actives if a.ingredient == found.slug)
            continue
        last = None
        if in_panel:
            # a would-be active we cannot identify: worth showing, never guessed; a sentence
            # about the ingredients ("no dosages are listed on their website") is none
            if (
                not NOT_INGREDIENT.match(item)
                and A_WORD.search(STRENGTH_WORDS.sub("", item))
                and not is_prose(item)
            ):
                out.unrecognized.append(item)
        elif TWO_LETTERS.search(item) and len(item) <= 120:
            out.other_ingredients.append(item)


BRACKETED = re.compile(r"[(\[]([^()\[\]]*,[^()\[\]]*)[)\]]")


def _bracketed_list(item: str, index: IngredientIndex, out: LabelAnalysis) -> bool:
    """ "Hair Growth Complex 400 mg (Saw Palmetto, Pumpkin Seed Oil)", "Serum (Biotin,
    Caffeine)": a bracket listing two or more ingredients names parts whose own amounts the
    label does not give; a name outside the brackets keeps its strength."""
    m = BRACKETED.search(item) if "," in item else None
    if m is None:
        return False
    parts = [(piece, index.find_all(piece)) for piece in split_items(m.group(1), ",")]
    if len({f.slug for _, found in parts for f in found}) < 2:
        return False  # "Vitamin D (as cholecalciferol, D3)": one ingredient, named twice
    outside = f"{item[: m.start()]} {item[m.end() :]}"
    named = index.find_all(outside)
    if named:
        strength = first_strength(outside)
        add_active(out, named[0].slug, item, strength.value if strength else None)
    for piece, found in parts:
        for f in found:
            add_active(out, f.slug, piece, None)
    return True


def _blend(item: str, index: IngredientIndex, out: LabelAnalysis) -> None:
    """ "Proprietary Blend 1,612 mg: Saw Palmetto Extract, Curcumin...": each known part is an
    active whose own amount the label hides."""
    for piece in split_items(item, ",:"):
        for found in index.find_all(piece):
            add_active(out, found.slug, piece, None)


def own_amount(item: str, found: Found, strength: Strength | None) -> Strength | None:
    """When another amount comes first on the line, the known name's own amount is the one
    next to it: after it where names come first ("Coal Tar 1.0% Salicylic Acid 0.5%"), or just
    before it ("Scalp Serum 2% Capixyl 1% Caffeine")."""
    if strength is None:
        return None
    start = name_start(item.lower(), found)
    # a salt named in brackets ("Iron 18 mg (as ferrous bisglycinate 90 mg)") is what the
    # amount before the brackets comes from, not a name with an amount of its own
    if start is None or start <= strength.start or inside_brackets(item, start):
        return strength
    amounts = find_strengths(item)
    before = [s for s in amounts if 0 <= start - s.end <= 3]
    after = [s for s in amounts if 0 <= s.start - start <= len(found.matched) + 25]
    if item[:1].isalpha() and after:
        return after[0]
    if before and inside_brackets(item, before[-1].start):
        # "625 mcg (25,000 IU) Vitamin D": the bracket's is the same amount in another unit;
        # the one printed first, before the bracket, is the strength
        outer = [t for t in amounts if item[t.end : before[-1].start].strip() == "("]
        if outer:
            return outer[-1]
    return before[-1] if before else strength
