"""Which recorded side effects a treatment is shown to cause, and which one a claim names.

A side effect listed with "none reported", no more often than on placebo, or "not proven to be
caused by" it is recorded for completeness but is not a harm it causes.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from anagen.claims.foreign_families import FOREIGN_HARM_WORDS, SHEDDING
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
        # who and how many: the claim's share, not the harm's name
        "most",
        "majority",
        "nearly",
        "almost",
        "every",
        "everyone",
        "always",
        "users",
        "women",
        "patients",
        # whose it is ("a man experiencing male pattern baldness"), not which harm: the harm's
        # own words tell it ("male infertility", "breast enlargement in males")
        "male",
        "males",
        "female",
        "females",
        "take",
        "takes",
        "taking",
        "using",
        "never",
        "away",
        "problem",
        "problems",
        "trouble",
        "boxed",
        "warning",
        "warnings",
        # how long it lasts (LASTING weighs that): not which harm it is
        "after",
        "stop",
        "stops",
        "stopping",
        "stopped",
        "lasting",
        "continue",
        "continues",
        "persist",
        "persists",
        "persistent",
        # what to do about it ("you have to tell whoever reads the test"), not which harm it is
        "have",
        "tell",
        # where it was seen ("in its clinical trials"), not which harm it is
        "trial",
        "trials",
        "clinical",
        "study",
        "studies",
    ]
)


def recorded_text(s: SideEffect) -> str:
    """All the record says of a side effect: its name, rate and who it was seen in."""
    return " ".join(x for x in (s.name, s.frequency, s.population) if x)


def caused(s: SideEffect) -> bool:
    text = recorded_text(s)
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
# Words ads use (adjectives, medical or slang terms) for what our side-effect names say in
# everyday words: "facial" hair is hair on the face, "impotence" is erection trouble.
CLAIM_WORDS = {
    "facial": "face",
    "cardiac": "heart",
    "hepatic": "liver",
    "hepatotoxicity": "liver",
    "renal": "kidney",
    "ocular": "eyes",
    "unwanted": "extra",
    "impotence": "erection",
    "impotent": "erection",
    "erectile": "erection",
    "libido": "drive",
    "gynecomastia": "breast",
    "gynaecomastia": "breast",
    "moobs": "breast",
    "boobs": "breast",
    "hirsutism": "extra growth",
    "hairier": "extra growth body",
    "dizzy": "dizziness lightheadedness",
    "dizziness": "dizziness lightheadedness",
    "lightheaded": "lightheadedness",
    "fatigue": "tiredness",
    "tired": "tiredness",
    "swollen": "swelling",
    "palpitations": "heartbeat",
    "hypotension": "blood pressure",
    "photosensitivity": "sunlight",
    "sunburn": "sunlight",
    "menstrual": "periods",
    "sperm": "semen",
    "thrombosis": "clots",
    "clotting": "clots",
    "itchy": "itching",
    "skew": "falsely",
    "skews": "falsely",
    "lab": "test",
    "labs": "tests",
    "enlargement": "growth",
    "enlarge": "growth",
    "grow": "growth",
    "headed": "dizziness lightheadedness",  # "light-headed"
    "dents": "dent",
    "dimple": "dent",
    "dimples": "dent",
    "indentation": "dent",
    "scars": "scar",
    "scarring": "scar",
    "troponin": "troponin heart",
} | FOREIGN_HARM_WORDS
# A harm said to last after the treatment stops, and one said to pass. "Lasting" with a span
# of days is how long a passing harm lasts ("a sore scalp lasting more than 3 days").
LASTING = re.compile(
    r"\b(permanent\w*|irreversibl\w*|never (go(es)?|went) away|for life|for good|lifelong|"
    r"forever|lasting(?! ((more|longer|less) than|over|under|up to|about|around|for|a few|several) "
    r"[\w-]{0,8} ?(hours?|days?|weeks?)\b)|persist\w*|continues? after|after (you )?stop\w*)\b",
    re.I,
)
# A record that says a reported harm's link to the treatment is not shown.
UNPROVEN = re.compile(
    r"\b(causal link has not been shown|link has not been (shown|proven)|not (been )?(proven|shown|"
    r"established) to be caused|cause has not been (shown|proven)|no proven (link|cause))\b",
    re.I,
)
PASSING = re.compile(
    r"\b(few (days|weeks)|short-lived|brief|temporar\w*|fade\w*|went away|goes away|go away|"
    r"passes|settles?)\b",
    re.I,
)


@lru_cache(maxsize=4096)
def _stems(text: str) -> frozenset[str]:
    """Remembered: the same side-effect names are compared with claim after claim."""
    words = [x for w in fold(text).split() for x in CLAIM_WORDS.get(w, w).split()]
    words = [w for w in words if len(w) >= 4 and w not in GENERAL]
    acronyms = {a.lower() for a in ACRONYM.findall(text)}
    return frozenset({w[:5] for w in words} | {_root(w) for w in words} | acronyms)


def stems(text: str) -> frozenset[str]:
    """The words a harm is named by, as side effects are matched."""
    return _stems(text)


class NamedHarm(NamedTuple):
    text: str
    sources: tuple[str, ...]
    side_effect: SideEffect | None  # None for an interaction or a warning


# More hair lost for a while, in the words of a label's "more shedding": "an increase in hair
# loss for the first few weeks", "more hair fall at first" (not the hair loss being treated)
SHED_ALIKE = re.compile(
    r"\b(increase|rise|spike|surge|uptick|upsurge)s? in (hair )?(loss|fall|shedding)\b|"
    r"\bmore hair (loss|fall)\b|\bhairs? (falling|coming) out more\b|" + SHEDDING,
    re.I,
)


def named_harm(t: Treatment, claimed: str) -> NamedHarm | None:
    """The recorded side effect, interaction or warning sharing most words with the claim
    (the first on a tie, side effects before interactions and warnings). A claim that the harm
    lasts prefers the harm recorded as lasting after stopping."""
    facts = [NamedHarm(s.name, tuple(s.sources), s) for s in t.side_effects if caused(s)]
    facts += [NamedHarm(f.text, tuple(f.sources), None) for f in (*t.interactions, *t.call_doctor)]
    lasting = LASTING.search(claimed) is not None
    # its own name ("reported with finasteride") tells no harm from another
    wanted = _stems(SHED_ALIKE.sub("shedding", claimed)) - _stems(
        " ".join([t.name, *t.also_known_as])
    )
    i = _closest([h.text for h in facts], wanted, prefer=LASTING if lasting else None)
    return None if i is None else facts[i]


def related_harms(t: Treatment, claimed: str) -> list[SideEffect]:
    """Every side effect it is recorded to cause that shares a word with the claim."""
    wanted = _stems(claimed)
    return [s for s in harms(t) if wanted & _stems(s.name)]


def rate(s: SideEffect) -> float | None:
    """Its recorded rate as a percentage, when the record gives one."""
    return _rate(s.frequency) if s.frequency else None


def lasts(s: SideEffect) -> bool | None:
    """True when the record says it lasts after stopping, False when it says it passes, None
    when it says neither."""
    text = recorded_text(s)
    if LASTING.search(text):
        return True
    return False if PASSING.search(text) else None


def unproven(s: SideEffect) -> bool:
    """The record says it was reported but not shown to be caused by the treatment."""
    return bool(UNPROVEN.search(recorded_text(s)))


def harm_not_shown(t: Treatment, claimed: str) -> SideEffect | None:
    """A recorded side effect the claim names that trials found no more often than without
    the treatment."""
    i = _closest([s.name for s in t.side_effects], _stems(claimed))
    return None if i is None or caused(t.side_effects[i]) else t.side_effects[i]


def _closest(
    texts: list[str], wanted: frozenset[str], prefer: re.Pattern[str] | None = None
) -> int | None:
    """The index of the text sharing most stems with `wanted` (the first on a tie), if any;
    a text matching `prefer` counts one stem more."""
    best, best_score = None, 0
    for i, text in enumerate(texts):
        score = len(wanted & _stems(text))
        if score and prefer is not None and prefer.search(text):
            score += 1
        if score > best_score:
            best, best_score = i, score
    return best
