"""A denial of the evidence, not of the effect: "there is no good evidence that rosemary oil
regrows hair", "biotin has not been proven to stop shedding", "research does not support
saw palmetto in women". Weak evidence, or none for a thing on file, is what such a denial says,
so it is borne out where a flat denial ("it does not regrow hair") would only be unsupported."""

from __future__ import annotations

import re

from anagen.claims.anycase import AnyCase
from anagen.claims.foreign_facts import EVIDENCE_DENIED_HERE as FOREIGN_DENIAL
from anagen.claims.judgement import Claim, Judgement, graded, judged
from anagen.claims.promise_wording import NO_EVIDENCE_AT_ALL as OUTRIGHT_DENIAL
from anagen.claims.vocab import Kind, Verdict
from anagen.knowledge.base import KnowledgeBase
from anagen.knowledge.vocab import Grade

# Kinds whose evidence a sentence can deny: what a treatment does, or that it is proven.
EVIDENCED = {
    Kind.REGROWS_HAIR,
    Kind.STOPS_HAIR_LOSS,
    Kind.THICKENS_HAIR,
    Kind.STIMULATES_FOLLICLES,
    Kind.LOWERS_DHT,
    Kind.BLOCKS_ANDROGENS,
    Kind.CLINICALLY_PROVEN,
}
_QUALITY = (
    r"(good |real |reliable |strong |solid |clear |convincing |scientific |clinical |hard |firm |"
)
_QUALITY += (
    r"published |high-quality |quality |robust |conclusive |sufficient |enough |much |many )*"
)
# said before the claim's wording, in the words a writer denies evidence with
EVIDENCE_DENIED_WORDING = (
    rf"\b(no|little|too little|limited|insufficient|scant|scarce|weak|lack of|lacks?|lacking|without|"
    rf"not (much|enough|many|a lot of)|few|(is|are)(n'?t| not) (any|much|many|enough)) {_QUALITY}"
    r"(evidence|proof|data|studies|research|trials?|science)\b"
    r"|\b(has|have|had|is|are|was|were)(n't| not| never)( yet)?( been)? (clinically |scientifically |"
    r"properly |really |ever )?(proven|shown|demonstrated|established|studied|tested)\b"
    r"|\b(unproven|unsubstantiated|not (clinically |scientifically )?proven)\b"
    r"|\b(evidence|data|research|studies|study|trials|science)\b(?:[^.;]{0,20}?\b(does not|doesn't|do not|"
    r"don't|did not|didn't|fails? to|failed to|is yet to|has yet to|have yet to) (support|show|back|prove|confirm)"
    # "more research is needed to confirm that it regrows hair" (promise_wording.MORE_RESEARCH_NEEDED
    # is the claim that evidence is wanting; this is its hold on the claim it goes on to name); one
    # branch with the wording above, so its subject is scanned for once
    r"| (is |are )?(still )?(needed|required|necessary) to (confirm|establish|show|prove|determine|know|tell|"
    r"say)\b)"
)
# (and the same in German, French, Spanish, Italian and Portuguese: foreign_facts.py)
EVIDENCE_DENIED = re.compile(f"{EVIDENCE_DENIED_WORDING}|{FOREIGN_DENIAL}", re.I)
# the denial put just before the claim, its own clause: "no evidence to suggest rice water
# helps", "little research to show it works" (a negation modality.py reads for every claim, so
# on the lower-case copy: anycase.py)
DENIED_JUST_BEFORE = AnyCase(
    rf"(?:{EVIDENCE_DENIED_WORDING})( (to|that) (suggest|show|support|prove|indicate)s?| (for|of|behind))?"
    r"[^.;,]{0,50}$",
)
# a turn between the denial and the claim: "no evidence for biotin, but minoxidil regrows hair"
TURN = re.compile(r"\b(but|however|although|though|while|whereas|yet)\b|[;:]", re.I)
BEFORE = 140  # characters before the claim's wording that the denial may stand in


NO_EVIDENCE_AT_ALL = re.compile(OUTRIGHT_DENIAL, re.I)
# what a denial of all evidence is about: a treatment's effect on hair loss, which its graded
# trials measured (not how it works, which they did not)
EFFECTS = {Kind.REGROWS_HAIR, Kind.STOPS_HAIR_LOSS, Kind.THICKENS_HAIR, Kind.CLINICALLY_PROVEN}
# evidence from at least one trial in people, which an outright denial is false of
TRIALLED = (Grade.A, Grade.B, Grade.C)


def _denied_within(pattern: re.Pattern[str], sentence: str, start: int, end: int) -> bool:
    found = [*pattern.finditer(sentence, max(0, start - BEFORE), end)]
    return bool(found) and not TURN.search(sentence, found[-1].end(), start)


def denies_evidence(sentence: str, start: int, end: int, kind: Kind) -> bool:
    """Whether the claim worded at [start, end) is denied by denying its evidence."""
    return kind in EVIDENCED and _denied_within(EVIDENCE_DENIED, sentence, start, end)


def trial_denied(claim: Claim, start: int, end: int, kb: KnowledgeBase) -> Judgement | None:
    """ "There is no clinical evidence that caffeine shampoo works", said of a treatment with a
    trial on file (grade C or better) for the condition: false, whatever the trial's weakness."""
    if claim.kind not in EFFECTS or not _denied_within(
        NO_EVIDENCE_AT_ALL, claim.sentence, start, end
    ):
        return None
    found = graded(claim, kb)
    if found is None or found[1].grade not in TRIALLED:
        return None
    e, g = found
    text = f"There is trial evidence (grade {g.grade}): {g.evidence.summary}"
    return judged(Verdict.FALSE, text, g.evidence.sources, e.slug)


def denial_of_evidence(j: Judgement, kind: Kind) -> Judgement | None:
    """The verdict on "no good evidence that it does this", from the verdict on "it does this":
    weak evidence (misleading), or none recorded for a thing on file, bears the denial out;
    strong evidence (supported) shows it false. A denial that it is proven at all is not shown
    false by strong evidence: what is not proven may be more than it is proven for ("not shown
    in studies to cure baldness")."""
    if kind is Kind.CLINICALLY_PROVEN and j.verdict is Verdict.SUPPORTED:
        return None
    if j.verdict is Verdict.MISLEADING or (j.verdict is Verdict.UNSUPPORTED and j.entity):
        text = f"As said, the evidence falls short. {j.explanation}"
        return Judgement(Verdict.SUPPORTED, text, j.sources, j.entity)
    inverted = {Verdict.SUPPORTED: Verdict.FALSE, Verdict.FALSE: Verdict.SUPPORTED}
    return Judgement(inverted.get(j.verdict, j.verdict), j.explanation, j.sources, j.entity)
