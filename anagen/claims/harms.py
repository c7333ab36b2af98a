"""Which recorded side effects a treatment is shown to cause, and which one a claim names.

A side effect listed with "none reported", no more often than on placebo, or "not proven to be
caused by" it is recorded for completeness but is not a harm it causes.
"""

from __future__ import annotations

import re
from functools import lru_cache

from anagen.knowledge.schema import SideEffect, Treatment
from anagen.products.ingredient_index import fold

NOT_CAUSED = re.compile(
    r"\b(none (reported|found|seen|occurred)|not (proven|shown) to be caused|not more common than|"
    r"no more common than|little or no difference|"
    r"not significantly different from (the )?(placebo|vehicle|sham|saline|control)|"
    r"similar to (the )?(placebo|vehicle|sham|saline))\b",
    re.I,
)
# A risk, odds or rate ratio whose confidence interval takes in 1: no shown difference.
RATIO_CI = re.compile(
    r"\b(risk|odds|rate|hazard) ratio\b[^)]{0,30}?\bCI:? (\d+(?:\.\d+)?) to (\d+(?:\.\d+)?)", re.I
)
# A rate as a percentage, or as "N in 1,000" (the way Cochrane tables give risks).
RATE = re.compile(r"(\d+(?:\.\d+)?)\s*(%|in 1,?000\b)")
# Words too general to tie a claim to one recorded side effect.
GENERAL = set(
    [
        "hair",
        "scalp",
        "side",
        "effect",
        "effects",
        "cause",
        "causes",
        "people",
        "more",
        "than",
        "usual",
        "with",
        "from",
        "that",
        "this",
        "high",
        "dose",
        "doses",
        "results",
        "result",
        "some",
        "which",
    ]
)


def caused(s: SideEffect) -> bool:
    text = " ".join(x for x in (s.name, s.frequency, s.population) if x)
    if NOT_CAUSED.search(text):
        return False
    ratio = RATIO_CI.search(text)
    if ratio and float(ratio.group(2)) <= 1 <= float(ratio.group(3)):
        return False
    if s.frequency and s.placebo_frequency:
        on, off = _rate(s.frequency), _rate(s.placebo_frequency)
        if on is not None and off is not None and on <= off:
            return False
    return True


def _rate(text: str) -> float | None:
    m = RATE.search(text)
    if m is None:
        return None
    return float(m.group(1)) / (10 if m.group(2) != "%" else 1)


def harms(t: Treatment, serious_only: bool = False) -> tuple[SideEffect, ...]:
    """The side effects it is recorded to cause; remembered per treatment object."""
    key = (id(t), serious_only)
    hit = _SEEN.get(key)
    if hit is None or hit[0] is not t:  # the object is kept, so its id cannot be reused
        if len(_SEEN) > 4096:
            _SEEN.clear()
        found = tuple(
            s
            for s in t.side_effects
            if caused(s) and (not serious_only or s.seriousness == "serious")
        )
        hit = _SEEN[key] = (t, found)
    return hit[1]


_SEEN: dict[tuple[int, bool], tuple[Treatment, tuple[SideEffect, ...]]] = {}


SUFFIX = re.compile(r"(ings?|ed|es|s|y)$")


def _root(word: str) -> str:
    """ "shedding" and "shed", "itchy" and "itching": the word without its ending."""
    root = SUFFIX.sub("", word) if len(word) > 5 else word
    return root[:-1] if len(root) > 3 and root[-1] == root[-2] else root


ACRONYM = re.compile(r"\b[A-Z]{3}\b")  # "PSA", "DHT": short, but a name
# Adjectives that ads use for the body part a side effect's name gives as a noun.
BODY_WORDS = {
    "facial": "face",
    "cardiac": "heart",
    "hepatic": "liver",
    "renal": "kidney",
    "ocular": "eyes",
    "unwanted": "extra",
}


@lru_cache(maxsize=4096)
def _stems(text: str) -> frozenset[str]:
    """Remembered: the same side-effect names are compared with claim after claim."""
    words = [BODY_WORDS.get(w, w) for w in fold(text).split()]
    words = [w for w in words if len(w) >= 4 and w not in GENERAL]
    acronyms = {a.lower() for a in ACRONYM.findall(text)}
    return frozenset({w[:5] for w in words} | {_root(w) for w in words} | acronyms)


def named_harm(t: Treatment, claimed: str) -> tuple[str, tuple[str, ...]] | None:
    """The recorded side effect, interaction or warning sharing most words with the claim
    (the first on a tie, side effects before interactions and warnings)."""
    facts = [(s.name, tuple(s.sources)) for s in t.side_effects if caused(s)]
    facts += [(f.text, tuple(f.sources)) for f in (*t.interactions, *t.call_doctor)]
    i = _closest([text for text, _ in facts], _stems(claimed))
    return None if i is None else facts[i]


def harm_not_shown(t: Treatment, claimed: str) -> SideEffect | None:
    """A recorded side effect the claim names that trials found no more often than without
    the treatment."""
    i = _closest([s.name for s in t.side_effects], _stems(claimed))
    return None if i is None or caused(t.side_effects[i]) else t.side_effects[i]


def _closest(texts: list[str], wanted: frozenset[str]) -> int | None:
    """The index of the text sharing most stems with `wanted` (the first on a tie), if any."""
    best, best_score = None, 0
    for i, text in enumerate(texts):
        score = len(wanted & _stems(text))
        if score > best_score:
            best, best_score = i, score
    return best
