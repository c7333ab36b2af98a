"""Cheap tests before costlier ones (many texts folded at once, a rule list from a label's
words, a count or a character look-up before a regex, whole-label word tests answered by the
label's one look-up of hint words), each giving over every real label what the plain form it
replaces gives."""

from __future__ import annotations

from anagen.products.ingredient_index import fold, fold_each, index_for
from anagen.products.label import LABEL_HINTS, _hides_a_blend
from anagen.products.label_blend import BLEND_WORDS, has_blend, hides_amounts
from anagen.products.label_cleanup import cleaned
from anagen.products.label_items import QUESTION
from anagen.products.label_own import (
    COMPOSITION_HEADING,
    COMPOSITION_HEADING_ASCII,
    LABELLED,
    LIST_COMMA,
    _two_list_commas,
)
from anagen.products.label_shape import (
    INCI_ITEM,
    ITEM_BREAKS,
    STEM_HINTS,
    UNTICKED,
    free_from_words,
    unticked_only,
)
from anagen.products.label_text import normalise
from anagen.products.label_type import rules_for
from anagen.products.label_type_rules import TYPE_MUST_CONTAIN, TYPE_RULES
from anagen.wordscan import ascii_branches
from tests.products.label_corpus import KB, TEXTS

LINES = [line for text in TEXTS for line in normalise(cleaned(text)).split("\n")]


def test_fold_each_folds_as_fold_does_text_by_text() -> None:
    for line in LINES:
        for pieces in (INCI_ITEM.split(line), ITEM_BREAKS.split(line), [line]):
            assert fold_each(pieces) == [fold(p).strip() for p in pieces], line[:80]
    # a line break inside a text, other scripts, nothing at all
    for pieces in (["Aqua\nGlycerin", "Parfum"], ["Wasser", "Glyzerin", "\u6c34"], [], [""]):
        assert fold_each(pieces) == [fold(p).strip() for p in pieces]


def test_rules_for_a_labels_words_are_those_a_set_test_per_rule_keeps() -> None:
    for text in TEXTS:
        found = LABEL_HINTS.found(normalise(cleaned(text)).lower())
        expected = [
            i
            for i in range(len(TYPE_RULES))
            if not TYPE_MUST_CONTAIN.get(i) or not found.isdisjoint(TYPE_MUST_CONTAIN[i])
        ]
        assert rules_for(found) == expected, text[:80]
    assert rules_for(set()) == [i for i in range(len(TYPE_RULES)) if i not in TYPE_MUST_CONTAIN]


def test_two_list_commas_as_the_regex_counts_them() -> None:
    for line in [*LINES, "0,5 %, 1,2", "a, b", "a, b, c", "1,000, 2,000"]:
        assert _two_list_commas(line) == (len(LIST_COMMA.findall(line)) >= 2), line[:80]


def test_a_question_needs_its_question_mark() -> None:
    # (label_items looks for "?" before the regex)
    for line in [*LINES, "Minoxidil bhi chahiye?", "\u00bfTambi\u00e9n minoxidil?"]:
        if QUESTION.search(line):
            assert "?" in line


def test_unticked_options_are_found_with_the_box_looked_up_first() -> None:
    index = index_for(KB)
    text = "\u2610 Finasteride 1 mg +$25\nMinoxidil 5%\n  \u25a1 Biotin 5000 mcg"
    assert UNTICKED.search(text)
    assert unticked_only(text, index) == {"finasteride", "biotin"}
    for text in TEXTS:
        normalised = normalise(cleaned(text))
        if not UNTICKED.search(normalised):
            assert unticked_only(normalised, index) == set()


def test_ascii_branches_leave_out_only_what_needs_a_character_beyond_ascii() -> None:
    pattern = "abc|d\u00e9f|x[\u00e9y]z|g\u00e9?h|(\u00e9|a)b|\u00e9\\w*|q\\.r"
    assert ascii_branches(pattern) == [
        "abc",
        "x[\u00e9y]z",
        "g\u00e9?h",
        "(\u00e9|a)b",
        "\u00e9\\w*",
        "q\\.r",
    ]


def test_the_ascii_composition_heading_finds_what_the_full_one_finds() -> None:
    headings = [
        h.lower()
        for line in LINES
        if ":" in line and (head := LABELLED.match(line)) is not None
        for h in (head.group(1), line)
    ]
    headings += ["ingredients", "active ingredients", "contains", "inhaltsstoffe", "key actives"]
    for heading in headings:
        if heading.isascii():
            full, ascii_only = (
                COMPOSITION_HEADING.search(heading),
                COMPOSITION_HEADING_ASCII.search(heading),
            )
            assert (full and full.span()) == (ascii_only and ascii_only.span()), heading


def test_the_label_look_up_answers_the_blend_and_free_from_word_tests() -> None:
    index = index_for(KB)
    # (_hides_a_blend's reasoning holds for words without blanks, tabs or dots)
    assert not any(c in w for w in BLEND_WORDS for c in " \t.")
    extra = [
        "Hair   Growth Blend 500 mg\nBiotin 100 mg\nZinc 10 mg",
        "Proprietary\tblend 400 mg: saw palmetto, nettle",
        "Formula... 300 mg of a complex",
        "Sans  parabens, sans silicones, sans sulfates",
    ]
    for text in [*TEXTS, *extra]:
        text = cleaned(text)
        normalised = normalise(text)
        found = LABEL_HINTS.found(normalised.lower())
        lower = normalised.lower()
        assert found & set(STEM_HINTS) == {s for s in STEM_HINTS if s in lower}, text[:80]
        assert free_from_words(normalised, index, found) == free_from_words(normalised, index)
        assert _hides_a_blend(text, found) == (has_blend(text) and hides_amounts(text)), text[:80]
