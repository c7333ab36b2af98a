"""The literal text a regex cannot match without, so most patterns can be skipped.

`required(pattern)` reads the parsed regex and returns the sets of lower-case strings a match
must contain (one string of each set). One Aho-Corasick pass over a sentence then tells which
patterns could match at all; the others are never run. Skipping is exact: a skipped pattern
could not have matched, so results do not change.
"""

from __future__ import annotations

import re
from re import _constants as C  # type: ignore[attr-defined]  # the parser's opcodes
from re import _parser  # type: ignore[attr-defined]  # the stdlib regex parser
from typing import Any

import ahocorasick

Factors = frozenset[str]  # one of these strings is in every match
# A parsed item that matches exactly one known character.
_ONE = {C.LITERAL}
KEEP = 3  # factor sets checked per pattern: the most selective ones
SHORTEST = 4  # shorter strings ("in", "for ") are in almost every sentence: not worth a look


# Strings in most sentences of hair-loss advertising: a set holding one filters out little.
COMMON = frozenset(["hair", "hair ", "for ", "with", "from", "after", "work", "safe", "take"])


def _score(f: Factors) -> tuple[int, int]:
    """Longer shortest string first, then fewer alternatives; common words last."""
    return (min(len(s) for s in f) - (10 if f & COMMON else 0), -len(f))


def _sequence(items: Any) -> list[Factors]:
    """Every factor set a match of this sequence needs (all of them)."""
    needed: list[Factors] = []
    run = ""
    for op, av in items:
        if op in _ONE:
            run += chr(av).lower()
            continue
        if op is C.AT:  # anchors consume nothing: the literal run goes on across them
            continue
        if run:
            needed.append(frozenset([run]))
            run = ""
        needed.extend(_item(op, av))
    if run:
        needed.append(frozenset([run]))
    return needed


def _item(op: Any, av: Any) -> list[Factors]:
    if op is C.SUBPATTERN:
        return _sequence(av[-1])
    if op is C.BRANCH:  # one branch or another: the best set of each, joined
        best = [max(_sequence(b), key=_score, default=None) for b in av[1]]
        if any(b is None for b in best):
            return []
        return [frozenset().union(*best)]  # type: ignore[arg-type]
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _sequence(av[2])
    return []


def required(pattern: str) -> list[Factors]:
    """Factor sets every match of `pattern` (compiled with IGNORECASE) needs, most selective
    first; empty when no literal text is certain."""
    needed = sorted(
        set(_sequence(_parser.parse(pattern, re.IGNORECASE))),
        key=lambda f: (_score(f), sorted(f)),
        reverse=True,
    )
    # a further set of short strings ("in", "for ") is in almost every sentence: no use
    return needed[:1] + [f for f in needed[1:KEEP] if min(len(x) for x in f) >= SHORTEST]


# Characters whose case mapping is not one character to one, or that the regex engine folds
# differently from str.lower(): for text holding any, every pattern is run.
_ODD_CASE = re.compile(r"[^\x00-\x7f]")


def plain_case(text: str) -> bool:
    """Lower-casing the text changes only ASCII letters, as re.I would fold them."""
    if text.isascii():
        return True
    for m in _ODD_CASE.finditer(text):
        c = m.group()
        if c.lower() != c or c.upper() != c or c.casefold() != c:
            return False
    return True


class Prefilter:
    """Which of a list of patterns could match a text."""

    def __init__(self, patterns: list[str]) -> None:
        self.always: set[int] = set()
        owners: dict[str, list[int]] = {}  # a string -> patterns whose first set holds it
        self.others: dict[int, list[Factors]] = {}  # further sets a pattern needs, if any
        strings: set[str] = set()
        for i, p in enumerate(patterns):
            needed = required(p)
            if not needed:
                self.always.add(i)
                continue
            for f in needed[0]:
                owners.setdefault(f, []).append(i)
            if needed[1:]:
                self.others[i] = needed[1:]
            strings.update(*needed)
        self.everything = frozenset(range(len(patterns)))
        self.checked = frozenset(self.others)
        self.automaton = ahocorasick.Automaton()
        self.owners = {f: tuple(owners.get(f, ())) for f in strings}
        for f in strings:
            self.automaton.add_word(f, f)
        if strings:
            self.automaton.make_automaton()
        self.empty = not strings

    def candidates(
        self, text: str, plain: bool | None = None, lower: str | None = None
    ) -> frozenset[int] | set[int]:
        """`plain`: plain_case(text), and `lower`: text.lower(), when the caller has them."""
        if not (plain_case(text) if plain is None else plain):
            return self.everything
        found = set(self.always)
        if self.empty:
            return found
        seen = {f for _, f in self.automaton.iter(text.lower() if lower is None else lower)}
        for f in seen:
            found.update(self.owners[f])
        for i in found & self.checked:
            if any(g.isdisjoint(seen) for g in self.others[i]):
                found.discard(i)
        return found


class PatternSet:
    """Labelled patterns searched through one prefilter: which labels have a match."""

    def __init__(self, labelled: list[tuple[str, str]], flags: int = re.IGNORECASE) -> None:
        self.labels = [label for label, _ in labelled]
        self.compiled = [re.compile(p, flags) for _, p in labelled]
        self.filter = Prefilter([p for _, p in labelled])

    def matching(self, text: str) -> list[str]:
        """Labels whose pattern matches, in registry order."""
        hits = self.filter.candidates(text)
        return [self.labels[i] for i in sorted(hits) if self.compiled[i].search(text)]
