"""Which of the words the whole-label rules need are in a label: one Aho-Corasick pass over
the lower-cased text, instead of a substring search per word per rule (label_text's headers,
label_type_rules')."""

from __future__ import annotations

import re
from collections.abc import Iterable
from operator import itemgetter

from anagen.wordscan import words_automaton


class Hints:
    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(words)
        # Words with accented letters or signs (the prescription sign), and words in other
        # scripts, apart: each looked for only in a text that has such characters. The
        # automaton looks a character up among a node's children one by one, and the many
        # kana, ideographs and Cyrillic letters at its root would slow every Latin label.
        self.automaton = words_automaton(w for w in self.words if w.isascii())
        self.accented = words_automaton(
            w for w in self.words if not w.isascii() and not SCRIPT_LETTER.search(w)
        )
        self.other_scripts = words_automaton(w for w in self.words if SCRIPT_LETTER.search(w))

    def found(self, lower: str) -> set[str]:
        """The words that occur in `lower` (overlapping ones too)."""
        found = set(map(_WORD, self.automaton.iter(lower)))  # (all in C, no loop in Python)
        if lower.isascii():
            return found
        if len(self.accented):
            found.update(map(_WORD, self.accented.iter(lower)))
        if len(self.other_scripts) and SCRIPT_LETTER.search(lower):
            found.update(map(_WORD, self.other_scripts.iter(lower)))
        return found


_WORD = itemgetter(1)  # of the automaton's (end, word) pairs


# a letter of a script beyond Latin (Greek, Cyrillic, Hebrew, Arabic, Indic... kana, CJK, hangul,
# full-width forms), not punctuation or symbols such as dashes, stars and currency signs
SCRIPT_LETTER = re.compile("[\u0370-\u1fff\u3040-\u9fff\uac00-\ud7a3\uff00-\uffef]")
