"""The header and type scans skip the beginnings a label's hint words show it lacks
(label_text's and label_type's START_WORDS, wordscan's `absent`), and cut and type every label
as scanning for all of them does."""

from __future__ import annotations

from anagen.products.label import LABEL_HINTS
from anagen.products.label_cleanup import cleaned
from anagen.products.label_text import (
    HEADER_SCANS_LOWER,
    SECTION_HINTS,
    START_WORDS,
    normalise,
    sections,
)
from anagen.products.label_type import START_WORDS as TYPE_START_WORDS
from anagen.products.label_type import product_type
from anagen.wordscan import LINE_START
from tests.products.label_corpus import TEXTS

VARIANTS = [v for t in TEXTS for v in (t, t.lower(), t.upper())]


def test_the_hint_look_up_finds_exactly_the_start_words_a_label_has() -> None:
    for text in VARIANTS:
        lower = normalise(cleaned(text)).lower()
        found = LABEL_HINTS.found(lower)
        for words in (START_WORDS, TYPE_START_WORDS):
            assert found & words == {w for w in words if w in lower}, text[:80]
        assert SECTION_HINTS.found(lower) & START_WORDS == found & START_WORDS, text[:80]


def test_sections_skipping_absent_starts_cut_as_a_full_scan_does() -> None:
    for text in VARIANTS:
        normalised = normalise(cleaned(text))
        found = LABEL_HINTS.found(normalised.lower())
        assert sections(normalised, found, found) == sections(normalised, found), text[:80]
        assert sections(cleaned(text)) == sections(normalised, found), text[:80]


def test_the_type_skipping_absent_starts_is_the_type_a_full_scan_gives() -> None:
    for text in VARIANTS:
        normalised = normalise(cleaned(text))
        found = LABEL_HINTS.found(normalised.lower())
        assert product_type(normalised, found, found) == product_type(normalised, found)


def test_a_scan_does_not_look_for_the_starts_it_is_told_are_absent() -> None:
    for _, scan in HEADER_SCANS_LOWER:
        assert scan.starts is not None
        words = [s for s in scan.starts if s != LINE_START]
        for text in VARIANTS[:300]:
            lower = text.lower()
            absent = {w for w in words if w not in lower}
            assert scan.spans(lower, absent) == scan.spans(lower)
        if LINE_START not in scan.starts and words:
            # told that every start is absent, it finds nothing, even where one occurs
            assert scan.spans(" ".join(words), set(words)) == []
