"""Labels in Japanese, Chinese, Korean, Russian and Ukrainian (label_scripts.yaml, written for
these tests): names in those scripts found (inside a run of kana or ideographs, as whole words
in Cyrillic), their amounts read as the Latin-script ones are, the type words of each country,
look-alikes and other products' names left alone, and an ASCII label read as before."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from anagen.knowledge.loader import default_content_dir, load_content
from anagen.products.ingredient_index import fold, index_for
from anagen.products.label_cleanup import cleaned
from tests.products.label_reading import read_label

KB = load_content(default_content_dir())
INDEX = index_for(KB)
CASES = yaml.safe_load((Path(__file__).parent / "label_scripts.yaml").read_text())


@pytest.mark.parametrize("case", CASES["read"], ids=lambda c: c["note"])
def test_a_label_in_another_script_is_read(case: dict) -> None:  # type: ignore[type-arg]
    assert read_label(case["text"]) == (case["type"], case["actives"])


@pytest.mark.parametrize("case", CASES["not_active"], ids=lambda c: c["text"][:24])
def test_a_lookalike_or_another_products_name_is_not_an_active(case: dict) -> None:  # type: ignore[type-arg]
    _, actives = read_label(case["text"])
    assert set(case["absent"]).isdisjoint(actives), actives


@pytest.mark.parametrize("case", CASES["found_in_a_run"], ids=lambda c: c["text"])
def test_names_without_spaces_match_inside_a_run_and_cyrillic_ones_as_words(case: dict) -> None:  # type: ignore[type-arg]
    assert [f.slug for f in INDEX.find_all(case["text"])] == case["slugs"]


@pytest.mark.parametrize("case", CASES["folded"], ids=lambda c: c["text"])
def test_folding_keeps_the_letters_of_other_scripts(case: dict) -> None:  # type: ignore[type-arg]
    assert fold(case["text"]) == case["folded"]


def test_units_in_other_scripts_read_as_latin_ones() -> None:
    for case in CASES["cleaned"]:
        assert cleaned(case["text"]) == case["cleaned"]
    for case in CASES["cleaned_contains"]:
        assert case["contains"] in cleaned(case["text"])


def test_an_ascii_label_reads_as_before() -> None:
    text = (
        "Drug Facts\nActive ingredient: Minoxidil 5% w/v\nPurpose: Hair regrowth treatment\n"
        "Inactive ingredients: alcohol, propylene glycol, purified water"
    )
    assert fold("Minoxidil 5% w/v, Aqua (Water)") == " minoxidil 5% w v aqua water "
    assert cleaned(text) == text
    assert read_label(text) == ("otc_drug", {"minoxidil": "5%"})
