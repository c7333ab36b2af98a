"""A claim that no doctor is needed ("a shampoo from the supermarket will clear it up, so there
is no need to see a doctor"), about a condition whose record says it needs medicine a doctor
prescribes (scalp ringworm needs antifungal tablets) or a prompt referral (scarring hair loss):
false. Where no record says so, nothing
is graded, since much hair loss is rightly watched at home first."""

from __future__ import annotations

import re

from anagen.claims.evidence import conditions_named
from anagen.claims.judgement import Claim, Judgement, judged
from anagen.claims.vocab import Verdict
from anagen.knowledge.base import KnowledgeBase

CARER = (
    r"(doctors?|GPs?|dermatologists?|specialists?|physicians?|clinics?|pharmacists?|prescriptions?)"
)
# The wording, for usage_wording.py
NO_DOCTOR = (
    rf"\b(no need|(don'?t|do not|won'?t|will not|never) (need|have) to) (to )?(see|visit|consult|bother|"
    rf"go to|call|ask)( a| the| your)? {CARER}\b|"
    rf"\bno need for (a |the |any )?{CARER}\b|"
    rf"\bwithout (seeing|visiting|a trip to|bothering) (a |the |your )?{CARER}\b|"
    # "just ageing and not worth a specialist": signs waved away
    rf"\bnot worth (seeing |a trip to |bothering |troubling |a referral to )?(a |the |your )?{CARER}\b"
)
NO_DOCTOR_RE = re.compile(NO_DOCTOR, re.I)
# A record's word that the condition needs treatment a doctor gives.
NEEDS_MEDICINE = re.compile(
    r"\b(needs?|needed|requires?|required)\b[^.]{0,40}\b(medicine|treatment|tablets?|prescription)\b|"
    r"\bdo(es)? not cure\b|"
    # "signs of scarring should lead to prompt referral to a dermatologist"
    r"\b(prompt|early|urgent|quick) referral\b|\bsee a (doctor|dermatologist|specialist) (promptly|urgently|early|soon)\b",
    re.I,
)


def no_doctor_needed(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    """The condition named in the sentence, else the one its paragraph named before."""
    for slug in conditions_named(claim.sentence, kb) or claim.topics[:1]:
        c = kb.conditions.get(slug)
        if c is None:
            continue
        facts = [(c.summary, tuple(c.sources)), *((s.text, tuple(s.sources)) for s in c.signs)]
        for text, sources in facts:
            if NEEDS_MEDICINE.search(text):
                said = f"The record of {c.name.lower()} says otherwise: {text}"
                return judged(Verdict.FALSE, said, sources, slug)
    return None
