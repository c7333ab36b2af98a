"""A claim that no treatment helps, naming none: "no treatment can do anything about it".
Judged on the best recorded evidence for the condition the sentence names (pattern hair loss
when it names none): good evidence for some treatment shows it false."""

from __future__ import annotations

import re

from anagen.claims.efficacy_wording import ANY_TREATMENT, NO_GOOD_TREATMENT, TREATMENT_ELUSIVE
from anagen.claims.evidence import best_grade, conditions_in, first_sentence
from anagen.claims.judgement import GOOD, Claim, Judgement, judged
from anagen.claims.vocab import Verdict
from anagen.knowledge.base import KnowledgeBase

ANY = re.compile(f"{ANY_TREATMENT}|{NO_GOOD_TREATMENT}", re.I)
# Every treatment denied a result ("no medication can regrow lost hair", "cannot be regrown by
# any product"): a narrowed kind ("no shampoo", "no natural remedy") is left to its own record
EVERY_TREATMENT = re.compile(
    r"\b(no|not any|not a single|none of the)( (other|single|known|current|available|existing|"
    r"medical|approved))? (treatments?|medicines?|medications?|drugs?|products?|remed(y|ies)|"
    r"therap(y|ies)|active ingredients?)\b|\bby any (treatment|medicine|medication|drug|product|"
    r"means)\b",
    re.I,
)
# ... and "nothing can make it grow back", a denial the engine does not read as one
NOTHING = re.compile(r"\bnothing (can|could|will|would|is going to)\b", re.I)
# ... except of roots scarred or destroyed, which nothing regrows (condition_facts.py reads it)
SCARRED = re.compile(r"\b(scar\w*|destroy\w*|dead)\b", re.I)
# a search said to be in vain: a denial the engine does not read as one, inverted here
ELUSIVE = re.compile(TREATMENT_ELUSIVE, re.I)
INVERTED = {Verdict.SUPPORTED: Verdict.FALSE}


def any_treatment(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    """ "No treatment can help" is read as the denial of "treatment can help", which is judged
    here (the engine inverts the verdict): supported when the condition's best recorded
    evidence is good, else unsupported. ("No treatment" may also read as the name of watchful
    waiting: the wording decides which is meant.) "An effective treatment remains elusive"
    denies it too, in wording the engine reads as asserted: its verdict is inverted here, as is
    "nothing can make it grow back"."""
    every = not SCARRED.search(claim.sentence)
    elusive = not claim.negated and (
        ELUSIVE.search(claim.sentence) or (every and NOTHING.search(claim.sentence))
    )
    denied = claim.negated and (
        ANY.search(claim.sentence) or (every and EVERY_TREATMENT.search(claim.sentence))
    )
    if not (elusive or denied):
        return None
    helps = _treatment_helps(claim, kb)
    if elusive:
        verdict = INVERTED.get(helps.verdict, helps.verdict)
        return judged(verdict, helps.explanation, helps.sources, helps.entity)
    return helps


def _treatment_helps(claim: Claim, kb: KnowledgeBase) -> Judgement:
    """ "Treatment can help" the condition the sentence names: supported on good evidence."""
    found = best_grade(list(kb.treatments.values()), conditions_in(claim.sentence, kb))
    if found is None or found.grade not in GOOD:
        text = "No treatment has good evidence for it on our record."
        return judged(Verdict.UNSUPPORTED, text, found.evidence.sources if found else ())
    where = found.evidence.condition.replace("-", " ")
    text = (
        f"{found.treatment.name} has grade {found.grade} evidence for {where}: "
        f"{first_sentence(found.evidence.summary)}"
    )
    return judged(Verdict.SUPPORTED, text, found.evidence.sources, found.treatment.slug)
