"""Cut a label's text into sections (actives, inactives, supplement panel, other ingredients)
and each section into items, the way labels are laid out in practice."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from anagen.wordscan import Scan


class Section(StrEnum):
    PREAMBLE = "preamble"
    ACTIVE = "active"
    INACTIVE = "inactive"
    PANEL = "panel"
    OTHER = "other"
    INGREDIENTS = "ingredients"
    STRENGTHS = "strengths"  # US prescribing information: "Dosage forms and strengths"
    OTHER_PRODUCTS = "other_products"  # a shop's "Frequently bought together" line
    IGNORED = "ignored"


# Headers that open a section; "Purpose", "Uses", "Warnings"... close the actives.
HEADERS: list[tuple[Section, re.Pattern[str]]] = [
    (
        Section.INACTIVE,
        re.compile(
            r"\b(inactive ingredients?|inactives?(?=\s*:)|excipients?|list of excipients|"
            # the same header in Spanish/Portuguese, Italian and German
            r"excipientes?|eccipienti|eccipiente|sonstige bestandteile|hilfsstoffe|additives?(?=\s*:)|"
            # Dutch, Swedish, Turkish
            r"hulpstoffen|hjälpämnen|yard[\u0131i]mc[\u0131i] maddeler)\b\s*[:.]?",
            re.I,
        ),
    ),
    (
        Section.ACTIVE,
        re.compile(
            r"\b(active ingredients?(\(s\))?|medicinal ingredients?|werkzame? bestandde(el|len)|"
            r"etkin maddes?i?)(\s*\([^)]*\))?\s*(purposes?\b)?\s*[:.]?",
            re.I,
        ),
    ),
    (
        Section.OTHER,
        re.compile(r"\b(other ingredients?|non-medicinal ingredients?)\b\s*[:.]?", re.I),
    ),
    (
        Section.PANEL,
        re.compile(
            r"\b(supplement facts|amount per serving|per daily (dose|serving|intake)|each (capsule|tablet|softgel|serving|gummy) contains|"
            r"nutrition(al)? information( per [^:\n]{0,30})?|"
            # the nutrition table's heading in German, French, Italian, Spanish and Portuguese
            r"n[äa]hrwert(tabelle|e|angaben)|pro tagesdosis|valeurs nutritionnelles( moyennes)?|"
            r"informazioni nutrizionali|tenori medi|per dose giornaliera|informaci[oó]n nutricional|"
            r"informa[cç][aã]o nutricional|por (dosis|dose) di[aá]ria|"
            # a Korean health functional food's table, in Korean and its English translation
            r"nutrition (and|&) function information|\uc601\uc591 ?\uae30\ub2a5 ?\uc815\ubcf4)\b\s*[:.]?",
            re.I,
        ),
    ),
    (
        Section.INGREDIENTS,
        # "Ingredients:", or "Ingredients" alone on its line above the list
        re.compile(
            # (Italian, Spanish/Portuguese, German), "Ingredienti (INCI):" with its bracket
            r"(?<![a-z] )\b(ingredients|ingr[eé]dients|ingredienti|ingredientes|zutaten|inci)\b"
            r"(\s*\([^)\n]{0,20}\))?\s*:|^[ \t]*(ingredients|inci)[ \t]*$",
            re.I | re.M,
        ),
    ),
    (
        Section.OTHER_PRODUCTS,
        re.compile(
            r"\b(frequently bought together|customers (who bought this( item)? )?also (bought|viewed|considered|liked)|"
            r"(buyers|people) also (bought|viewed)|you may also like|similar (medicines|products|items)|"
            r"related products|compare with similar items|also consider|patients also bought|"
            r"add to your (plan|order|routine|bundle|cart)|complete (your|the) routine|pairs? well with|"
            r"you (may|might) also (need|like|love)|recommended add-?ons|"
            # "you may also like" and "customers also bought" in German, French, Italian,
            # Spanish, Portuguese and Dutch
            # (each branch begins with plain text, so that the scan looks only where it occurs)
            r"das k[öo]nnte (ihnen|sie|dir|dich) (auch )?(gefallen|interessieren)|kunden kauften auch|"
            r"vous (aimerez|pourriez) (aussi|[ée]galement)( aimer)?|les clients ont (aussi|[ée]galement) achet[ée]|"
            r"potrebbe(ro)? (anche )?(interessarti|piacerti|interessare)( anche)?|"
            r"tambi[ée]n te (puede|podr[ií]a)n? (interesar|gustar)|te p(uede|odr[ií]a)n? interesar|"
            r"voc[êe] tamb[ée]m (pode|poder[áa]) gostar|klanten kochten ook)\b[ \t]*:?|"
            # a pharmacy page's list of other brands of the same medicine, under its own heading
            # ("not a substitute for a varied diet" is no heading)
            r"^[ \t]*substitutes[ \t]*:?[ \t]*$",
            re.I | re.M,
        ),
    ),
    # before IGNORED, whose "dosage" it begins with
    (Section.STRENGTHS, re.compile(r"\bdosage forms (and|&) strengths\b\s*:?", re.I)),
    (
        Section.IGNORED,
        re.compile(
            r"\b(purpose|uses?|warnings?|directions|other information|questions\??|do not use|keep out of reach|stop use|when using|indications? (&|and) usage|dosage)\b\s*[:.]?",
            re.I,
        ),
    ),
]


@dataclass(frozen=True)
class Part:
    section: Section
    text: str
    # whether the header began a line: "Finasteride tablets: each tablet contains 1 mg" is a
    # sentence about one product of a kit, not the panel of the whole label
    opens_line: bool = True


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


# The headers as Scans; the second list without re.I, for text already in lower case: about
# a third faster.
HEADER_SCANS = [(s, Scan(p.pattern, p.flags)) for s, p in HEADERS]
HEADER_SCANS_LOWER = [(s, Scan(p.pattern, p.flags & ~re.I)) for s, p in HEADERS]
# Words every match of a header contains: a label without any of them skips that scan.
MUST_CONTAIN: dict[Section, tuple[str, ...]] = {
    Section.INACTIVE: (
        "inactive",
        "excipient",
        "eccipient",
        "bestandteile",
        "hilfsstoffe",
        "additive",
        "hulpstoffen",
        "hjälpämnen",
        "maddeler",
    ),
    Section.ACTIVE: ("active ingredient", "medicinal ingredient", "bestandde", "etkin madde"),
    Section.OTHER: ("other ingredient", "non-medicinal ingredient"),
    Section.PANEL: (
        "supplement facts",
        "amount per serving",
        "contains",
        "nutri",
        "per daily",
        "hrwert",
        "tagesdosis",
        "tenori",
        "giornaliera",
        "diaria",
        "diária",
        "\uae30\ub2a5",  # Korean "function", as in the table's heading
    ),
    Section.INGREDIENTS: ("ingr", "inci", "zutaten"),
    Section.STRENGTHS: ("strengths",),
    Section.OTHER_PRODUCTS: (
        "also",
        "together",
        "similar",
        "related",
        "add to your",
        "routine",
        "well with",
        "add-on",
        "addon",
        "substitutes",
        "gefallen",
        "kauften",
        "aussi",
        "également",
        "interess",
        "piacerti",
        "interesar",
        "gustar",
        "gostar",
        "kochten",
    ),
}


def sections(text: str) -> list[Part]:
    text = normalise(text)
    lower = text.lower()
    # Offsets found in `lower` index `text` only when lowering kept every length.
    scans, haystack = (
        (HEADER_SCANS_LOWER, lower) if len(lower) == len(text) else (HEADER_SCANS, text)
    )
    marks: list[tuple[int, int, Section]] = []
    # In a text with capitals, a header ("Active ingredient", "Uses") is written with one or
    # ends in a colon; "needed to use LEQSELVI", "for oral use" or "biotin is the only active
    # ingredient;" is a sentence, not a header.
    cased = lower != text
    for section, scan in scans:
        words = MUST_CONTAIN.get(section)
        if words and not any(w in lower for w in words):
            continue
        for start, end in scan.spans(haystack):
            if cased and _in_a_sentence(text, start, end):
                continue
            if not any(s <= start < e for s, e, _ in marks):
                marks.append((start, end, section))
    marks.sort()
    parts: list[Part] = []
    if not marks:
        return [Part(Section.PREAMBLE, text)]
    if marks[0][0] > 0:
        parts.append(Part(Section.PREAMBLE, text[: marks[0][0]]))
    for i, (start, end, section) in enumerate(marks):
        stop = marks[i + 1][0] if i + 1 < len(marks) else len(text)
        opens_line = not text[text.rfind("\n", 0, start) + 1 : start].strip(" \t-*\u2022|")
        if section is Section.OTHER_PRODUCTS:
            # other products fill the rest of the header's line (or the lines up to a blank
            # one); what follows is the page again, in no known section
            cut = _end_of_list(text, end, stop)
            parts.append(Part(section, text[end:cut]))
            end, section = cut, Section.PREAMBLE
        parts.append(Part(section, text[end:stop], opens_line))
    return [p for p in parts if p.text.strip()]


def _end_of_list(text: str, start: int, stop: int) -> int:
    first = text.find("\n", start, stop)
    if first < 0:
        return stop
    if text[start:first].strip():  # "Frequently bought together: A; B" on one line
        return first
    blank = text.find("\n\n", first, stop)
    return stop if blank < 0 else blank


def _in_a_sentence(text: str, start: int, end: int) -> bool:
    """Lower case, and followed by neither a colon nor a list ("active ingredients - Minoxidil
    5%" and "active ingredients:" still open a section)."""
    if not text[start].islower() or text[start:end].rstrip().endswith(":"):
        return False
    after = text[end : end + 4].lstrip(" \t")
    return not after or after[0] not in ":-\n\u2022*"


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
# ("10,000 mcg") or a decimal comma before a unit ("0,1%", "0,25 mg", as European labels write).
COMMA = r",(?!(?<=\d,)(?:\d{3}(?!\d)|\d{1,2}\s?(?:%|mg|g|ml|mcg|µg)(?![a-z])))"


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
