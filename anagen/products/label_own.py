"""The product's own text on a label that gives its composition: the title lines above it, the
composition itself (an ingredient list, an actives block, a facts panel), and not the rest of
the page. A shop's page goes on under headings of its own in every language ("Complétez votre
routine :", "Produse similare:", "Buyer show:"): what only those name is not in this product.

The rule keys on the page's shape, not on a list per language: a line opening with a short
heading and a colon starts another block unless the heading names the composition (one table
of such words below, in many languages) or a row of it ("Biotin: 5000 mcg", "Serving size: 2").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from anagen.products.ingredient_index import IngredientIndex
from anagen.products.label_entries import split_items
from anagen.products.label_result import Active, LabelAnalysis
from anagen.products.label_sections import Section
from anagen.products.label_shape import UNTICKED, an_inci_list, negated
from anagen.products.label_text import Part
from anagen.products.label_words import NEGATIONS, absent
from anagen.wordscan import ascii_branches, by_first_character

# The headings of a label's own composition, opening the heading before its colon: in English,
# French, Spanish, Portuguese, Italian, German, Dutch, the Nordic languages, Polish, Czech,
# Slovak, Romanian, Hungarian, Turkish, Greek, Russian, Ukrainian, Bulgarian, Vietnamese, Thai,
# Indonesian and Malay, Chinese, Japanese, Korean, Arabic and Hebrew; in lower case.
COMPOSITION_WORDS = (
    r"ingredients?|ingr[ée]dients?|ingredientes?|ingredienti|ingrediënten|ingredienser|"
    r"inci|actives?|active (ingredients?|substances?)|raw materials?|formula(tion)?|"
    r"supplement facts|drug facts|composition|principes? actifs?|substances? actives?|"
    # what a product or kit holds: "Contains:", "Also included in the box:", "Contient :",
    # "Enthält:", Greek "Περιέχει επίσης:" (the words label_headers_intl
    # reads as a list of the product's own too)
    r"contain\w*|contien\w*|contém|enthält|bevat|obsahuje|zawiera|περιέχ\w*|"
    r"inclu\w*|contents|in (the|your|this) (box|kit|bundle)|"
    r"composici[óo]n|principios? activos?|f[óo]rmula|composi[çc][ãa]o|"
    r"princ[íi]pios? ativos?|subst[âa]ncias? ativas?|composizione|principi[oi]? attiv[oi]|"
    r"zusammensetzung|inhaltsstoffe|wirkstoffe?|zutaten|samenstelling|werkzame stof(fen)?|"
    r"sammansättning|sammensætning|innehåll|indhold|innhold|"
    r"skład(niki)?|substancj[ae] czynn[ae]|složení|zloženie|lé?[čc]iv[áa] látka|"
    r"účinn[áa] látka|compozi[țţ]ie|substan[țţ]a activ[ăa]|"
    r"ingrediente active|összetétel|hatóanyag|bileşim|içindekiler|"
    r"σύνθεση|συστατικά|"
    r"δραστική ουσία|"
    r"состав|склад|състав|"
    r"ингредиенты|інгредієнти|"
    r"(действующ|активн|діюч)\w* (веществ|речовин|компонент)\w*|"
    r"thành phần|hoạt chất|"
    r"ส่วนประกอบ|ส่วนผสม|สารสำคัญ|"
    r"komposisi|bahan aktif|bahan-bahan|kandungan|"
    r"成分|成份|配料|原料|原材料|全成分|有効成分|有效成分|"
    r"전?성분|주성분|원재료명|"
    r"المكونات|الم(ادة|واد) الفعال(ة)?|التركيب(ة)?|"
    r"רכיבים|מרכיבים|חומר פעיל|הרכב"
)
# (searched in lower-case text without re.I, several times faster; a word or two may come
# before one: "Key ingredients", "Main raw materials", "All ingredients"; only where it begins
# is read, so its words are gathered by their first letters: wordscan.by_first_character)
COMPOSITION_HEADING = re.compile(by_first_character(rf"(?:{COMPOSITION_WORDS})(?!\w)"))
# ... and for an ASCII heading (most), without the words it cannot hold
COMPOSITION_HEADING_ASCII = re.compile(
    by_first_character(rf"(?:{'|'.join(ascii_branches(COMPOSITION_WORDS))})(?!\w)")
)
# A line opening with a heading of a few words before its colon, after any bullet or dash
# ("Vu avec :", "Buyer show:", "Đánh giá:"); not a web address's "https:"
LABELLED = re.compile(
    r"[ \t*>(\[\-\u2010-\u2015\u2022\u25a0-\u25cf\u2713\u2714\u3010]*([^\W\d_][^:\n]{0,60}?)[ \t]*:(?!//)"
)
# the sections label_text finds that hold the product's own make-up
OWN_SECTIONS = frozenset(
    [
        Section.ACTIVE,
        Section.PANEL,
        Section.INGREDIENTS,
        Section.INACTIVE,
        Section.OTHER,
        Section.KIT,
        Section.STRENGTHS,
    ]
)
# the sections that give the composition itself (a panel only as its line's heading)
COMPOSITIONS = frozenset([Section.ACTIVE, Section.INGREDIENTS, Section.PANEL])
OTHERS = frozenset([Section.OTHER_PRODUCTS, Section.REVIEWS, Section.STOPPED, Section.FREE_FROM])


@dataclass(frozen=True)
class Split:
    own: str
    other: str
    title: str = ""  # the own lines above the composition: the name, the blurb
    later: str = ""  # the other lines below the composition's start: cross-sells, reviews


class _Walk:
    """Where a walk down the label's lines is."""

    def __init__(self) -> None:
        self.mine = True  # whether the lines below (without a heading) are the product's
        self.in_composition = False  # a composition has begun: the title lines are above
        self.pending = False  # a composition heading with nothing after its colon: items follow
        self.wrapped = False  # the line above ended mid-list (a comma)
        # a list written on its heading's line ("Ingredients: Aqua, Biotin, Parfum"): a line
        # below goes on with it only as more of the list
        self.on_its_line = False
        # a composition that is one name on its heading's line ("Active substance(s):
        # KETOCONAZOLE", a drug index's field): a blank line ends it, and the page below is
        # read as the lines above a composition are (a field such as "PDF options: ..." is
        # only itself, not the start of another product's block)
        self.one_name = False


A_LETTER_OR_DIGIT = re.compile(r"[^\W_]")


def own_and_other(text: str, parts: list[Part], index: IngredientIndex) -> Split | None:
    """The label's own lines and the rest, or None when it gives no composition (then every
    line may be its own). `text`: the normalised label the parts were cut from."""
    # the lines the sections begin on (a header's part begins after it: at its line's end,
    # or at the next line's start)
    opens = {text.count("\n", 0, max(p.start - 1, 0)) for p in parts if p.section in OWN_SECTIONS}
    closes = {
        text.count("\n", 0, max(p.start - 1, 0))
        for i, p in enumerate(parts)
        if p.section in OTHERS and not _list_goes_on(parts, i)
    }
    # (a drug index's collapsed "- ACTIVE INGREDIENT" heading, nothing under it, gives none)
    has_composition = any(
        p.section in COMPOSITIONS and p.opens_line and A_LETTER_OR_DIGIT.search(p.text)
        for p in parts
    )
    own: list[str] = []
    other: list[str] = []
    title = 0  # how many own lines come before the composition
    later: list[str] = []
    walk = _Walk()
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if not line.strip():
            if walk.one_name:
                walk.one_name = walk.in_composition = False
            if not walk.in_composition:
                walk.mine = True  # a heading's items above the composition end at a blank line
            continue
        head = LABELLED.match(line) if ":" in line else None
        heading = head is not None and (
            _composition_heading(head.group(1)) or _composition_heading(_opening(line, head))
        )
        # a full INCI list is the composition whatever its heading's language, and so is a
        # heading over rows of amounts ("Each 100 ml is prepared from:" / "Herb ... 10 g")
        heading = (
            heading
            or (line.count(",") >= 5 and an_inci_list(line))
            or (head is not None and line.rstrip().endswith(":") and _rows_below(lines, i))
            # (every box sign is beyond ASCII: an ASCII line, most, begins with none)
            or (
                head is None
                and not line.isascii()
                and BOXED.match(line) is not None
                and _items_below(lines, i)
            )
        )
        has_composition = has_composition or heading
        ours = _line_is_ours(line, head, heading or i in opens, walk, index)
        (own if ours else other).append(line)
        if not ours and walk.in_composition:
            later.append(line)
        if ours and not walk.in_composition:
            title = len(own)
        walk.wrapped = line.rstrip().endswith((",", "-"))
        if i in closes:
            walk.mine = False
    if not has_composition:
        return None
    return Split("\n".join(own), "\n".join(other), "\n".join(own[:title]), "\n".join(later))


def _list_goes_on(parts: list[Part], at: int) -> bool:
    """A free-from line within the product's own list, the list going on right below it
    ("Contains no proprietary blend." / "Saw palmetto 300 mg": label_text.sections)."""
    part = parts[at]
    after = parts[at + 1] if at + 1 < len(parts) else None
    return (
        part.section is Section.FREE_FROM
        and after is not None
        and after.section in OWN_SECTIONS
        and after.start == part.start + len(part.text)
    )


def _line_is_ours(
    line: str, head: re.Match[str] | None, opens: bool, walk: _Walk, index: IngredientIndex
) -> bool:
    rest = line[head.end() :].strip() if head is not None else ""
    if opens or (head is not None and walk.pending):
        # a composition's heading, or a subheading right under one ("Each tablet contains:" /
        # "Extracts of:")
        walk.mine = walk.in_composition = True
        walk.pending = head is not None and not rest
        walk.on_its_line = _two_list_commas(rest)
        walk.one_name = bool(rest) and ONE_NAME.fullmatch(rest) is not None
        return True
    walk.pending = False
    walk.one_name = False
    if head is not None:
        if _a_row(head.group(1), rest, index) and not _products_after(head.group(1), rest, walk):
            return walk.mine
        if not rest and walk.in_composition and walk.mine and not walk.on_its_line:
            walk.pending = True  # a panel's subheading, its rows below ("Vitamins:")
            return True
        if walk.in_composition or not rest:
            walk.mine = False  # another block: what follows it is not the product's either
        return False  # (above the composition, a line such as "Brand: X" is only itself)
    if (
        walk.in_composition
        and walk.mine
        and not walk.wrapped
        and (_a_sentence(line) or (walk.on_its_line and not _more_of_a_list(line)))
    ):
        # a sentence after the list, or a line after a list given on its heading's line
        # ("Sans minoxidil.", "Không chứa minoxidil"): the page again
        walk.mine = False
    return walk.mine


# a name alone: letters, blanks and hyphens, no amount and no list
ONE_NAME = re.compile(r"[^\W\d_][^\W\d_ \t-]*(?:[ \t-]+[^\W\d_]+){0,3}")


def _products_after(heading: str, rest: str, walk: _Walk) -> bool:
    """A long heading after a list given on its heading's line, with amounts after its colon:
    a shop's "customers who bought this also bought: Serum 5 % · Oil 30 ml", not a row of
    the list (the length alone would make it a sentence with a colon in it)."""
    return (
        walk.in_composition
        and walk.on_its_line
        and len(heading.split()) > 8
        and AMOUNT.search(rest) is not None
    )


# a row of a table: a name, then an amount at the line's end ("Amla (Emblica) fr. ..... 5 g")
ROW = re.compile(r"[^\W\d_].*\d\s*(%|[^\W\d_]{1,3})\.?\s*$")


def _rows_below(lines: list[str], at: int) -> bool:
    """Three or more rows of amounts right under a line: a table of what the product holds."""
    rows = lines[at + 1 : at + 4]
    return len(rows) == 3 and all(ROW.match(row.strip()) for row in rows)


# a heading set off by a box or a bracket rather than a colon ("■ This order", "【処方】")
BOXED = re.compile(r"[ \t]*[\u25a0\u25b6\u25ba\u25c6\u3010]")


def _items_below(lines: list[str], at: int) -> bool:
    """Two or more lines with amounts under a boxed heading, up to the next heading: what an
    order or a pack holds ("■ This order" / "Finasteride 1 mg 90 tablets")."""
    rows = 0
    for line in lines[at + 1 : at + 12]:
        if not line.strip() or BOXED.match(line) or UNTICKED.match(line):
            break
        if AMOUNT.search(line) is None:
            return False
        rows += 1
    return rows >= 2


def _composition_heading(heading: str) -> bool:
    """A heading that names the composition: the word opens it, or follows a word or two
    ("Composition pour 2 gélules :", "Thành phần trong 1 viên:", "Skład w
    dziennej porcji (1 tabletka):"), and no negation comes before it ("Nie zawiera:")."""
    if len(heading) > 80 or heading.count(" ") > 7:
        return False
    heading = heading.lower()
    if "\u0307" in heading:
        heading = heading.replace("\u0307", "")  # Turkish "İçindekiler" lowers to "i\u0307..."
    m = (COMPOSITION_HEADING_ASCII if heading.isascii() else COMPOSITION_HEADING).search(heading)
    if m is None:
        return False
    before = heading[: m.start()].split()
    return len(before) <= 2 and NEGATIONS.isdisjoint(before)


def _opening(line: str, head: re.Match[str]) -> str:
    """The first words after a heading's colon, which may state the composition themselves:
    "Tablets: each tablet contains 1 mg finasteride"."""
    return " ".join(line[head.end() :].split()[:4])


def _a_row(heading: str, rest: str, index: IngredientIndex) -> bool:
    """A row of a panel or list written as "Name: amount": "Biotin: 5000 mcg", "Servings per
    container: 30", "Serving size: 2 gummies", "Proprietary Blend 150 mg: saw palmetto..."; a
    heading of more than eight words is a sentence with a colon in it, not a heading."""
    if "?" in heading:
        return False  # a question: "Can I use it with minoxidil?"
    return (
        len(heading.split()) > 8
        or rest[:1].isdigit()
        or "serving" in heading.lower()
        or AMOUNT.search(heading) is not None
        or bool(index.find_all(heading))
    )


# a comma between items, not a decimal one ("0,05 %")
LIST_COMMA = re.compile(r",(?!\d)")


def _two_list_commas(text: str) -> bool:
    # (most lines have fewer than two commas of any kind: no regex for them)
    return text.count(",") >= 2 and len(LIST_COMMA.findall(text)) >= 2


# an amount in any script: a number and a percent sign or a short unit ("5 mg", "60 ml",
# "\u0665\u0660 ملغ", "2.11 oz")
AMOUNT = re.compile(r"\d\s*(%|[^\W\d_]{1,3}\b)")
# a list's number or bullet before its item ("1. Minoxidil 5% Foam")
ITEM_MARK = re.compile(r"[ \t]*(?:(?:\d{1,2}[.)]|[-*\u2022])[ \t]+)?")


def _more_of_a_list(line: str) -> bool:
    """More items ("Biotin, Caffeine, Parfum") or a row with an amount ("Cynk | 100 mg | 5 mg")."""
    return _two_list_commas(line) or AMOUNT.search(line) is not None


def _a_sentence(line: str) -> bool:
    """A line of prose, not one that carries a composition on (a list, a row, an amount, or a
    sentence about the ingredients: "The oral capsule contains these ingredients.")."""
    if "." not in line and "!" not in line and "?" not in line:
        return False  # no sentence's end anywhere (most lines): the cheapest test first
    line = ITEM_MARK.sub("", line, count=1).strip()
    return (
        (line.endswith((".", "!", "?")) or ". " in line)
        and len(line.split()) >= 6
        and not _more_of_a_list(line)
        and COMPOSITION_HEADING.search(line.lower()) is None
    )


def keep_own(
    out: LabelAnalysis,
    split: Split,
    index: IngredientIndex,
    without: frozenset[str] = frozenset(),
    full_list: bool = False,
) -> None:
    """Drop the actives the label names only outside its own text: named there (by the item
    read, or by a name of the ingredient) and nowhere in its own lines. `without`: the
    label's own words for "without" (label_shape.free_from_words). `full_list`: the
    composition is a full ingredient list, so the name and blurb above it confirm only what
    the list names ("CAFÉINE BOOST" over a list without caffeine does not keep a cross-sell's
    caffeine serum)."""
    own: set[str] | None = None
    kept = []
    for a in out.actives:
        if a.name_on_label not in split.own and _named_in(
            a.ingredient, a.name_on_label, split.other, index
        ):
            if own is None:
                mine = split.own
                if full_list and split.title:
                    mine = mine[len(split.title) :]
                own = _named(mine, index, without)
            if a.ingredient not in own:
                continue
            if a.strength is not None and _from_another(a.strength, a.name_on_label, split):
                # the product's list names it, a cross-sell's line gave the amount
                a = Active(a.ingredient, a.name_on_label, None)
        kept.append(a)
    out.actives = kept


def _from_another(strength: str, item: str, split: Split) -> bool:
    """A strength read from a line below the composition that is not the product's, and
    that the own lines do not print ("Customers also bought: Biotin 5000 mcg gummies")."""
    number = FIRST_NUMBER.search(strength)
    return item in split.later and (number is None or number.group() not in split.own)


FIRST_NUMBER = re.compile(r"\d+")


def _named(text: str, index: IngredientIndex, without: frozenset[str]) -> set[str]:
    """The ingredients the lines name, misspelt too ("Minoxdil"): each line's items looked up
    as the item reading looks them up."""
    named = {
        f.slug
        for line in text.split("\n")
        for f in index.find_all(line)
        if not absent(line, f) and not negated(line, f, without)
    }
    for item in split_items(text):
        found = index.find(item)
        if found is not None and not absent(item, found) and not negated(item, found, without):
            named.add(found.slug)
    return named


def _named_in(slug: str, name: str, text: str, index: IngredientIndex) -> bool:
    return name in text or any(
        f.slug == slug for line in text.split("\n") for f in index.find_all(line)
    )
