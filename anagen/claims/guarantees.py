"""rule_guarantee(): a promise of results. False when promised to everyone or for good (the
records show results vary, relapse, or are lost once a treatment stops); else a sales promise
that misleads where it promises results."""

from __future__ import annotations

import re

from anagen.claims.evidence import first_sentence
from anagen.claims.judgement import Claim, Judgement, graded, judged, main_slug, treatments
from anagen.claims.lasting import lost_when_stopped
from anagen.claims.vocab import Verdict
from anagen.knowledge.base import KnowledgeBase

EVERYONE = re.compile(
    r"\b(everyone|everybody|all (users|patients|people|customers|cases|clients)|"
    r"(every|each) (single )?(man|woman|person|patient|user|customer|case|client)|full head|"
    r"all (of )?your hair|no matter)\b|\b100\s*% of\b",
    re.I,
)
RESULT_WORDS = re.compile(r"\b(hair|regrow\w*|results?|growth|thicker|fuller)\b", re.I)
# "guaranteed never to come back", "stop it from ever coming back", "for good"
FOR_GOOD = re.compile(
    r"\b(ever (coming|come|comes) back|never (come|comes|coming) back|never (return|returns)|"
    r"for good|forever|permanent(ly)?|for life)\b",
    re.I,
)
# A record that the condition or the loss returns.
RELAPSE = re.compile(r"\b(relapse\w*|recur\w*|came back|comes back|returned)\b", re.I)


def _evidence_text(claim: Claim, kb: KnowledgeBase) -> tuple[str, tuple[str, ...]] | None:
    found = graded(claim, kb)
    if found is None:
        return None
    g = found[1]
    return f"Grade {g.grade}: {first_sentence(g.evidence.summary)}", tuple(g.evidence.sources)


def _relapse(claim: Claim, kb: KnowledgeBase) -> tuple[str, tuple[str, ...]] | None:
    """The subject's record of relapse, from its evidence summaries and figures."""
    for _, t in treatments(claim, kb):
        for ev in t.evidence:
            texts = [(ev.summary, ev.sources)] + [(f.value, f.sources) for f in ev.figures]
            for text, sources in texts:
                if RELAPSE.search(text):
                    return text, tuple(sources)
    return None


def rule_guarantee(claim: Claim, kb: KnowledgeBase) -> Judgement:
    evidence = _evidence_text(claim, kb)
    sources = evidence[1] if evidence else lost_when_stopped(claim, kb)[1]
    if EVERYONE.search(claim.sentence):
        return judged(
            Verdict.FALSE,
            "No hair-loss treatment works for everyone; even approved medicines state that results vary.",
            sources,
            main_slug(claim),
        )
    if FOR_GOOD.search(claim.sentence):
        text, why = _relapse(claim, kb) or lost_when_stopped(claim, kb)
        return judged(
            Verdict.FALSE, f"Nothing recorded keeps results for good: {text}", why, main_slug(claim)
        )
    if RESULT_WORDS.search(claim.sentence):
        return judged(
            Verdict.MISLEADING,
            "A guarantee of results is a sales promise, not evidence; results vary from person to person.",
            sources,
            main_slug(claim),
        )
    return judged(
        Verdict.UNSUPPORTED, "A guarantee is a sales promise, not evidence.", (), main_slug(claim)
    )
