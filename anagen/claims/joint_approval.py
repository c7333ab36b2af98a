"""An approval claimed for several medicines at once: "two FDA-approved hair loss drugs", "both
are licensed in the UK". Each is judged on its own record; when some are approved and others
are not, the claim is half true, which misleads. Likewise one medicine approved in two forms,
each for its own use ("in oral tablet form for hypertension and topical formulations for hair
loss"): each form is judged with the use named beside it; and one approval claimed for several
conditions ("for male pattern baldness and female pattern hair loss"): each condition in turn."""

from __future__ import annotations

import re
from dataclasses import replace

from anagen.claims.condition_approvals import approval_for_condition
from anagen.claims.entities import Entity
from anagen.claims.evidence import CONDITION_WORDS
from anagen.claims.forms import ROUTE_VOCABULARY, route_named
from anagen.claims.judgement import Claim, Judgement, judged
from anagen.claims.regulatory import IN_DEVELOPMENT, in_trials, rule_fda_approved
from anagen.claims.sole_approval import EVERY_KIND, sole_approval
from anagen.claims.vocab import Verdict
from anagen.knowledge.base import KnowledgeBase

# what ends the phrase a name's form is looked for in ("finasteride and minoxidil foam")
PHRASE = re.compile(r",|;|\b(and|or|with|plus|together|alongside)\b", re.I)
TOGETHER = re.compile(
    r"\b(both|two|all|each|three|they are|they're|are (both|all))\b"
    # a plural subject: "minoxidil and biotin are FDA-approved"
    r"|\b(are|were|have been)\s+(\w+\s+)?(fda[- ]|eu[- ]|mhra[- ])?(approved|licensed)\b"
    # examples of an approved kind: "another FDA-approved treatment, like minoxidil or laser"
    r"|\b(approved|licensed)\b[^.;]{0,40}\b(treatments?|options?|therap(y|ies)|medicines?|drugs?|"
    r"medications?)\W+(like|such as|including)\b",
    re.I,
)


def _own_form(sentence: str, entity: Entity) -> Entity | None:
    """The entity with the form named in its own phrase ("a 2.5 mg minoxidil tablet"), which
    the sentence's other forms ("finasteride tablets and minoxidil foam") do not decide."""
    for m in re.finditer(re.escape(entity.name), sentence, re.I):
        before = PHRASE.split(sentence[max(0, m.start() - 30) : m.start()])[-1]
        after = PHRASE.split(sentence[m.end() : m.end() + 20])[0]
        route = route_named(f"{before} {after}")
        if route is not None:
            return replace(entity, route=route)
    return None


# One product holding several medicines: "a 2-in-1 finasteride and minoxidil spray is approved"
COMBINED = re.compile(
    r"\b(\d-in-1|two-in-one|three-in-one|all-in-one|combination|combo|combined)\b|"
    r"\b(and|\+|plus|with) [\w-]+ (scalp |hair |topical )?(spray|foam|solution|serum|lotion|tablet|pill|"
    r"capsule|gel|cream|shampoo)s? (is|was|has been)\b",
    re.I,
)


def _combined(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    """A product combining medicines is approved only as that combination: when the record
    of one of them, in the form the sentence names, holds no approval, the claim is false."""
    route = route_named(claim.sentence)
    for e in claim.entities:
        formed = e if e.route is not None or route is None else replace(e, route=route)
        j = rule_fda_approved(replace(claim, entities=(formed,)), kb)
        if j.verdict is Verdict.FALSE:
            text = f"Each medicine in a combination must be approved, and this one is not: {j.explanation}"
            return judged(Verdict.FALSE, text, j.sources, j.entity)
    return None


UNTRUE = (Verdict.FALSE, Verdict.MISLEADING)

_FORM = "|".join(w for _, words in ROUTE_VOCABULARY for w in words)
# a form, then the use it is for, up to the next part: "oral tablet form for hypertension and"
FORM_USE = re.compile(
    rf"\b({_FORM})\b[^,;.]{{0,30}}?\bfor ((?:[\w-]+ ?){{1,4}}?)(?=\s*(?:[,;.]|$|\band\b))", re.I
)


def _each_form_its_use(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    """One medicine in two forms, each paired with a use: each pair judged as if claimed
    alone; the claim holds only when each does. None unless the sentence pairs them so."""
    if len(claim.entities) != 1 or " for " not in claim.sentence:
        return None
    pairs = list(FORM_USE.finditer(claim.sentence))
    if len(pairs) < 2 or len({route_named(m[1]) for m in pairs}) < 2:
        return None
    entity = claim.entities[0]
    parts = []
    for m in pairs:
        alone = f"{m[1]} {entity.name} is FDA-approved for {m[2].strip()}."
        formed = replace(entity, route=route_named(m[1]))
        part = rule_fda_approved(
            replace(claim, sentence=alone, wording="FDA-approved", entities=(formed,)), kb
        )
        if part.verdict is not Verdict.SUPPORTED:
            return part
        parts.append(part)
    return judged(
        Verdict.SUPPORTED,
        " ".join(p.explanation for p in parts),
        tuple(dict.fromkeys(s for p in parts for s in p.sources)),
        parts[0].entity,
    )


# the end of the approval's clause: the conditions named after it up to here are its uses
# ("approved for X, but women with Y use it too" and "for men only, not for women" name Y
# for another reason)
APPROVAL_CLAUSE_END = re.compile(
    r"[;:]|\b(but|while|whereas|although|though|yet|unlike|except|off-label|not|never)\b|n't\b",
    re.I,
)


def _each_condition(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    """ "FDA-approved for male pattern baldness and female pattern hair loss": each condition
    named after the approval judged as if named alone (the others taken out of the sentence);
    approved for one and not another is half true, which misleads. None unless the approval's
    clause names two or more."""
    at = claim.sentence.find(claim.wording) if claim.wording else -1
    if at < 0:
        return None
    found = APPROVAL_CLAUSE_END.search(claim.sentence, at + len(claim.wording))
    end = found.start() if found else len(claim.sentence)
    tail = claim.sentence[at:end]
    if EVERY_KIND.search(tail):
        # "approved to treat different types of alopecia": approvals name their conditions
        # (unless "the only ... approved" is false outright: others are approved for other kinds)
        if (sole := sole_approval(claim, kb)) is not None:
            return sole
        j = rule_fda_approved(claim, kb)
        text = f"Approved for the conditions its label names, not for every kind: {j.explanation}"
        return judged(Verdict.MISLEADING, text, j.sources, j.entity)
    named = CONDITION_WORDS.matching(tail)
    if len(named) < 2:
        return None
    words = dict(zip(CONDITION_WORDS.labels, CONDITION_WORDS.compiled, strict=True))
    sentences = []
    for c in named:
        only = tail
        for other in named:
            only = only if other == c else words[other].sub(" ", only)
        sentences.append(claim.sentence[:at] + only + claim.sentence[end:])
    for e in claim.entities:  # each medicine on its own: "minoxidil and finasteride are ..."
        alone = [
            rule_fda_approved(replace(claim, sentence=s, entities=(e,)), kb) for s in sentences
        ]
        yes = [j for j in alone if j.verdict is Verdict.SUPPORTED]
        no = [j for j in alone if j.verdict is Verdict.FALSE]
        if yes and no:
            text = f"Approved for one of the conditions named, not for another: {no[0].explanation}"
            return judged(Verdict.MISLEADING, text, (*yes[0].sources, *no[0].sources), e.slug)
    return None


def _in_no_form(claim: Claim, entity: Entity, kb: KnowledgeBase) -> bool:
    """A name said with no form of its own is unapproved only when each of its forms is."""
    ing = kb.ingredients.get(entity.slug) if entity.kind == "ingredient" else None
    treatments = [kb.treatments[s] for s in ing.treatments if s in kb.treatments] if ing else []
    routes = tuple(dict.fromkeys(t.route for t in treatments)) or (entity.route,)
    return all(
        rule_fda_approved(replace(claim, entities=(replace(entity, route=r),)), kb).verdict
        in UNTRUE
        for r in routes
    )


def rule_joint_approval(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    if IN_DEVELOPMENT.search(claim.wording):
        return in_trials(claim, kb)  # "still in phase 3 trials": not yet approved
    if not claim.entities and (for_condition := approval_for_condition(claim, kb)):
        return for_condition  # "no drug is approved for alopecia areata"
    slugs = {e.slug for e in claim.entities}
    if len(slugs) >= 2 and not claim.negated and COMBINED.search(claim.sentence):
        combined = _combined(claim, kb)
        if combined is not None:
            return combined
    if not claim.negated and (paired := _each_form_its_use(claim, kb)):
        return paired
    whole = rule_fda_approved(claim, kb)
    if (
        whole.verdict is Verdict.SUPPORTED
        and not claim.negated
        and (several := _each_condition(claim, kb))
    ):
        return several
    if whole.verdict is Verdict.SUPPORTED and (sole := sole_approval(claim, kb)):
        return sole  # approved, but not "the only" one approved
    if len(slugs) < 2 or claim.negated or not TOGETHER.search(claim.sentence):
        return whole
    each = [
        (formed, rule_fda_approved(replace(claim, entities=(formed or e,)), kb))
        for e in claim.entities
        for formed in (_own_form(claim.sentence, e),)
    ]
    true = [j for _, j in each if j.verdict is Verdict.SUPPORTED]
    # only with a form named next to it ("minoxidil tablet"), not one borrowed from another,
    # or when no form of it is approved ("biotin")
    untrue = [
        j
        for (f, j), e in zip(each, claim.entities, strict=True)
        if j.verdict in UNTRUE and (f or _in_no_form(claim, e, kb))
    ]
    if not (true and untrue):
        return whole
    j = untrue[0]
    text = f"True of one, not the other: {j.explanation}"
    return judged(Verdict.MISLEADING, text, (*true[0].sources, *j.sources), j.entity)
