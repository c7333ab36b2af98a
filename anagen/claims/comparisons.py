"""compare(): what the knowledge base records about treatment A against treatment B.

Reads the recorded comparisons (both files) and evidence summaries that name the other
treatment, clause by clause: which side each clause is about, whether it says "similar",
"not worse", "more" or "less", and whether it is about the claim's aspect (hair, DHT or side
effects). The clause sharing most words with the claim decides.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from anagen.claims.entities import local_route
from anagen.claims.forms import route_named
from anagen.claims.modality import clause_start
from anagen.claims.name_index import entity_index
from anagen.claims.words import FACT_SENTENCE_END
from anagen.knowledge.base import KnowledgeBase
from anagen.knowledge.schema import Treatment
from anagen.products.ingredient_index import fold


class Outcome(StrEnum):
    BETTER = "better"
    EQUAL = "equal"  # no clear difference
    NOT_WORSE = "not_worse"  # shown only not to be worse
    WORSE = "worse"


FLIP = {Outcome.BETTER: Outcome.WORSE, Outcome.WORSE: Outcome.BETTER}
CLAUSES = re.compile(r"[.;](?:\s|$)|,|\b(?:while|whereas|but|though|although)\b")
POLARITY = [  # folded text; the leftmost wording in a clause decides
    (Outcome.NOT_WORSE, r"not worse|non ?inferior"),
    (
        Outcome.EQUAL,
        r"similar\w*|(about|almost|roughly) as (well|much)|as (well|much|effective) as|neither|"
        r"no (significant |clear |statistically significant )?difference|comparable|no better|"
        r"no more effective|the same",
    ),
    (Outcome.WORSE, r"less|lower|below|smaller|fewer|worse|inferior|did not|didn t|not as|weaker"),
    (
        Outcome.BETTER,
        r"more|better|above|higher|larger|greater|superior|beat|beats|outperform\w*|stronger|"
        r"sooner|faster|first",
    ),
]
POLARITY_RE = re.compile(
    "|".join(f" (?P<{o.value}>{p}) " for o, p in POLARITY).replace("(?P<", "(?P<p_")
)
OBJECT_WORDS = re.compile(r" (than|as|to|over|compared|from|above|below) ")
ASPECTS = {
    "dht": re.compile(r"\b(dht|dihydrotestosterone)\b", re.I),
    "safety": re.compile(
        r"side[- ]?effects?|tolerat|irritat|itch|reactions?|burning|headache|(body|facial|unwanted) hair|"
        r"period",
        re.I,
    ),
}
OTHER = re.compile(r"\b(oily|courses?|approved|costs?|once a day|twice a day|gene test)\b", re.I)
COMBO = re.compile(
    # "added more hair than" is a result, not an add-on
    r"\b(adding|added(?! (\w+ )?more\b)|plus|combined|combination|together with|on top of|used with|alongside|"
    r"in addition to|pair(ed|ing)? (it )?with|teamed with)\b",
    re.I,
)
# In a claim, "boosts the results of minoxidil" means used with it, against it alone.
BOOSTS = re.compile(
    r"\b(boost\w*|enhanc\w*|amplif\w*|improv\w*|increas\w*|doubl\w*)\b[^.]{0,12}\b"
    r"(results?|effects?|efficacy|effectiveness|power|action) of\b",
    re.I,
)
# "X with minoxidil did better than minoxidil alone": a plain "with" is a combination when the
# comparator is said to be on its own.
WITH_ALONE = re.compile(
    r"\bwith\b[^.]{0,60}\b(than|versus|vs|compared|beat|beats|outperformed|outdid)\b[^.]{0,40}\b"
    r"(alone|on its own|by itself)\b",
    re.I,
)
# The fact itself says its evidence is weak or indirect.
CAVEAT = re.compile(
    r"\b(low[- ]quality|open-label|no placebo|too thin|pilot|not been compared|weaker "
    r"strength|not blinded|top-line)\b",
    re.I,
)
STOP = {*("than", "that", "with", "this", "from", "about", "were", "have", "been", "they")}


@dataclass(frozen=True, slots=True)
class Compared:
    outcome: Outcome  # of A against B
    text: str
    sources: tuple[str, ...]
    caveat: bool


def _stems(text: str) -> set[str]:
    return {w[:5] for w in fold(text).split() if len(w) >= 4 and w not in STOP}


def _aspect(sentence: str) -> str:
    for name, words in ASPECTS.items():
        if words.search(sentence):
            return name
    return "efficacy"


def _topics(clause: str) -> frozenset[str]:
    """What a clause is about: "dht", "safety", "other", or nothing named (hair results)."""
    found = {name for name, words in ASPECTS.items() if words.search(clause)}
    if OTHER.search(clause):
        found.add("other")
    return frozenset(found)


def _sides(clause: str, a: Treatment, b: Treatment, kb: KnowledgeBase) -> list[tuple[int, str]]:
    """(position in the folded clause, "a" or "b") for each name or form of either side."""
    index = entity_index(kb)
    folded = index.fold(clause)
    out: list[tuple[int, str]] = []
    for start, end, entity in index.hits(folded):
        owners = [
            side
            for side, t in (("a", a), ("b", b))
            if entity.slug == t.slug
            or (entity.kind == "ingredient" and entity.slug in t.ingredients)
        ]
        if len(owners) == 2 and a.route is not b.route:
            near = local_route(folded, start, end)
            owners = [s for s, t in (("a", a), ("b", b)) if t.route is near]
        if len(owners) == 1:
            out.append((start, owners[0]))
    # "the tablet" against "the spray": a form names a side only between two forms of one
    # medicine, not between pumpkin seed oil capsules and finasteride tablets
    if a.route is not b.route and set(a.ingredients) & set(b.ingredients):
        for word in folded.split():
            route = route_named(word)
            side = "a" if route is a.route else "b" if route is b.route else None
            if side:
                out.append((folded.find(f" {word} "), side))
    return sorted(out)


def _judge(
    clause: str, owner: str, a: Treatment, b: Treatment, kb: KnowledgeBase
) -> Outcome | None:
    """The clause's outcome for side A."""
    folded = entity_index(kb).fold(clause)
    m = POLARITY_RE.search(folded)
    if m is None:
        return None
    outcome = Outcome(next(k for k, v in m.groupdict().items() if v)[2:])
    if outcome not in FLIP:
        return outcome
    sides = _sides(clause, a, b, kb)
    before = [s for pos, s in sides if pos < m.start()]
    after = [(pos, s) for pos, s in sides if pos >= m.end() - 1]
    if before:
        subject = before[0]
    elif after:
        pos, side = after[0]
        between = folded[m.start() : pos + 1]
        subject = ("b" if side == "a" else "a") if OBJECT_WORDS.search(between) else side
    else:
        subject = owner
    return outcome if subject == "a" else FLIP[outcome]


Fact = tuple[str, tuple[str, ...], str, bool]


@dataclass(frozen=True, slots=True)
class _Clause:
    compared: Compared
    stems: frozenset[str]
    topics: frozenset[str]
    combo: bool
    speed: bool  # about how soon, not how much
    scope: frozenset[str]  # the organisms it is limited to, if any


# The germ an infection is caused by: a comparison can go one way for one and the other way
# for another (terbinafine for Trichophyton, griseofulvin for Microsporum).
ORGANISM = re.compile(r"\b(microsporum|trichophyton|candida|malassezia)\b", re.I)


def _scope(text: str) -> frozenset[str]:
    return frozenset(m.lower() for m in ORGANISM.findall(text))


# "Works sooner than": a claim about speed is decided by a clause about speed.
SPEED = re.compile(r"\b(sooner|faster|quicker|more quickly|earlier)\b", re.I)


def _facts(a: Treatment, b: Treatment) -> list[Fact]:
    """(text, sources, whose file, whether it is an evidence summary) of every recorded
    statement that can compare the two: comparisons, then evidence summaries."""
    facts = [(c.text, tuple(c.sources), "a", False) for c in a.comparisons if c.treatment == b.slug]
    facts += [
        (c.text, tuple(c.sources), "b", False) for c in b.comparisons if c.treatment == a.slug
    ]
    for side, own in (("a", a), ("b", b)):
        facts += [(e.summary, tuple(e.sources), side, True) for e in own.evidence]
    return facts


@lru_cache(maxsize=4096)
def _clauses(kb: KnowledgeBase, a_slug: str, b_slug: str) -> tuple[_Clause, ...]:
    """Every clause with an outcome, analysed once per pair of treatments."""
    a, b = kb.treatments[a_slug], kb.treatments[b_slug]
    out = []
    for text, sources, owner, from_summary in _facts(a, b):
        other = "b" if owner == "a" else "a"
        for sentence in FACT_SENTENCE_END.split(text):
            for clause in CLAUSES.split(sentence):
                if not clause or not clause.strip():
                    continue
                # a summary clause counts only where it names the other treatment
                if from_summary and all(side != other for _, side in _sides(clause, a, b, kb)):
                    continue
                outcome = _judge(clause, owner, a, b, kb)
                if outcome is None:
                    continue
                # a summary covers other evidence too: only its own sentence's caveat counts
                caveat = bool(CAVEAT.search(sentence if from_summary else text))
                found = Compared(outcome, text, sources, caveat)
                combo = bool(COMBO.search(clause))
                speed = bool(SPEED.search(clause))
                stems, topics = frozenset(_stems(clause)), _topics(clause)
                out.append(_Clause(found, stems, topics, combo, speed, _scope(clause)))
    return tuple(out)


def compare(
    a: Treatment, b: Treatment, sentence: str, kb: KnowledgeBase, wording: str = ""
) -> Compared | None:
    """The recorded clause about the claim's aspect, with its combination or not, that shares
    most words with the claim; the first one on a tie. The aspect is read from the clause the
    claim's `wording` sits in, when given: "it matched minoxidil and people itched less"
    compares results, not itching."""
    aspect = _aspect(own_clause(sentence, wording))
    combo = bool(COMBO.search(sentence) or BOOSTS.search(sentence) or WITH_ALONE.search(sentence))
    wanted = _stems(sentence)
    speed = bool(SPEED.search(sentence))
    scope = _scope(sentence)
    best: tuple[int, Compared] | None = None
    for c in _clauses(kb, a.slug, b.slug):
        if c.combo != combo or (scope and c.scope and not scope & c.scope):
            continue  # another combination, or another germ
        if (aspect == "efficacy" and c.topics) or (aspect != "efficacy" and aspect not in c.topics):
            continue
        score = len(wanted & c.stems) + (2 if speed and c.speed else 0)
        score += 3 if scope & c.scope else 0
        if best is None or score > best[0]:
            best = (score, c.compared)
    return best[1] if best else None


CLAIM_CLAUSE_END = re.compile(r"[,;:]|\b(and|but|while|whereas|although|though|yet)\b", re.I)


def own_clause(sentence: str, wording: str) -> str:
    """The clause of the sentence that holds the wording; the whole sentence without one."""
    at = sentence.find(wording) if wording else -1
    if at < 0:
        return sentence
    start = clause_start(sentence, at, at_and=True)
    end = CLAIM_CLAUSE_END.search(sentence, at + len(wording))
    return sentence[start : end.start() if end else len(sentence)]


STRENGTH = re.compile(r"(\d+(?:\.\d+)?)\s*%")


def compare_strengths(t: Treatment, sentence: str, conditions: tuple[str, ...]) -> Compared | None:
    """ "5% works faster than 2%": one treatment at two strengths, judged on a recorded sentence
    naming both (evidence for the claim's conditions first). The outcome is for the strength the
    claim names first."""
    named = list(dict.fromkeys(STRENGTH.findall(sentence)))
    if len(named) != 2:
        return None
    first, second = (f" {n}%" for n in named)
    evidence = sorted(t.evidence, key=lambda ev: ev.condition not in conditions)
    facts = [(ev.summary, ev.sources) for ev in evidence]
    facts += [(c.text, c.sources) for c in t.comparisons]
    for text, sources in facts:
        for sentence_ in FACT_SENTENCE_END.split(text):
            for part in CLAUSES.split(sentence_):
                spaced = f" {fold(part or '')} ".replace("%", "% ")
                if first not in spaced or second not in spaced:
                    continue
                m = POLARITY_RE.search(spaced)
                if m is None:
                    continue
                outcome = Outcome(next(k for k, v in m.groupdict().items() if v)[2:])
                if outcome in FLIP and spaced.find(second) < m.start() < spaced.find(first):
                    outcome = FLIP[outcome]  # the record puts the other strength first
                caveat = bool(CAVEAT.search(sentence_))
                return Compared(outcome, sentence_, tuple(sources), caveat)
    return None
