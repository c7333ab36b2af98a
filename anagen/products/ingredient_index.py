"""Find which known ingredient a label item names: exact names through one Aho-Corasick
automaton over every synonym in the content files, misspellings through rapidfuzz."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain

import ahocorasick
from rapidfuzz import fuzz, process

import anagen.products.script_fold as script_fold
from anagen.knowledge.base import KnowledgeBase
from anagen.knowledge.vocab import Access, Status
from anagen.products.inactive_words import names_no_active
from anagen.products.name_reach import NameReach, Near

FUZZY_MIN_SCORE = 86
FUZZY_WORD_MIN_SCORE = 80  # one long word alone ("Minoxdli"), same first letter required
FUZZY_MIN_LENGTH = 6
FUZZY_WORDS_MAX = 12
FUZZY_MEMO_SIZE = 8192  # names, not labels: a few hundred kB at most
EXACT_MEMO_SIZE = 8192
EXACT_MEMO_TEXT = 160  # an item or a short sentence; longer texts rarely recur


# Words that name a salt or a form, never an ingredient on their own: a word-by-word fuzzy
# match must not read "diacetate" as a misspelt brand ("Dianette") or "hydrochloride" as
# "hydroxychloroquine".
FORM_WORDS = frozenset(
    [
        "acetate",
        "diacetate",
        "hydrochloride",
        "chloride",
        "sulfate",
        "sulphate",
        "carbonate",
        "citrate",
        "gluconate",
        "glutamate",
        "phosphate",
        "stearate",
        "benzoate",
        "salicylate",
        "sorbate",
        "lactate",
        "succinate",
        "hydroxide",
        "oxide",
        "bisglycinate",
        "glycinate",
        "picolinate",
        "fumarate",
        "monohydrate",
        "dihydrate",
        "anhydrous",
        "extract",
        "extracts",
        "powder",
        "complex",
        "solution",
        # esters and salts: "methyl nicotinate" is no misspelt nicotinamide
        "nicotinate",
        "aspartate",
        "malate",
        "orotate",
        "ascorbate",
        "palmitate",
        "propionate",
        "tartrate",
        "valerate",
    ]
)
# A substituent word just before a name makes another compound of it: "Pyrrolidinyl
# Diaminopyrimidine Oxide" is not diaminopyrimidine oxide (aminexil), nor "Biotinoyl
# Tripeptide-1" biotin. (Checked only where a name was found after a word ending in "yl".)
SUBSTITUENT_BEFORE = re.compile(r"[a-z]{3,}yl $")
# Letters of the other scripts labels are written in are kept: Greek, Cyrillic, kana (not the
# middle dot "\u30fb" between words), CJK ideographs and hangul, and those of script_fold.
SCRIPT_LETTERS = (
    "\u0370-\u03ff\u0400-\u052f\u1100-\u11ff\u3005\u3041-\u30fa\u30fc-\u30ff"
    "\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3" + script_fold.LETTERS
)
NOT_NAME = re.compile(rf"[^a-z0-9%{SCRIPT_LETTERS}]+")
# Scripts written without spaces between words ("\u30df\u30ce\u30ad\u30b7\u30b8\u30eb5%\u914d\u5408"): their names are
# found inside a longer run of letters, not as whole words only. (Korean spaces its words but
# joins particles to them.)
UNSPACED = re.compile(
    rf"[\u1100-\u11ff\u3041-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3{script_fold.UNSPACED_BLOCKS}]"
)
OTHER_SCRIPT = re.compile(f"[{SCRIPT_LETTERS}]")
# the kana voicing marks decompose into combining marks, but "\u30b8" is not "\u30b7"
KANA_VOICING = "\u3099\u309a"
IN_BRACKETS = re.compile(r"\(.*?\)")


def fold(text: str) -> str:
    """Lower case, accents and punctuation folded to spaces, single-spaced, padded by spaces."""
    if not text.isascii():
        text = PUNCTUATION.sub(" ", text)  # curly quotes and dashes: often all that is not
    if text.isascii():  # most labels: one byte-table look-up per character, lower case and all
        return f" {b' '.join(text.encode().translate(ASCII_NAME).split()).decode()} "
    return _fold_unicode(text)


def fold_each(texts: list[str]) -> list[str]:
    """[fold(t).strip() for t in texts]: ASCII texts (most lines' items) folded in one
    byte-table pass over them all, not a pass and its string-making per text."""
    joined = "\n".join(texts)
    if not joined.isascii() or joined.count("\n") != len(texts) - 1:
        return [fold(t).strip() for t in texts]
    pieces = joined.encode().translate(ASCII_NAME_KEEPING_LINES).split(b"\n")
    return [b" ".join(p.split()).decode() for p in pieces]


def _fold_unicode(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    if script_fold.ANY_CHAR.search(text):  # Arabic, Hebrew, Indic ... : their digits and letters
        text = script_fold.fold_letters(text)
    # (a regex search for a character beyond or from a point, not max(): that makes a string of
    # every character)
    if not BEYOND_BMP.search(text):  # combining marks beyond the BMP are not in COMBINING
        text = COMBINING.sub("", text)
    else:
        text = "".join(c for c in text if not unicodedata.combining(c) or _kept_mark(c))
    if FROM_HANGUL_JAMO.search(text):  # hangul syllables and voiced kana put back together
        text = unicodedata.normalize("NFC", text)
    return f" {NOT_NAME.sub(' ', text.casefold()).strip()} "


def _kept_mark(c: str) -> bool:
    """The kana voicing marks, and the vowel signs and viramas that are letters of an Indic or
    Thai word."""
    return c in KANA_VOICING or script_fold.kept_mark(ord(c))


def _combining_marks() -> re.Pattern[str]:
    """The BMP's combining marks (accents) as one character class of ranges."""
    marks = [c for c in range(0x10000) if unicodedata.combining(chr(c)) and not _kept_mark(chr(c))]
    return re.compile("[" + script_fold.char_ranges(marks) + "]+")


COMBINING = _combining_marks()
# Characters that fold to a space either way (no decomposition, not letters or digits): a text
# whose only non-ASCII characters are these takes the ASCII path. (A regex: str.translate with a
# table looks every character up, ten times the cost on a whole label.)
PUNCTUATION = re.compile("[\u2018\u2019\u201c\u201d\u2013\u2014\u2022\u00ae\u00b0\u00b7\u00a0]")
BEYOND_BMP = re.compile("[\U00010000-\U0010ffff]")
FROM_HANGUL_JAMO = re.compile("[\u1100-\U0010ffff]")


# NOT_NAME for ASCII text lower-cased, as a table of bytes: a capital becomes its small letter,
# every other character but a-z, 0-9 and % a space. (bytes.translate reads a table of 256 bytes;
# str.translate looks each character up in a dict.)
ASCII_NAME = bytes(
    ord(c) if re.fullmatch(r"[a-z0-9%]", c := chr(i).lower()) else ord(" ") for i in range(256)
)
# (with the line break kept: fold_each's mark between texts)
ASCII_NAME_KEEPING_LINES = ASCII_NAME[:10] + b"\n" + ASCII_NAME[11:]


def _key(name: str) -> str:
    """A folded name as the automaton looks for it: a whole word, or in a script written
    without spaces, anywhere in a run."""
    return name.strip() if UNSPACED.search(name) else name


@dataclass(frozen=True)
class Found:
    slug: str
    matched: str
    exact: bool


LOOKALIKE = ""  # the slug of a name that contains an ingredient's name but is not it


class IngredientIndex:
    def __init__(
        self,
        names: dict[str, str],
        lookalikes: Iterable[str] = (),
        minerals: frozenset[str] = frozenset(),
        drugs: frozenset[str] = frozenset(),
        prescription_only: frozenset[str] = frozenset(),
        prescription_only_by_route: frozenset[tuple[str, str]] = frozenset(),
        strongest_percent: dict[str, float] | None = None,
        self_care_by_route: frozenset[tuple[str, str]] = frozenset(),
        only_route: dict[str, str] | None = None,
    ) -> None:
        self.names = names  # folded name (padded) -> slug
        self.minerals = minerals  # slugs of minerals taken by mouth (zinc, iron, magnesium)
        self.drugs = drugs  # slugs of medicines (minoxidil, finasteride, ketoconazole)
        # ... of those every treatment of which a doctor gives (finasteride, clobetasol; not
        # minoxidil, whose solution is bought without a prescription)
        self.prescription_only = prescription_only
        # ... and by route, as (slug, route): minoxidil by mouth, not on the scalp
        self.prescription_only_by_route = prescription_only_by_route
        # ... and those bought without one by a route (minoxidil on the scalp)
        self.self_care_by_route = self_care_by_route
        # the strongest percentage trials used, per ingredient (minoxidil 5): a stronger product
        # is mixed to order, not the medicine sold over the counter
        self.strongest_percent = strongest_percent or {}
        # the one route by which the knowledge base's treatments use a herb (saw palmetto by
        # mouth, rosemary oil on the scalp); none where they differ, and none for vitamins and
        # the rest, sold in pills and shampoos alike (biotin)
        self.only_route = only_route or {}
        # Names in other scripts in an automaton of their own, searched only in a text that has
        # such letters: the automaton looks a character up among a node's children one by one,
        # and hundreds of kana, ideographs and Cyrillic letters would slow every Latin label.
        self.automaton = ahocorasick.Automaton()
        self.other_scripts = ahocorasick.Automaton()
        entries = list(names.items())
        # "Zinc PCA", "Magnesium stearate": matched as the longer name, so the shorter one
        # inside it is not, and never offered as a fuzzy choice
        entries += [(name, LOOKALIKE) for name in lookalikes if name not in names]
        for name, slug in entries:
            key = _key(name)
            automaton = self.other_scripts if OTHER_SCRIPT.search(key) else self.automaton
            automaton.add_word(key, (key, slug))
        self.automaton.make_automaton()
        self.other_scripts.make_automaton()
        # Latin-script names only: a name in a script without spaces with a few characters
        # added to it ("\u30df\u30ce\u30ad\u30b7\u30b8\u30eb\u914d\u5408") scores like a misspelling, and the Cyrillic
        # ones and their case forms would make every fuzzy look-up dearer for little
        self.choices = [n.strip() for n in names if not OTHER_SCRIPT.search(n)]
        # the choices by their length and their pieces: those a look-up need score
        self._reach = NameReach(self.choices)
        self._fuzzy_memo: dict[str, Found | None] = {}
        self._exact_memo: dict[str, tuple[list[Found], bool]] = {}
        self._near: dict[tuple[int, int], Near] = {}
        self._near_alike: dict[tuple[int, int, str], list[str]] = {}  # ... with a first letter
        # (query, cutoff, same first letter needed) -> the best name (None also when no name
        # with that letter reaches the cutoff): one word ("alcohol", "ingredients") is looked up
        # on label after label, within the names of longer unknown items too
        self._best_memo: dict[tuple[str, int, bool], tuple[str, float, int] | None] = {}

    def find_all(self, text: str) -> list[Found]:
        """Every known ingredient named in `text`, longest names first, no overlaps."""
        return self._find_all(text)[0]

    def _find_all(self, text: str) -> tuple[list[Found], bool]:
        """The ingredients named, and whether a look-alike name was. Memoised for short texts:
        the same items ("Minoxidil 5% w/v", "Aqua") recur on label after label."""
        if len(text) > EXACT_MEMO_TEXT:
            return self._scan(text)
        known = self._exact_memo.get(text)
        if known is None:
            if len(self._exact_memo) >= EXACT_MEMO_SIZE:
                self._exact_memo.clear()
            known = self._exact_memo[text] = self._scan(text)
        return known

    def _scan(self, text: str) -> tuple[list[Found], bool]:
        hits = self._hits(text)
        if len(hits) <= 1:  # most items and sentences name one ingredient or none
            if not hits:
                return [], False
            name, slug = hits[0][2:]
            return ([], True) if slug == LOOKALIKE else ([Found(slug, name.strip(), True)], False)
        return resolved(hits)

    def _hits(self, text: str) -> list[tuple[int, int, str, str]]:
        """(start, end, name, slug) of every known name in the folded text, overlaps and all."""
        folded = fold(text)
        found = self.automaton.iter(folded)
        if not folded.isascii() and len(self.other_scripts):  # letters of another script
            found = chain(found, self.other_scripts.iter(folded))
        hits = [(end - len(name) + 1, end, name, slug) for end, (name, slug) in found]
        if hits and "yl " in folded:
            hits = [
                (start, end, name, LOOKALIKE if _after_substituent(folded, start) else slug)
                for start, end, name, slug in hits
            ]
        return hits

    def find(self, text: str) -> Found | None:
        found, lookalike = self._find_all(text)
        if found:
            return found[0]
        return None if lookalike else self.find_fuzzy(text)

    def find_fuzzy(self, text: str) -> Found | None:
        """Memoised: the same unrecognised names ("Aqua", "Glycerin") recur on label after
        label, and a fuzzy look-up costs more than the rest of an item's reading."""
        if text in self._fuzzy_memo:
            return self._fuzzy_memo[text]
        if len(self._fuzzy_memo) >= FUZZY_MEMO_SIZE:
            self._fuzzy_memo.clear()
        found = self._fuzzy_memo[text] = self._find_fuzzy(text)
        return found

    def prescribed(self, slug: str, route: str | None) -> bool:
        """Whether only a doctor gives this medicine by `route` ("oral", "topical"), or by
        every route when the label does not say."""
        if route is None:
            return slug in self.prescription_only
        return (slug, route) in self.prescription_only_by_route

    def clear_memo(self) -> None:
        self._fuzzy_memo.clear()
        self._exact_memo.clear()
        self._best_memo.clear()

    def _closest(
        self, query: str, cutoff: int, words: set[str], same_start: bool = False
    ) -> tuple[str, float, int] | None:
        """The closest name that keeps the query's short words; the best match is usually it,
        so the next few are scored only when it is not. Only the names near in length that hold
        a piece of the query are scored (name_reach): the others cannot reach the cutoff."""
        near = self._near_of(len(query), cutoff)
        key = (query, cutoff, same_start)
        if key in self._best_memo:
            best = self._best_memo[key]
        else:
            if len(self._best_memo) >= FUZZY_MEMO_SIZE:
                self._best_memo.clear()
            if same_start and not self._may_start_alike(query, cutoff, near.names):
                best = None  # no name with its first letter reaches the cutoff: none fits
            else:
                choices = self._reach.within_reach(query, cutoff, near)
                found = process.extractOne(query, choices, scorer=fuzz.ratio, score_cutoff=cutoff)
                best = None if found is None else _placed(found, near)
            self._best_memo[key] = best
        if best is None or _fits(best[0], query, words, same_start):
            return best
        choices = self._reach.within_reach(query, cutoff, near)
        more = process.extract(query, choices, scorer=fuzz.ratio, score_cutoff=cutoff, limit=5)
        return next((_placed(b, near) for b in more if _fits(b[0], query, words, same_start)), None)

    def _may_start_alike(self, query: str, cutoff: int, choices: list[str]) -> bool:
        """Whether a name with the query's first letter reaches the cutoff: without one, no
        name fits a look-up that needs that letter, and the few such names are scored in a
        fraction of the time all of them take. (Nearly every one-word look-up finds none.)"""
        key = (len(query), cutoff, query[0])
        alike = self._near_alike.get(key)
        if alike is None:
            if len(self._near_alike) >= 4096:
                self._near_alike.clear()
            alike = self._near_alike[key] = [c for c in choices if c[0] == query[0]]
        return process.extractOne(query, alike, scorer=fuzz.ratio, score_cutoff=cutoff) is not None

    def _choices_near(self, length: int, cutoff: int) -> list[str]:
        """The names long enough and short enough to reach the cutoff, in their usual order."""
        return self._near_of(length, cutoff).names

    def _near_of(self, length: int, cutoff: int) -> Near:
        key = (length, cutoff)
        near = self._near.get(key)
        if near is None:
            if len(self._near) >= 512:  # query lengths vary little; a hostile label may not
                self._near.clear()
            near = self._near[key] = self._reach.near(length, cutoff)
        return near

    def _find_fuzzy(self, text: str) -> Found | None:
        core = fold(IN_BRACKETS.sub(" ", text)).strip()
        if len(core) < FUZZY_MIN_LENGTH:
            return None
        words = set(core.split())
        if names_no_active(words):  # "Propylene Glycol", "Aqua": no name is near
            return None
        best = self._closest(core, FUZZY_MIN_SCORE, words)
        if best is None:
            # Try each word alone: "Minoxdli 5% w/v" -> "minoxdli". In a sentence, whose many
            # words give a near miss ("provocar" for "Proscar") more chances than a misspelt
            # name, only a name with an ending ("kopexilem") is taken.
            split = core.split()
            in_a_sentence = len(split) > FUZZY_WORDS_MAX
            for i, word in enumerate(split):
                # ("#finasteridefree": a "-free" compound names what the product lacks; a word
                # before "acid" names that acid: "rosmarinic acid" is no misspelt "rosmarinolie")
                if (
                    len(word) >= FUZZY_MIN_LENGTH + 1
                    and word not in FORM_WORDS
                    and not word.endswith("free")
                    and split[i + 1 : i + 2] != ["acid"]
                ):
                    best = self._closest(word, FUZZY_WORD_MIN_SCORE, words, same_start=True)
                    if best and in_a_sentence and not word.startswith(best[0]):
                        best = None
                    if best:
                        break
        if best is None:
            return None
        return Found(self.names[f" {best[0]} "], best[0], False)


def _after_substituent(folded: str, start: int) -> bool:
    """Whether the name found at `start` (its padding blank, or its first letter in a script
    without spaces) follows a substituent word such as "pyrrolidinyl" or "methyl"."""
    end = start + 1 if folded[start] == " " else start
    return SUBSTITUENT_BEFORE.search(folded, max(0, end - 30), end) is not None


def resolved(hits: list[tuple[int, int, str, str]]) -> tuple[list[Found], bool]:
    """The names found, longest first where two overlap, in text order, and whether a
    look-alike name took a place."""
    hits = sorted(hits, key=lambda h: (-(h[1] - h[0]), h[0]))
    taken: list[tuple[int, int]] = []
    out: list[tuple[int, Found]] = []
    lookalike = False
    for start, end, name, slug in hits:
        # names are padded with spaces, so neighbouring matches may share one space
        if name[0] == " ":
            start, end = start + 1, end - 1
        if any(start <= e and s <= end for s, e in taken):
            continue
        taken.append((start, end))
        if slug == LOOKALIKE:
            lookalike = True
        elif all(f.slug != slug for _, f in out):
            out.append((start, Found(slug, name.strip(), True)))
    return [f for _, f in sorted(out, key=lambda x: x[0])], lookalike


def _placed(found: tuple[str, float, int], near: Near) -> tuple[str, float, int]:
    """A name scored among those holding a piece of the query, with its place among all the
    names near in length (as scoring them all gives it)."""
    return found[0], found[1], near.names.index(found[0])


def _fits(name: str, query: str, words: set[str], same_start: bool) -> bool:
    return (
        (not same_start or (name[0] == query[0] and not _inserted(name, query)))
        and _short_words_kept(name, words)
        and not _extended(name, query)
    )


def _inserted(name: str, query: str) -> bool:
    """A word two or more letters longer than a name, not by an ending ("kopexilem"), is
    another word that shares most of its letters ("oleracea", a cabbage's epithet, on the
    brand "Oracea"): a misspelt word drops or changes letters, and adds one at most."""
    return len(query) - len(name) >= 2 and not query.startswith(name)


def _extended(name: str, query: str) -> bool:
    """A longer word built on the name ("biotinoyl" on "biotin") is another substance, not a
    misspelling: misspellings change or drop a letter or two, they do not add a suffix."""
    return query.startswith(name) and len(query) - len(name) >= 3


def _short_words_kept(name: str, words: set[str]) -> bool:
    """A misspelling changes letters in long words, not a short code: "vitamin a" is not a
    misspelt "vitamin h" (biotin), nor "vitamin e" a misspelt "vitamin d"."""
    return all(w in words for w in name.split() if len(w) <= 3)


@lru_cache(maxsize=8)
def index_for(kb: KnowledgeBase) -> IngredientIndex:
    names: dict[str, str] = {}
    lookalikes = [fold(n) for ing in kb.ingredients.values() for n in ing.lookalikes]
    for ing in kb.ingredients.values():
        for name in (ing.name, ing.inci, ing.latin, *ing.synonyms, *ing.misspellings, ing.slug):
            if name:
                folded = fold(name)
                # one ideograph or hangul syllable ("\u950c", zinc) is part of too many other words
                if folded.strip() and not (len(folded) == 3 and UNSPACED.match(folded, 1)):
                    names.setdefault(folded, ing.slug)
                    plain = fold(re.sub(r"\(.*?\)", " ", name))
                    if plain.strip() and len(plain.strip()) > 3:
                        names.setdefault(plain, ing.slug)
    for name, slug in list(names.items()):
        for form in (*_case_forms(name), *script_fold.prefixed_forms(name)):
            names.setdefault(form, slug)
    minerals = frozenset(i.slug for i in kb.ingredients.values() if i.kind == "mineral")
    drugs = frozenset(i.slug for i in kb.ingredients.values() if i.kind == "drug")
    # (an investigational treatment is no one's to prescribe: a research chemical's page is no
    # prescription medicine's)
    access: dict[str, set[Access]] = {}
    by_route: dict[tuple[str, str], set[Access]] = {}
    for t in kb.treatments.values():
        for slug in t.ingredients:
            if slug in drugs and t.status != Status.INVESTIGATIONAL:
                access.setdefault(slug, set()).add(t.access)
                by_route.setdefault((slug, t.route), set()).add(t.access)
    prescription_only = frozenset(s for s, a in access.items() if Access.SELF_CARE not in a)
    prescription_only_by_route = frozenset(
        k for k, a in by_route.items() if Access.SELF_CARE not in a
    )
    strongest: dict[str, float] = {}
    for ing in kb.ingredients.values():
        for st in ing.effective_strengths:
            if st.unit == "%":
                strongest[ing.slug] = max(st.high, strongest.get(ing.slug, 0.0))
    self_care = frozenset(k for k, a in by_route.items() if Access.SELF_CARE in a)
    botanicals = {i.slug for i in kb.ingredients.values() if i.kind == "botanical"}
    routes: dict[str, set[str]] = {}
    for t in kb.treatments.values():
        for slug in t.ingredients:
            if slug in botanicals:
                routes.setdefault(slug, set()).add(str(t.route))
    only_route = {slug: next(iter(r)) for slug, r in routes.items() if len(r) == 1}
    return IngredientIndex(
        names,
        lookalikes,
        minerals,
        drugs,
        prescription_only,
        prescription_only_by_route,
        strongest,
        self_care,
        only_route,
    )


# Russian and Ukrainian decline a name: "содержит миноксидила", "містить кетоконазолу"
CYRILLIC_END_CONSONANT = re.compile(
    r"[\u0400-\u04ff]*[\u0431-\u0434\u0436\u0437\u043a-\u043d\u043f-\u0442\u0444-\u0449] $"
)
CASE_ENDINGS = ("\u0430", "\u0443", "\u043e\u043c", "\u0435")  # -a, -u, -om, -e


def _case_forms(name: str) -> list[str]:
    """A Cyrillic name ending in a consonant with the endings of its other cases."""
    if not CYRILLIC_END_CONSONANT.search(name):
        return []
    return [f"{name[:-1]}{ending} " for ending in CASE_ENDINGS]
