"""Rule for "prescription strength" and "maximum strength" claims, judged on the recorded US
regulatory status: a strength sold over the counter is no prescription strength."""

from __future__ import annotations

import re

from anagen.claims.entities import Entity
from anagen.claims.foreign_wording import RX_STATUS
from anagen.claims.judgement import Claim, Judgement, judged, main_slug, no_entity
from anagen.claims.regulatory import no_record, statuses_of
from anagen.claims.vocab import Verdict
from anagen.knowledge.base import KnowledgeBase
from anagen.knowledge.schema import Regulatory
from anagen.knowledge.vocab import RegulatoryStatus

RESULTS = re.compile(r"prescription[- ]strength (results|power|performance|effect)", re.I)
RX_WORDING = re.compile(rf"prescription|{RX_STATUS}", re.I)
RX_ONLY = re.compile(
    r"prescription[- ]only|needs? a|requires? a|available (only )?(on|by|with)|"
    rf"(?<!\bthere )\b(is|are|'s|was|were) (all |both |only |strictly )?(a |an )?prescription"
    rf"(?![- ](strength|grade))|"
    rf"{RX_STATUS}",
    re.I,
)
PRESCRIBED = (RegulatoryStatus.APPROVED_RX, RegulatoryStatus.OFF_LABEL)
PRINTED = re.compile(r"\d+(\.\d+)?\s*(%|mg)")
WITHOUT_RX = re.compile(
    r"\b(without (a )?prescription|over[- ]the[- ]counter|OTC|non-?prescription|no prescription)\b",
    re.I,
)
PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s*%")


def _strongest_without_prescription(
    claim: Claim, otc: list[tuple[Entity, Regulatory]]
) -> Judgement | None:
    """ "5% minoxidil, the maximum strength sold without a prescription": checked against the
    strengths the recorded over-the-counter approval names."""
    printed = PERCENT.search(claim.sentence)
    if not (otc and printed and WITHOUT_RX.search(claim.sentence)):
        return None
    e, r = otc[0]
    sold = [float(x) for x in PERCENT.findall(r.text)]
    if not sold:
        return None
    claimed, top = float(printed.group(1)), max(sold)
    if claimed == top:
        return judged(Verdict.SUPPORTED, r.text, r.sources, e.slug)
    text = f"The strongest sold without a prescription is {top:g}%: {r.text}"
    return judged(Verdict.FALSE, text, r.sources, e.slug)


def _printed_strength(claim: Claim, statuses: list[tuple[Entity, Regulatory]]) -> Judgement | None:
    """Is a printed strength ("prescription-strength 2% ketoconazole") sold on prescription?"""
    strength = PRINTED.search(claim.sentence)
    if strength is None:
        return None
    printed = strength.group(0).replace(" ", "")
    for e, r in statuses:
        if printed in r.text.replace(" ", ""):
            if r.status is RegulatoryStatus.APPROVED_RX:
                return judged(Verdict.SUPPORTED, r.text, r.sources, e.slug)
            if r.status is RegulatoryStatus.APPROVED_OTC:
                text = f"That strength is sold without a prescription: {r.text}"
                return judged(Verdict.FALSE, text, r.sources, e.slug)
    return None


def rule_prescription(claim: Claim, kb: KnowledgeBase) -> Judgement:
    statuses = statuses_of(claim, kb, only_us=True)
    otc = [(e, r) for e, r in statuses if r.status is RegulatoryStatus.APPROVED_OTC]
    if not RX_WORDING.search(claim.wording):  # "maximum strength"
        strongest = _strongest_without_prescription(claim, otc)
        return strongest or no_record(claim, "what strength counts as the maximum")
    if RESULTS.search(claim.sentence) and otc:
        e, r = otc[0]
        return judged(
            Verdict.MISLEADING,
            f"Borrows the word 'prescription' for a product sold without one: {r.text}",
            r.sources,
            e.slug,
        )
    on_label = _printed_strength(claim, statuses)
    if on_label:
        return on_label
    if RX_ONLY.search(claim.sentence) and statuses and not otc:
        rx = [(e, r) for e, r in statuses if r.status in PRESCRIBED]
        e, r = rx[0] if rx else statuses[0]
        verdict = Verdict.SUPPORTED if rx else Verdict.FALSE  # not approved: not prescribable
        return judged(verdict, r.text, r.sources, e.slug)
    if otc:
        e, r = otc[0]
        # "it is a prescription drug": its status, not a strength, is what the claim gets wrong
        if RX_ONLY.search(claim.sentence):
            return judged(Verdict.FALSE, f"Not prescription-only: {r.text}", r.sources, e.slug)
        text = (
            f"It is sold without a prescription, so there is no 'prescription strength': {r.text}"
        )
        return judged(Verdict.FALSE, text, r.sources, e.slug)
    if not claim.entities:
        return no_entity()
    return judged(
        Verdict.MISLEADING,
        f"'Prescription strength' has no defined meaning for "
        f"{claim.entities[0].name} sold in a non-prescription product.",
        (),
        main_slug(claim),
    )
