"""Cut a label's text into sections (actives, inactives, supplement panel, other ingredients),
the way labels are laid out in practice; label_entries cuts each section into items."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from anagen.products.label_bounds import (
    end_of_items,
    end_of_list,
    end_of_paragraph,
    in_a_sentence,
)
from anagen.products.label_header_words import HEADER_HINTS, HEADER_WORDS, MUST_CONTAIN
from anagen.products.label_headers import HEADER_SCANS, HEADER_SCANS_LOWER, HEADERS
from anagen.products.label_hints import Hints
from anagen.products.label_sections import Section
from anagen.wordscan import LINE_START

# (the header tables are label_headers' and label_header_words'; named here too for the code and tests that cut labels)
__all__ = [
    "HEADERS",
    "HEADER_SCANS_LOWER",
    "MUST_CONTAIN",
    "Part",
    "Section",
    "normalise",
    "sections",
]


@dataclass(frozen=True)
class Part:
    section: Section
    text: str
    # whether the header began a line: "Finasteride tablets: each tablet contains 1 mg" is a
    # sentence about one product of a kit, not the panel of the whole label
    opens_line: bool = True
    # where the text begins in the normalised label (label_own walks its lines)
    start: int = 0


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("\u2011", "-").replace("\u2010", "-").replace("\u00a0", " ")
    if "..." in text or any(c in text for c in LEADER_CHARS):  # most labels have none
        text = LEADERS.sub(" ", text)  # leader dots and bullets between name and purpose
    if "  " in text or "\t" in text:  # many labels have no run of blanks at all
        text = BLANKS.sub(" ", text)
    return text


LEADER_CHARS = "…·•▪●"
LEADERS = re.compile(rf"[{LEADER_CHARS}]+|\.{{3,}}")
BLANKS = re.compile(r"[ \t]{2,}|\t")  # a single space is left alone: nothing to replace


def sections(
    text: str,
    found: set[str] | None = None,
    starts: set[str] | None = None,
    lower: str | None = None,
) -> list[Part]:
    """`found`: the hint words in `text`, when the caller has looked them up in it (it then
    passes the text normalised). `starts`: those of START_WORDS in it, when it has looked
    these up too (in this very text). `lower`: the text lower-cased, when the caller has it."""
    if found is None:
        text = normalise(text)
        lower = None
    if lower is None:
        lower = text.lower()
    if found is None:
        found = starts = SECTION_HINTS.found(lower)
    # Offsets found in `lower` index `text` only when lowering kept every length.
    scans, haystack = (
        (HEADER_SCANS_LOWER, lower) if len(lower) == len(text) else (HEADER_SCANS, text)
    )
    marks: list[tuple[int, int, Section]] = []
    # In a text with capitals, a header ("Active ingredient", "Uses") is written with one or
    # ends in a colon; "needed to use LEQSELVI", "for oral use" or "biotin is the only active
    # ingredient;" is a sentence, not a header.
    cased = lower != text
    for i in _headers_for(found):
        section, scan = scans[i]
        known = _KNOWN_STARTS[i]
        absent = (
            known.difference(starts) if known and starts is not None and haystack is lower else ()
        )
        for start, end in scan.spans(haystack, absent):
            if cased and in_a_sentence(text, start, end):
                continue
            kind = _list_after(text, start) if section is Section.INGREDIENTS else section
            if kind is not None and not any(s <= start < e for s, e, _ in marks):
                marks.append((start, end, kind))
    marks.sort()
    parts: list[Part] = []
    if not marks:
        return [Part(Section.PREAMBLE, text)]
    if marks[0][0] > 0:
        parts.append(Part(Section.PREAMBLE, text[: marks[0][0]]))
    for i, (start, end, section) in enumerate(marks):
        stop = marks[i + 1][0] if i + 1 < len(marks) else len(text)
        opens_line = not text[text.rfind("\n", 0, start) + 1 : start].strip(" \t-*\u2022|")
        if section in (Section.OTHER_PRODUCTS, Section.KIT, Section.STOPPED, Section.FREE_FROM):
            # other products, a bundled one's list, a record's medicines to stop or what the
            # product is free from fill the rest of the header's line, or the lines below it;
            # what follows is the page again, in no known section
            ends = end_of_items if section in (Section.STOPPED, Section.FREE_FROM) else end_of_list
            cut = ends(text, end, stop)
            parts.append(Part(section, text[end:cut], start=end))
            # ("Contains no proprietary blend." inside a Supplement Facts panel: the panel's
            # entries go on below it, as the panel they were)
            within = parts[-2] if len(parts) > 1 else None
            if section is Section.FREE_FROM and within and within.section in _OWN_LISTS:
                end, section, opens_line = cut, within.section, within.opens_line
            else:
                end, section = cut, Section.PREAMBLE
        elif section is Section.DIRECTIONS:
            # a European leaflet's directions or warnings run to the next labelled line
            cut = end_of_paragraph(text, end, stop)
            if cut < stop:
                parts.append(Part(section, text[end:cut], opens_line, end))
                end, section = cut, Section.PREAMBLE
        parts.append(Part(section, text[end:stop], opens_line, end))
    return [p for p in parts if p.text.strip()]


# The lists of the product's own that a free-from line among their entries does not end
_OWN_LISTS = frozenset([Section.PANEL, Section.ACTIVE, Section.INGREDIENTS])


# The lower-case header scans' beginnings worth a hint word (not a line start, nor a letter or
# two most labels have): one the label lacks is not looked for, which spares a str.find over
# the whole label per beginning and header (the header scans' main cost).
START_WORDS = frozenset(
    s
    for _, scan in HEADER_SCANS_LOWER
    for s in scan.starts or ()
    if s != LINE_START and (len(s) >= 3 or not s.isascii())
)
_KNOWN_STARTS = [
    frozenset(s for s in scan.starts or () if s in START_WORDS) for _, scan in HEADER_SCANS_LOWER
]
SECTION_HINTS = Hints([*HEADER_HINTS.words, *START_WORDS])
# The headers by each of their words (HEADER_WORDS), and those that need none: a label's few
# words give the headers worth a scan, in HEADERS' order, without a set test per header.
_NEEDS_NO_WORD = frozenset(i for i, words in enumerate(HEADER_WORDS) if not words)
_BY_WORD: dict[str, list[int]] = {}
for _i, _words in enumerate(HEADER_WORDS):
    for _word in _words or ():
        _BY_WORD.setdefault(_word, []).append(_i)


def _headers_for(found: set[str]) -> list[int]:
    at = set(_NEEDS_NO_WORD)
    for word in found:
        if (headers := _BY_WORD.get(word)) is not None:
            at.update(headers)
    return sorted(at)


# The products a kit or bundle gives with a list of their own ("Shampoo ingredients:")
KIT_PRODUCTS = frozenset(
    ["shampoo", "conditioner", "serum", "oil", "lotion", "cream", "mask", "tonic", "spray", "gel"]
)


def _list_after(text: str, start: int) -> Section | None:
    """The list an "Ingredients:" at `start` opens: the product's own, a kit's other product's
    ("Shampoo ingredients:"), or none after another word ("key ingredients:")."""
    if start < 2 or text[start - 1] != " " or not ("a" <= text[start - 2].lower() <= "z"):
        return Section.INGREDIENTS
    word = text[max(0, start - 13) : start].split()[-1].lower()
    return Section.KIT if word in KIT_PRODUCTS else None
