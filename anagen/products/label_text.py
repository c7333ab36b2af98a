"""Cut a label's text into sections (actives, inactives, supplement panel, other ingredients),
the way labels are laid out in practice; label_entries cuts each section into items."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

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
    # a kit's or bundle's other product with its own list ("Shampoo ingredients: ..."): what it
    # names is in the box too
    KIT = "kit"
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
            r"\b(active ingredients?(\(s\))?|(?<!non-)(?<!non )medicinal ingredients?|werkzame? bestandde(el|len)|"
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
            r"\b(supplement facts|amount per serving|per daily (dose|serving|intake)|"
            # "each hard gelatin capsule contains", as Indian and Pakistani cartons write it
            r"each ((hard|soft|vegetarian|veg) )?(gelatine? )?(capsule|tablet|softgel|serving|gummy) contains|"
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
        # "Ingredients:", or "Ingredients" alone on its line above the list (after another
        # word, only a kit's product's list: _list_after)
        re.compile(
            # (Italian, Spanish/Portuguese, German), "Ingredienti (INCI):" with its bracket
            r"\b(ingredients|ingr[eé]dients|ingredienti|ingredientes|zutaten|inci)\b"
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
        if section in (Section.OTHER_PRODUCTS, Section.KIT):
            # other products, or a bundled one's list, fill the rest of the header's line (or
            # the lines up to a blank one); what follows is the page again, in no known section
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


def _in_a_sentence(text: str, start: int, end: int) -> bool:
    """Lower case, and followed by neither a colon nor a list ("active ingredients - Minoxidil
    5%" and "active ingredients:" still open a section)."""
    if not text[start].islower() or text[start:end].rstrip().endswith(":"):
        return False
    after = text[end : end + 4].lstrip(" \t")
    return not after or after[0] not in ":-\n\u2022*"
