"""Where pattern baldness is inherited from: "it comes from your mother's side", "it is an
X-linked trait" are false against the record's father-to-son risk (sons of balding fathers have
about 5 to 6 times the risk, which a trait passed only through the mother could not give); its
denial ("not only from your mother's side", "from either parent") holds. A side said only to
weigh more ("stronger on the mother's side") the record neither gives nor rules out."""

from __future__ import annotations

import re

from anagen.claims.evidence import DEFAULT_CONDITIONS
from anagen.claims.judgement import Claim, Judgement, judged
from anagen.claims.vocab import Verdict
from anagen.knowledge.base import KnowledgeBase

# The mother's side, or the parents, as where it comes from (English, German, French, Spanish,
# Italian); the engine reads it as a condition fact (condition_course.py)
INHERITANCE_WORDING = (
    r"\b((mother|mom|mum)'?s (side|line|family)|maternal (side|line|grandfathers?|grandpa|grandad|"
    r"uncles?|genes?|relatives|family)|x[- ]linked|x[- ]chromosome|(from|through|via|by) (your|the|their|"
    r"his|one's) (mother|mom|mum)|either parent|both parents|mütterlicherseits|von der mutter|"
    r"côté maternel|(la )?lignée maternelle|(el )?lado materno|l[ií]nea materna|lato materno)\b"
)
INHERITANCE = re.compile(INHERITANCE_WORDING, re.I)
# what is handed down: the hair or its loss
OF_HAIR = re.compile(r"\b(bald\w*|hair|alopec\w*|kahl\w*|glatze|haar\w*|calvi\w*|chauve\w*)", re.I)
# the claim set aside by the writer ("a myth"), or both parents given
BOTH_SIDES = re.compile(
    r"\b(myths?|misconceptions?|untrue|not true|either parent|both parents|either side|both sides|"
    r"from both|mythe|mito|irrtum|falsch)\b",
    re.I,
)
# one side said only to weigh more, which the record does not compare
WEIGHS_MORE = re.compile(
    r"\b(more|stronger|greater|bigger|higher) (\w+ )?(on|from|through)\b", re.I
)
# the record's fact on who passes it on
FATHERS = re.compile(r"\bfathers?\b", re.I)


def inheritance_judged(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    if claim.entities or not INHERITANCE.search(claim.sentence):
        return None
    if not OF_HAIR.search(claim.sentence):
        return None
    for slug in (s for s in DEFAULT_CONDITIONS if s in kb.conditions):
        c = kb.conditions[slug]
        fact = next((s for s in c.signs if FATHERS.search(s.text)), None)
        if fact is None:
            continue
        said = f"The record of {c.name.lower()}: {fact.text}"
        if BOTH_SIDES.search(claim.sentence):
            # (a denial, "not only from the mother's side", the engine turns round)
            verdict = Verdict.FALSE if claim.negated else Verdict.SUPPORTED
            return judged(verdict, said, tuple(fact.sources))
        if WEIGHS_MORE.search(claim.sentence):
            return judged(Verdict.UNSUPPORTED, said, tuple(fact.sources))
        return judged(Verdict.FALSE, said, tuple(fact.sources))
    return None
