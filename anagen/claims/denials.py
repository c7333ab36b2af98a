"""What the knowledge base says a treatment does not do, read with the claim patterns.

The claim-kind patterns are run over the content's own statements (mechanism, usage, time to
effect, evidence summaries); where one sits under a plain present-tense denial
("it does not stimulate the follicle directly", "shampoo alone cannot cure scalp ringworm",
"blocks the receptor rather than lowering DHT"), a claim of that kind with the same verb is
contradicted by a recorded fact. "Has not been shown" is absence of evidence, not a denial.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from anagen.claims.kinds import PATTERN_ORDER
from anagen.claims.modality import clause_start
from anagen.claims.vocab import Kind
from anagen.claims.words import FACT_SENTENCE_END
from anagen.knowledge.base import KnowledgeBase
from anagen.knowledge.schema import Treatment

DENIABLE = {
    Kind.LOWERS_DHT,
    Kind.BLOCKS_ANDROGENS,
    Kind.REGROWS_HAIR,
    Kind.STOPS_HAIR_LOSS,
    Kind.THICKENS_HAIR,
    Kind.STIMULATES_FOLLICLES,
    Kind.CURES_BALDNESS,
}
DENIAL = re.compile(
    r"\b(not|cannot|can't|doesn't|isn't|aren't|never|rather than|instead of)\b", re.I
)
# "not been shown", "not approved", "did not reach": about the evidence, not the drug.
EPISTEMIC = re.compile(
    r"\b(shown|proven|known|established|clear|studied|tested|approved|reach\w*|been|did|had|have|has)\b",
    re.I,
)
STUDY = re.compile(
    r"\b(measur\w*|assess\w*|endpoints?|trials?|stud(y|ies)|grade|case series)\b", re.I
)


@dataclass(frozen=True, slots=True)
class Denial:
    kind: Kind
    verb: str  # the first four letters of the denied wording
    condition: str | None  # None: whatever the condition
    text: str
    sources: tuple[str, ...]


def verb_of(wording: str) -> str:
    """One verb for "regrows" and "grow", and for "lowering" and "lowers"."""
    return re.sub(r"^re-?(?=grow)", "", wording.strip().lower())[:4]


def _statements(t: Treatment) -> list[tuple[str, tuple[str, ...], str | None]]:
    """General statements about what it does; an evidence summary only where a sentence is not
    about how a study was done ("measuring shedding, not regrowth")."""
    # the summary is prose over the file's facts: it cites the mechanism's (or evidence's) sources
    backing = t.mechanism.sources if t.mechanism else t.evidence[0].sources
    out: list[tuple[str, tuple[str, ...], str | None]] = [(t.summary, tuple(backing), None)]
    out += [(f.text, tuple(f.sources), None) for f in (t.mechanism, t.time_to_effect) if f]
    out += [(f.text, tuple(f.sources), None) for f in t.usage]
    for e in t.evidence:
        for sentence in FACT_SENTENCE_END.split(e.summary):
            if not STUDY.search(sentence):
                out.append((sentence, tuple(e.sources), e.condition))
    return out


def _denied(sentence: str) -> list[tuple[Kind, str]]:
    """Every wording of a deniable kind in the sentence, not only the first, that sits under a
    denial: "blocks the receptor rather than lowering DHT" denies lowering, not blocking."""
    out = []
    for kind, pattern in PATTERN_ORDER:
        if kind not in DENIABLE:
            continue
        for m in pattern.finditer(sentence):
            window = sentence[max(clause_start(sentence, m.start()), m.start() - 30) : m.start()]
            if DENIAL.search(window) and not EPISTEMIC.search(window):
                out.append((kind, verb_of(m.group())))
    return out


@lru_cache(maxsize=8)
def denials_by_treatment(kb: KnowledgeBase) -> dict[str, tuple[Denial, ...]]:
    out: dict[str, list[Denial]] = {}
    for t in kb.treatments.values():
        for text, sources, condition in _statements(t):
            for sentence in FACT_SENTENCE_END.split(text):
                for kind, verb in _denied(sentence):
                    out.setdefault(t.slug, []).append(
                        Denial(kind, verb, condition, sentence.strip(), sources)
                    )
    return {slug: tuple(d) for slug, d in out.items()}


def denial_of(
    t: Treatment, kind: Kind, wording: str, conditions: tuple[str, ...], kb: KnowledgeBase
) -> Denial | None:
    verb = verb_of(wording)
    for d in denials_by_treatment(kb).get(t.slug, ()):
        # "cannot cure" denies clearing and eradicating too; other kinds need the same verb
        same = d.verb == verb or kind is Kind.CURES_BALDNESS
        if d.kind is kind and same and (d.condition is None or d.condition in conditions):
            return d
    return None
