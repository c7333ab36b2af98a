"""A line that offers the strengths a product comes in ("1mg, 2mg, 4mg" under Olumiant's name,
"VITAMIN D3 1000, 5000 IU", "Zinc 25 mg, 50 mg"): a page for the range, not for one pack, so
no strength read for its one active is the product's (the reviews' convention: several
strengths for unselected variants give none). A title that prints one of them alone chose it.
A choice joined by "or" is made earlier (label_cleanup's STRENGTH_CHOICE)."""

from __future__ import annotations

import re

from anagen.products.label_result import Active, LabelAnalysis

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
