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
from collections.abc import Collection, Iterable, Iterator

import ahocorasick


class Scan:
    def __init__(self, pattern: str, flags: int = 0, *, by_starts: bool = True) -> None:
        """by_starts=False: always a plain search, for patterns whose literal beginnings
        ("is", "the") occur inside most words, where trying each costs more than re's own skip."""
        # `\ba|b` anchors only its first branch: such a pattern is compiled as it is.
        self.at_word_edge = pattern.startswith(r"\b") and not _top_level_bar(pattern)
        self.pattern = re.compile(pattern[2:] if self.at_word_edge else pattern, flags)
        self.starts = literal_starts(self.pattern) if by_starts else None
        self._start_set = frozenset(self.starts) if self.starts is not None else None

    def search(self, text: str, pos: int = 0, absent: Collection[str] = ()) -> re.Match[str] | None:
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

    def spans(self, text: str, absent: Collection[str] = ()) -> list[tuple[int, int]]:
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
        self, text: str, pos: int, absent: Collection[str] = ()
    ) -> Iterator[re.Match[str]]:
        """Matches tried only where one of the pattern's possible beginnings occurs: a few
        str.find calls and a match at each, instead of the whole pattern at every position
        (re skips ahead only for a pattern whose every branch starts with a plain letter).
        Each match begins where the one before ended, as finditer's do."""
        assert self.starts is not None and self._start_set is not None
        # (the starts to look for as one set operation, not a test of each: a rule may have
        # fifty, and the caller's look-up of words leaves few)
        starts = self._start_set.difference(absent) if absent else self.starts
        for start in sorted(_occurrences(text, starts, pos)):
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


def _sequence_starts(items: list, sre, multiline: bool, carried: int = 0) -> set[str] | None:  # type: ignore[no-untyped-def]
    """`carried`: the length of the beginning before these items (through a class)."""
    prefix = ""
    repeats = (sre.MAX_REPEAT, sre.MIN_REPEAT)
    for i, (op, av) in enumerate(items):
        if op is sre.LITERAL:
            prefix += chr(av)
            continue
        if 0 < len(prefix) < LONG_ENOUGH and op is sre.IN:
            return _through_class(prefix, av, items[i + 1 :], sre, multiline, carried)
        if (
            prefix
            and carried + len(prefix) < LONG_ENOUGH
            and op in (sre.SUBPATTERN, sre.BRANCH, *repeats)
        ):
            return _through_group(prefix, items[i:], sre, multiline, carried)
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
        if op in repeats and av[0] >= 1:
            return _sequence_starts(list(av[2].data), sre, multiline)
        if op is sre.IN:
            return _class_chars(av, sre)
        return None
    return {prefix} if prefix else None


def _through_class(  # type: ignore[no-untyped-def]
    prefix: str, av: list, rest: list, sre, multiline: bool, carried: int
) -> set[str]:
    """A beginning carried on through a small class and what follows it: "n[aã]o sujeito"
    begins with "nao sujeito" or "não sujeito", each far rarer in a label than an "n" (a letter
    or two as a beginning sends the scan to nearly every word)."""
    chars = _class_chars(av, sre)
    if chars is None or len(chars) > MAX_CLASS_STARTS:
        return {prefix}
    after = _sequence_starts(rest, sre, multiline, carried + len(prefix) + 1)
    return _joined({prefix + c for c in chars}, after)


def _through_group(prefix: str, rest: list, sre, multiline: bool, carried: int) -> set[str]:  # type: ignore[no-untyped-def]
    """A short beginning carried on into the group, alternation or repeat after it: re's
    parser makes "das|dieses" a "d" and then (?:as|ieses), and a "d" begins nearly every word.
    (One long enough already, "at[cx] (code|...)" as "atc ", is not: more texts, no rarer.)"""
    return _joined({prefix}, _sequence_starts(rest, sre, multiline, carried + len(prefix)))


def _joined(heads: set[str], tails: set[str] | None) -> set[str]:
    """Each head followed by each tail, the tails cut as short as it takes to stay within
    MAX_CLASS_STARTS texts (what a match begins with, cut short, it still begins with); the
    heads alone when what follows has no beginning (it may be empty) or is a line start."""
    if not tails or LINE_START in tails:
        return heads
    for length in range(max(map(len, tails)), 0, -1):
        cut = {tail[:length] for tail in tails}
        if len(heads) * len(cut) <= MAX_CLASS_STARTS:
            return {head + tail for head in heads for tail in cut}
    return heads


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


def _occurrences(text: str, starts: Collection[str], pos: int) -> set[int]:
    found: set[int] = set()
    for start in starts:
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


def by_first_character(pattern: str) -> str:
    """The pattern with the alternatives of the group it opens with ("\\b(...)", "(...)" or
    "(?:...)") gathered by their first character where they begin with a plain one: "(as well
    as|than|as much as)" as "(a(?:s well as|s much as)|than)". re tries each alternative at
    every place its first character could begin; gathered, one per character (COMPARED's
    fifty alternatives: about half the instructions of its searches). The same matches:
    alternatives that begin with different characters cannot match at one place, those with
    one keep their order, and one that begins otherwise ("(a|b)c", "[ab]") keeps its place
    between those before and after it. The alternatives' own groups are numbered otherwise:
    for callers that use where it matches. (Not for a verbose pattern: a blank is no
    character there.)"""
    opening = next((len(o) for o in ("\\b(?:", "\\b(", "(?:", "(") if pattern.startswith(o)), 0)
    if not opening or pattern[opening : opening + 1] == "?":
        return pattern
    depth = 0
    for i, c in _bare(pattern[opening:]):
        depth += c == "("
        depth -= c == ")"
        if depth < 0:
            close = opening + i
            break
    else:
        return pattern
    alternatives: list[str] = []
    gathered: dict[str, list[str]] = {}  # the plain ones since the last that is not
    for branch in [*top_level_branches(pattern[opening:close]), ""]:
        head = _FIRST_CHARACTER.match(branch)
        if head is not None:
            gathered.setdefault(_character(head.group()), []).append(branch)
            continue
        alternatives += [
            same[0] if len(same) == 1 else re.escape(c) + "(?:" + "|".join(map(_rest, same)) + ")"
            for c, same in gathered.items()
        ]
        alternatives.append(branch)
        gathered = {}
    return pattern[:opening] + "|".join(alternatives[:-1]) + pattern[close:]


# a plain first character: a letter or sign as it is, an escaped sign or a \uXXXX, with no
# repeat after it
_FIRST_CHARACTER = re.compile(r"(?:\\u[0-9a-fA-F]{4}|\\[^\w\s]|[^\\()\[\]|.?*+{}^$])(?![?*+{])")


def _character(head: str) -> str:
    if head.startswith("\\u"):
        return chr(int(head[2:], 16))
    return head[-1]


def _rest(branch: str) -> str:
    head = _FIRST_CHARACTER.match(branch)
    assert head is not None
    return branch[head.end() :]


def words_automaton(words: Iterable[str]) -> ahocorasick.Automaton:
    """An Aho-Corasick automaton of `words`, each its own value: one pass over a text finds
    every one of them."""
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton
