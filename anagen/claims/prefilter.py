"""The literal text a regex cannot match without, so most patterns can be skipped.

`required(pattern)` reads the parsed regex and returns the sets of lower-case strings a match
must contain (one string of each set). Parts whose every spelling is known ("(by|in) the
(day|week)") are joined into longer strings ("by the day", ...), which far fewer sentences hold
than "in" or "the": about 2.8 patterns per sentence are then run instead of 6. One Aho-Corasick
pass over a sentence tells which patterns could match at all; the others are never run.
Skipping is exact: a skipped pattern could not have matched, so results do not change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from operator import itemgetter
from re import _constants as C  # type: ignore[attr-defined]  # the parser's opcodes
from re import _parser  # type: ignore[attr-defined]  # the stdlib regex parser
from typing import Any

import ahocorasick

Factors = frozenset[str]  # one of these strings is in every match
KEEP = 3  # factor sets checked per pattern: the most selective ones
SHORTEST = 4  # shorter strings ("in", "for ") are in almost every sentence: not worth a look


# Strings in most sentences of hair-loss advertising: a set holding one filters out little.
COMMON = frozenset(["hair", "hair ", "for ", "with", "from", "after", "work", "safe", "take"])


def _score(f: Factors) -> tuple[int, int]:
    """Longer shortest string first, then fewer alternatives; common words last."""
    return (min(len(s) for s in f) - (10 if f & COMMON else 0), -len(f))


# How many strings a set of exact spellings may grow to ("in the ", "by the ", ... joined with
# what follows): more would make the automaton large for little gain.
MOST_SPELLINGS = 64
# Zero-width items: the literal text goes on across them ("\\bthe", "x(?!y)z" needs "xz").
# (A repeated part is read without `at_start`: its second time round has text before it.)
_ZERO_WIDTH = {C.AT, C.ASSERT, C.ASSERT_NOT}


@dataclass(frozen=True, slots=True)
class _Read:
    """What a part of a pattern tells about its matches: factor sets inside it, and the set of
    strings a match is exactly (`exact`), begins with (`head`) or ends with (`tail`), if known.
    A set holding "" tells nothing."""

    needed: list[Factors]
    exact: frozenset[str] | None = None
    head: frozenset[str] | None = None
    tail: frozenset[str] | None = None


def _joined(a: frozenset[str], b: frozenset[str]) -> frozenset[str] | None:
    """Every string of `a` followed by every string of `b`; None when there would be too many."""
    if len(a) * len(b) > MOST_SPELLINGS:
        return None
    return frozenset(x + y for x in a for y in b)


def _sequence(items: Any, at_start: bool = False) -> _Read:
    """A sequence: runs of exactly known parts are joined into their spellings ("(by|in) the"
    needs "by the" or "in the"), and each run is a factor set. `at_start`: nothing of the
    match comes before the sequence, so a look-behind there tells the text just before it."""
    needed: list[Factors] = []
    run = frozenset([""])  # the spellings of the text matched since the last unknown part
    head: frozenset[str] | None = None
    whole = True  # no unknown part yet: `run` is the whole match so far

    def close(spellings: frozenset[str] | None) -> None:
        nonlocal head, whole
        if spellings is not None and "" not in spellings:
            needed.append(spellings)
        if whole:
            head = spellings
        whole = False

    for op, av in items:
        if op is C.ASSERT:  # a look-ahead or look-behind: its text is in the sentence too
            seen = _sequence(av[1])
            needed.extend(seen.needed)
            if seen.exact is not None and "" not in seen.exact:
                needed.append(seen.exact)
                if av[0] < 0 and at_start and whole and run == {""}:
                    run = seen.exact  # "(?<=not )work" needs "not work"
            continue
        if op in _ZERO_WIDTH:
            continue
        part = _item(op, av, at_start and whole and run == {""})
        needed.extend(part.needed)
        if part.exact is not None:
            longer = _joined(run, part.exact)
            if longer is None:  # too many spellings: keep what the run has, start afresh
                close(run)
                longer = part.exact
            run = longer
            continue
        # the run goes on into the part's first characters, when those are known
        into = _joined(run, part.head) if part.head is not None else None
        close(into if into is not None else run)
        run = part.tail if part.tail is not None else frozenset([""])
    if whole:
        exact = run
        close(run)
        return _Read(needed, exact, exact, exact)
    close(run)
    return _Read(needed, None, head, run)


def _item(op: Any, av: Any, at_start: bool = False) -> _Read:
    if op is C.LITERAL:
        return _Read([], frozenset([chr(av).lower()]), None, None)
    if op is C.IN:
        chars = [chr(a).lower() for o, a in av if o is C.LITERAL]
        if len(chars) == len(av):  # a class of plain characters only, such as [ -]
            return _Read([], frozenset(chars), None, None)
        return _Read([])
    if op is C.SUBPATTERN:
        return _sequence(av[-1], at_start)
    if op is C.BRANCH:
        return _branch([_sequence(b, at_start) for b in av[1]])
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        least, most, inner = av[0], av[1], _sequence(av[2])
        if least == 0 and most == 1 and inner.exact is not None:
            return _Read([], inner.exact | {""}, None, None)  # "(the )?"
        if least >= 1:
            return _Read(inner.needed, None, inner.head, inner.tail)
    return _Read([])


def _branch(branches: list[_Read]) -> _Read:
    """One branch or another: the best set of each joined, then the second best of each, and
    so on; the spellings of all of them."""
    ranked = [
        sorted(b.needed, key=lambda f: (_score(f), sorted(f)), reverse=True) for b in branches
    ]
    depth = min(min((len(r) for r in ranked), default=0), KEEP)
    needed = [frozenset().union(*(r[k] for r in ranked)) for k in range(depth)]

    def union(sets: list[frozenset[str] | None]) -> frozenset[str] | None:
        if any(x is None for x in sets):
            return None
        joined: frozenset[str] = frozenset().union(*sets)  # type: ignore[arg-type]
        return joined if len(joined) <= MOST_SPELLINGS else None

    return _Read(
        needed,
        union([b.exact for b in branches]),
        union([b.head for b in branches]),
        union([b.tail for b in branches]),
    )


def required(pattern: str) -> list[Factors]:
    """Factor sets every match of `pattern` (compiled with IGNORECASE) needs, most selective
    first; empty when no literal text is certain."""
    needed = sorted(
        set(_sequence(_parser.parse(pattern, re.IGNORECASE), at_start=True).needed),
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


_STRING = itemgetter(1)  # the string of an automaton hit (end, string)


class Prefilter:
    """Which of a list of patterns could match a text."""

    def __init__(self, patterns: list[str]) -> None:
        self.always: set[int] = set()
        owners: dict[str, list[int]] = {}  # a string -> patterns whose first set holds it
        # Each further set a pattern needs has a number; a string -> the numbers of the sets
        # holding it, so the sets a text meets are one union, not a test of each set.
        self.others: dict[int, frozenset[int]] = {}  # a pattern -> its further sets, if any
        holding: dict[str, set[int]] = {}
        numbered = 0  # further sets numbered so far
        strings: set[str] = set()
        for i, p in enumerate(patterns):
            needed = required(p)
            if not needed:
                self.always.add(i)
                continue
            for f in needed[0]:
                owners.setdefault(f, []).append(i)
            if needed[1:]:
                self.others[i] = frozenset(range(numbered, numbered + len(needed) - 1))
                for further in needed[1:]:
                    for f in further:
                        holding.setdefault(f, set()).add(numbered)
                    numbered += 1
            strings.update(*needed)
        self.everything = frozenset(range(len(patterns)))
        self.checked = frozenset(self.others)
        self.automaton = ahocorasick.Automaton()
        self.owners = {f: tuple(owners.get(f, ())) for f in strings}
        self.holding = {f: frozenset(holding.get(f, ())) for f in strings}
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
        if self.empty:
            return set(self.always)
        # map() keeps the per-string work in C: this runs for every sentence
        seen = set(map(_STRING, self.automaton.iter(text.lower() if lower is None else lower)))
        found = self.always.union(*map(self.owners.__getitem__, seen))
        checked = found & self.checked
        if checked:
            met = frozenset().union(*map(self.holding.__getitem__, seen))
            for i in checked:
                if not self.others[i] <= met:  # a further set the text holds none of
                    found.discard(i)
        return found


class Needs:
    """Whether a text holds what one pattern cannot match without: for a long pattern that
    most texts cannot match, one automaton pass that stops at the first sign it could."""

    def __init__(self, pattern: str) -> None:
        self.sets = required(pattern)
        self.automaton = ahocorasick.Automaton()
        holding: dict[str, set[int]] = {}  # a string -> the sets that hold it
        for i, f in enumerate(self.sets):
            for x in f:
                holding.setdefault(x, set()).add(i)
        for x, sets in holding.items():
            self.automaton.add_word(x, frozenset(sets))
        if holding:
            self.automaton.make_automaton()

    def met(self, text: str) -> bool:
        if not self.sets or not plain_case(text):
            return True
        missing = set(range(len(self.sets)))
        for _, sets in self.automaton.iter(text.lower()):
            missing -= sets
            if not missing:
                return True
        return False


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
