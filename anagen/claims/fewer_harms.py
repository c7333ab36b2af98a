"""Fewer side effects, gentler, better tolerated: judged on a recorded comparison of the two
treatments' side effects, or a recorded fact that one has fewer."""

from __future__ import annotations

import re
from dataclasses import replace

from anagen.claims.causes import rule_causes
from anagen.claims.comparative import recorded
from anagen.claims.comparisons import Outcome
from anagen.claims.entities import Entity
from anagen.claims.evidence import routes_in, treatment_in_route
from anagen.claims.harm_wording import HARMS
from anagen.claims.harms import harms
from anagen.claims.judgement import Claim, Judgement, judged, main_slug, no_entity, treatments
from anagen.claims.vocab import Verdict
from anagen.knowledge.base import KnowledgeBase

FEWER = re.compile(
    r"\b(less (common|often|frequent)\w*|fewer|better[- ]tolerated|lower rates?)\b", re.I
)
# A recorded comparison about side effects, not results.
ABOUT_HARMS = re.compile(
    rf"\b({HARMS}|side[- ]effect|tolerat\w*|gentler|safer|sexual|hypertrichosis|body hair|facial hair)",
    re.I,
)
MORE_HARM = re.compile(r"\bmore\b", re.I)
# Side effects at large, not one of them by name
HARMS_AT_LARGE = re.compile(
    r"\b(side[- ]effects?|adverse (effects?|events?|reactions?)|tolerat\w*|gentler|safer)\b", re.I
)
# A record that says the first side is easier to bear: "better tolerated" is fewer harms.
TOLERATED = re.compile(r"\b(better[- ]tolerated|more tolerable|gentler|safer)\b", re.I)


def _compared_harms(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    """ "Far more side effects than finasteride", "gentler than the tablet": the recorded
    comparison of the two treatments' side effects decides."""
    if not (claim.comparators or claim.compared_routes):
        return None
    found = recorded(claim, kb)
    if found is None:
        return None
    _, c = found
    if not ABOUT_HARMS.search(c.text):
        return None  # a comparison of results says nothing about side effects
    more = Outcome.WORSE if TOLERATED.search(c.text) else Outcome.BETTER  # A has more harms
    claimed_more = bool(MORE_HARM.search(claim.wording)) and not FEWER.search(claim.wording)
    slug = main_slug(claim)
    if c.outcome not in (Outcome.BETTER, Outcome.WORSE):  # "similar side-effect rates"
        text = f"The recorded comparison found no such difference: {c.text}"
        return judged(Verdict.FALSE, text, c.sources, slug)
    if (c.outcome is more) == claimed_more:
        if HARMS_AT_LARGE.search(claim.sentence) and not HARMS_AT_LARGE.search(c.text):
            # "fewer side effects than minoxidil", where one trial compared scalp itching alone
            text = f"Recorded for one side effect, not for side effects at large: {c.text}"
            return judged(Verdict.MISLEADING, text, c.sources, slug)
        return judged(Verdict.SUPPORTED, f"Recorded: {c.text}", c.sources, slug)
    return judged(
        Verdict.FALSE, f"The recorded comparison says otherwise: {c.text}", c.sources, slug
    )


# The other option's harms said to be left behind altogether ("you skip the side effects that
# come with pills"): fewer is not none when its own record lists side effects.
ALL_AVOIDED = re.compile(r"\b(skips?|avoids?|escapes?|spares?|none of|free (of|from))\b", re.I)


def _form_of_compared(claim: Claim, kb: KnowledgeBase) -> Claim:
    """ "Unlike oral finasteride, a spray stays on your skin, so you avoid most side effects":
    naming nothing else, the claim is about the form it names of the medicine compared."""
    if claim.entities:
        return claim
    for c in claim.comparators:
        for route in routes_in(claim.sentence):
            t = treatment_in_route(c, route, kb) if route is not c.route else None
            if t is not None:
                return replace(claim, entities=(Entity("treatment", t.slug, t.name, route),))
    return claim


def _none_left(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    if not ALL_AVOIDED.search(claim.wording):
        return None
    claim = _form_of_compared(claim, kb)
    said = claim.sentence.lower()
    at = said.find(claim.wording.lower())
    for e, t in treatments(claim, kb):
        places = [said.find(n.lower()) for n in (e.name, t.name, *t.also_known_as)]
        if at >= 0 and min((p for p in places if p >= 0), default=-1) > at:
            continue  # "escape the side effects of minoxidil": the option left behind
        own = harms(t)
        if own:
            named = "; ".join(s.name for s in own[:4])
            text = f"It has side effects of its own, recorded for {t.name}: {named}."
            sources = tuple(dict.fromkeys(x for s in own[:4] for x in s.sources))
            return judged(Verdict.MISLEADING, text, sources, e.slug)
        return None
    if claim.entities:  # only the option left behind is named: what escapes it is unknown
        return no_entity()
    return None


# Harms said to be no different: "just as safe", "the same side effects"
SAME_HARMS = re.compile(r"\bas safe\b|\bsame\b", re.I)


def _other_form(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    """ "The tablets are the same drug as the foam, so just as safe": one medicine in two forms
    said to carry the same risks, where each form's record lists side effects of its own."""
    routes = routes_in(claim.sentence)
    if len(routes) < 2 or not SAME_HARMS.search(claim.wording):
        return None
    for e in claim.entities:
        forms = [t for r in routes if (t := treatment_in_route(e, r, kb)) is not None]
        if len({t.slug for t in forms}) < 2:
            continue
        listed = []
        for t in forms:
            others = {h.name for o in forms if o is not t for h in harms(o)}
            own = list({h.name: h for h in harms(t) if h.name not in others}.values())[:3]
            if own:
                listed.append((t, own))
        if listed:
            text = "The forms are recorded with different side effects: " + " ".join(
                f"{t.name}: {'; '.join(h.name for h in own)}." for t, own in listed
            )
            sources = tuple(dict.fromkeys(x for _, own in listed for h in own for x in h.sources))
            return judged(Verdict.MISLEADING, text, sources, e.slug)
    return None


def rule_fewer(claim: Claim, kb: KnowledgeBase) -> Judgement:
    """Gentler, fewer side effects: true when a recorded comparison says so."""
    none_left = _none_left(claim, kb)
    if none_left is not None:
        return none_left
    compared = _compared_harms(claim, kb)
    if compared is not None:
        return compared
    other_form = _other_form(claim, kb)
    if other_form is not None:
        return other_form
    if MORE_HARM.search(claim.wording) and not FEWER.search(claim.wording):
        return rule_causes(claim, kb)  # "more side effects than placebo": that it causes them
    for e, t in treatments(claim, kb):
        facts = [(s.population or "", s.sources) for s in t.side_effects]
        facts += [(c.text, c.sources) for c in t.comparisons]
        facts += [(ev.summary, ev.sources) for ev in t.evidence]
        for text, sources in facts:
            if FEWER.search(text):
                return judged(Verdict.SUPPORTED, text, sources, e.slug)
    return judged(
        Verdict.UNSUPPORTED,
        "We have no recorded comparison showing fewer side effects.",
        (),
        main_slug(claim),
    )
