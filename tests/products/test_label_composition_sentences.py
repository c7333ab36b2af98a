"""A page with no ingredient list that says in a sentence what the product is made of: each
ingredient the verb names is the product's, with no strength unless one is printed for it;
what other products, foods, questions and warnings name is not."""

from __future__ import annotations

import pytest

from anagen.claims.prefilter import required
from anagen.products.label_composition_prose import MADE_OF, VERB_HINTS
from tests.products.label_reading import read_label


@pytest.mark.parametrize(
    ("text", "actives"),
    [
        (
            "Our shampoo is made with ketoconazole to fight dandruff and flaking.",
            {"ketoconazole": None},
        ),
        ("The Regaine 5 foam contains minoxidil as its active ingredient.", {"minoxidil": None}),
        (
            "This rich conditioner is enriched with biotin and caffeine for fuller looking hair.",
            {"biotin": None, "caffeine": None},
        ),
        (
            "Every capsule of our daily formula is formulated with saw palmetto extract.",
            {"saw-palmetto": None},
        ),
        ("THE HAIR TONIC IS INFUSED WITH ROSEMARY OIL AND PEPPERMINT.", {"rosemary-oil": None}),
        # a title's strength is the product's once the sentence has named what it holds
        (
            "Hairgro 5% Topical Solution 60 ml\nThe Hairgro 5 solution contains minoxidil, a "
            "medicine that widens blood vessels.",
            {"minoxidil": "5%"},
        ),
    ],
)
def test_a_sentence_naming_what_the_product_is_made_of_gives_its_actives(
    text: str, actives: dict[str, str | None]
) -> None:
    assert read_label(text)[1] == actives


@pytest.mark.parametrize(
    "text",
    [
        "Do not use it with other products containing minoxidil.",
        "Foods that contain zinc include oysters, beef and seeds.",
        "Our gentle scalp serum contains no minoxidil and no parabens.",
        "Which shampoo contains ketoconazole and is it safe to use daily?",
        "Does this serum contain biotin or just plant oils?",
        "If your shampoo contains sulfates or biotin, switch to a gentler one today.",
    ],
)
def test_what_other_products_foods_questions_and_denials_name_is_not_an_active(text: str) -> None:
    assert read_label(text)[1] == {}


def test_the_verb_gate_covers_every_verb_the_pattern_reads() -> None:
    needed = required(MADE_OF.pattern)
    assert needed, "the pattern must need some string"
    # the pattern runs on lower-cased text; each of its verbs holds a gate word in lower case
    assert all(any(w in s for w in VERB_HINTS if w.islower()) for s in needed[0])
