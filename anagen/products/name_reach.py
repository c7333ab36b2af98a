"""Which names a fuzzy look-up need score at all (the partition filter of approximate matching).

fuzz.ratio scores 200 x LCS / (n + m): a name of length m reaches a cutoff only within
(n + m) x (100 - cutoff) // 100 insertions and deletions of the query. Cut the query into one
piece more than that, and each insertion or deletion breaks at most one piece: a name that
reaches the cutoff holds one piece whole, and so its first two or three characters. The names
that hold one come from a table of them by those characters, and rapidfuzz scores only them (it
scored every name of a fitting length, some 600 instructions each, and nearly every look-up
finds none)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import compress

GRAM = 3  # the longest beginning of a piece the table has: a piece is two to four characters


@dataclass(frozen=True)
class Near:
    """The names of the lengths that may reach a cutoff against a query's length: those from
    `first` to `end` in NameReach's order by length."""

    names: list[str]  # in the order of all the names
    first: int
    end: int
    longest: int


class NameReach:
    def __init__(self, names: list[str]) -> None:
        self.names = names
        # the names' places, by length (then place): the names of the lengths near a query's
        # are a run of them
        self._by_length = sorted(range(len(names)), key=lambda place: (len(names[place]), place))
        self._lengths = [len(names[place]) for place in self._by_length]
        self._distinct = sorted(set(self._lengths))
        # two or three characters -> a bit for each name that holds them, by its rank in
        # _by_length (an int: a union of sets of names in C, and no objects for the garbage
        # collector to visit)
        self._holding: dict[str, int] = {}
        holding = self._holding
        longest = max(map(len, names), default=0)
        cuts = [[slice(at, at + size) for at in range(longest - size + 1)] for size in (2, GRAM)]
        for rank, place in enumerate(self._by_length):
            name = names[place]
            bit = 1 << rank
            # (every two and three characters of it, cut in C)
            grams = set(map(name.__getitem__, cuts[0][: max(len(name) - 1, 0)]))
            grams.update(map(name.__getitem__, cuts[1][: max(len(name) - 2, 0)]))
            for gram in grams:
                holding[gram] = holding.get(gram, 0) | bit

    def near(self, length: int, cutoff: int) -> Near:
        """The names long enough and short enough to reach the cutoff against a query of
        `length`: fuzz.ratio is 2 x common letters / total length, so a name of length m can
        score at most 200 x min(n, m) / (n + m) against a query of length n."""
        fitting = [m for m in self._distinct if 200 * min(length, m) >= cutoff * (length + m)]
        if not fitting:  # (the lengths that fit are a run: m from n x cutoff / (200 - cutoff))
            return Near([], 0, 0, 0)
        first = bisect_left(self._lengths, fitting[0])
        end = bisect_right(self._lengths, fitting[-1])
        places = sorted(self._by_length[first:end])
        return Near([self.names[i] for i in places], first, end, fitting[-1])

    def within_reach(self, query: str, cutoff: int, near: Near) -> list[str]:
        """The names of `near`, in their order, that may score `cutoff` or more against
        `query`: each one that does, and some that do not."""
        pieces = (len(query) + near.longest) * (100 - cutoff) // 100 + 1
        if len(query) < 2 * pieces:
            return near.names  # (a piece of one character is in nearly every name)
        holding = self._holding
        ranks = 0
        for i in range(pieces):
            piece = query[i * len(query) // pieces : (i + 1) * len(query) // pieces]
            ranks |= holding.get(piece[:GRAM], 0)
        # the bits of near's run, the lowest first, as bytes of 0 and 1: its places picked in C
        bits = bin(ranks >> near.first)[:1:-1][: near.end - near.first]
        places = list(
            compress(self._by_length[near.first : near.end], bits.encode().translate(_BITS))
        )
        places.sort()
        return list(map(self.names.__getitem__, places))


_BITS = bytes.maketrans(b"01", b"\x00\x01")
