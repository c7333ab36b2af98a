"""The one-word fuzzy look-up's gate (IngredientIndex._may_start_alike) changes nothing: a word
whose first letter no close name shares gets None, as scoring every name would give it."""

from __future__ import annotations

import random

from rapidfuzz import fuzz, process

from anagen.products.ingredient_index import (
    FUZZY_MIN_LENGTH,
    FUZZY_WORD_MIN_SCORE,
    IngredientIndex,
    _fits,
    fold,
    index_for,
)
from anagen.products.label_entries import split_items
from tests.products.label_corpus import KB, TEXTS


def _closest_in_full(
    index: IngredientIndex, query: str, cutoff: int, words: set[str], same_start: bool
) -> tuple[str, float, int] | None:
    """IngredientIndex._closest as it was before the gate: every name near in length scored."""
    choices = index._choices_near(len(query), cutoff)
    best = process.extractOne(query, choices, scorer=fuzz.ratio, score_cutoff=cutoff)
    if best is None or _fits(best[0], query, words, same_start):
        return best
    more = process.extract(query, choices, scorer=fuzz.ratio, score_cutoff=cutoff, limit=5)
    return next((b for b in more if _fits(b[0], query, words, same_start)), None)


def _words() -> list[str]:
    rng = random.Random(7)
    words = {w for t in TEXTS for item in split_items(t) for w in fold(item).split()}
    words = {w for w in words if len(w) >= FUZZY_MIN_LENGTH + 1}
    # misspellings of the known names too, so that some words do reach a name
    names = [n.strip() for n in index_for(KB).choices if len(n.strip()) >= FUZZY_MIN_LENGTH + 1]
    for name in names:
        k = rng.randrange(len(name))
        words.add(name[:k] + name[k + 1 :])
        words.add(name[:k] + rng.choice("aeioux") + name[k + 1 :])
    return sorted(words)


def test_the_first_letter_gate_gives_what_scoring_every_name_gives() -> None:
    index = index_for(KB)
    found = 0
    for word in _words():
        words = {word}
        index.clear_memo()
        got = index._closest(word, FUZZY_WORD_MIN_SCORE, words, same_start=True)
        assert got == _closest_in_full(index, word, FUZZY_WORD_MIN_SCORE, words, True), word
        found += got is not None
    assert found > 100  # the gate lets the words that do reach a name through
