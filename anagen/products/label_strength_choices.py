"""A line that offers the strengths a product comes in ("1mg, 2mg, 4mg" under Olumiant's name,
"VITAMIN D3 1000, 5000 IU", "Zinc 25 mg, 50 mg"): a page for the range, not for one pack, so
no strength read for its one active is the product's (the reviews' convention: several
strengths for unselected variants give none). A title that prints one of them alone chose it.
A choice joined by "or" is made earlier (label_cleanup's STRENGTH_CHOICE).

The active's name printed with several strengths says the same (several_named): a list or a
range after the name ("available as 1 mg, 2 mg and 4 mg tablets", "the dose of biotin ranges
from 1.8 ug to 500 ug"), or entries of their own with different amounts (a catalogue's
"Minoxidil ....... 2% w/v" and "Minoxidil ....... 5% w/v", a Drug Facts box for each form);
unless the title prints one ("Spiretic Tablets 25mg" over a leaflet for both)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from anagen.products.ingredient_index import IngredientIndex
from anagen.products.label_result import Active, LabelAnalysis
from anagen.products.label_sections import Section
from anagen.products.label_text import Part
from anagen.products.strength import number_value

# a line of a few name words (a vitamin's "D3" among them), then two or more numbers of one
# unit (printed after each or only after the last) joined by commas with a blank ("1,0 %" is a
# decimal comma), "and", "y", "und", "et" or "&", and at most a form's word after them:
# "Minoxidil capsules 0.25mg, 1mg, 2.5mg", "Biotin 5000, 10000 mcg tablets"
UNIT = r"(?:mg|mcg|\u00b5g|iu|ui|%)"
AMOUNT = r"\d+(?:\.\d+)?"
CHOICES_LINE = re.compile(
    rf"^(?:[^\d\n]|(?<=[a-z])\d+){{0,40}}?(?<![\w.])({AMOUNT}[ \t]?({UNIT})?"
    rf"(?:(?:[ \t]*,[ \t]+|[ \t]+(?:and|y|und|et|&)[ \t]+){AMOUNT}[ \t]?(?:\2|(?(2)(?!)|)))+"
    rf"(?(2)|[ \t]?{UNIT}))(?![\w%])[ \t]*(?:[^\W\d_]+[ \t]*){{0,2}}$",
    re.I | re.M,
)
NUMBER = re.compile(AMOUNT)
JOINS = (", ", " and ", " y ", " und ", " et ", " & ")


def offered_strengths(text: str, out: LabelAnalysis) -> None:
    """Drops the strength of a product's one active when a line offers it among others."""
    if len(out.actives) != 1 or (strength := out.actives[0].strength) is None:
        return
    read = NUMBER.match(strength)
    if read is None or read.end() == len(strength):
        return
    unit = strength[read.end() :].strip().lower()
    # (only the lines that print the strength's number and a join are tried: a scan of every
    # line for the pattern costs several per cent of the whole reading)
    at, checked = text.find(read[0]), -1
    while at >= 0:
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if start > checked and end - start <= LINE_MAX:
            checked = start
            line = text[start:end]
            m = CHOICES_LINE.match(line) if any(j in line for j in JOINS) else None
            if m is not None and _offers(m[1], read[0], unit, text[:start]):
                a = out.actives[0]
                out.actives[0] = Active(a.ingredient, a.name_on_label, None)
                return
        at = text.find(read[0], end)


LINE_MAX = 120


def _offers(offered: str, number: str, unit: str, above: str) -> bool:
    offered = offered.lower().replace("\u00b5g", "mcg").replace("ui", "iu")
    numbers = NUMBER.findall(offered)
    return (
        len(set(numbers)) >= 2
        and number in numbers
        and offered.endswith(unit)
        and not _chosen_above(above, number, numbers)
    )


def _chosen_above(above: str, number: str, numbers: list[str]) -> bool:
    """A line above names this strength and no other of the line's: the pack chosen ("Spiretic
    25mg Tablets" over a leaflet's "SPIRONOLACTONE 25 mg & 100 mg TABLETS")."""
    return any(
        set(NUMBER.findall(line)) & set(numbers) == {number}
        for line in above.split("\n")[-LINES_ABOVE:]
    )


# (a page's title may come below its site's name, a menu or a breadcrumb)
LINES_ABOVE = 12


# --- the active's name printed with several strengths ----------------------------------------

NAMED_UNIT = r"(?:%|percent|mg/ml|mg/g|mg|mcg|\u00b5g|\u03bcg|ug|g|iu)(?![a-z])"
# an amount, an equivalent in brackets kept with it ("5 mg (5.000 \u00b5g) atau 10 mg")
TAIL = rf"(?:,\d{{3}}(?!\d))*(?:[.,]\d+)?[ \t]?(?:{NAMED_UNIT})?(?:[ \t]*\([^()\n]{{0,20}}\))?"
JOIN = r"(?:[ \t]*,[ \t]*(?:or|and)?|[ \t]*(?:or|and|to|a|y|e|und|et|atau|&|-|\u2013|~))[ \t]*"
# an amount or a run of them joined as a list or a range ("25 mg, 50 mg, or 100 mg", "1.8 to 3
# percent"), the unit after each or only after the last; first digit first, the look-behind
# after it, so that re skips ahead to a digit
RUN = rf"\d(?<![\w.,\-]\d)\d*{TAIL}(?:{JOIN}\d+{TAIL})*"
NAMED_AMOUNT = re.compile(rf"(\d+(?:,\d{{3}}(?!\d))*(?:[.,]\d+)?)[ \t]?({NAMED_UNIT})?", re.I)
# between a name and its amounts: a few words or a leader line ("Minoxidil ...... 2% w/v"), no
# other item or line (nor sentence: read after the match, as few gaps hold a point)
GAP = r"[^,;\n\d/]{0,40}+"
SENTENCE_END = re.compile(r"(?<!\.)\.[ \t]")
# the marks of each kind's units as printed, and each unit's (a mass in grams alone is left
# out: every word with a "g" would be one)
UNIT_MARKS = {
    "%": ("%",),
    "mg": ("mg", "MG", "Mg", "mcg", "MCG", "\u00b5g", "\u03bcg"),
    "iu": ("IU", "iu"),
}
UNIT_FORMS = {
    "mg": ("mg", "MG", "Mg"),
    "mcg": ("mcg", "MCG", "\u00b5g", "\u03bcg"),
    "iu": ("IU", "iu"),
}
# what a percentage may be of other than the product: a share, a saving, a daily value, a volume
NOT_A_STRENGTH = re.compile(r"[ \t]*(?:of|off|dv|nrv|rda|daily|v/v)\b", re.I)
# a salt's amount before its element's ("Zinc sulphate heptahydrate 220 mg (equivalent to zinc
# 50 mg)"): one amount of the active, in two weights
EQUIVALENT = re.compile(
    r"[ \t]*\(?(?:equivalent|equiv\.|eq\.|entspr|\u00e9quivalent|equivalente)", re.I
)
# a run that ends in what a unit holds ("10,000 mcg \u2013 5,000 mcg per gummy") is a serving
# and its unit, one product's; a range per day is a dose range
PER_UNIT = re.compile(r"[ \t]*per[ \t]+(?!day|d[i\u00ed]a|jour|tag)", re.I)
# milligrams of each unit, so that "1 g" and "1000 mg" are one amount
TO_MG = {"mg": 1.0, "g": 1000.0, "mcg": 0.001, "\u00b5g": 0.001, "\u03bcg": 0.001, "ug": 0.001}
REST = 12  # (what follows a run, as far as the tests of what it is an amount of read)
PER_ML_OR_G = ("mg/ml", "mg/g")  # (as read before it is made a percentage: 20 mg/mL is 2%)
PERCENT = ("%", "percent", *PER_ML_OR_G)


def several_named(text: str, parts: list[Part], index: IngredientIndex, out: LabelAnalysis) -> bool:
    """Drops the strength of a product's one active when the page names it with several;
    whether it did."""
    if len(out.actives) != 1 or (strength := out.actives[0].strength) is None:
        return False
    kind = _kind(strength)
    if kind is None:
        return False
    if not _another_printed(text, strength, kind):
        return False
    lower = text.lower()
    a = out.actives[0]
    name = _name_of(a, index)
    if not name:
        return False
    named: set[float] = set()
    entries: set[float] = set()
    for at, m in _runs_after(lower, name):
        amounts = _amounts_in(m["run"], kind, lower[m.end() : m.end() + REST])
        if len(amounts) >= 2:
            break  # a list or a range of its own
        named |= amounts
        if not amounts <= entries and _an_entry(lower, at, m.end()):
            entries |= amounts
    else:
        # (the sections are part of the text: what they name, it names.) A supplement panel's
        # rows of one nutrient are its salt and element or two columns, not two products.
        if out.product_type == "supplement" or len(named) < 2:
            return False
        if len(entries | _in_composition(parts, name, kind)) < 2:
            return False
    if len(_titled(lower, kind)) == 1:
        return False
    out.actives[0] = Active(a.ingredient, a.name_on_label, None)
    return True


def _runs_after(lower: str, name: str) -> Iterator[tuple[int, re.Match[str]]]:
    """Where the name is printed as a word, and the first amount or run of amounts after it
    (found by str.find: a scan of the page by a pattern costs several times as much)."""
    at = lower.find(name)
    while at >= 0:
        end = at + len(name)
        if not (lower[at - 1 : at].isalpha() or lower[end : end + 1].isalpha()):
            m = RUN_AFTER.match(lower, end)
            if m is not None and not ("." in m["gap"] and SENTENCE_END.search(m["gap"])):
                yield at, m
        at = lower.find(name, end)


def _in_composition(parts: list[Part], name: str, kind: str) -> set[float]:
    found: set[float] = set()
    for part in parts:
        if part.section in COMPOSITION:
            lower = part.text.lower()
            for _, m in _runs_after(lower, name):
                found |= _amounts_in(m["run"], kind, lower[m.end() : m.end() + REST])
    return found


# where a label gives what its product holds: its active-ingredient and ingredient sections
COMPOSITION = (Section.ACTIVE, Section.PANEL, Section.INGREDIENTS)


def _another_printed(text: str, strength: str, kind: str) -> bool:
    """Whether the page prints its units more often than with the strength's number: most print
    one amount, once or again and again, and have nothing else to name. (A cheap first test, by
    counts; an amount whose number ends like the strength's, "2.5%" beside "5%", is missed.)"""
    number, _, unit = strength.partition(" ")
    if kind == "%":
        marks = text.count("%")
        if marks < 2:
            # (a strength read as "3 percent", or amounts per mL: "20 mg/mL and 50 mg/mL")
            return (not marks and "ercent" in text) or (
                ("g/" in text or "G/" in text) and sum(map(text.count, PER_ML_MARKS)) > 1
            )
        number = number.rstrip("%")
        return marks > text.count(number + "%") + text.count(number + " %")
    marks = own = 0
    for form in UNIT_MARKS[kind]:
        marks += text.count(form)
    forms = UNIT_FORMS.get(unit.lower(), ())
    for form in forms:
        own += text.count(number + form) + text.count(number + " " + form)
    # (or its unit printed once, after a list of numbers: "1, 2 and 4 mg")
    return marks > own or (
        own == 1 and any(_listed(text, number + f) for f in forms for f in (f, " " + f))
    )


def _listed(text: str, printed: str) -> bool:
    at = text.find(printed)
    return at > 0 and LISTED_BEFORE.search(text, max(0, at - LIST_REACH), at) is not None


PER_ML_MARKS = ("mg/ml", "mg/mL", "MG/ML", "mg/g", "MG/G")
# a number and a list's join, just before the strength's number (searched up to it)
LISTED_BEFORE = re.compile(r"\d(?:,| and| or| &| y| und| et)[ \t]+\Z")
LIST_REACH = 8


def _kind(strength: str) -> str | None:
    """What a strength as read measures ("5%", "50 mg/mL": a share; "500 mg": a mass)."""
    if strength.endswith(("%", "percent")):
        return "%"
    unit = strength.rpartition(" ")[2].lower()
    return "%" if unit in PER_ML_OR_G else "mg" if unit in TO_MG else "iu" if unit == "iu" else None


def _name_of(a: Active, index: IngredientIndex) -> str:
    """The active's name itself in the item read ("minoxidil" in "Minoxidil 2% w/v - Hair
    regrowth treatment"): its slug's words, else the name the index matched (a look-up of a
    long item is not memoised, and costs more than the rest of this reading)."""
    name = a.ingredient.replace("-", " ")
    if name in a.name_on_label.lower():
        return name
    found = index.find_all(a.name_on_label)
    return next((f.matched.strip() for f in found if f.slug == a.ingredient), "")


RUN_AFTER = re.compile(rf"(?P<gap>{GAP})(?P<run>{RUN})")


ENTRY_WORDS = 2
BULLETS = re.compile(r"[\s\-*\u2022\u00b7]*")


def _an_entry(lower: str, at: int, end: int) -> bool:
    """Whether the name opens its line and its amount ends it, but for a word or two."""
    start = lower.rfind("\n", 0, at) + 1
    stop = lower.find("\n", end)
    rest = lower[end : len(lower) if stop < 0 else stop]
    return len(rest.split()) <= ENTRY_WORDS and BULLETS.fullmatch(lower, start, at) is not None


# (the first few lines with words, among the first lines)
TITLE_LINES = 3
HEADINGS_BELOW = 2
TITLE_SCAN = 12
TITLE_MAX = 100


def _titled(lower: str, kind: str) -> set[float]:
    """The amounts of this kind a page's title prints: its first line, or, under a site's name
    or a heading, the first of the opening lines to print one. A heading followed by others that
    each print another amount is one of a catalogue's ("ROGAINE TOPICAL 2% SOLUTION" over
    "ROGAINE FOAM 5%"): the title is all of theirs."""
    lines = [line for line in lower.split("\n", TITLE_SCAN)[:TITLE_SCAN] if line.strip()]
    for i, line in enumerate(lines[:TITLE_LINES]):
        found = _amounts_printed(line, kind)
        if found and i > 0:
            for below in lines[i + 1 : i + 1 + HEADINGS_BELOW]:
                # (a line with a list is the leaflet's for the range: "Finasteride 1 mg
                # tablets" over "FINASTERIDE 1 mg & 5 mg TABLETS" chose; another heading
                # prints one amount)
                if len(other := _amounts_printed(below, kind)) == 1:
                    found |= other
        if found:
            return found
    return set()


ANY_RUN = re.compile(RUN, re.I)


def _amounts_printed(line: str, kind: str) -> set[float]:
    found: set[float] = set()
    if len(line) <= TITLE_MAX:
        for m in ANY_RUN.finditer(line):
            found |= _amounts_in(m[0], kind, line[m.end() : m.end() + REST])
    return found


@lru_cache(maxsize=4096)
def _amounts_in(run: str, kind: str, rest: str) -> frozenset[float]:
    """The amounts of this kind in a run, each unit the next one printed after it (memoised:
    a page prints its name and strength again and again, and pages print the same ones)."""
    if (
        (kind == "%" and NOT_A_STRENGTH.match(rest))
        or PER_UNIT.match(rest)
        or EQUIVALENT.match(rest)
    ):
        return frozenset()
    found: set[float] = set()
    unit = ""
    for number, printed in reversed(NAMED_AMOUNT.findall(run)):
        unit = printed.lower() or unit
        value = number_value(number)
        if kind == "%" and unit in ("%", "percent"):
            found.add(value)
        elif unit in PER_ML_OR_G:
            found.add(round(value / 10, 6) if kind == "%" else value)
        elif kind == "mg" and unit in TO_MG:
            found.add(round(value * TO_MG[unit], 6))
        elif kind == "iu" and unit == "iu":
            found.add(value)
    return frozenset(found)
