"""Cut a label's text into sections (actives, inactives, supplement panel, other ingredients)
and each section into items, the way labels are laid out in practice."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum


class Section(StrEnum):
    PREAMBLE = "preamble"
    ACTIVE = "active"
    INACTIVE = "inactive"
    PANEL = "panel"
    OTHER = "other"
    INGREDIENTS = "ingredients"
    IGNORED = "ignored"


# Headers that open a section; "Purpose", "Uses", "Warnings"... close the actives.
HEADERS: list[tuple[Section, re.Pattern[str]]] = [
    (
        Section.INACTIVE,
        re.compile(r"\b(inactive ingredients?|excipients?|list of excipients)\b\s*[:.]?", re.I),
    ),
    (
        Section.ACTIVE,
        re.compile(
            r"\b(active ingredients?(\(s\))?|medicinal ingredients?)(\s*\([^)]*\))?\s*(purposes?\b)?\s*[:.]?",
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
            r"\b(supplement facts|amount per serving|each (capsule|tablet|softgel|serving|gummy) contains)\b\s*[:.]?",
            re.I,
        ),
    ),
    (
        Section.INGREDIENTS,
        re.compile(r"(?<![a-z] )\b(ingredients|ingr[eé]dients|inci)\b\s*:", re.I),
    ),
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


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("\u2011", "-").replace("\u2010", "-").replace("\u00a0", " ")
    text = re.sub(r"[…·•▪●]+|\.{3,}", " ", text)  # leader dots and bullets between name and purpose
    return re.sub(r"[ \t]+", " ", text)


def sections(text: str) -> list[Part]:
    text = normalise(text)
    marks: list[tuple[int, int, Section]] = []
    for section, pattern in HEADERS:
        for m in pattern.finditer(text):
            if not any(s <= m.start() < e for s, e, _ in marks):
                marks.append((m.start(), m.end(), section))
    marks.sort()
    parts: list[Part] = []
    if not marks:
        return [Part(Section.PREAMBLE, text)]
    if marks[0][0] > 0:
        parts.append(Part(Section.PREAMBLE, text[: marks[0][0]]))
    for i, (_, end, section) in enumerate(marks):
        stop = marks[i + 1][0] if i + 1 < len(marks) else len(text)
        parts.append(Part(section, text[end:stop]))
    return [p for p in parts if p.text.strip()]


def split_items(text: str, separators: str = ",;\n|") -> list[str]:
    """Split on the separators (commas, semicolons, line breaks) outside parentheses."""
    items, depth, current = [], 0, []
    for ch in text:
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        if depth == 0 and ch in separators:
            items.append("".join(current))
            current = []
        else:
            current.append(ch)
    items.append("".join(current))
    cleaned = [re.sub(r"\s+", " ", i).strip(" .*†‡:-") for i in items]
    return [i for i in cleaned if i]
