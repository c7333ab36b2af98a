"""check_claims(): every health claim in a text, graded against the knowledge base.

Pure: text and knowledge base in, findings out, with character offsets into the input. The same
text always gives the same findings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from anagen.claims.entities import Entity, entity_index
from anagen.claims.grade import Claim, Judgement, grade
from anagen.claims.kinds import find_kinds
from anagen.claims.modality import is_hedged, is_negated
from anagen.claims.segment import find_spans
from anagen.claims.vocab import CLAIMS_VERSION, Kind, Verdict
from anagen.knowledge.base import KnowledgeBase

MAX_TEXT_CHARS = 2_000_000
# Pronouns that point back at the product or ingredient of the sentence before.
BACK_REFERENCE = re.compile(
    r"\b(it|its|this|these|our|the (product|formula|serum|shampoo|supplement))\b", re.I
)
# Kinds whose own wording is negative ("no side effects"), so negation is part of the claim.
NEGATIVE_KINDS = {Kind.NO_SIDE_EFFECTS, Kind.HARMS_OUTWEIGH}
# Kinds whose denial is itself a checkable statement ("minoxidil is not a DHT blocker").
INVERTIBLE = {
    Kind.LOWERS_DHT,
    Kind.BLOCKS_ANDROGENS,
    Kind.REGROWS_HAIR,
    Kind.STOPS_HAIR_LOSS,
    Kind.THICKENS_HAIR,
}
INVERTED = {
    Verdict.FALSE: Verdict.SUPPORTED,
    Verdict.SUPPORTED: Verdict.FALSE,
    Verdict.MISLEADING: Verdict.UNSUPPORTED,
    Verdict.UNSUPPORTED: Verdict.UNSUPPORTED,
}


def invert(j: Judgement) -> Judgement:
    """The verdict on a denial is the opposite of the verdict on the assertion."""
    return Judgement(INVERTED[j.verdict], j.explanation, j.sources, j.entity)


@dataclass(frozen=True)
class Finding:
    start: int
    end: int
    quote: str
    entity: str
    kind: str
    verdict: str
    explanation: str
    sources: tuple[str, ...]
    hedged: bool


@dataclass(frozen=True)
class ClaimReport:
    findings: tuple[Finding, ...]
    version: str = CLAIMS_VERSION


def subject_entities(slugs: tuple[str, ...], kb: KnowledgeBase) -> tuple[Entity, ...]:
    """A product's own actives (or its treatment), for sentences that name no ingredient."""
    out = []
    for slug in slugs:
        if slug in kb.ingredients:
            out.append(Entity("ingredient", slug, kb.ingredients[slug].name))
        elif slug in kb.treatments:
            out.append(Entity("treatment", slug, kb.treatments[slug].name))
    return tuple(out)


def check_claims(
    text: str, kb: KnowledgeBase, context: str | None = None, subjects: tuple[str, ...] = ()
) -> ClaimReport:
    """`context` is the product's regulatory type and `subjects` its actives, when the text is
    a product's marketing; a sentence naming no ingredient is then about the product."""
    text = text[:MAX_TEXT_CHARS]
    index = entity_index(kb)
    own = subject_entities(subjects, kb)
    findings: list[Finding] = []
    previous: tuple[Entity, ...] = ()
    last_end = 0
    for span in find_spans(text):
        sentence = text[span.start : span.end]
        if "\n" in text[last_end : span.start]:
            previous = ()  # a back-reference never reaches into another paragraph
        last_end = span.end
        entities = tuple(index.find(sentence))
        if not entities and BACK_REFERENCE.search(sentence):
            entities = previous
        if not entities:
            entities = own
        if entities:
            previous = entities
        hedged = is_hedged(sentence)
        for match in find_kinds(sentence):
            negated = match.kind not in NEGATIVE_KINDS and is_negated(sentence, match.start)
            if negated and match.kind not in INVERTIBLE:
                continue  # "does not guarantee" promises nothing
            judged = grade(Claim(match.kind, sentence, entities, hedged, negated, context), kb)
            if negated:
                judged = invert(judged)
            findings.append(
                Finding(
                    span.start,
                    span.end,
                    sentence,
                    judged.entity,
                    str(match.kind),
                    str(judged.verdict),
                    judged.explanation,
                    judged.sources,
                    hedged,
                )
            )
    return ClaimReport(tuple(findings))
