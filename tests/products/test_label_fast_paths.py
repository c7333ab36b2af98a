"""The label reading's fast paths find exactly what the plain forms they replace find: the
device rule in two halves, PROSE_WORDS on lower-cased ASCII, the full stop or blank before the
look-behinds of PANEL_ENTRY_END and SENTENCE_END, and the one-hit shortcut of the name scan."""

from __future__ import annotations

import random
import re

import pytest

from anagen.products.ingredient_index import Found, IngredientIndex, index_for, resolved
from anagen.products.label_entries import AND_WORDS, HAS_AND_WORD, PANEL_ENTRY_END, split_items
from anagen.products.label_prose import SENTENCE_END
from anagen.products.label_type import TYPE_SCANS_LOWER
from anagen.products.label_type_device import (
    DEVICE_HALVES,
    DEVICE_WORDS_LOWER,
    MAY_HOLD_A_FIGURE,
    DeviceHalves,
)
from anagen.products.label_type_rules import TYPE_RULES
from anagen.products.label_words import (
    NOT_AN_ABBREVIATION,
    PROSE_WORDS,
    any_of,
    is_prose,
    prose_word_spans,
)
from anagen.wordscan import Scan
from tests.products.label_corpus import KB, TEXTS

DEVICE_SAMPLES = [
    "K Number K142573. The LaserComb consists of 82 diode lasers at 655 nm.",
    "FDA 510(k) cleared laser cap, 650nm, low-level laser therapy",
    "0.5 mm titanium microneedles, needle length 1.0mm, derma roller",
    "Dermapen with 12 x 0.25 mm needles; also a derma-stamp",
    "k1234567 and ak123456 and 510 (k) and 1,650 nanometres",
    "Medical grade lasers in a laser helmet; 5 mm needle",
    "The recommended summary: community immune 100 nm",
]
# The device rule as it was written before its figures and words were put apart.
DEVICE_BEFORE = re.compile(
    r"\b(510\s*\(k\)|k\d{6}|laser diodes?|diode lasers?|\d{3}\s*(nm|nanomet)|low[- ]level (laser|light)|"
    r"fda[- ]cleared|medical[- ]grade lasers?|laser (caps?|helmets?|combs?|bands?)|"
    r"derma[- ]?rollers?|dermapen|derma[- ]?stamps?|microneedl\w* (rollers?|pens?|tools?|devices?)|"
    r"needle length|\d(\.\d+)?\s*mm (titanium )?(micro)?needles?)",
    re.I,
)


def _random_texts(alphabet: str, count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 30))) for _ in range(count)
    ]


def _device_rule() -> re.Pattern[str]:
    return next(rule for name, rule in TYPE_RULES if name == "device")


@pytest.mark.parametrize("text", TEXTS + DEVICE_SAMPLES)
def test_device_rule_in_two_halves_finds_what_it_found(text: str) -> None:
    spans = [m.span() for m in DEVICE_BEFORE.finditer(text)]
    assert [m.span() for m in _device_rule().finditer(text)] == spans
    lower = text.lower()
    full = next(scan for name, scan in TYPE_SCANS_LOWER if name == "device")
    if not MAY_HOLD_A_FIGURE.search(lower):
        assert DEVICE_WORDS_LOWER.spans(lower) == full.spans(lower)


def test_device_words_alone_stand_in_only_without_figures() -> None:
    for text in DEVICE_SAMPLES:
        lower = text.lower()
        figures = MAY_HOLD_A_FIGURE.search(lower) is not None
        full = next(scan for name, scan in TYPE_SCANS_LOWER if name == "device")
        assert figures or DEVICE_WORDS_LOWER.spans(lower) == full.spans(lower)
    assert MAY_HOLD_A_FIGURE.search("k142573") and MAY_HOLD_A_FIGURE.search("0.5 mm")


def _walk(scan: Scan | DeviceHalves, text: str) -> list[tuple[int, int]]:
    """Every match from the start on, each search from the end of the one before, as the type
    rule walks the device words."""
    spans, pos = [], 0
    while (m := scan.search(text, pos)) is not None:
        spans.append(m.span())
        pos = m.end()
    return spans


@pytest.mark.parametrize(
    "text",
    TEXTS
    + DEVICE_SAMPLES
    + _random_texts("k0123456789 .mn()laser diodemu\n", 400, seed=7)
    + ["510 (k) laser cap 650nm k123456 0.5 mm needles, then a derma roller"],
)
def test_device_rule_in_halves_finds_what_the_whole_rule_finds(text: str) -> None:
    lower = text.lower()
    full = next(scan for name, scan in TYPE_SCANS_LOWER if name == "device")
    assert _walk(DEVICE_HALVES, lower) == _walk(full, lower)


def test_prose_words_on_ascii_find_what_re_i_finds() -> None:
    items = [i for t in TEXTS for i in split_items(t)] + _random_texts(
        "The IS use Daily per day yoU ThiS take taken, x-.\n", 3000, 1
    )
    for item in items:
        assert prose_word_spans(item) == PROSE_WORDS.spans(item), item
        expected = len(item.split()) >= 5 and bool(PROSE_WORDS.search(item))
        assert is_prose(item) == expected, item


def test_panel_entry_end_finds_what_the_look_behind_first_form_found() -> None:
    before = re.compile(
        rf"(?<=[a-z0-9)%])(?<!\bFr)(?<!\bPl)(?<!\bLf)(?<!\bFl)(?<!\bRt)(?<!\bSd)(?<!\bExt)\."
        rf"{NOT_AN_ABBREVIATION}\s+(?=[A-Z])"
    )
    for text in TEXTS + _random_texts("abFrPlLfExtSdRt. )(%0Aa\nBz", 20000, 2):
        assert PANEL_ENTRY_END.sub("\n", text) == before.sub("\n", text), text


def test_sentence_end_finds_what_the_look_behind_first_form_found() -> None:
    before = re.compile(rf"(?<=[.;\n?!]){NOT_AN_ABBREVIATION}(?<!\.\.)\s+")
    for text in TEXTS + _random_texts("abzB.;\n?! \t(\u00a0\u2003.x", 20000, 3):
        assert SENTENCE_END.split(text) == before.split(text), text


def _scan_in_full(index: IngredientIndex, text: str) -> tuple[list[Found], bool]:
    """IngredientIndex._scan without its one-hit shortcut."""
    return resolved(index._hits(text))


def test_name_scan_shortcut_gives_the_full_scan() -> None:
    index = index_for(KB)
    items = [i for t in TEXTS for i in split_items(t)] + ["Zinc PCA", "Magnesium stearate", ""]
    for item in items:
        assert index._scan(item) == _scan_in_full(index, item), item


def test_fuzzy_lookups_do_not_depend_on_what_was_looked_up_before() -> None:
    """The memo of each word's closest name (and the others) gives what a fresh look-up gives,
    in any order, and clear_memo empties it."""
    index = index_for(KB)
    rng = random.Random(4)
    names = [i for t in TEXTS[:80] for i in split_items(t)]
    names += [n[:k] + n[k + 1 :] for n in names if len(n) > 7 for k in [rng.randrange(len(n))]]
    fresh = []
    for name in names:
        index.clear_memo()
        fresh.append(index.find(name))
    assert any(f is not None and not f.exact for f in fresh)  # misspellings among them
    for order in (names, names[::-1]):
        index.clear_memo()
        found = {name: index.find(name) for name in order}
        assert [found[n] for n in names] == fresh
    index.clear_memo()
    assert not index._best_memo and not index._fuzzy_memo


def test_any_of_is_a_substring_test_per_word() -> None:
    items = [i for t in TEXTS for i in split_items(t)] + _random_texts("andplus+/with &x", 5000, 5)
    for item in items:
        assert (HAS_AND_WORD(item) is not None) == any(w in item for w in AND_WORDS), item
    assert any_of(["a.b"])("axb") is None  # the words are plain text, not patterns


def test_strength_finds_what_the_look_behind_first_form_found() -> None:
    from anagen.products.strength import STRENGTH, UNIT

    number = (
        r"([1-9]\d{0,2}(?:,\d{3})+|\d+(?:[.,]\d+)?"
        r"|[1-9]\d{0,2}(?: \d{3})+(?= ?(?:\u00b5g|\u03bcg|mcg|ug|mi[ck]rogram|iu|ui)(?![a-z])))"
    )
    before = re.compile(rf"(?<![\w.]){number}(?:\s*|-){UNIT}", re.IGNORECASE)
    lines = [line for t in TEXTS for line in t.split("\n")]
    alphabet = "0123456789 ,.-%mgcuiIUlML\u00b5\u03bcabx_\u0663\uff15 "
    for text in TEXTS + lines + _random_texts(alphabet, 20000, 6):
        expected = [(m.span(), m.groups()) for m in before.finditer(text)]
        assert [(m.span(), m.groups()) for m in STRENGTH.finditer(text)] == expected, text
