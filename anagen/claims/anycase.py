"""Case-insensitive patterns, run on a sentence's lower-case copy without re.I.

With re.I, re compares every character through its case tables and gives up its fast scan for a
pattern's first characters: "may|might|could|..." takes about six times as long. On a lower-case
copy the same pattern with its capitals lowered (wordscan.lowered) finds the same spans, as long
as lower-casing changed only ASCII letters (prefilter.plain_case); any other text is searched as
it is, with re.I. The copy of each sentence is made once, for every pattern that reads it.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from functools import lru_cache
from re import _constants as C  # type: ignore[attr-defined]  # the parser's opcodes
from re import _parser  # type: ignore[attr-defined]  # the stdlib regex parser
from typing import Any

from anagen.claims.prefilter import plain_case, required
from anagen.wordscan import lowered, top_level_branches, words_automaton


@lru_cache(maxsize=256)
def plain_copy(text: str) -> tuple[str | None, bool]:
    """lower_copy(text), and whether patterns compiled with re.ASCII read that copy just as
    they read it compiled without (ASCII_ORDER in kinds.py, AnyCase)."""
    if not plain_case(text):
        return None, False
    lower = text.lower()
    # a printable copy holds no separator: most sentences are told so without a search
    return lower, lower.isascii() and (lower.isprintable() or _SEPARATORS.search(lower) is None)


def lower_copy(text: str) -> str | None:
    """text.lower() when a lowered pattern finds there just what re.I finds in text; else None."""
    return plain_copy(text)[0]


# On ASCII text re.ASCII's \b, \w, \d and \s find what the Unicode ones find, by a table read
# instead of a call into the Unicode database for each character (a quarter of a search), except
# \s on the four ASCII information separators.
_SEPARATORS = re.compile("[\x1c-\x1f]")


class AnyCase:
    """A pattern matched with re.I, for callers that need only whether it is there."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.any_case = re.compile(one_word_edge(pattern, flags), flags | re.IGNORECASE)
        plain = one_word_edge(lowered(pattern), flags)
        plain = first_letter_check(plain, flags & ~re.IGNORECASE)
        self.lower_case = re.compile(plain, flags & ~re.IGNORECASE)
        self.lower_ascii = re.compile(plain, (flags & ~re.IGNORECASE) | re.ASCII)
        needed = _needed(pattern, flags)
        few = needed is not None and len(needed) <= MOST_NEEDED
        self.few_needed = tuple(sorted(needed)) if needed is not None and few else None
        self.many_needed = words_automaton(needed) if needed is not None and not few else None

    def found(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """Whether re.search(pattern, text[pos:endpos], re.I) finds it (with pos and endpos
        taken as re takes them: \\b and ^ still see the whole text)."""
        lower, in_ascii = plain_copy(text)
        if lower is None:
            return self.any_case.search(text, pos, endpos) is not None
        # (passed over when the copy holds none of the strings one of which every match holds)
        if self.few_needed is not None:
            if not any(map(lower.__contains__, self.few_needed)):
                return False
        elif self.many_needed is not None and next(self.many_needed.iter(lower), None) is None:
            return False
        plain = self.lower_ascii if in_ascii else self.lower_case
        return plain.search(lower, pos, endpos) is not None


# Most texts a pattern is asked about hold none of the strings one of which its every match
# holds (prefilter.required), which a few substring tests tell for less than one search; more
# strings than this are looked for in one automaton pass.
MOST_NEEDED = 24


def _needed(pattern: str, flags: int) -> frozenset[str] | None:
    if flags & re.VERBOSE:  # required() reads the pattern as written without re.X
        return None
    needed = required(pattern)
    return needed[0] if needed else None


class AnyCaseMatches:
    """A pattern matched with re.I, for callers that need where each match is: the same
    matches, found on the text's lower-case copy when there is one (alternatives kept in their
    order, so each match is the one re.I finds; its group() is the copy's, in lower case)."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.any_case = re.compile(pattern, flags | re.IGNORECASE)
        plain = lowered(pattern)
        self.lower_case = re.compile(plain, flags & ~re.IGNORECASE)
        self.lower_ascii = re.compile(plain, (flags & ~re.IGNORECASE) | re.ASCII)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        lower, in_ascii = plain_copy(text)
        if lower is None:
            return self.any_case.finditer(text)
        return (self.lower_ascii if in_ascii else self.lower_case).finditer(lower)


def one_word_edge(pattern: str, flags: int = 0) -> str:
    """The alternatives of a pattern that open with \\b put under one \\b ("\\ba|^b|\\bc" as
    "\\b(?:a|c)|^b"): re tests the boundary once per position instead of once per alternative
    (a Unicode look-up each time), which halves a search for a long list of wordings. The order
    of alternatives and the group numbers change, so the result is only whether it matches,
    which is all found() asks."""
    branches = top_level_branches(pattern)
    at_edge = [b[2:] for b in branches if b.startswith(r"\b")]
    if len(at_edge) < 2 or flags & re.VERBOSE or _REFERS_TO_GROUP.search(pattern):
        return pattern
    others = "".join(f"|{b}" for b in branches if not b.startswith(r"\b"))
    merged = rf"\b(?:{'|'.join(at_edge)}){others}"
    try:  # a branch cut wrongly (a "]" first in a set) does not compile: keep the pattern
        re.compile(merged, flags)
        for b in branches:
            re.compile(b, flags)
    except re.error:
        return pattern
    return merged


# A back-reference or a global flag ties a pattern to its group numbers or its first place.
_REFERS_TO_GROUP = re.compile(r"\\[1-9]|\(\?P=|^\(\?[aiLmsux]+\)")


# A class of more first characters than this turns away too few word edges to pay for itself.
MOST_FIRST = 20
_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")  # must stay first: no look-ahead before it
_REPEATS = {C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT}
_ZERO_WIDTH = {C.AT, C.ASSERT, C.ASSERT_NOT}


def first_letter_check(pattern: str, flags: int = 0) -> str:
    """A case-sensitive pattern that opens with \\b or a look-behind, with a look-ahead for the
    characters its matches can begin with put first ("\\b(?=[ct])(?:cat|tree)"): re tries such
    a pattern at every word edge (or every position), each branch or look-behind in turn, and
    one class test turns most of them away first. The same matches, spans and groups; a pattern
    whose first characters are not all known (a wide class, an optional first part) is kept."""
    head, *rest = top_level_branches(pattern)
    if flags & (re.IGNORECASE | re.VERBOSE) or _GLOBAL_FLAGS.match(pattern):
        return pattern
    edge = r"\b" if head.startswith(r"\b") else ""
    body = head[len(edge) :]
    try:
        parsed = _parser.parse(body, flags).data
    except re.error:
        return pattern
    if not (edge or (parsed and _looks_around(parsed[0]))):
        return pattern  # re skips ahead to a pattern's first characters itself
    chars = _first_chars(parsed)
    if not chars or sum(10 if c == DIGIT else 1 for c in chars) > MOST_FIRST:
        return pattern
    if _plain_start(parsed[0]):
        return pattern  # re tests a first character written out as cheaply as the class
    letters = "".join(c if c == DIGIT else re.escape(c) for c in sorted(chars))
    return "".join([edge, f"(?=[{letters}])", body, *(f"|{b}" for b in rest)])


def _looks_around(item: Any) -> bool:
    """A look-behind or look-ahead, or a choice of such tests that read no character
    ("(?:(?<=can't be )|(?<=isn't ))"): re tries it at every position."""
    op, av = item
    if op is C.BRANCH:
        return all(b.data and all(x[0] in _ZERO_WIDTH for x in b.data) for b in av[1])
    return op in (C.ASSERT, C.ASSERT_NOT)


def _plain_start(item: Any) -> bool:
    """A first item that is one character or class ("c", "[ct]", "\\d+")."""
    op, av = item
    if op in _REPEATS and av[2].data:
        op, av = av[2].data[0]
    return op in (C.LITERAL, C.IN)


DIGIT = r"\d"  # in a set of first characters: any digit, as the pattern's flags read \d


def _first_chars(items: Any) -> set[str] | None:
    """The characters a match of a parsed sequence can begin with; None when not all known."""
    for op, av in items:
        if op in _ZERO_WIDTH or (op is C.BRANCH and _looks_around((op, av))):
            continue
        if op is C.LITERAL:
            return {chr(av)}
        if op is C.IN:
            chars: set[str] = set()
            for o, a in av:
                if o is C.LITERAL:
                    chars.add(chr(a))
                elif o is C.RANGE and a[1] - a[0] < MOST_FIRST:
                    chars.update(map(chr, range(a[0], a[1] + 1)))
                elif o is C.CATEGORY and a is C.CATEGORY_DIGIT:
                    chars.add(DIGIT)
                else:
                    return None  # a negated set, \\w, a wide range
            return chars
        if op is C.SUBPATTERN:
            _, add_flags, del_flags, inner = av
            return None if add_flags or del_flags else _first_chars(inner.data)
        if op is C.BRANCH:
            found: set[str] = set()
            for branch in av[1]:
                chars_of = _first_chars(branch.data)
                if chars_of is None:
                    return None
                found |= chars_of
            return found
        if op in _REPEATS and av[0] >= 1:
            return _first_chars(av[2].data)
        return None
    return None  # a match can be empty
