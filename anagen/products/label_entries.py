"""A section cut into entries: at its commas, semicolons and line breaks (never inside brackets
or a number), one per panel line, two where a line or an "and" joins two names each with its
own amount."""

from __future__ import annotations

import re
from functools import lru_cache

from anagen.products.ingredient_index import UNSPACED, Found, IngredientIndex
from anagen.products.label_words import NOT_AN_ABBREVIATION, any_of
from anagen.products.strength import (
    find_strengths,
    first_strength,
)
from anagen.wordscan import find_at_word_edge

AND = re.compile(r"\s+(?:and|&|plus|\+|/|with)\s+")
AND_WORDS = ("and", "&", "plus", "+", "/", "with")  # what AND needs, as plain substrings
HAS_AND_WORD = any_of(AND_WORDS)


# ... but not after the plant-part abbreviations of herbal labels ("Amla Fr. Ext. 200 mg") or
# another abbreviation (label_words). The full stop comes first and the look-behinds after it
# (each with the stop), so that re skips ahead to a full stop instead of trying the look-behinds
# at every place.
PANEL_ENTRY_END = re.compile(
    rf"\.(?<=[a-z0-9)%]\.)(?<!\bFr\.)(?<!\bPl\.)(?<!\bLf\.)(?<!\bFl\.)(?<!\bRt\.)(?<!\bSd\.)(?<!\bExt\.){NOT_AN_ABBREVIATION}\s+(?=[A-Z])"
)
# "Total Carbohydrate 4 g, Biotin 2,500 mcg": a comma after an amount ends an entry (a comma
# inside a number, or after a name as in "Minoxidil, USP 2%", does not).
PANEL_ENTRY_AFTER_AMOUNT = re.compile(
    r"(\d\s*(?:%|mg|mcg|µg|ug|g|iu|ml|kcal)?\**)\s*,\s+(?=[A-Za-z])", re.I
)
# A panel scraped onto one line ("Total Carbohydrate 3 g 1%* Biotin 10,000 mcg 33,333%"): an
# amount, with its bracket and %DV cell if any, or a %DV cell with its footnote mark, followed
# by a capitalised word starts the next entry. (Case matters here: the units are matched in
# any case, the next entry's first letter only as a capital.)
PANEL_ENTRY_AFTER_CELL = re.compile(
    r"(\d\s*(?i:mg|mcg|µg|ug|g|iu|kcal)\b(?:\s*\([^()\n]*\))?(?:\s*[\d,.]+\s*%)?\s*[*\u2020\u2021]*"
    r"|\d\s*%\s*[*\u2020\u2021]+)[ \t]+(?=[A-Z])"
)


def one_entry_per_line(text: str) -> str:
    """Cut only the lines holding two amounts or more: a panel entry has one."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if len(line) > 30 and len(find_strengths(line)) >= 2:
            lines[i] = PANEL_ENTRY_AFTER_CELL.sub("\\1\n", line)
    return "\n".join(lines)


def rejoin_wrapped(text: str) -> str:
    """A comma-separated list wrapped mid-name ("Rosmarinus Officinalis (Rosemary) Leaf" /
    "Extract, Biotinoyl ..."): a line of a list (two commas or more) that ends without a
    separator goes on with the next line's first name."""
    lines = text.split("\n")
    out = [lines[0]]
    for line in lines[1:]:
        last = out[-1].rstrip()
        if (
            last
            and last[-1] not in ",;.:|"
            and last.count(",") >= 2
            and line.lstrip()[:1].isalpha()
        ):
            out[-1] = f"{last} {line.lstrip()}"
        else:
            out.append(line)
    return "\n".join(out)


def name_start(lower: str, found: Found) -> int | None:
    """Where the found name begins in a lower-cased item: its first word at a word start."""
    if UNSPACED.match(found.matched):  # no word starts in a run of kana or ideographs
        at = lower.find(found.matched)
        return None if at < 0 else at
    at = find_at_word_edge(lower, found.matched.split()[0])
    return None if at < 0 else at


def _one_per_name(item: str, index: IngredientIndex) -> list[str]:
    """ "Minoxidil IP 5.0% w/v   Tretinoin USP 0.025% w/v": two names on one line, each with
    its own amount, cut before the second name (nothing when the line is not so)."""
    lower = item.lower()
    # two amounts need two units: a cheap count spares nearly every item the regex
    if lower.count("%") + lower.count("mg") + lower.count("mcg") + lower.count("iu") < 2:
        return []
    if len(find_strengths(item)) < 2:
        return []
    named = index.find_all(item)
    if len(named) < 2:
        return []
    starts = sorted(s for f in named if (s := name_start(lower, f)) is not None)
    cuts = [0, *starts[1:]]  # whatever precedes the first name stays with it
    pieces = [item[a:b].strip() for a, b in zip(cuts, [*cuts[1:], len(item)], strict=True)]
    if len(pieces) < 2 or not all(first_strength(p) for p in pieces):
        return []
    return pieces


def _own_amounts(sides: list[str]) -> bool:
    """At least two sides with an amount, none with two."""
    counts = [len(find_strengths(s)) for s in sides]
    return max(counts) == 1 and counts.count(1) >= 2


def expand_and(items: list[str], index: IngredientIndex) -> list[str]:
    """ "Minoxidil 5% and Biotin 1%" is two items when each side is a known ingredient."""
    out: list[str] = []
    for item in items:
        if "," in item and len(index.find_all(item)) > 1:
            # an active line naming several ingredients: "-menthol, Salicylic acid, Dexpanthenol"
            # (commas inside brackets split nothing: "Serum (Biotin, Caffeine)" stays whole)
            parts = split_items(item, ",")
            if len(parts) > 1:
                out.extend(expand_and(parts, index))
                continue
        pieces = _one_per_name(item, index)
        if pieces:
            out.extend(pieces)
            continue
        # most items join nothing: a plain substring test spares them the regex split
        if not HAS_AND_WORD(item):
            out.append(item)
            continue
        sides = AND.split(item)
        # each side a known ingredient, or at least two of them: "Rosemary Oil with Biotin &
        # Castor Oil" names rosemary and biotin, whatever castor oil is; or sides that each bring
        # their own amount: "3% Redensyl + 1% Caffeine" gives caffeine 1%, not the first 3%
        if len(sides) > 1 and (
            sum(1 for s in sides if index.find_all(s)) >= 2 or _own_amounts(sides)
        ):
            out.extend(sides)
        else:
            out.append(item)
    return out


def split_items(text: str, separators: str = ",;\n|") -> list[str]:
    """Split on the separators (commas, semicolons, line breaks) outside parentheses."""
    if "(" not in text and "[" not in text:  # nothing to keep together: split at once
        return _clean_items(_plain_split(separators).split(text))
    # Visit only brackets and separators, not every character.
    items, depth, start = [], 0, 0
    for m in _special(separators).finditer(text):
        ch = m.group()
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif depth == 0:
            items.append(text[start : m.start()])
            start = m.end()
    items.append(text[start:])
    return _clean_items(items)


# A comma inside a number separates nothing (checked only at a comma): a thousands comma
# ("10,000 mcg") or a decimal comma before a unit ("0,1%", "0,25 mg", as European labels write),
# the unit also spelled out ("2,5 Milligramm", "0,5 microgrammes", "2,5 miligramos")
NUMBER_GOES_ON = (
    r"(?<=\d,)(?:\d{3}(?!\d)|\d{1,2}\s?(?:%|mg|g|ml|mcg|µg)(?![a-z])|"
    r"\d{1,2}\s?(?:[Mm]ill?igra|MILL?IGRA|[Mm]i[ck]rogra|MI[CK]ROGRA))"
)
COMMA = rf",(?!{NUMBER_GOES_ON})"


@lru_cache(maxsize=8)
def _plain_split(separators: str) -> re.Pattern[str]:
    return re.compile(_separator(separators))


@lru_cache(maxsize=8)
def _special(separators: str) -> re.Pattern[str]:
    return re.compile(f"[()\\[\\]]|{_separator(separators)}")


def _separator(separators: str) -> str:
    if "," not in separators:
        return f"[{re.escape(separators)}]"
    rest = separators.replace(",", "")
    return f"[{re.escape(rest)}]|{COMMA}" if rest else COMMA


def _clean_items(items: list[str]) -> list[str]:
    cleaned = [" ".join(i.split()).strip(" .*†‡:-") for i in items]  # runs of spaces as one
    return [i for i in cleaned if i]
