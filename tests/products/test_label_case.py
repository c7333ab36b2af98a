"""The label reading's case and first-character fast paths find exactly what the forms they
replace find: re.I patterns run on ASCII text lower-cased (label_words.AsciiCase), and the
patterns rewritten to begin with a class or a letter per branch, against their forms before, and
the forms for ASCII text that read \\d as 0 to 9 or fold a name through a table of bytes."""

from __future__ import annotations

import random
import re

import pytest

from anagen.products.ingredient_index import fold
from anagen.products.label_blend import PROPRIETARY, PROPRIETARY_ANY_CASE
from anagen.products.label_entries import NUMBER_GOES_ON, split_items
from anagen.products.label_prose import COMMA_OR_AND
from anagen.products.label_type_device import MAY_HOLD_A_FIGURE, MAY_HOLD_A_FIGURE_ASCII
from anagen.products.label_words import (
    COMPARED,
    COMPARED_ANY_CASE,
    DIGIT,
    AsciiCase,
    has_digit,
)
from anagen.products.strength import (
    EQUIVALENT,
    EQUIVALENT_ANY_CASE,
    PER_ONE,
    PER_ONE_ANY_CASE,
    STANDARDISED,
    STANDARDISED_ANY_CASE,
)
from tests.products.label_corpus import TEXTS

PIECES = [piece for t in TEXTS for line in t.split("\n") for piece in [line, *split_items(line)]]

# The forms before: COMPARED with groups of first words, the other two as plain alternations.
COMPARED_BEFORE = re.compile(
    r"\b(as well as|than|like(?<!-like)|compared (with|to)|versus|vs\.?|as much as|"
    r"(combine[sd]?|pair(ed|s)?|use[sd]?) (it |them )?(with|alongside)|while (using|taking)|"
    r"(we|i) also (sell|offer|stock|carry|have)|also available|the same( [\w-]+){0,3} as|"
    r"replac(es|ing)|not replace|instead of|in place of|alternative to|substitute for|switched from|"
    r"changed from|"
    r"previously (filled|dispensed|supplied)|previous (fill|supply)|also (use|apply)|"
    r"alternatief voor|alternative (zu|f\u00fcr|au|\u00e0|aux)|alternativa (a|al|ao|\u00e0)|"
    r"e\.\s?g\.|\bz\.?\s?b\.|for example|zum beispiel|par exemple|por ejemplo|ad esempio|"
    r"t\.\s?ex\.|till exempel|f\.\s?eks\.|for eksempel|fx|bijvoorbeeld|bijv\.|esim\.|esimerkiksi|"
    r"na przyk\u0142ad|nap[\u0159r]\.|nap[\u0159r][\u00edi]klad|p\u00e9ld\u00e1ul|\u00f6rne\u011fin|\u03c0\.\s?\u03c7\.|\u043d\u0430\u043f\u0440\u0438\u043c\u0435\u0440)(?!\w)|"
    r"\u3088\u308a\u3082|\u4f18\u4e8e",
    re.I,
)
MAY_HOLD_A_FIGURE_BEFORE = re.compile(r"510|k\d|\d\s*(?:nm|nanomet|mm)")
COMMA_OR_AND_BEFORE = re.compile(rf",(?!{NUMBER_GOES_ON})|\||\s+(?:and|&|\+|plus|y|et|und)\s+")


def _random_texts(words: list[str], count: int, seed: int) -> list[str]:
    """Texts of the patterns' own words in any case, run together or apart, with the letters
    re.I folds oddly ("\u017f" for s, the Kelvin sign for k, dotted and dotless i)."""
    rng = random.Random(seed)
    glue = [
        " ",
        "",
        "  ",
        "\n",
        ".",
        ",",
        "-",
        "|",
        "\t",
        "1",
        "5 ",
        "x",
        "\u017f",
        "\u212a",
        "\u0130",
    ]
    texts = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randrange(1, 9)):
            w = rng.choice(words)
            w = "".join(c.upper() if rng.random() < 0.2 else c for c in w)
            parts += [w, rng.choice(glue)]
        texts.append("".join(parts))
    return texts


def _words(pattern: re.Pattern[str]) -> list[str]:
    """The runs of letters, digits and blanks in a pattern's source, as pieces of text."""
    return [w for w in re.findall(r"[^\\()\[\]|?*+{}^$]+", pattern.pattern) if w.strip()]


CASES = [
    (COMPARED_ANY_CASE, COMPARED),
    (EQUIVALENT_ANY_CASE, EQUIVALENT),
    (STANDARDISED_ANY_CASE, STANDARDISED),
    (PER_ONE_ANY_CASE, PER_ONE),
    (PROPRIETARY_ANY_CASE, PROPRIETARY),
]


@pytest.mark.parametrize(("fast", "plain"), CASES, ids=[p.pattern[:20] for _, p in CASES])
def test_ascii_case_finds_where_re_i_finds(fast: AsciiCase, plain: re.Pattern[str]) -> None:
    rng = random.Random(7)
    for text in PIECES + TEXTS + _random_texts(_words(plain), 3000, 8):
        places = [(rng.randrange(len(text) + 1), rng.randrange(len(text) + 2)) for _ in range(2)]
        for pos, endpos in [(0, len(text)), *places]:
            m, expected = fast.search(text, pos, endpos), plain.search(text, pos, endpos)
            assert (m and m.span()) == (expected and expected.span()), (text, pos, endpos)


def test_compared_finds_what_its_grouped_form_found() -> None:
    for text in PIECES + TEXTS + _random_texts(_words(COMPARED_BEFORE), 5000, 9):
        expected = [m.span() for m in COMPARED_BEFORE.finditer(text)]
        assert [m.span() for m in COMPARED.finditer(text)] == expected, text


def test_figure_and_comma_forms_find_what_their_plain_forms_found() -> None:
    alphabet = [
        "510",
        "k",
        "K",
        "0",
        "5",
        "10",
        "\u0665",
        " ",
        "\t",
        "nm",
        "nanomet",
        "mm",
        "m",
        "n",
    ]
    alphabet += [
        ",",
        "|",
        " and ",
        "and",
        " & ",
        " + ",
        "plus",
        " y ",
        " et ",
        " und ",
        "\n",
        "\u00a0",
    ]
    for text in PIECES + TEXTS + _random_texts(alphabet, 20000, 10):
        expected = [m.span() for m in MAY_HOLD_A_FIGURE_BEFORE.finditer(text)]
        assert [m.span() for m in MAY_HOLD_A_FIGURE.finditer(text)] == expected, text
        if text.isascii():
            assert [m.span() for m in MAY_HOLD_A_FIGURE_ASCII.finditer(text)] == expected, text
        assert has_digit(text) == (DIGIT.search(text) is not None), text
        assert COMMA_OR_AND.split(text) == COMMA_OR_AND_BEFORE.split(text), text


def test_ascii_fold_by_bytes_gives_the_str_table_fold() -> None:
    names = str.maketrans(
        {chr(i): chr(i) if re.fullmatch(r"[a-z0-9%]", chr(i)) else " " for i in range(128)}
    )
    rng = random.Random(11)
    every = [chr(i) for i in range(128)]
    randoms = ["".join(rng.choice(every) for _ in range(rng.randrange(30))) for _ in range(20000)]
    for text in [t for t in PIECES + TEXTS if t.isascii()] + randoms:
        assert fold(text) == f" {' '.join(text.lower().translate(names).split())} ", text
