"""What the label analyser reads from a text, in the shape the rule tests compare: the type and
each active with its strength (one helper for every test module of label rules)."""

from __future__ import annotations

from anagen.knowledge.loader import default_content_dir, load_content
from anagen.products.ingredient_index import index_for
from anagen.products.label import analyze_label

INDEX = index_for(load_content(default_content_dir()))


def read_label(text: str) -> tuple[str, dict[str, str | None]]:
    result = analyze_label(text, INDEX)
    return result.product_type, {a.ingredient: a.strength for a in result.actives}
