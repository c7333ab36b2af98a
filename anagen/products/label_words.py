"""Word-level tests the item and sentence readings share: prose, amounts, names, negations
and comparisons."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable

from anagen.products.ingredient_index import UNSPACED, Found, fold
from anagen.wordscan import Scan, by_first_character, lowered

_PROSE_WORDS = r"\b(the|is|are|contains?|containing|should|may|you|your|this|these|use|take|taken|per day|daily)\b"
PROSE_WORDS = Scan(_PROSE_WORDS, re.I)
# The same for ASCII text lower-cased, where it finds exactly what re.I does (re.I's odd
# matches, such as "\u017f" for "s", are not ASCII), several times faster. Run as a plain
# search: its beginnings ("is", "the", "use") occur inside most words, so trying the pattern at
# each costs more than re's own skip to a possible first letter.
PROSE_WORDS_ASCII = Scan(_PROSE_WORDS, by_starts=False)


def prose_word_spans(text: str) -> list[tuple[int, int]]:
    """The spans of PROSE_WORDS in `text`."""
    if text.isascii():
        return PROSE_WORDS_ASCII.spans(text.lower())
    return PROSE_WORDS.spans(text)


def is_prose(item: str) -> bool:
    """A sentence rather than an ingredient name: long, with ordinary sentence words."""
    if len(item.split()) < 5:
        return False
    if item.isascii():
        return PROSE_WORDS_ASCII.search(item.lower()) is not None
    return PROSE_WORDS.search(item) is not None


STRENGTH_WORDS = re.compile(r"\d[\d.,]*\s*(%|mg|mcg|µg|ug|g|grams?|iu|ml|nrv|dv|w/w|w/v)\b", re.I)
NOT_INGREDIENT = re.compile(
    r"^(%|(proprietary blend|blend|serving size|servings per container|calories|total|daily value|"
    r"amount per serving|\d+|(added |dietary )?(sugars?|fat|carbohydrates?|protein|sodium|"
    r"cholesterol|fib(er|re)|salt)\b(?!\s*\())\b)",
    re.I,
)


def any_of(words: Iterable[str]) -> Callable[[str], re.Match[str] | None]:
    """A test of whether a short text (an item) holds any of `words`: one regex search, about
    twice as fast as a substring test per word. (On a whole label, where the words' first
    letters are everywhere, a substring test per word is the faster.)"""
    return re.compile("|".join(re.escape(w) for w in words)).search


class AsciiCase:
    """A case-insensitive pattern run on ASCII text lower-cased, without re.I. With re.I, re
    compares every character through its case tables, and a pattern that begins with letters
    loses re's fast skip to its possible first characters (COMPARED took three times as long).
    On ASCII text lower-cased, the pattern with its capitals lowered (wordscan.lowered) finds the
    same places (re.I's odd matches, such as "\u017f" for "s", are not ASCII); other text is
    searched as it is, with re.I. For callers that need whether and where it matches only: the
    groups of a match in the lower-cased copy are in lower case."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.any_case = pattern
        # a Scan for a leading \b; a plain search, not one per literal beginning: those are
        # common letters here (its alternatives gathered by their first letter: its groups
        # are not read)
        lower = lowered(pattern.pattern)
        if not pattern.flags & re.X:  # (in a verbose pattern a blank is no character)
            lower = by_first_character(lower)
        self.lower_case = Scan(lower, pattern.flags & ~re.I, by_starts=False)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """re.search with re.I, pos and endpos as re takes them."""
        if not text.isascii():
            return self.any_case.search(text, pos, endpos)
        if endpos < len(text):
            text = text[:endpos]  # as re reads endpos: the text ends there
        return self.lower_case.search(text.lower(), pos)


class _Letters:
    """A run of Latin letters, or of another script's: the second pattern is tried only on
    text that is not ASCII, so that Latin labels pay for one character class, not three."""

    def __init__(self, latin: str, others: str) -> None:
        self.latin = re.compile(latin, re.I)
        self.others = re.compile(others)

    def search(self, text: str) -> re.Match[str] | None:
        m = self.latin.search(text)
        return m if m is not None or text.isascii() else self.others.search(text)


# three letters in a row (two kana, ideographs or hangul): a name, not just an amount
A_WORD = _Letters(r"[a-z]{3}", r"[\u0400-\u04ff]{3}|[\u3041-\u30ff\u3400-\u9fff\uac00-\ud7a3]{2}")
TWO_LETTERS = _Letters(r"[a-z]{2}", r"[\u0400-\u04ff\u3041-\u30ff\u3400-\u9fff\uac00-\ud7a3]{2}")
DIGIT = re.compile(r"\d")
# In ASCII text \d is 0 to 9: a range re tests at once, not a look-up of each character's kind.
ASCII_DIGIT = re.compile(r"[0-9]")


def has_digit(text: str) -> bool:
    return (ASCII_DIGIT if text.isascii() else DIGIT).search(text) is not None


# "No minoxidil", "contains no minoxidil", "without", "sin minoxidil", "ohne Minoxidil"
# ... "nor", "nie", "bez", "ani" (Polish "not", "without", "nor"); "без", "не", "нет" (Russian
# and Ukrainian "without", "not", "none"); Arabic and Persian "without", Arabic "free (of)",
# Persian "lacking", Hebrew "without" and "free of", Hindi "without" (as folded); Filipino
# "walang" (there is no); Indonesian and Malay "without" and "free (of)"
NEGATIONS = frozenset(
    [
        *("no", "not", "nor", "without", "zero", "sans", "sin", "ohne", "senza", "sem"),
        *("nie", "bez", "ani"),
        *("без", "не", "нет"),
        *(
            "\u0628\u062f\u0648\u0646",
            "\u0628\u0644\u0627",
            "\u062e\u0627\u0644\u064a",
            "\u0641\u0627\u0642\u062f",
        ),
        *("\u05dc\u05dc\u05d0", "\u05d1\u05dc\u05d9", "\u05e0\u05d8\u05d5\u05dc"),
        "\u092c\u093f\u0928\u093e",
        "walang",
        *("tanpa", "bebas"),
    ]
)
# ... but Indonesian "obat bebas" ("free medicine") is a class of medicine sold over the
# counter, said of the product, not of what it lacks
NOT_NEGATING = (("obat", "bebas"),)
# The word after a name that says the product is free of it: "-free", Hindi "free" and
# "devoid", Bengali "free" and "without" (placed after the name)
NEGATIONS_AFTER = frozenset(
    [
        "free",
        "\u092e\u0941\u0915\u094d\u0924",
        "\u0930\u0939\u093f\u0924",
        "\u09ae\u09c1\u0995\u09cd\u09a4",
        "\u099b\u09be\u09a1\u09bc\u09be",
    ]
)
# The word after a name that makes it a person's habit or state, not what the product holds:
# "excess caffeine consumption", "minoxidil withdrawal" (a cause or an effect a page describes)
A_HABIT_AFTER = frozenset(["consumption", "abuse", "withdrawal", "overdose"])
# The words before a name that make it the molecule this one is made from or akin to, not what
# the product holds: "Clobetasol, an analog of prednisolone", "a derivative of biotin"
KIN_BEFORE = frozenset(
    (kin, "of") for kin in ("analog", "analogue", "derivative", "congener", "homolog", "homologue")
)
# ... and those that make it a lack of it, a condition a warning names ("taking treatment for
# cancer or loss of iron", "a lack of biotin", "depletion of zinc")
LACK_BEFORE = frozenset(
    (lack, "of") for lack in ("loss", "lack", "deficiency", "shortage", "depletion")
)
# In scripts without spaces: "不含米诺地尔" / "无..." before the name, "...不使用", "...フリー",
# "...무첨가" (free of it) after
# (Thai "does not contain" and "free of" as well)
NOT_BEFORE = (
    "不含",
    "无",
    "無",
    "\u0e44\u0e21\u0e48\u0e21\u0e35",
    "\u0e1b\u0e23\u0e32\u0e28\u0e08\u0e32\u0e01",
)
NOT_AFTER = ("不使用", "無配合", "無添加", "无添加", "フリー", "무첨가", "프리", "free")


def absent(item: str, found: Found) -> bool:
    """An item or clause that says the product lacks what it names: a negation among the
    three words before the name, "free of" just before it, or "-free" just after it (or that
    names it only as another's kin, "an analog of prednisolone", its lack, or a habit)."""
    folded = fold(item)
    if UNSPACED.match(found.matched):
        at = folded.find(found.matched)
        after = folded[at + len(found.matched) :].lstrip()
        before = folded[:at].rstrip()
        return at >= 0 and (before.endswith(NOT_BEFORE) or after.startswith(NOT_AFTER))
    at = folded.find(f" {found.matched} ")
    if at < 0:
        return False
    before = folded[:at].split()[-4:]  # (the first only to tell "obat bebas" apart)
    after = _word_at(folded, at + len(found.matched) + 2)
    return (
        (not NEGATIONS.isdisjoint(before[-3:]) and _negating(before))
        or before[-2:] in (["free", "of"], ["free", "from"])
        or tuple(before[-2:]) in KIN_BEFORE
        or tuple(before[-2:]) in LACK_BEFORE
        or after in NEGATIONS_AFTER
        or after in A_HABIT_AFTER
    )


def _negating(words: list[str]) -> bool:
    """A negation among the last three of these (up to) four words that is no part of one of
    NOT_NEGATING's phrases (the first word only shows whether the second is)."""
    return any(
        word in NEGATIONS and (i == 0 or (words[i - 1], word) not in NOT_NEGATING)
        for i, word in enumerate(words)
        if i > 0 or len(words) < 4
    )


def _word_at(folded: str, start: int) -> str:
    """The folded text's word that begins at `start` (a folded text ends with a blank)."""
    return folded[start : folded.find(" ", start)] if start < len(folded) else ""


# A full stop after a lone lower-case letter, or in "z. B.", abbreviates ("z. B. Regaine", "e. g.
# Rogaine") and ends neither a sentence nor a panel entry; "w/w." and "women's." still end one.
# (Put right after the "\." of a splitting pattern.)
NOT_AN_ABBREVIATION = r"(?<![\s(][a-z]\.)(?<![\s(][a-z]\. [a-zA-Z]\.)"
# the same, put after the blank that follows the full stop
NOT_AN_ABBREVIATION_BLANK = r"(?<![\s(][a-z]\.\s)(?<![\s(][a-z]\. [a-zA-Z]\.\s)"

# "works as well as 2% minoxidil": a strength after a comparison word is the comparator's
# ... and one after "combine it with" is another product's ("with Regaine 5% foam"), as is one
# a seller "also sells" ("We also sell Latanoprost 0.005%", "also available in 5%") or names as
# an example, or one it replaces ("replaces FINASTERIDE 1 MG", "an alternative to minoxidil").
# (Each branch begins with a letter of its own, not a group, so that on lower-cased
# text re skips ahead to a possible first letter: COMPARED_ANY_CASE.)
COMPARED = re.compile(
    # ("Nizoral-like": "like" after a hyphen makes an adjective of the name before it; the
    # look-behind after the word, so that the branch still begins with a letter)
    r"\b(as well as|than|like(?<!-like)|compared (with|to)|versus|vs\.?|as much as|"
    r"combine[sd]? (it |them )?(with|alongside)|pair(ed|s)? (it |them )?(with|alongside)|"
    r"use[sd]? (it |them )?(with|alongside)|"
    # another product in use at the same time: "Can I wear it while using minoxidil?"
    r"while (using|taking)|"
    r"we also (sell|offer|stock|carry|have)|i also (sell|offer|stock|carry|have)|also available|"
    r"the same( [\w-]+){0,3} as|"
    # what this product replaces or stands in for: a previous fill, a drug it is sold instead of
    r"replac(es|ing)|not replace|instead of|in place of|alternative to|substitute for|switched from|"
    r"changed from|"
    # a previous fill of another medicine, one used beside this ("Also use ketoconazole 2%
    # shampoo", "Previously filled: Terbinafine 250 mg")
    r"previously (filled|dispensed|supplied)|previous (fill|supply)|also (use|apply)|"
    # ... in Dutch, German, French, Spanish, Italian and Portuguese
    r"alternatief voor|alternative (zu|f\u00fcr|au|\u00e0|aux)|alternativa (a|al|ao|\u00e0)|"
    # an example of another product: "(z. B. Regaine Frauen L\u00f6sung 20 mg/ml)", "e.g."
    r"e\.\s?g\.|z\.?\s?b\.|for example|zum beispiel|par exemple|por ejemplo|ad esempio|"
    # ... in Swedish, Danish ("fx") and Norwegian, Dutch, Finnish, Polish, Czech and Slovak,
    # Hungarian, Turkish, Greek and Russian
    r"t\.\s?ex\.|till exempel|f\.\s?eks\.|for eksempel|fx|bijvoorbeeld|bijv\.|esim\.|esimerkiksi|"
    r"na przyk\u0142ad|nap[\u0159r]\.|nap[\u0159r][\u00edi]klad|p\u00e9ld\u00e1ul|\u00f6rne\u011fin|\u03c0\.\s?\u03c7\.|\u043d\u0430\u043f\u0440\u0438\u043c\u0435\u0440)(?!\w)|"
    # Japanese and Chinese, unspaced, put the comparison after the name: "\u30b8\u30f3\u30af\u30d4\u30ea\u30c1\u30aa\u30f3\u306a\u3069\u4ed6\u306e
    # \u6297\u771f\u83cc\u5264\u3088\u308a\u3082" (than other antifungals such as zinc pyrithione), "\u4f18\u4e8e" (better than)
    r"\u3088\u308a\u3082|\u4f18\u4e8e",
    re.I,
)
COMPARED_ANY_CASE = AsciiCase(COMPARED)
# ... and one a contraindication names as taken already: "If taking finasteride 5 mg or any
# other 5\u03b1-reductase inhibitor", "if you are taking dutasteride 0.5 mg", in English, French,
# Spanish and Portuguese (a sentence of its own: COMPARED's form is held by a test)
TAKEN_ALREADY = AsciiCase(
    re.compile(
        r"\b(if (you are |you're |already |currently )?taking|si vous prenez|"
        r"si (usted )?(toma|est\u00e1 tomando)|se (voc\u00ea )?(toma|estiver tomando))\b",
        re.I,
    )
)


TAKING_VERBS = ("taking", "Taking", "TAKING", "prenez", "toma")


def another_in_use(text: str, end: int | None = None) -> bool:
    """Whether a comparison or a product taken already comes before `end` (or anywhere)."""
    stop = len(text) if end is None else end
    if COMPARED_ANY_CASE.search(text, 0, stop) is not None:
        return True
    # (its verbs first, as substrings: few texts have them; "aking" would pass every "making")
    if not any(verb in text for verb in TAKING_VERBS):
        return False
    return TAKEN_ALREADY.search(text, 0, stop) is not None


# Before an amount, what makes it not the pack's own: a study's dose ("a study found that men
# who took 400 mg of pumpkin seed oil"), a Chinese leaflet's whole bottle's or tube's content
# ("\u6bcf\u74f6\u542b\u7c73\u8bfa\u5730\u5c141.5g")
ANOTHER_AMOUNT = r"\b(?:study|studies|trials?|researchers|participants)\b|\u6bcf\u74f6|\u6bcf\u652f"
# ... and an authority's advice in German, French, Spanish, Italian and Portuguese ("Die DGE
# empfiehlt pro Tag 30 bis 60 Mikrogramm", "l'Anses recommande"), or a German page's daily
# requirement ("den Tagesbedarf von 60 Mikrogramm"): tried only on a text holding a piece of
# one of its words ("mpf", "ecom", "accom", "agesb"), as few labels do
ADVICE = re.compile(
    r"\b(?:empfiehlt|empfehlen|empfehlungen?|recommande(?:nt)?|recommandations?|recomienda(?:n)?|"
    r"recomendaciones|raccomanda(?:no)?|raccomandazioni|recomenda(?:m)?|recomenda\u00e7\u00f5es|"
    r"tagesbedarf\w*)\b",
    re.I,
)


def advice_before(text: str, end: int) -> bool:
    """Whether an authority's advice in another language comes before `end` in the text."""
    return (
        "mpf" in text or "ecom" in text or "accom" in text or "agesb" in text
    ) and ADVICE.search(text, 0, end) is not None


NOT_THE_PACKS_AMOUNT = re.compile(ANOTHER_AMOUNT, re.I)


# An upsell: "Add Topical Finasteride Spray for $25/mo" names another product (a shop's "Add to
# cart" buys this one). Apart from COMPARED, tried only on an item with a currency sign.
UPSELL = re.compile(
    # (a point inside a number goes on: "Add our Finasteride 0.3% + Minoxidil 6% Spray"); the
    # price as "for $25" or as what it adds: "add Rosemary Oil Drops (+$8)"
    r"\badd (?!to (cart|basket|bag)\b)(?:[^.\n$\u20ac\u00a3]|\.(?=\d)){0,90}"
    r"(?:\bfor (just |only )?|\(\+\s?)[$\u20ac\u00a3]\s?\d",
    re.I,
)
CURRENCY = ("$", "\u20ac", "\u00a3")


def an_upsell(item: str) -> bool:
    return any(c in item for c in CURRENCY) and UPSELL.search(item) is not None
