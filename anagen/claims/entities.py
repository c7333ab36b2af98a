"""find_entities(): which ingredients and treatments a sentence names, through the names,
synonyms and misspellings in the content files (no names are written in Python)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from anagen.knowledge.base import KnowledgeBase
from anagen.products.ingredient_index import fold


@dataclass(frozen=True)
class Entity:
    kind: str  # "ingredient" or "treatment"
    slug: str
    name: str


class EntityIndex:
    def __init__(self, names: dict[str, Entity]) -> None:
        self.automaton = ahocorasick.Automaton()
        for name, entity in names.items():
            self.automaton.add_word(name, (name, entity))
        self.automaton.make_automaton()
        # two-word names also match with a word between ("rosemary scalp oil")
        self.pairs = [
            (tuple(n.split()), e)
            for n, e in names.items()
            if len(n.split()) == 2 and all(len(w) >= 4 for w in n.split())
        ]

    def _near_pairs(self, folded: str) -> list[tuple[int, Entity]]:
        words = folded.split()
        out = []
        for (a, b), entity in self.pairs:
            for i, w in enumerate(words):
                if w == a and b in words[i + 1 : i + 4]:
                    out.append((folded.find(f" {a} "), entity))
                    break
        return out

    def find(self, text: str) -> list[Entity]:
        folded = fold(text)
        # plural forms ("laser combs", "JAK inhibitors") name the same thing
        folded = re.sub(r"(\w{4,})s ", r"\1 \1s ", folded)
        hits = sorted(
            (
                (end - len(name) + 1, end, entity)
                for end, (name, entity) in self.automaton.iter(folded)
            ),
            key=lambda h: (-(h[1] - h[0]), h[0]),
        )
        taken: list[tuple[int, int]] = []
        out: list[tuple[int, Entity]] = []
        for start, end, entity in hits:
            if any(start < e - 1 and s < end - 1 for s, e in taken):
                continue
            taken.append((start, end))
            if all(x.slug != entity.slug for _, x in out):
                out.append((start, entity))
        for start, entity in self._near_pairs(folded):
            if all(x.slug != entity.slug for _, x in out):
                out.append((start, entity))
        return [e for _, e in sorted(out, key=lambda x: x[0])]


@lru_cache(maxsize=8)
def entity_index(kb: KnowledgeBase) -> EntityIndex:
    names: dict[str, Entity] = {}
    for t in kb.treatments.values():
        for name in (t.name, *t.also_known_as):
            folded = fold(name)
            if len(folded.strip()) > 2:
                names.setdefault(folded, Entity("treatment", t.slug, t.name))
    for ing in kb.ingredients.values():
        for name in (ing.name, ing.inci, ing.latin, *ing.synonyms, *ing.misspellings):
            if name and len(fold(name).strip()) > 2:
                names[fold(name)] = Entity("ingredient", ing.slug, ing.name)
    return EntityIndex(names)
