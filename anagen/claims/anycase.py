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

from anagen.claims.prefilter import plain_case
from anagen.wordscan import lowered, top_level_branches


@lru_cache(maxsize=256)
def plain_copy(text: str) -> tuple[str | None, bool]:
    """lower_copy(text), and whether patterns compiled with re.ASCII read that copy just as
    they read it compiled without (ASCII_ORDER in kinds.py, AnyCase)."""
    if not plain_case(text):
        return None, False
    lower = text.lower()
    return lower, lower.isascii() and _SEPARATORS.search(lower) is None


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
        self.lower_case = re.compile(plain, flags & ~re.IGNORECASE)
        self.lower_ascii = re.compile(plain, (flags & ~re.IGNORECASE) | re.ASCII)

    def found(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """Whether re.search(pattern, text[pos:endpos], re.I) finds it (with pos and endpos
        taken as re takes them: \\b and ^ still see the whole text)."""
        lower, in_ascii = plain_copy(text)
        if lower is None:
            return self.any_case.search(text, pos, endpos) is not None
        plain = self.lower_ascii if in_ascii else self.lower_case
        return plain.search(lower, pos, endpos) is not None


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
