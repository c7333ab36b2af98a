"""The skip of the fuzzy look-up for names made only of excipients' and headings' words
(inactive_words) changes nothing but the time: no such word is an ingredient's name or near
one, misspelt actives are still found, and every real label reads the same without it."""

from __future__ import annotations

import pytest

import anagen.products.ingredient_index as ingredient_index
from anagen.products.inactive_words import INACTIVE_WORDS, names_no_active
from anagen.products.label import analyze_label
from tests.products.label_corpus import KB, TEXTS

INDEX = ingredient_index.index_for(KB)


@pytest.fixture
def without_skip(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingredient_index, "names_no_active", lambda words: False)


def test_no_word_is_a_name_of_the_knowledge_base() -> None:
    assert not [w for w in INACTIVE_WORDS if f" {w} " in INDEX.names]


def test_no_word_alone_is_near_a_name(without_skip: None) -> None:
    INDEX.clear_memo()
    assert not [w for w in sorted(INACTIVE_WORDS) if INDEX._find_fuzzy(w) is not None]


@pytest.mark.parametrize(
    ("words", "skipped"),
    [
        ({"propylene", "glycol"}, True),
        ({"peg", "40", "hydrogenated", "castor", "oil"}, True),
        ({"aqua"}, True),
        ({"minoxdil"}, False),
        ({"rosemarry", "oil"}, False),
        ({"saw", "palmeto", "extract"}, False),
        ({"sodium", "laureth", "sulfate", "biotn"}, False),
    ],
)
def test_only_names_wholly_of_inactive_words_are_skipped(words: set[str], skipped: bool) -> None:
    assert names_no_active(words) is skipped


@pytest.mark.parametrize(
    ("item", "slug"),
    [
        ("Minoxdil 5% w/v", "minoxidil"),
        ("Rosemarry Oil", "rosemary-oil"),
        ("Propylene Glycol", None),
    ],
)
def test_misspelt_actives_are_still_found(item: str, slug: str | None) -> None:
    INDEX.clear_memo()
    found = INDEX.find(item)
    assert (found.slug if found else None) == slug


def test_every_real_label_reads_the_same_without_the_skip(monkeypatch: pytest.MonkeyPatch) -> None:
    def read_all() -> list[str]:
        out = []
        for text in TEXTS:
            INDEX.clear_memo()
            out.append(repr(analyze_label(text, INDEX)))
        return out

    with_skip = read_all()
    monkeypatch.setattr(ingredient_index, "names_no_active", lambda words: False)
    assert read_all() == with_skip
