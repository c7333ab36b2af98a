"""A supplement's table copied from a web page with each cell on a line of its own: a per-unit
column's heading, then one that counts n units to a dose ("Per gummy (2,5 g)" / "Per 2-gummy
dose (5 g)"), then each row as a name line and one line per column ("Zinc citrate" / "11,9 mg" /
"23,8 mg"). Strengths are per serving as the label defines it, so each row's per-unit line goes
(label_units.serving_column reads tables whose rows are lines)."""

from __future__ import annotations

import re

from anagen.products.strength import find_strengths

UNITS = r"(?:gumm|capsul|tablet|softgel|chew|caplet|lozenge|spray|drop|sachet)"
# the two headings, the second within a few lines of the first: "per 2-gummy dose", "per 4
# sprays", "per serving (2 gummies)"
HEADINGS = re.compile(
    rf"^[ \t]*per (?:1 |one )?{UNITS}\w*\b[^\n]*\n(?:[^\n]*\n){{0,2}}?"
    rf"[ \t]*per (?:(\d{{1,2}})[- ]?{UNITS}\w*|(?:serving|(?:daily )?dose)[ \t]*\((\d{{1,2}})[ \t]*{UNITS}\w*)"
    r"[^\n]*\n",
    re.I | re.M,
)
MAX_LINES = 120
# an amount alone on its line, with at most a short word after it ("31,5 \u00b5g RAE")
AMOUNT_LINE_MAX = 16


def per_dose_lines(text: str) -> str:
    """The text with each row's per-unit line dropped, when two or more rows under the headings
    hold n times their first amount on the line below it and none holds another multiple."""
    # (most labels have no "per " in any case: a copy lower-cased costs less than the search)
    m = HEADINGS.search(text) if "per " in text.lower() else None
    if m is None:
        return text
    n = int(m[1] or m[2])
    lines = text[m.end() :].split("\n")
    drop: list[int] = []
    for i in range(min(len(lines), MAX_LINES) - 1):
        first, second = _amount(lines[i]), _amount(lines[i + 1])
        if first is None or second is None or first[1] != second[1] or (i - 1) in drop:
            continue
        if abs(second[0] - n * first[0]) > 0.01 * second[0]:
            return text  # a table of another shape
        drop.append(i)
    if len(drop) < 2:
        return text
    dropped = set(drop)
    kept = [line for i, line in enumerate(lines) if i not in dropped]
    return text[: m.end()] + "\n".join(kept)


def _amount(line: str) -> tuple[float, str] | None:
    """The number and unit of an amount alone on its line ("11,9 mg" -> (11.9, "mg"))."""
    line = line.strip()
    if not line or not line[0].isdigit() or len(line) > AMOUNT_LINE_MAX:
        return None
    found = find_strengths(line)
    if len(found) != 1 or found[0].value.endswith("%"):
        return None
    number, _, unit = found[0].value.partition(" ")
    try:
        return float(number), unit
    except ValueError:
        return None
