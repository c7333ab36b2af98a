"""Trial figures by treatment, and whether a claim's percentage is one of them.

A figure such as "38% with saw palmetto vs 68% with finasteride" is split at "vs", and each
part's numbers belong to the treatment that part names (or, naming none, to the treatment whose
file records it). Placebo, sham and control arms belong to no treatment.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from anagen.claims.approximation import ABOUT
from anagen.claims.evidence import conditions_named
from anagen.claims.forms import route_named
from anagen.claims.name_index import entity_index
from anagen.knowledge.base import KnowledgeBase
from anagen.knowledge.schema import Figure, Treatment
from anagen.products.ingredient_index import fold

PARTS = re.compile(r"\bvs\.?(?=\s)|\bversus\b|[;,/]|\bagainst\b")
PERCENT = re.compile(r"(\d{1,3}(?:\.\d+)?)\s*(?:%|per ?cent\b)", re.I)
# A control arm; not "(no control group)", which says the result has none.
CONTROL = re.compile(
    r"(?<!\bno )(?<!\bwithout )(?<!\bwithout a )\b(placebo|sham|vehicle|control|saline)\b", re.I
)
# A claim that names how small its source is ("at one US clinic", "in one small study", "a
# small trial found") gives weak evidence honestly, with its limit.
SMALL_SOURCE = (
    r"\b(at|in|from|by) (just )?(one|a single|a small|one small|a tiny|one tiny)\b"
    r"[^.]{0,20}\b(clinic|study|trial|series|centre|center|hospital|practice)\b"
)
WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
WORDS |= {"seven": 7, "eight": 8, "nine": 9, "ten": 10}
RATIO = re.compile(
    r"\b(\d+|" + "|".join(WORDS) + r")[ -](?:in|out[ -]of)[ -](\d+|" + "|".join(WORDS) + r")\b",
    re.I,
)
# "a third of patients", "half the users": shares said in words, always rough.
FRACTION = re.compile(
    r"\b(a|one|two|three)? ?(third|quarter|fifth|half)s?\b(?= (?:of )?(?:the )?\w)", re.I
)
FRACTIONS = {"third": 3, "quarter": 4, "fifth": 5, "half": 2}
ROUGHLY = re.compile(
    rf"\b(about|around|nearly|almost|roughly|approximately|some|over|more than|up to)\b|{ABOUT}\d",
    re.I,
)


# How many people a claim says something happens to (a harm or a benefit): "most men", "9 out of 10 users", "40% of women".
SHARE = re.compile(
    r"\b(?:(?P<word>most|the majority of|(?:nearly|almost|virtually|practically|just about) (?:all|every)|"
    r"all|every)"
    r"(?= (men|women|people|adults|children|kids|teens|users|patients|guys|customers|cases|who|the time|"
    r"man|woman|person|adult|child|user|patient|case|one who|single one|"
    r"of (those|them|the|its|their|users|men|women|people))\b)"
    # not advice to the reader: "always tell the lab"
    r"|(?P<adverb>always|usually|invariably|inevitably|often|frequently)"
    r"(?! (tell|ask|check|read|talk|speak|consult|let|follow|inform|mention|store|keep|wash|rinse|"
    r"see a)\b)"
    r"|(?P<all>everyone|everybody)"
    r"|(?P<pct>\d{1,3}(?:\.\d+)?)\s?% of (?:men|women|people|users|patients|those|them)"
    r"|(?P<num>\d+)[ -](?:out[ -]of|in)[ -](?P<den>\d+) (?:men|women|people|users|patients))\b",
    re.I,
)
SHARE_WORDS = {
    "most": 50.0,
    "the majority of": 50.0,
    "usually": 50.0,
    # "often" read as what drug labels call very common: 1 in 10 or more
    "often": 10.0,
    "frequently": 10.0,
}
# "nearly all", "practically every": 90
SHARE_WORDS |= {
    f"{a} {b}": 90.0
    for a in ("nearly", "almost", "virtually", "practically", "just about")
    for b in ("all", "every")
}


@dataclass(frozen=True, slots=True)
class RecordedFigure:
    value: float
    text: str
    sources: tuple[str, ...]
    condition: str  # the condition of the evidence it comes from


@lru_cache(maxsize=8)
def figures_by_treatment(kb: KnowledgeBase) -> dict[str, tuple[RecordedFigure, ...]]:
    index = entity_index(kb)
    out: dict[str, list[RecordedFigure]] = {}
    for t in kb.treatments.values():
        for e in t.evidence:
            for f in e.figures:
                text = f"{f.measure}: {f.value}."
                for part in PARTS.split(f.value):
                    if CONTROL.search(part):
                        continue
                    owners = set()
                    for _, _, entity in index.hits(index.fold(part)):
                        if entity.kind == "treatment":
                            owners.add(entity.slug)
                        else:
                            owners.update(kb.ingredients[entity.slug].treatments)
                    for number in _rates(part, index.words):
                        for slug in owners or {t.slug}:
                            out.setdefault(slug, []).append(
                                RecordedFigure(float(number), text, tuple(f.sources), e.condition)
                            )
    return {slug: tuple(figs) for slug, figs in out.items()}


# A percentage of the scalp, not of people: the bar a result had to reach ("23% had more than
# 80% coverage", "80% or more scalp hair"), which is no success rate.
SCALP_SHARE = re.compile(r"\s*(or more\s+)?(of (the |their |your )?)?(scalp|coverage)\b", re.I)


def _rates(part: str, name_words: frozenset[str]) -> list[str]:
    """Percentages that are results, not strengths ("minoxidil 2%", "0.2% caffeine liquid")
    or a share of the scalp."""
    out = []
    for m in PERCENT.finditer(part):
        if SCALP_SHARE.match(part, m.end()):
            continue
        before = fold(part[: m.start()]).split()[-1:]
        after = fold(part[m.end() :]).split()[:1]
        near = [w for w in before + after if w in name_words or route_named(w)]
        if not near and after[:1] not in (["ci"], ["confidence"]):  # "95% CI": a bound's level
            out.append(m.group(1))
    return out


def only_strengths(wording: str, after: str, name_words: frozenset[str]) -> bool:
    """The wording of a rate ends at a percentage that is a strength ("swears by 5% minoxidil
    foam"): it stands right before a medicine's name or a form, so it is no rate. Wording that
    goes on past the percentage ("98% graft survival rate") says itself what it is a rate of."""
    if not wording.endswith("%") or len(PERCENT.findall(wording)) != 1:
        return False
    return not _rates(wording + after, name_words)


def claimed_percentages(sentence: str) -> list[tuple[float, float]]:
    """(value, tolerance) of each success rate a sentence states."""
    rough = bool(ROUGHLY.search(sentence))
    out = [
        (float(m.group(1)), 2.0 if rough else 0.5)
        for m in PERCENT.finditer(sentence)
        if not SCALP_SHARE.match(sentence, m.end())
    ]
    for count, part in FRACTION.findall(sentence):
        num = WORDS.get(count.lower(), 1)
        out.append((100 * num / FRACTIONS[part.lower()], 5.0))
    for a, b in RATIO.findall(sentence):
        num = int(a) if a.isdigit() else WORDS[a.lower()]
        den = int(b) if b.isdigit() else WORDS[b.lower()]
        if 0 < num <= den:
            out.append((100 * num / den, 2.0))
    return out


def matching(slug: str, sentence: str, kb: KnowledgeBase) -> RecordedFigure | None:
    """A recorded figure the sentence quotes; one from another condition than the sentence
    names ("70% of men with male pattern baldness" against 70% in shedding) is not it."""
    claimed = claimed_percentages(sentence)
    named = set(conditions_named(sentence, kb)) if claimed else set()
    for fig in figures_by_treatment(kb).get(slug, ()):
        if named and fig.condition not in named:
            continue
        if any(abs(fig.value - value) <= tol for value, tol in claimed):
            return fig
    return None


RANGE = re.compile(r"\b(between|from)\s+\d[^.]{0,20}?\b(and|to)\s+\d", re.I)


def whole_range_recorded(slug: str, sentence: str, kb: KnowledgeBase) -> bool:
    """ "Between 85% and 93%": a range whose every end is a recorded figure, which quotes the
    evidence with its spread."""
    claimed = claimed_percentages(sentence)
    if len(claimed) < 2 or not RANGE.search(sentence):
        return False
    recorded = figures_by_treatment(kb).get(slug, ())
    return all(any(abs(f.value - v) <= tol for f in recorded) for v, tol in claimed)


def claimed_share(sentence: str) -> float | None:
    """The share of people a claim says it happens to, as a percentage ("most men": 50)."""
    m = SHARE.search(sentence)
    if m is None:
        return None
    if m.group("pct"):
        return float(m.group("pct"))
    if m.group("num"):
        return 100 * float(m.group("num")) / max(float(m.group("den")), 1)
    word = (m.group("word") or m.group("adverb") or m.group("all")).lower()
    return SHARE_WORDS.get(word, 100.0)


def evidence_rates(figures: Iterable[Figure], name_words: frozenset[str]) -> list[float]:
    """The result percentages a piece of evidence records, leaving out control-group figures
    and strengths ("minoxidil 5%")."""
    out = []
    for fig in figures:
        for part in PARTS.split(fig.value):
            if not CONTROL.search(part):
                out.extend(float(n) for n in _rates(part, name_words))
    return out


# "20 more hairs per square centimetre": a hair-count gain, checked against recorded gains.
HAIR_COUNT = re.compile(
    r"(\d+(?:\.\d+)?)\s*(?:more\s+|extra\s+|new\s+)?hairs?\s*(?:per|/|a|an)\s*"
    r"(?:square\s+centimet(?:re|er)|cm2|cm²|cm\^2|sq\.?\s*cm)",
    re.I,
)
COUNT = re.compile(
    r"[+]?(\d+(?:\.\d+)?)(?:\s*(?:to|-|\u2013)\s*[+]?(\d+(?:\.\d+)?))?\s*hairs?\s*/\s*cm", re.I
)


def _count_spans(fig: Figure) -> list[tuple[float, float]]:
    """The hair-count gains (hairs/cm²) a figure records, as (low, high) ranges."""
    spans: list[tuple[float, float]] = []
    if fig.effect is not None:
        e = fig.effect
        spans.append((e.value if e.low is None else e.low, e.value if e.high is None else e.high))
    spans += [(float(low), float(high or low)) for low, high in COUNT.findall(fig.value)]
    return spans


def claimed_counts(sentence: str) -> list[float]:
    return [float(n) for n in HAIR_COUNT.findall(sentence)]


def matching_count(t: Treatment, sentence: str) -> tuple[str, tuple[str, ...]] | None:
    """The recorded figure whose hair-count gain fits the one claimed: within a recorded range
    or interval, give or take 15%."""
    claimed = claimed_counts(sentence)
    for ev in t.evidence if claimed else ():
        for fig in ev.figures:
            spans = _count_spans(fig)
            if any(lo * 0.85 <= n <= hi * 1.15 for n in claimed for lo, hi in spans):
                return f"{fig.measure}: {fig.value}.", tuple(fig.sources)
    return None


def largest_count(t: Treatment) -> tuple[float, str, tuple[str, ...]] | None:
    """The largest hair-count gain recorded for it, with its figure."""
    best: tuple[float, str, tuple[str, ...]] | None = None
    for ev in t.evidence:
        for fig in ev.figures:
            for _, high in _count_spans(fig):
                if best is None or high > best[0]:
                    best = (high, f"{fig.measure}: {fig.value}.", tuple(fig.sources))
    return best
