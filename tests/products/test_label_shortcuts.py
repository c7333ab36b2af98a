"""The label reading's shortcuts give what the longer way gives: has_a_mass (per_one changes
only masses), find_at_word_edge (re's \\b search), the fuzzy choices by length, and the early
returns of the sentence reading, the preamble's strengths and the page's sentence test."""

from __future__ import annotations

import random
import re

import pytest

from anagen.products.ingredient_index import index_for
from anagen.products.label_own import _a_sentence
from anagen.products.label_prose import read_prose
from anagen.products.label_result import Active, LabelAnalysis
from anagen.products.label_units import has_a_mass, per_one
from anagen.wordscan import find_at_word_edge
from tests.products.label_corpus import KB, TEXTS


def _analysis(*strengths: str | None) -> LabelAnalysis:
    out = LabelAnalysis(product_type="otc_drug")
    out.actives = [Active(f"slug-{i}", f"name {i}", s) for i, s in enumerate(strengths)]
    return out


@pytest.mark.parametrize(
    ("strengths", "expected"),
    [
        ((), False),
        ((None,), False),
        (("5%",), False),
        (("1000 IU", "50 mcg"), False),
        (("5 mg/mL",), False),  # an amount per volume as printed, not a mass
        (("70 mg",), True),
        (("5%", None, "0.5 mg"), True),
    ],
)
def test_has_a_mass_is_whether_per_one_would_change_a_strength(
    strengths: tuple[str | None, ...], expected: bool
) -> None:
    out = _analysis(*strengths)
    assert has_a_mass(out) is expected
    before = list(out.actives)
    per_one(out)
    assert (out.actives != before) is expected


@pytest.mark.parametrize(
    ("text", "literal", "expected"),
    [
        ("minoxidil 5%", "minoxidil", 0),
        ("aminoxidil minoxidil", "minoxidil", 11),  # not inside a word
        ("aminoxidil", "minoxidil", -1),
        # a sign first: the edge is after a word character, not after a blank
        ("x (biotin) y", "(biotin", -1),
        ("x(biotin) y", "(biotin", 1),
        ("(biotin", "(biotin", -1),
        ("d-biotin", "-biotin", 1),
        ("", "zinc", -1),
        ("zinc_oxide zinc", "zinc", 0),
        ("oxide_zinc zinc", "zinc", 11),  # "_" is a word character
        ("ミノキシジル", "ミノ", 0),
        ("l-ménthol ménthol", "ménthol", 2),
    ],
)
def test_find_at_word_edge_examples(text: str, literal: str, expected: int) -> None:
    assert find_at_word_edge(text, literal) == expected


def _re_search(text: str, literal: str) -> int:
    m = re.search(rf"\b{re.escape(literal)}", text)
    return -1 if m is None else m.start()


def test_find_at_word_edge_finds_where_re_does() -> None:
    rng = random.Random(3)
    alphabet = "ab _-(.1é\u00b5\u30df"
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(12)))
        literal = "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 4)))
        assert find_at_word_edge(text, literal) == _re_search(text, literal), (text, literal)
    for text in TEXTS[:60]:
        lower = text.lower()
        for word in ("minoxidil", "biotin", "zinc", "(", "-", "5", "caffeine"):
            assert find_at_word_edge(lower, word) == _re_search(lower, word)


def test_fuzzy_choices_by_length_are_the_names_in_their_order() -> None:
    index = index_for(KB)
    for length in range(0, 90):
        for cutoff in (0, 50, 80, 86, 100):
            index._near.clear()
            assert index._choices_near(length, cutoff) == [
                c for c in index.choices if 200 * min(length, len(c)) >= cutoff * (length + len(c))
            ]


def test_prose_without_new_actives_or_a_missing_strength_adds_nothing() -> None:
    """The early return: with every active's strength known and no new active allowed, the
    whole reading would change nothing, and it does not."""
    index = index_for(KB)
    text = "Each tablet contains 1 mg finasteride. Minoxidil 5% solution."
    out = _analysis("2%")
    read_prose(text, index, out, add_new=False)
    assert out.actives == _analysis("2%").actives
    # (a strength missing: the sentence reading gives it)
    out = LabelAnalysis(actives=[Active("finasteride", "Finasteride", None)])
    read_prose(text, index, out, add_new=False)
    assert out.actives == [Active("finasteride", "Finasteride", "1 mg")]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Aqua, Glycerin, Parfum, Biotin", False),  # no sentence's end: the early return
        ("1. Minoxidil topical foam for men", False),  # the list mark's stop is no end
        ("Apply twice a day to the dry scalp and leave it on.", True),
        ("Do not use if you are pregnant or breastfeeding!", True),
        ("Biotin 5000 mcg, Zinc 15 mg, Saw palmetto 320 mg.", False),  # a list, not prose
    ],
)
def test_a_sentence(line: str, expected: bool) -> None:
    assert _a_sentence(line) is expected
