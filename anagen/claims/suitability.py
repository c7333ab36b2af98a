"""Suits everyone, every skin type, every kind of hair loss: judged on its labelled users, the
records of who is a good candidate, and the kinds of hair loss with good evidence."""

from __future__ import annotations

import re

from anagen.claims.evidence import first_sentence
from anagen.claims.foreign_wording import MANY_KINDS_OF_LOSS as FOREIGN_MANY_KINDS
from anagen.claims.group_wording import EVERY_AGE, EVERY_STAGE, EVERYONE, MANY_KINDS
from anagen.claims.judgement import GOOD, Claim, Judgement, graded, judged, main_slug, treatments
from anagen.claims.vocab import Verdict
from anagen.claims.words import HAIR_LOSS
from anagen.knowledge.base import KnowledgeBase
from anagen.knowledge.vocab import CautionLevel, Grade

TYPES = re.compile(r"\b(skin|hair|scalp) (types?|colou?rs?|tones?)\b", re.I)
CANDIDATES = re.compile(r"\b((good|ideal|suitable) candidates|not (suitable|candidates))\b", re.I)
SENTENCE = re.compile(r"(?<=[.;])\s+")
ALL_KINDS = re.compile(r"\b(every|all|any) (single )?(types?|kinds?|forms?|causes?) of\b", re.I)
ALL_KINDS_OF_LOSS = re.compile(ALL_KINDS.pattern + rf" {HAIR_LOSS}", re.I)
MANY_KINDS_OF_LOSS = re.compile(rf"\b{MANY_KINDS} of {HAIR_LOSS}|\b{FOREIGN_MANY_KINDS}", re.I)


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


def _many_kinds(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    """ "Can help people with many different types of hair loss": misleading when good evidence
    covers fewer than half the kinds we record (short of all, so not false)."""
    for e, t in treatments(claim, kb):
        good = [c for c in kb.conditions if t.grade_for(c) in GOOD]
        if 2 * len(good) < len(kb.conditions):
            helped = ", ".join(kb.conditions[c].name for c in good) or "no kind of hair loss"
            sources = [s for ev in t.evidence for s in ev.sources][:3]
            text = f"Good evidence only for {helped}, of the {len(kb.conditions)} kinds we record."
            return judged(Verdict.MISLEADING, text, sources, e.slug)
    return None


def _every_kind_unrecorded(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    """ "Works for every kind of hair loss" said of a product we do not record: no treatment we
    record has good evidence for every kind, so a claim no tested medicine can make overstates."""
    if not ALL_KINDS_OF_LOSS.search(claim.sentence) or treatments(claim, kb) or not kb.conditions:
        return None
    if any(all(t.grade_for(c) in GOOD for c in kb.conditions) for t in kb.treatments.values()):
        return None
    names = ", ".join(c.name for c in kb.conditions.values())
    text = (
        "No treatment we record has good evidence for every kind of hair loss; the kinds "
        f"({names}) have different causes and different treatments."
    )
    return judged(Verdict.MISLEADING, text, (), main_slug(claim))


# a benefit promised to anyone losing hair, whatever the cause: "Anyone experiencing mild to
# moderate hair loss can benefit from PRP" (group_wording.SUITS_EVERYONE)
ANYONE_LOSING_HAIR = re.compile(
    r"\b(anyone|anybody|everyone|everybody)\b[^.;]{0,50}\b(can|will|could|would) (benefit|be helped)\b",
    re.I,
)


def _anyone_losing_hair(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    """A benefit for anyone losing hair, from a treatment studied for only some kinds of it."""
    if not ANYONE_LOSING_HAIR.search(claim.sentence):
        return None
    for e, t in treatments(claim, kb):
        studied = [ev for ev in t.evidence if ev.grade is not Grade.X]
        if studied and len(studied) < len(kb.conditions):
            kinds = ", ".join(
                f"{kb.conditions[ev.condition].name} (grade {ev.grade})" for ev in studied
            )
            sources = [s for ev in studied for s in ev.sources][:3]
            text = f"Studied only for some kinds of hair loss: {kinds}; it is not shown to help the others."
            return judged(Verdict.MISLEADING, text, sources, e.slug)
    return None


# a result promised to everyone ("fixes thinning in everyone"), not a fit for all skin types
RESULT_FOR_ALL = re.compile(
    r"\b(works?|worked|fix\w*|cur(es|ed)|stop\w*|help\w*|regr[eo]w\w*|revers\w*|solv\w*|thicken\w*)\b"
    rf"[^.]{{0,40}}\b(in|for|on) {EVERYONE}|{EVERY_STAGE}|{EVERY_AGE}",
    re.I,
)


def _result_for_all(claim: Claim, kb: KnowledgeBase) -> Judgement:
    """No recorded treatment helps everyone: the records show results vary, and one shown not
    to help at all (grade X) helps nobody."""
    found = graded(claim, kb)
    if found is not None and found[1].grade is Grade.X:
        e, g = found
        text = f"Shown not to help, let alone everyone: {first_sentence(g.evidence.summary)}"
        return judged(Verdict.FALSE, text, g.evidence.sources, e.slug)
    sources = found[1].evidence.sources if found else ()
    return judged(
        Verdict.FALSE,
        "No hair-loss treatment works for everyone; even approved medicines state that results vary.",
        sources,
        main_slug(claim),
    )


def rule_suits_everyone(claim: Claim, kb: KnowledgeBase) -> Judgement:
    """Suitable for all skin types: false when its labelled users are limited."""
    if ALL_KINDS.search(claim.sentence):
        every = _every_kind(claim, kb) or _every_kind_unrecorded(claim, kb)
        if every:
            return every
    elif MANY_KINDS_OF_LOSS.search(claim.sentence) and (many := _many_kinds(claim, kb)):
        return many
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
    if RESULT_FOR_ALL.search(claim.sentence):
        return _result_for_all(claim, kb)
    anyone = _anyone_losing_hair(claim, kb)
    if anyone is not None:
        return anyone
    for e, t in treatments(claim, kb):
        # "a safe choice for anyone": some people are told to avoid it
        avoid = next((c for c in t.contraindications if c.level is CautionLevel.AVOID), None)
        if avoid is not None:
            text = f"Not for everyone: {avoid.text}"
            return judged(Verdict.MISLEADING, text, avoid.sources, e.slug)
    return judged(
        Verdict.UNSUPPORTED,
        "We have no record of who it suits; a claim that it suits everyone needs evidence.",
        (),
        main_slug(claim),
    )
