"""Patterns that begin with a word boundary, scanned faster.

re looks ahead for a pattern's possible first characters only when the pattern starts with
them, not with \\b: a leading \\b makes it try the whole pattern at every position. A Scan
compiles the pattern without its leading \\b and checks the boundary on each match instead,
which halves the time of a whole-label scan and finds exactly the same matches.

A pattern every match of which begins with one of a few texts ("inactive", "excipient") is
tried only where they occur; re itself skips ahead like that only when each branch of the
pattern starts with a plain letter, so a leading lookbehind, digit or line start made it try
the pattern at every position."""

from __future__ import annotations

import re
from collections.abc import Container, Iterator


class Scan:
    def __init__(self, pattern: str, flags: int = 0, *, by_starts: bool = True) -> None:
        """by_starts=False: always a plain search, for patterns whose literal beginnings
        ("is", "the") occur inside most words, where trying each costs more than re's own skip."""
        # `\ba|b` anchors only its first branch: such a pattern is compiled as it is.
        self.at_word_edge = pattern.startswith(r"\b") and not _top_level_bar(pattern)
        self.pattern = re.compile(pattern[2:] if self.at_word_edge else pattern, flags)
        self.starts = literal_starts(self.pattern) if by_starts else None

    def search(self, text: str, pos: int = 0, absent: Container[str] = ()) -> re.Match[str] | None:
        """The first match that the pattern with its leading \\b would find (`absent`: as
        for spans)."""
        if self.starts is not None:
            return next(self._anchored(text, pos, absent), None)
        while (m := self.pattern.search(text, pos)) is not None:
            start = m.start()
            if not self.at_word_edge or _word_edge(text, start):
                return m
            pos = start + 1
        return None

    def spans(self, text: str, absent: Container[str] = ()) -> list[tuple[int, int]]:
        """The spans finditer would give for the pattern with its leading \\b. `absent`: starts
        the caller knows the text lacks (its own look-up of words), not looked for."""
        if self.starts is not None:
            spans = [m.span() for m in self._anchored(text, 0, absent)]
            if all(start < end for start, end in spans):  # after an empty one, as below
                return spans
        spans = []
        pos = 0
        # past the end, re would search from the end again: an empty match for ever
        while pos <= len(text) and (m := self.search(text, pos)) is not None:
            start, end = m.span()
            spans.append((start, end))
            pos = end if end > start else end + 1
        return spans

    def _anchored(
        self, text: str, pos: int, absent: Container[str] = ()
    ) -> Iterator[re.Match[str]]:
        """Matches tried only where one of the pattern's possible beginnings occurs: a few
        str.find calls and a match at each, instead of the whole pattern at every position
        (re skips ahead only for a pattern whose every branch starts with a plain letter).
        Each match begins where the one before ended, as finditer's do."""
        assert self.starts is not None
        for start in sorted(_occurrences(text, self.starts, pos, absent)):
            if start < pos or (self.at_word_edge and not _word_edge(text, start)):
                continue
            if (m := self.pattern.match(text, start)) is not None:
                yield m
                pos = m.end()


# A start that is no text: the pattern can begin only at a line's start (`^` with re.M).
LINE_START = "\n^"


def literal_starts(compiled: re.Pattern[str]) -> tuple[str, ...] | None:
    """Texts one of which every match begins with ("inactive", "k", "0".."9"), or LINE_START;
    None when the pattern can begin otherwise (a leading optional part, a wide class, re.I).
    Read from re's own parse of the pattern; a parser re no longer has gives None, which
    only costs speed: a Scan without starts runs the plain search."""
    try:
        from re import _constants as sre
        from re import _parser

        parsed = _parser.parse(compiled.pattern, compiled.flags)
        if parsed.state.flags & re.I:
            return None
        starts = _sequence_starts(list(parsed.data), sre, bool(parsed.state.flags & re.M))
    except Exception:  # any surprise in re's internals: no shortcut
        return None
    if not starts or "" in starts:
        return None
    # a start that begins with another adds no place to try
    return tuple(sorted(s for s in starts if not any(o != s and s.startswith(o) for o in starts)))


# How many texts a small class may make of one beginning ("n[aã]o" as "nao" and "não"), and
# how long a beginning must be not to need them: a letter or two occurs in nearly every word,
# a longer beginning seldom, and each text more is one more str.find over the label
MAX_CLASS_STARTS = 8
LONG_ENOUGH = 3


def _sequence_starts(items: list, sre, multiline: bool) -> set[str] | None:  # type: ignore[no-untyped-def]
    prefix = ""
    for i, (op, av) in enumerate(items):
        if op is sre.LITERAL:
            prefix += chr(av)
            continue
        if 0 < len(prefix) < LONG_ENOUGH and op is sre.IN:
            return _through_class(prefix, av, items[i + 1 :], sre, multiline)
        if prefix:
            return {prefix}
        if op is sre.AT and av is sre.AT_BEGINNING and multiline:
            rest = _sequence_starts(items[i + 1 :], sre, multiline)
            return rest if rest is not None else {LINE_START}
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # takes no text: the match begins with what follows
        if op is sre.SUBPATTERN and not av[1] and not av[2]:
            return _sequence_starts(list(av[3].data), sre, multiline)
        if op is sre.BRANCH:
            starts: set[str] = set()
            for branch in av[1]:
                found = _sequence_starts(list(branch.data), sre, multiline)
                if not found:
                    return None
                starts |= found
            return starts
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1:
            return _sequence_starts(list(av[2].data), sre, multiline)
        if op is sre.IN:
            return _class_chars(av, sre)
        return None
    return {prefix} if prefix else None


def _through_class(prefix: str, av: list, rest: list, sre, multiline: bool) -> set[str]:  # type: ignore[no-untyped-def]
    """A beginning carried on through a small class and what follows it: "n[aã]o sujeito"
    begins with "nao sujeito" or "não sujeito", each far rarer in a label than an "n" (a letter
    or two as a beginning sends the scan to nearly every word)."""
    chars = _class_chars(av, sre)
    if chars is None or len(chars) > MAX_CLASS_STARTS:
        return {prefix}
    after = _sequence_starts(rest, sre, multiline) or {""}
    if LINE_START in after or len(chars) * len(after) > MAX_CLASS_STARTS:
        after = {""}
    return {prefix + c + a for c in chars for a in after}


def _class_chars(items: list, sre) -> set[str] | None:  # type: ignore[no-untyped-def]
    """The characters of a small class such as [- ] or \\d; None for a wide or negated one."""
    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            chars.add(chr(av))
        elif op is sre.CATEGORY and av is sre.CATEGORY_DIGIT:
            chars.update("0123456789")
        else:
            return None
    return chars


def _occurrences(
    text: str, starts: tuple[str, ...], pos: int, absent: Container[str] = ()
) -> set[int]:
    found: set[int] = set()
    for start in starts:
        if start in absent:
            continue
        if start == LINE_START:
            if pos == 0:
                found.add(0)
            start = "\n"
            shift = 1
        else:
            shift = 0
        i = text.find(start, pos)
        while i >= 0:
            found.add(i + shift)
            i = text.find(start, i + 1)
    return found


def lowered(pattern: str) -> str:
    """The pattern for text already in lower case, run without re.I (about twice as fast):
    its literal capitals lowered, escapes such as \\S or \\B kept. Only for patterns whose
    capitals are plain letters, not ranges such as [A-z]."""
    return _CAPITAL_OR_ESCAPE.sub(
        lambda m: m.group().lower() if len(m.group()) == 1 else m.group(), pattern
    )


_CAPITAL_OR_ESCAPE = re.compile(r"\\.|[A-Z]")


def find_at_word_edge(text: str, literal: str) -> int:
    """Where re.search(r"\\b" + re.escape(literal), text) would match, or -1: a str.find
    per occurrence instead of a pattern compiled (or looked up in re's cache) per literal."""
    at = text.find(literal)
    while at >= 0 and not _word_edge(text, at):
        at = text.find(literal, at + 1)
    return at


def _word_edge(text: str, i: int) -> bool:
    """\\b at i: a word character on exactly one side (str patterns: Unicode word chars)."""
    # (a word character is alphanumeric or "_"; tested inline: this runs at every candidate)
    after = i < len(text) and ((c := text[i]).isalnum() or c == "_")
    before = i > 0 and ((c := text[i - 1]).isalnum() or c == "_")
    return after != before


def _top_level_bar(pattern: str) -> bool:
    """Whether the pattern is an alternation at its top level (outside groups and sets)."""
    return len(top_level_branches(pattern)) > 1


def _bare(pattern: str) -> Iterator[tuple[int, str]]:
    """(position, character) of the pattern's characters outside character sets, less escapes
    and the characters they escape, and less the brackets of the sets."""
    in_set = escaped = False
    for i, c in enumerate(pattern):
        if escaped:
            escaped = False
        elif c == "\\":
            escaped = True
        elif in_set:
            in_set = c != "]"
        elif c == "[":
            in_set = True
        else:
            yield i, c


def top_level_branches(pattern: str) -> list[str]:
    """The pattern's alternatives at its top level (outside groups and sets), in order."""
    branches, depth, begin = [], 0, 0
    for i, c in _bare(pattern):
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            branches.append(pattern[begin:i])
            begin = i + 1
    return [*branches, pattern[begin:]]


def ascii_branches(alternation: str) -> list[str]:
    """The top-level alternatives of a pattern that may match ASCII text: less those that
    require a character beyond it (outside a set, with no repeat, option or group in them to
    make it optional). For a copy of a long many-language alternation to search ASCII text with:
    re tries each alternative at every possible first character."""
    return [b for b in top_level_branches(alternation) if not _requires_non_ascii(b)]


def _requires_non_ascii(branch: str) -> bool:
    if any(c in branch for c in "?*+{(|"):
        return False  # (a character there may be optional: kept, to be safe)
    return not "".join(c for _, c in _bare(branch)).isascii()
