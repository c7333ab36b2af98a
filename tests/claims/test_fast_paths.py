"""The claim checker's shortcuts find just what the plain patterns find: the sentence splitter's
narrower patterns, AnyCase's merged word boundaries and the ASCII-class copies of the patterns."""

from __future__ import annotations

import re

import pytest

from anagen.claims import kinds, segment
from anagen.claims.anycase import AnyCase, first_letter_check, one_word_edge, plain_copy
from anagen.claims.entities import HYPHENATED, HYPHENATED_ASCII
from anagen.claims.subject_context import BACK_REFERENCE
from anagen.wordscan import lowered, top_level_branches
from tests.claims.checking import KB

ADS = [
    t
    for p in KB.products.values()
    for t in ("\n".join(p.marketing_claims), p.review or "", p.label_text)
    if t.strip()
]
WRITTEN = [
    "Regrows hair FAST.Clinically proven!  No side effects; unlike minoxidil, it works.",
    "\u2022 GENTLE FORMULA: no side effects \u25aa Thicker hair in 2 weeks \u25cf Rated 4.9",
    "Good news for teens \U0001f64c\ufe0f Litfulo is approved. Dose 0.5 mg. Ok?Yes",
    "Use it daily \u2600 \u201cBest serum\u201d she said.\n\n- Item one\n2) Item two",
    "A\x1cB separators\x1fhere. caf\u00e9-style sh\u00e4mpoo x-ray 5-alpha re-grow",
]
TEXTS = ADS + WRITTEN + [t.upper() for t in WRITTEN] + [t.lower() for t in WRITTEN]


def _boundaries(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_the_splitter_finds_every_boundary_the_full_pattern_finds() -> None:
    for text in TEXTS:
        assert list(segment.boundaries(text)) == _boundaries(segment.BOUNDARY, text), text
        assert _boundaries(segment._STARTS, text) == _boundaries(segment.BOUNDARY, text), text


def test_hyphenated_words_are_the_ones_the_plain_pattern_finds() -> None:
    plain = re.compile(r"\b[A-Za-z]+(?:-[A-Za-z]+)+\b")
    for text in TEXTS:
        assert _boundaries(HYPHENATED, text) == _boundaries(plain, text)
        if text.isascii():
            assert _boundaries(HYPHENATED_ASCII, text) == _boundaries(plain, text)


@pytest.mark.parametrize(
    "pattern",
    [
        BACK_REFERENCE.any_case.pattern,
        r"\bab|^\W*cd\b|\b(ef|gh)\b|x\by",
        r"\b(a)\1|\bb",  # a back-reference: left as it is
        r"[|]\bx|\by",
    ],
)
def test_merged_word_edges_match_where_the_pattern_does(pattern: str) -> None:
    merged = one_word_edge(pattern, re.I)
    if re.search(r"\\[1-9]", pattern):
        assert merged == pattern
    whole, fast = re.compile(pattern, re.I), re.compile(merged, re.I)
    for text in [*TEXTS, "ab", " cd", "xy", "x y", "|x", "them", "GH!"]:
        for pos in range(0, len(text) + 1, max(1, len(text) // 17)):
            for end in (len(text), pos + 12):
                assert bool(whole.search(text, pos, end)) == bool(fast.search(text, pos, end))


def test_top_level_branches_rejoin_to_the_pattern() -> None:
    for _, p in kinds.PATTERN_ORDER:
        assert "|".join(top_level_branches(p.pattern)) == p.pattern
    assert top_level_branches(r"a|(b|c)|[|]|\|d") == ["a", "(b|c)", "[|]", r"\|d"]


def test_anycase_found_is_a_case_blind_search() -> None:
    for text in TEXTS:
        for sentence in text.split("\n"):
            assert BACK_REFERENCE.found(sentence) == bool(
                re.search(BACK_REFERENCE.any_case.pattern, sentence, re.I)
            )
    assert AnyCase(r"\bfoo\s+bar").found("FOO\x1cBAR") == bool(
        re.search(r"\bfoo\s+bar", "FOO\x1cBAR", re.I)
    )


def test_ascii_copies_find_the_same_spans_on_ascii_text() -> None:
    for text in TEXTS:
        for sentence in text.split("\n"):
            lower, in_ascii = plain_copy(sentence)
            if lower is None:
                continue
            assert in_ascii == (lower.isascii() and not re.search("[\x1c-\x1f]", lower))
            if not in_ascii:
                continue
            for (_, plain), (_, fast) in zip(kinds.LOWER_ORDER, kinds.ASCII_ORDER, strict=True):
                m, f = plain.search(lower), fast.search(lower)
                assert (m and m.span()) == (f and f.span()), (plain.pattern, sentence)


def test_first_letter_checks_find_the_same_spans_and_groups() -> None:
    checked = 0
    for _, p in kinds.PATTERN_ORDER:
        plain = lowered(p.pattern)
        fast = first_letter_check(plain)
        checked += fast != plain
        whole, quick = re.compile(plain), re.compile(fast)
        assert whole.groups == quick.groups
        for text in TEXTS:
            lower = text.lower()
            got = [(m.span(), m.groups()) for m in quick.finditer(lower)]
            assert got == [(m.span(), m.groups()) for m in whole.finditer(lower)], plain
    assert checked > 100  # most kinds' patterns open with \b or a look-behind
    for pattern in [
        *(r"\b(cat|tree)s?|x", r"(?<!no )(cat|dog)", r"\b\d+|\bcats?", r"\bcat"),
        r"(?:(?<=\bno )|(?<=\ba ))(cat|dog)",  # a choice of look-behinds, read before a letter
    ]:
        fast = first_letter_check(pattern)
        for text in ["cats trees x no cat dog 12 tree", "xcat", "no dogs", "12cats", "a dog"]:
            assert [m.span() for m in re.finditer(fast, text)] == [
                m.span() for m in re.finditer(pattern, text)
            ]
    assert first_letter_check(r"\b(cat|tree)") == r"\b(?=[ct])(cat|tree)"
    assert first_letter_check(r"\b(cat|tree)", re.I) == r"\b(cat|tree)"  # classes fold case
    assert first_letter_check(r"\b\d+") == r"\b\d+"  # no letters known
    assert first_letter_check(r"(?:(?<=no )|(?<=a ))dog") == r"(?=[d])(?:(?<=no )|(?<=a ))dog"
    assert first_letter_check(r"(?:(?<=no )|x)dog") == r"(?:(?<=no )|x)dog"  # x reads a letter
