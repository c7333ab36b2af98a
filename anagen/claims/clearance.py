"""FDA clearance claims: judged on the recorded device clearances. A clearance (510(k)) finds a
device substantially equivalent to one already sold; a claim that it proves, confirms or
tested the device's effect, or came from its own trial, overstates it, named device or not."""

from __future__ import annotations

import re

from anagen.claims.anycase import AnyCase
from anagen.claims.judgement import Claim, Judgement, judged, treatments
from anagen.claims.regulatory import APPROVED, by_product_type, no_record, statuses_of
from anagen.claims.vocab import Verdict
from anagen.knowledge.base import KnowledgeBase
from anagen.knowledge.vocab import RegulatoryStatus

# A clearance said to prove or confirm the effect, or to rest on the device's own trial.
AS_PROOF = AnyCase(
    r"\b(proven|proves?|efficacy|effective|guarantee|for everyone|confirm\w*|verif\w*|"
    r"tested|trials?|studies|study|clinical data|"
    # clearance held up as the mark of what works: "trust solutions with FDA clearance, the
    # real deal for hair loss"
    r"trust|real deal|(really|actually|truly) works?)\b"
)
# The recorded fact that says what a clearance means.
MEANING = re.compile(r"\b(substantially equivalent|not proof)\b", re.I)
TREATS_LOOKS = ("device", "procedure")  # a kit or device may be cleared for another use
NOT_FOR_HAIR = re.compile(
    r"\bno\b[^.]{0,40}\b(authori[sz]ed|cleared|approved)\b[^.]{0,30}\bfor hair loss\b", re.I
)
HAIR_USE = re.compile(r"\b(hair|scalp|regrow\w*|alopecia|bald\w*|thinning)\b", re.I)


# The claim gives that limit itself: "found substantially equivalent to a legally marketed
# predicate; it does not constitute a finding of efficacy"
LIMIT_GIVEN = re.compile(
    r"\bsubstantially equivalent\b[^.]{0,150}\b(not|n't|no)\b[^.]{0,40}\b(proof|finding|evidence|"
    r"guarantee|prove|show|mean)\w*\b",
    re.I,
)

# Or it sets a clearance apart from an approval or proof: "the FDA gives its clearance for
# safety, but not approval for proven results", "cleared, not approved"
NOT_APPROVAL = re.compile(
    r"\bclear(ance|ed)\b[^.;]{0,40}\b(but |and )?not\b[^.;]{0,15}\b(an? |its )?(approv\w*|proof|proven)\b",
    re.I,
)


def _what_clearance_means(
    kb: KnowledgeBase, verdict: Verdict = Verdict.MISLEADING
) -> Judgement | None:
    for t in kb.treatments.values():
        for r in t.regulatory:
            if r.status is RegulatoryStatus.CLEARED_DEVICE and MEANING.search(r.text):
                lead = (
                    "What a clearance means"
                    if verdict is Verdict.SUPPORTED
                    else "A clearance is not proof that a device works"
                )
                return judged(verdict, f"{lead}: {r.text}", r.sources, t.slug)
    return None


def rule_fda_cleared(claim: Claim, kb: KnowledgeBase) -> Judgement:
    if LIMIT_GIVEN.search(claim.sentence):
        meaning = _what_clearance_means(kb, Verdict.SUPPORTED)
        if meaning is not None:
            return meaning
    statuses = statuses_of(claim, kb, only_us=True)
    if NOT_APPROVAL.search(claim.sentence) and not any(r.status in APPROVED for _, r in statuses):
        # true of any cleared device; of an approved medicine, the approval decides
        meaning = _what_clearance_means(kb, Verdict.SUPPORTED)
        if meaning is not None:
            return meaning
    if not statuses and AS_PROOF.found(claim.sentence):
        meaning = _what_clearance_means(kb)  # true of any cleared device, named or not
        if meaning is not None:
            return meaning
    if not statuses:
        return by_product_type(claim, False) or no_record(claim, "an FDA clearance")
    cleared = [(e, r) for e, r in statuses if r.status is RegulatoryStatus.CLEARED_DEVICE]
    if cleared:
        e, r = cleared[0]
        if AS_PROOF.found(claim.sentence):
            # the record that says what a clearance means, when there is one
            e, r = next(((x, c) for x, c in cleared if MEANING.search(c.text)), (e, r))
            return judged(
                Verdict.MISLEADING,
                f"A clearance is not proof that it works: {r.text}",
                r.sources,
                e.slug,
            )
        return judged(Verdict.SUPPORTED, r.text, r.sources, e.slug)
    e, r = statuses[0]
    if r.status in APPROVED:
        return judged(
            Verdict.MISLEADING,
            f"Approved as a medicine, not cleared as a device: {r.text}",
            r.sources,
            e.slug,
        )
    category = next(t.category for x, t in treatments(claim, kb) if x == e)
    # the record rules out a clearance for hair loss, and the claim is about hair
    if category in TREATS_LOOKS and not (
        NOT_FOR_HAIR.search(r.text) and HAIR_USE.search(claim.sentence)
    ):
        return judged(
            Verdict.UNSUPPORTED,
            f"We have no record of a clearance for this use; equipment can be cleared for "
            f"other purposes. {r.text}",
            r.sources,
            e.slug,
        )
    return judged(Verdict.FALSE, f"No device clearance is recorded: {r.text}", r.sources, e.slug)
