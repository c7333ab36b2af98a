"""find(): which ingredients and treatments a sentence names, through the names, synonyms and
misspellings in the content files (no names are written in Python), and in which role.

A name after "than", "as well as", "like" or "alternative to" is what the claim compares
against, not what it is about. The words right next to a name give its form ("saw palmetto
capsules", "oral minoxidil"), so two forms of one medicine in one sentence stay apart.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from operator import itemgetter

import ahocorasick

from anagen.claims.forms import route_named, route_of_words
from anagen.claims.prefilter import Needs
from anagen.knowledge.vocab import Route
from anagen.products.ingredient_index import UNSPACED, fold

# Comparison wording, in folded text (lower case, single spaces).
COMPARE = re.compile(
    # "more than half of the scalp", "fewer than 10% of users", "a trial of more than 900 men":
    # a quantity, not a comparison
    r" (than(?! (half|a (third|quarter|fifth)|one in|\d+(\.\d+)?% of|\d[\d,]* (men|women|people|patients|"
    r"participants|volunteers|users|subjects|adults|children|days|weeks|months|years)) )|"
    # "as well as", and the evidence said to be equal: "every bit as proven as finasteride"
    r"as (well|good|effective|effectively|much|quickly|fast|reliably|often|frequently|strong|powerful|proven|"
    r"(well )?(studied|researched|tested|established)) as|"
    r"as (much|many)( [a-z]+){1,2} as|"
    # "take like 10,000 IU of vitamin D": a rough amount, not a comparison
    r"like(?! (about |around )?[0-9][0-9 ]* (iu|drops?|pills?|capsules?|times|"
    r"days?|weeks?|months?|years?|hours?|minutes?) )|"
    r"compared (with|to)|versus|vs|match(es|ed)?|equal(s|l?ed| to)|close to( th(at|ose) of)?|"
    r"times (the|as)( [a-z]+){0,4} (of|as)|(swap|substitute|dupe|stand in) for|"
    r"alternative to|instead of|rather than|beats?|outperform(s|ed)?( by)?|outrank(s|ed)?|"
    r"surpass(es|ed)?|rivals?|ranked (above|below|higher than|lower than|ahead of|behind)|"
    r"beaten by|(doubled|tripled|quadrupled)( [a-z]+){0,4} compared (with|to)|"
    r"(the )?same( [a-z0-9.%]+){0,3} as|equally( [a-z]+)? as|"
    # "comparable to", "similar in efficacy to finasteride", "performed similarly to the foam"
    r"(similar|comparable)( (in|for)( its)? (efficacy|effectiveness|effect|results|benefits?|outcomes?))? "
    r"(to|with)|(comparably|similarly)( well)? (to|as|with)|"
    # "as effective at regrowing thinning hair as minoxidil"
    r"(as|equally) (effective|good|successful|powerful|potent|efficacious) (at|in|for)( [a-z-]+){1,4} as|"
    r"(no|not any) less (effective|powerful|potent|successful|efficacious) than|(non |not )?inferior to|"
    # "showing comparable results to 2% minoxidil", "comparable therapeutic outcomes to the tablet"
    r"(similar|comparable|equal|equivalent) ((therapeutic|clinical|treatment) )?(results?|effects?|"
    r"outcomes?|gains?|regrowth) (to|as)|"
    r"the same way|toe to toe with|on (a )?par with|"
    r"head to head with|(answer|alternative) to|equivalent (to|of)|nature s( own)?|"
    r"(boosts?|enhances?|improves?|increases?|doubles?|amplifies?) (the )?"
    r"(results?|effects?|efficacy|effectiveness|power|action) of|(when )?used (together )?with|"
    r"alongside|in addition to|as an add on to) "
)
# The words one of which every match of COMPARE holds ("than", "as well as", ...): looked up
# in one pass, so the long pattern is tried only on a sentence that could compare.
COMPARE_WORDS = Needs(COMPARE.pattern)
# "A network meta-analysis ranked laser devices above 5% minoxidil": the word that compares
# comes after what is ranked (group 1 starts at its leading space).
RANKED_OVER = re.compile(
    r" ranked(?: [a-z0-9]+){1,6}?( (above|below|higher than|lower than|ahead of|behind) )"
)
# "JAK inhibitors like Olumiant", "another approved treatment, like minoxidil": an example of a
# kind, not what is compared (the text is folded: the comma is gone).
EXAMPLE_LIKE = re.compile(
    r"\b(inhibitors|blockers|drugs|medicines|medications|treatments|products|supplements|"
    r"ingredients|pills|tablets|steroids|antifungals|options|brands|oils|devices|therapies|"
    # one of a kind, not "our treatment, like minoxidil, ...": "another approved treatment"
    r"(?:another|any|an?|other) (?:[\w-]+ ){0,4}?(?:treatment|option|therapy|medicine|drug)) like "
)
# "Unlike minoxidil, ...", "Like minoxidil, PRP is ...", "Compared with pills, ...": the opening
# phrase names the comparator, and the subject comes after its comma.
LEAD = re.compile(
    r"^\W*(unlike|(just )?like|compared (with|to)|versus|instead of|rather than)\b[^,;:]*[,;:]",
    re.I,
)
# "A study compared rosemary oil to 2% minoxidil": the first is the subject, the one after "to"
# what it is set against (group 3 starts at the word that compares).
COMPARED_APART = re.compile(r" compar(ed|ing)( [a-z0-9.%-]+){1,5}? (to|with|against|versus) ")
# "Switched from fin to dut": what was left behind, in folded text; the one after "to" is used.
SWITCHED_FROM = re.compile(r"\b(switch(ed|ing)?|moved|changed|went|came off) from (.{1,40}?) to ")
# Runs of letters taken whole (no letter given back could be followed by "-"), and tried on only
# when a "-" follows: the same matches as \b[A-Za-z]+(?:-[A-Za-z]+)+\b, with less backtracking.
HYPHENATED = re.compile(r"\b[A-Za-z]++(?=-)(?:-[A-Za-z]++)+\b")
# The same for ASCII text, where re.ASCII's \b finds the same edges by a table look-up.
HYPHENATED_ASCII = re.compile(HYPHENATED.pattern, re.ASCII)
# Words that end the phrase a name sits in; its form is looked for inside that phrase only.
PHRASE_END = {
    *("than", "as", "like", "with", "and", "plus", "or", "to", "vs", "versus", "of", "while"),
    *("but", "compared", "rather", "instead", "alternative", "more", "less", "better", "is"),
    *("are", "was", "were", "that", "which"),
}
NEAR = 3  # words either side of a name that can give its form


@dataclass(frozen=True, slots=True)
class Entity:
    kind: str  # "ingredient" or "treatment"
    slug: str
    name: str
    route: Route | None = None  # the form named next to it, if any


@dataclass(frozen=True, slots=True)
class Mentions:
    subjects: tuple[Entity, ...]
    comparators: tuple[Entity, ...] = ()
    # Forms named after a comparison word with no name ("works as well as the tablet").
    compared_routes: tuple[Route, ...] = ()


# Arabic joins the article to the name it defines ("المينوكسيديل"), and "with" or "and" to that.
ARABIC_NAME = re.compile("[\u0621-\u064a]")
ARTICLES = ("\u0627\u0644", "\u0628\u0627\u0644", "\u0648\u0627\u0644")  # al-, bil-, wal-


def _variants(name: str) -> list[str]:
    """A folded name and its last word in singular or plural ("nanosome", "laser combs"); an
    Arabic name with the article joined to it."""
    if ARABIC_NAME.match(name, 1):
        return [name, *(f" {a}{name[1:]}" for a in ARTICLES)]
    words = name.split()
    last = words[-1]
    if len(last) < 3 or last.endswith("ss"):
        return [name]
    other = last[:-1] if last.endswith("s") and len(last) > 3 else f"{last}s"
    return [name, " " + " ".join([*words[:-1], other]) + " "]


def _inner_runs(names: dict[str, Entity]) -> set[str]:
    out: set[str] = set()
    for name in names:
        words = name.split()
        for i in range(1, len(words)):
            for j in range(i + 1, len(words) + 1):
                out.add(" ".join(words[i:j]))
    return out


class EntityIndex:
    def __init__(self, names: dict[str, Entity]) -> None:
        every = dict(names)
        for name, entity in names.items():
            for variant in _variants(name)[1:]:
                every.setdefault(variant, entity)  # a real name wins over a variant
        self.automaton = ahocorasick.Automaton()
        for name, entity in every.items():
            # a name in a script written without spaces is found inside a run of its letters
            # ("ミノキシジルは", "미녹시딜은"), as the label index finds it
            name = name.strip() if UNSPACED.search(name) else name
            self.automaton.add_word(name, (len(name), entity))
        self.automaton.make_automaton()
        # runs of words after the first word of a name ("extra strength" in "men s rogaine
        # extra strength")
        self.inner = frozenset(_inner_runs(every))
        # one-word names, so "micro-needling" is read as "microneedling"
        self.single = frozenset(n.strip() for n in every if " " not in n.strip())
        # the first word of every name, for a quick look before the automaton
        self.first_words = frozenset(n.split()[0] for n in every if n.split())
        # every word of a name, to tell a strength ("minoxidil 2%") from a result ("68%")
        self.words = frozenset(w for n in names for w in n.split() if len(w) >= 4) - {"hair"}
        # two-word names also match with a word between ("rosemary scalp oil")
        self.pairs: dict[str, list[tuple[int, str, Entity]]] = {}
        for i, (n, e) in enumerate(names.items()):
            words = n.split()
            if len(words) == 2 and all(len(w) >= 4 for w in words):
                self.pairs.setdefault(words[0], []).append((i, words[1], e))
        self.pair_starts = frozenset(self.pairs)
        # the second words each first word pairs with: most sentences holding a first word
        # ("hair", "minoxidil") hold none of its second words, and skip the look for pairs
        self.pair_ends = {w: frozenset(p[1] for p in pairs) for w, pairs in self.pairs.items()}
        # first word -> second word -> (order, entity) of each pair they make
        self.pairs_by_end: dict[str, dict[str, list[tuple[int, Entity]]]] = {}
        for w, pairs in self.pairs.items():
            for order, second, entity in pairs:
                self.pairs_by_end.setdefault(w, {}).setdefault(second, []).append((order, entity))

    def hits(self, folded: str) -> list[tuple[int, int, Entity]]:
        """(start, end, entity) of each name, longest first where names overlap; ends are the
        index of the name's closing space."""
        hits = [(end - size + 1, end, e) for end, (size, e) in self.automaton.iter(folded)]
        if len(hits) > 1:
            hits.sort(key=lambda h: (-(h[1] - h[0]), h[0]))
        taken: list[tuple[int, int, Entity]] = []
        for start, end, entity in hits:
            if not any(start < e - 1 and s < end - 1 for s, e, _ in taken):
                taken.append((start, end, entity))
        words = folded.split()
        if starts := self._pair_starts(words):
            near: dict[int, tuple[int, int, Entity]] = {}
            pos = -1  # where the last first word of a pair was found, less its leading space
            for i in [i for i, w in enumerate(words) if w in starts]:
                w = words[i]
                pos = folded.find(f" {w} ", pos + 1)  # this word, not an earlier one like it
                by_end = self.pairs_by_end[w]
                for second in self.pair_ends[w].intersection(words[i + 1 : i + 4]):
                    for order, entity in by_end[second]:
                        if order not in near:
                            near[order] = (pos, pos + len(w) + 1, entity)
            # a pair already found whole ("finasteride spray") is not found again
            taken.extend(
                near[k] for k in sorted(near) if not any(s <= near[k][0] < e for s, e, _ in taken)
            )
        return sorted(taken, key=itemgetter(0))

    def _pair_starts(self, words: list[str]) -> frozenset[str]:
        """The first words of pairs among the words, when some first word and one of its second
        words are both there: without, hits() finds no pair (the second must follow the first
        closely)."""
        starts = self.pair_starts.intersection(words)
        if not starts:
            return starts
        present = set(words)
        return (
            starts
            if any(not self.pair_ends[w].isdisjoint(present) for w in starts)
            else frozenset()
        )

    def name_end(self, text: str, start: int, end: int) -> int | None:
        """Where the name holding text[start:end] after a word of its own ends ("Extra
        Strength" in "Men's Rogaine Extra Strength"), as an offset into text; None when the
        words are not inside a name or begin it ("Nanoxidil" names its claim)."""
        wording = " ".join(text[start:end].lower().split())
        if not (wording.isascii() and wording.replace(" ", "").isalpha()):
            wording = self.fold(text[start:end]).strip()  # letters only: the same folded
        if wording not in self.inner:
            return None  # no name holds these words after its first one
        folded = self.fold(text)
        hits = [(s, e) for s, e, _ in self.hits(folded) if wording in folded[s : e + 1]]
        if not wording or not hits:
            return None
        at = len(self.fold(text[:start]).rstrip()) + 1  # the wording's place in `folded`
        for s, e in hits:
            if s + 1 < at and at + len(wording) <= e:
                return end + e - (at + len(wording))
        return None

    def fold(self, text: str) -> str:
        """fold(), with a hyphenated spelling of a one-word name joined up."""
        if "-" in text:
            hyphenated = HYPHENATED_ASCII if text.isascii() else HYPHENATED
            text = hyphenated.sub(lambda m: self._join(m.group()), text)
        return fold(text)

    def _join(self, word: str) -> str:
        joined = word.replace("-", "")
        return joined if joined.lower() in self.single else word

    def find(self, text: str) -> Mentions:
        return _mentions_in(self, text)

    def subjects(self, text: str) -> tuple[Entity, ...]:
        """find(text).subjects: a text that names nothing (most sentences read only for what
        a later "it" refers to) is passed over without reading its comparison wording."""
        return _mentions_in(self, text).subjects if _names_in(self, text)[1] else ()

    def _mentions(self, text: str, folded: str, found: list[tuple[int, int, Entity]]) -> Mentions:
        lead = LEAD.match(text)
        lead_end = len(self.fold(text[: lead.end()])) - 1 if lead else 0
        # "JAK inhibitors like Olumiant": an example of a kind, not a comparison (the same
        # length, so positions still fit `folded`)
        scan = EXAMPLE_LIKE.sub(r"\1 ____ ", folded) if " like " in folded else folded
        marker = COMPARE.search(scan, lead_end) if COMPARE_WORDS.met(scan) else None
        # a comparison word inside a name ("without treatment") is part of that name
        while marker and any(s <= marker.start() + 1 < e for s, e, _ in found):
            marker = COMPARE.search(scan, marker.end() - 1)
        cut = marker.start() if marker else len(folded)
        if " compar" in scan and (apart := COMPARED_APART.search(scan, lead_end)):
            cut = min(cut, apart.start(3) - 1) if apart.start() <= cut else cut
        if " ranked " in scan and (ranked := RANKED_OVER.search(scan, lead_end)):
            cut = min(cut, ranked.start(1))  # "ranked laser devices above minoxidil"
        # the pattern needs " from ": most sentences are passed over without trying it
        switched = SWITCHED_FROM.search(folded) if " from " in folded else None
        subjects: list[Entity] = []
        opening: list[Entity] = []  # named in "Unlike minoxidil, ..."
        compared: list[Entity] = []  # named after "than", "as well as", ...
        words = folded.split()
        # each word's length and its space, added up in C (map, not a generator)
        starts = list(accumulate(map((1).__add__, map(len, words[:-1])), initial=1))
        # the opening phrase gives no form to a name after it ("Compared with the solution,
        # minoxidil tablets ...")
        lead_words = bisect_left(starts, lead_end + 1) if lead_end else 0
        without_end = -1  # where the last name said not to be needed ends, in words
        for start, end, entity in found:
            first, after = bisect_left(starts, start + 1), bisect_left(starts, end + 1)
            floor = lead_words if first >= lead_words else 0
            route = _route_near(
                words[max(floor, first - NEAR) : first], words[after : after + NEAR]
            )
            group = opening if start < lead_end else subjects if start < cut else compared
            listed = without_end >= 0 and words[without_end:first] in (["or"], ["and"], ["nor"])
            if (
                listed  # "you'll never need finasteride or minoxidil": both not needed
                or _done_without(words, first, after)
                or (switched and switched.start(3) <= start + 1 < switched.end(3))
            ):
                group = compared  # "no minoxidil needed", "switched from": what it replaces
                without_end = after
            same = [x for x in group if x.slug == entity.slug]
            if not same or (route is not None and all(x.route != route for x in same)):
                group.append(Entity(entity.kind, entity.slug, entity.name, route))
        routes: tuple[Route, ...] = ()
        if marker and not compared:  # "as well as the tablet": the same medicine in another form
            route = route_named(" ".join(folded[marker.end() :].split()[:4]))
            routes = (route,) if route else ()
        elif lead and not opening and not compared:  # "Compared with the 5% solution, ..."
            route = route_named(text[: lead.end()])
            routes = (route,) if route else ()
        # what the comparison wording names wins over the opening phrase
        others = compared or ([] if routes else opening)
        return Mentions(tuple(subjects), tuple(others), routes)


# A sentence is read for names by the claim it makes and again for what a later "it" refers to,
# and ads repeat their lines: its names are found once (memo.forget_sentences empties these).
@lru_cache(maxsize=1024)
def _names_in(index: EntityIndex, text: str) -> tuple[str, list[tuple[int, int, Entity]]]:
    folded = index.fold(text)
    return folded, index.hits(folded)


@lru_cache(maxsize=1024)
def _mentions_in(index: EntityIndex, text: str) -> Mentions:
    return index._mentions(text, *_names_in(index, text))


NOT_NEEDED = {"needed", "required", "necessary"}
NO_NEED = {"t", "not", "never", "longer"}  # folded "won't", "don't": "won t"


def _done_without(words: list[str], first: int, after: int) -> bool:
    """ "no minoxidil needed", "no need for finasteride", "without minoxidil": a name the text
    says is not used."""
    before = words[max(0, first - 3) : first]
    if before == ["no", "need", "for"] or before[-1:] == ["without"]:
        return True
    # "you won't need finasteride", "will not need to take minoxidil"
    need = words[max(0, first - 5) : first]
    if need[-1:] == ["need"] or (need[-3:-1] == ["need", "to"] and need[-1] in {"take", "use"}):
        return bool(NO_NEED & set(need[:-1]))
    return before[-1:] == ["no"] and any(w in NOT_NEEDED for w in words[after : after + 1])


def local_route(folded: str, start: int, end: int) -> Route | None:
    """The form named in the few words around a name (at [start, end) of folded text)."""
    before = folded[:start].rsplit(maxsplit=NEAR)
    before = before[-NEAR:] if len(before) > NEAR else before
    return _route_near(before, folded[end:].split(maxsplit=NEAR)[:NEAR])


def _route_near(before: list[str], after: list[str]) -> Route | None:
    """The form named in the words just before or after a name, inside its phrase."""
    for i in range(len(before) - 1, -1, -1):
        if before[i] in PHRASE_END:
            before = before[i + 1 :]
            break
    for i, w in enumerate(after):
        if w in PHRASE_END:
            after = after[:i]
            break
    return route_of_words(before) or route_of_words(after)
