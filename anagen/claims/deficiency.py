"""The rule for "a lack of X causes hair loss": judged on what the content records about the
nutrient — that a lack of it causes hair loss, or only that low levels are found more often in
people with hair loss, which is a link and not proof of a cause."""

from __future__ import annotations

import re

from anagen.claims.evidence import first_sentence
from anagen.claims.judgement import Claim, Judgement, judged, main_slug, treatments
from anagen.claims.vocab import Verdict
from anagen.knowledge.base import KnowledgeBase
from anagen.knowledge.schema import Treatment

_WITHIN = r"[^.]{0,%d}"
CAUSAL_WORDING = re.compile(
    r"\b(cause[sd]?|causing|leads? to|led to|triggers?|results? in|is behind|(caused|triggered) by|reasons?|culprits?)\b",
    re.I,
)
# A recorded fact that a lack of the nutrient causes hair loss.
CAUSE_FACT = re.compile(
    rf"\b(lack|deficien\w*)\b{_WITHIN % 30}\b(cause[sd]?|leads? to)\b{_WITHIN % 20}\bhair loss\b",
    re.I,
)
# A recorded association: low levels found more often (or lower) in people with hair loss.
LINK_FACT = re.compile(
    r"\b(link\w*|associat\w*|more likely to be deficient|lower (average )?(blood )?\w+|"
    r"low \w+ (stores|levels)|deficiency is found)\b",
    re.I,
)

# A claim that the lack is common among people losing hair, and a record that it is rare.
COMMON_LACK = re.compile(
    r"\b(most|many|nearly all|almost all|the majority of|lots of)\b[^.]{0,60}\b(low|deficient|"
    r"lacking|short)\b"
    # "one of the most common reasons women lose their hair", "one of the major reasons": the
    # lack said to be common
    r"|\b(most common|commonest|main|major|leading|biggest|primary|chief|key|number one|#1|top) "
    r"(reasons?|causes?|culprits?)\b"
    # "the very cause", "the real reason": the one cause of hair loss in general
    r"|\bthe (very|real|true|sole|only|single|actual) (reason|cause|culprit)\b",
    re.I,
)
RARE_FACT = re.compile(r"\b(lack|deficien\w*)\b[^.]{0,40}\b(rare|uncommon|unusual)\b", re.I)


# The link taken as a reason to supplement: "..., so a daily vitamin D supplement should bring
# your patches back". Topping up helps hair, if at all, only where a deficiency is proven.
SUPPLEMENT_PROMISE = re.compile(
    r"\b(supplements?|tablets?|pills?|capsules?|gummies|drops|top(ping)? (it |them )?up|taking (it|them))\b"
    r"[^.;]{0,40}\b(bring\w* (\w+ ){0,3}back|regrow\w*|grow\w* back|restor\w*|fix\w*|cur(e|es|ed)|"
    r"revers\w*|fill\w* in|stop\w*|solv\w*|work)\b",
    re.I,
)
# A recorded fact that supplements are for a proven deficiency, or not shown to help the hair.
PROVEN_LACK_ONLY = re.compile(
    r"\bonly when\b[^.]{0,60}\bdeficien\w*|\bnot (been )?(shown|proven)\b|\bno proven\b", re.I
)


def _supplement_inferred(claim: Claim, t: Treatment) -> tuple[str, tuple[str, ...]] | None:
    """The record's caution for a claim that infers a supplement's benefit from the link."""
    if not SUPPLEMENT_PROMISE.search(claim.sentence):
        return None
    facts = [(t.prerequisite.text, tuple(t.prerequisite.sources))] if t.prerequisite else []
    found = next((f for f in facts + _facts(t) if PROVEN_LACK_ONLY.search(f[0])), None)
    if found is None:
        return None
    text = f"A link is not proof that supplements help; the record says: {first_sentence(found[0])}"
    return text, found[1]


def _facts(t: Treatment) -> list[tuple[str, tuple[str, ...]]]:
    facts = [(f.text, tuple(f.sources)) for f in (t.mechanism, *t.usage) if f]
    return facts + [(e.summary, tuple(e.sources)) for e in t.evidence]


def rule_deficiency(claim: Claim, kb: KnowledgeBase) -> Judgement:
    causal = bool(CAUSAL_WORDING.search(claim.sentence))
    common = COMMON_LACK.search(claim.sentence)
    for e, t in treatments(claim, kb):
        facts = _facts(t)
        inferred = _supplement_inferred(claim, t)
        if inferred:
            return judged(Verdict.MISLEADING, *inferred, e.slug)
        rare = next((f for f in facts if RARE_FACT.search(f[0])), None) if common else None
        if rare:
            text = f"The record says a true lack is rare: {rare[0]}"
            return judged(Verdict.FALSE, text, rare[1], e.slug)
        cause = next((f for f in facts if CAUSE_FACT.search(f[0])), None)
        if cause:
            return judged(Verdict.SUPPORTED, cause[0], cause[1], e.slug)
        link = next((f for f in facts if LINK_FACT.search(f[0])), None)
        if link and causal:
            text = (
                "A link is recorded, not proof that the lack causes hair loss: "
                f"{first_sentence(link[0])}"
            )
            return judged(Verdict.MISLEADING, text, link[1], e.slug)
        if link:
            return judged(Verdict.SUPPORTED, first_sentence(link[0]), link[1], e.slug)
    return judged(
        Verdict.UNSUPPORTED,
        "We have no record that a lack of this causes hair loss, or is even linked to it.",
        (),
        main_slug(claim),
    )
