"""Suits everyone, every skin type, every kind of hair loss: judged on its labelled users, the
records of who is a good candidate, and the kinds of hair loss with good evidence."""

from __future__ import annotations

import re

from anagen.claims.judgement import GOOD, Claim, Judgement, judged, main_slug, treatments
from anagen.claims.vocab import Verdict
from anagen.knowledge.base import KnowledgeBase

TYPES = re.compile(r"\b(skin|hair|scalp) (types?|colou?rs?|tones?)\b", re.I)
CANDIDATES = re.compile(r"\b((good|ideal|suitable) candidates|not (suitable|candidates))\b", re.I)
SENTENCE = re.compile(r"(?<=[.;])\s+")
ALL_KINDS = re.compile(r"\b(every|all|any) (single )?(types?|kinds?|forms?|causes?) of\b", re.I)


def _every_kind(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    """ "Works on every type of hair loss": false when some kinds have no good evidence for it."""
    for e, t in treatments(claim, kb):
        good = [c for c in kb.conditions if t.grade_for(c) in GOOD]
        others = [kb.conditions[c].name for c in kb.conditions if c not in good]
        if others:
            helped = ", ".join(kb.conditions[c].name for c in good) or "no kind of hair loss"
            sources = [s for ev in t.evidence for s in ev.sources][:3]
            text = f"Good evidence only for {helped}; not for {', '.join(others)}."
            return judged(Verdict.FALSE, text, sources, e.slug)
    return None


def rule_suits_everyone(claim: Claim, kb: KnowledgeBase) -> Judgement:
    """Suitable for all skin types: false when its labelled users are limited."""
    if ALL_KINDS.search(claim.sentence):
        every = _every_kind(claim, kb)
        if every:
            return every
    for e, t in treatments(claim, kb):
        if t.prerequisite:  # recorded as useful only after a test shows the need for it
            text = f"Only for some people: {t.prerequisite.text} {t.summary}"
            return judged(Verdict.FALSE, text, t.prerequisite.sources, e.slug)
        facts = [(u.text, u.sources) for u in t.usage]
        facts += [(c.text, c.sources) for c in t.contraindications]
        facts += [(r.text, r.sources) for r in t.regulatory]
        for text, sources in facts:
            if TYPES.search(text):
                return judged(
                    Verdict.FALSE, f"Labelled for some users only: {text}", sources, e.slug
                )
        # "good candidates have enough donor hair": a record of who it suits, which is not all
        facts += [(ev.summary, ev.sources) for ev in t.evidence]
        for text, sources in facts:
            for sentence in SENTENCE.split(text):
                if CANDIDATES.search(sentence):
                    said = f"It suits only some people: {sentence}"
                    return judged(Verdict.MISLEADING, said, sources, e.slug)
    return judged(
        Verdict.UNSUPPORTED,
        "We have no record of who it suits; a claim that it suits everyone needs evidence.",
        (),
        main_slug(claim),
    )
