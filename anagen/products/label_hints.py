"""Which of the words the whole-label rules need are in a label: one Aho-Corasick pass over
the lower-cased text, instead of a substring search per word per rule (label_text's headers,
label_type's rules)."""

from __future__ import annotations

from collections.abc import Iterable

import ahocorasick


class Hints:
    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(words)
        self.automaton = ahocorasick.Automaton()
        for word in self.words:
            self.automaton.add_word(word, word)
        self.automaton.make_automaton()

    def found(self, lower: str) -> set[str]:
        """The words that occur in `lower` (overlapping ones too)."""
        return {word for _, word in self.automaton.iter(lower)}
