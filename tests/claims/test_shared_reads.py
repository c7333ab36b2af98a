"""Reads of a sentence shared by several rules, or cut short, give just what the full reads
give: clause breaks on the lower-case copy, the subjects of a sentence that names nothing, the
regions a sentence names, and the sentence boundaries of random text."""

from __future__ import annotations

import random
import re

import pytest

from anagen.claims import segment
from anagen.claims.anycase import AnyCaseMatches
from anagen.claims.clause_subjects import SUBORDINATE
from anagen.claims.countries import REGIONS, regions_in
from anagen.claims.modality import AND_BREAK, CLAUSE_BREAK
from anagen.claims.name_index import entity_index
from tests.claims.checking import KB

ADS = [
    t
    for p in KB.products.values()
    for t in ("\n".join(p.marketing_claims), p.review or "")
    if t.strip()
]
SENTENCES = [text[s.start : s.end] for text in ADS for s in segment.find_spans(text)] + [
    "BUT it WORKS; Because FDA-approved \u2013 and PLUS also, SO THAT's that.",
    "\u0130t works, but caf\u00e9 users (and Americans) say: so what\u2014it's UK-made",
    "A\x1cB and\x1fso, while x - y",
    "Approved in the US and the EU, licensed in Britain and Germany, not in France.",
]
SENTENCES += [s.upper() for s in SENTENCES[-4:]]


@pytest.mark.parametrize("matches", [CLAUSE_BREAK, AND_BREAK, SUBORDINATE])
def test_clause_breaks_are_where_re_i_finds_them(matches: AnyCaseMatches) -> None:
    plain = matches.any_case
    for sentence in SENTENCES:
        found = [m.span() for m in matches.finditer(sentence)]
        assert found == [m.span() for m in plain.finditer(sentence)], sentence


def test_the_subjects_of_a_sentence_are_those_find_gives() -> None:
    index = entity_index(KB)
    for sentence in SENTENCES:
        assert index.subjects(sentence) == index.find(sentence).subjects, sentence


def test_the_regions_named_are_each_region_s_matches() -> None:
    for sentence in SENTENCES:
        every = [(m.start(), m.end(), r) for r, words in REGIONS for m in words.finditer(sentence)]
        assert list(regions_in(sentence)) == every, sentence


def test_boundaries_of_random_text_are_the_full_pattern_s() -> None:
    rng = random.Random(7)
    pieces = ["a", "B", "Z", ".", " ", "!", "?", ";", "\n", "\t", "1", "5", "\u00a0", "x"]
    pieces += ["\u2022", "\ufe0f", "\U0001f64c", "'", "\u201c", "_", "\u00e9"]
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 24)))
        spans = [m.span() for m in segment.BOUNDARY.finditer(text)]
        assert list(segment.boundaries(text)) == spans, repr(text)


def test_a_non_ascii_text_without_bullets_is_split_by_the_plain_pattern() -> None:
    text = "Caf\u00e9 serum.Works fast! \u00bfReally?\nYes"
    assert list(segment.boundaries(text)) == [m.span() for m in segment.BOUNDARY.finditer(text)]
    assert re.search(r"[^\x00-\x7f]", text)
