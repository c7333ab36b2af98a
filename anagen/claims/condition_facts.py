"""What a condition's own record says about regrowth, whatever treats it: hair lost to scarring
"does not grow back", so a claim that it comes back there is false; a condition that "can
become permanent" makes a promise that it always grows back, or never does lasting damage,
false. A treatment that moves hair from elsewhere (a transplant) is not regrowth."""

from __future__ import annotations

import re

from anagen.claims.evidence import CONDITION_WORDS
from anagen.claims.judgement import Claim, Judgement, judged, main_slug, treatments
from anagen.claims.vocab import Verdict
from anagen.knowledge.base import KnowledgeBase

NO_REGROWTH = re.compile(
    r"\b(does not|do not|doesn't|cannot|can't|won't|never) (grow back|regrow)\b", re.I
)
CAN_BE_PERMANENT = re.compile(r"\b(can|may) (become|turn into|be) permanent\b", re.I)
# "always grows back", "never does permanent damage", "completely reversible"
ALWAYS = re.compile(
    r"\b(always|every time|guaranteed|never\b[^.;]{0,25}\bpermanent|no permanent|"
    r"completely reversible|100\s*%)",
    re.I,
)
MOVES_HAIR = re.compile(r"\b(transplant\w*|graft\w*|mov(es|ed|ing))\b", re.I)


def _facts(kb: KnowledgeBase, slug: str) -> list[tuple[str, tuple[str, ...]]]:
    c = kb.conditions[slug]
    return [(c.summary, tuple(c.sources)), *((s.text, tuple(s.sources)) for s in c.signs)]


def _moves_hair(claim: Claim, kb: KnowledgeBase) -> bool:
    return any(
        t.mechanism and MOVES_HAIR.search(t.mechanism.text) for _, t in treatments(claim, kb)
    )


def regrowth_denied(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    named = [c for c in CONDITION_WORDS.matching(claim.sentence) if c in kb.conditions]
    if not named or _moves_hair(claim, kb):
        return None
    always = ALWAYS.search(claim.sentence)
    for slug in named:
        for text, sources in _facts(kb, slug):
            if NO_REGROWTH.search(text) or (always and CAN_BE_PERMANENT.search(text)):
                said = f"The record of {kb.conditions[slug].name.lower()} says otherwise: {text}"
                return judged(Verdict.FALSE, said, sources, main_slug(claim))
    return None
