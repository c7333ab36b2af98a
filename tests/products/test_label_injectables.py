"""An injection's strength stays the mg per mL its label prints, in any language; a label that
prints the percentage as well keeps the percentage it gives first."""

from __future__ import annotations

import pytest

from anagen.knowledge.loader import default_content_dir, load_content
from anagen.products.ingredient_index import index_for
from anagen.products.label import analyze_label
from anagen.products.label_units import is_injectable

INDEX = index_for(load_content(default_content_dir()))


def _strength(text: str, ingredient: str) -> str | None:
    found = {a.ingredient: a.strength for a in analyze_label(text, INDEX).actives}
    return found[ingredient]


@pytest.mark.parametrize(
    "words",
    [
        "suspensión inyectable",
        "sospensione iniettabile",
        "suspensão injetável",
        "Injektionssuspension",
        "zawiesina do wstrzykiwań",
        "инжекционна суспензия",
        "суспензия для инъекций",
        "суспензія для ін'єкцій",
        "enjeksiyonluk süspansiyon",
    ],
)
def test_injection_words_of_other_languages(words: str) -> None:
    assert is_injectable(f"triamcinolone 40 mg/ml {words}".lower())


@pytest.mark.parametrize(
    "words", ["hair tonic ampoules", "Haarwasser Ampullen", "флакон 60 мл", "lotion capillaire"]
)
def test_ampoules_and_bottles_are_no_injection(words: str) -> None:
    assert not is_injectable(f"minoxidil 50 mg/ml {words}".lower())


def test_an_injection_keeps_its_mg_per_ml() -> None:
    text = "Триамцинолон ацетонид 40 mg/ml инжекционна суспензия, флакон 1 ml"
    assert _strength(text, "triamcinolone") == "40 mg/mL"


def test_a_solution_per_ml_is_a_percentage() -> None:
    text = "Minoxidil 50 mg/ml kutan lösning\nAktiv substans: minoxidil 50 mg/ml."
    assert _strength(text, "minoxidil") == "5%"


def test_an_injection_that_prints_its_percentage_keeps_it() -> None:
    text = (
        "Dutasterida 0,01% solução injetável (0,1 mg/mL) para mesoterapia\n"
        "Venda sob prescrição médica"
    )
    assert _strength(text, "dutasteride") == "0.01%"
