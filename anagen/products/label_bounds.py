"""Where a section found by its header ends (a line of other products, a record's list of
items), and whether a header's words are a header at all or part of a sentence."""

from __future__ import annotations

import re


def end_of_list(text: str, start: int, stop: int) -> int:
    """The end of a line of other products: its header's line, or the lines up to a blank one
    when the header stands alone."""
    first = text.find("\n", start, stop)
    if first < 0:
        return stop
    if text[start:first].strip():  # "Frequently bought together: A; B" on one line
        # ... unless the list goes on: a kit's product's ingredients wrapped after a comma
        while 0 <= first < stop and text[start:first].rstrip().endswith(","):
            start, first = first + 1, text.find("\n", first + 1, stop)
        return stop if first < 0 else first
    blank = text.find("\n\n", first, stop)
    return stop if blank < 0 else blank


def end_of_items(text: str, start: int, stop: int) -> int:
    """The end of a record's list: its header's line when it names something, else the next
    line and those after it that are bulleted, numbered or indented."""
    end = text.find("\n", start, stop)
    if end < 0 or text[start:end].strip():
        return stop if end < 0 else end
    end = text.find("\n", end + 1, stop)  # the first item, whatever its mark
    while 0 <= end < stop and ITEM_LINE.match(text, end + 1):
        end = text.find("\n", end + 1, stop)
    return stop if end < 0 else end


def end_of_paragraph(text: str, start: int, stop: int) -> int:
    """The end of a European leaflet's directions or warnings: the start of the next line that
    opens with another label ("Composi\u00e7\u00e3o:", "Inhaltsstoffe:"), which the header
    tables may not know, or `stop`."""
    end = text.find("\n", start, stop)
    while 0 <= end < stop:
        if LABELLED_LINE.match(text, end + 1):
            return end
        end = text.find("\n", end + 1, stop)
    return stop


# a line opening with a capitalised label of a few words before its colon
LABELLED_LINE = re.compile(r"[ \t]*[A-Z\u00c0-\u00dd][^\W\d_]*(?:[ \t(][^\n:.]{0,25})?:")


ITEM_LINE = re.compile(r"[ \t]+\S|[-*\u2013]|\d{1,2}[.)]\s")


def in_a_sentence(text: str, start: int, end: int) -> bool:
    """Lower case, and followed by neither a colon nor a list ("active ingredients - Minoxidil
    5%" and "active ingredients:" still open a section)."""
    if not text[start].islower() or text[start:end].rstrip().endswith(":"):
        return False
    after = text[end : end + 4].lstrip(" \t")
    return not after or after[0] not in ":-\n\u2022*"
