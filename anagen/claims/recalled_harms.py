"""A side effect claimed in the words of its record, with no harm wording of the claim kinds:
"after the injections some patients notice a small dent in the skin". A sentence that names a
treatment and says people get, notice or develop something the treatment's record names as a
side effect is a claim that it causes it (graded by causes.rule_causes).

Run only for a sentence no kind's wording caught, and only when it holds one of the verbs below,
so the check adds nothing to most sentences.
"""

from __future__ import annotations

import re

from anagen.claims.anycase import AnyCase
from anagen.claims.entities import Mentions
from anagen.claims.evidence import treatments_of
from anagen.claims.harms import named_harm, stems
from anagen.claims.kinds import KindMatch
from anagen.claims.modality import read
from anagen.claims.vocab import Kind
from anagen.knowledge.base import KnowledgeBase

# Someone coming to have something: the verbs a harm is reported with.
HAPPENS_WORDING = (
    r"\b(notice[sd]?|noticing|develop(s|ed|ing)?|experienc(e|es|ed|ing)|suffer(s|ed|ing)?|"
    r"end(s|ed)? up with|(leave|leaves|left) (\w+ ){1,2}with|"
    r"(get|gets|got|getting) (a|an|some|small|mild|bad|red|itchy|sore)\b)"
)
HAPPENS = AnyCase(HAPPENS_WORDING)  # the quick look every such sentence gets
HAPPENS_AT = re.compile(HAPPENS_WORDING, re.I)  # where, for the few that hold it
# what is had, when it is the hair loss a treatment is for: "experiencing male pattern
# baldness", "noticed female-pattern thinning", "developed alopecia areata"
CONDITION_NAMED = re.compile(
    r"\s*((some|early|mild|moderate|severe|advanced|signs of|the) )?((male|female)[- ]pattern\b|"
    r"pattern (hair ?loss|baldness|thinning)|androgenetic|androgenic|alopecia|baldness|balding)",
    re.I,
)


def recalled_harm(sentence: str, mentions: Mentions, kb: KnowledgeBase) -> list[KindMatch]:
    """The claim that a named treatment causes a harm its record names, if the sentence says so."""
    if not mentions.subjects:
        return []
    if not HAPPENS.found(sentence):
        return []
    verb = HAPPENS_AT.search(sentence)
    if verb is None:
        return []
    reading = read(sentence, verb.start(), verb.end())
    if not reading.asserted or reading.negated:
        return []  # "I didn't notice any dent" reports an experience, not a claim
    after = sentence[verb.end() :]
    if CONDITION_NAMED.match(after):
        return []  # "a man experiencing male pattern baldness ...": the loss treated, no harm
    for entity in mentions.subjects:
        for t in treatments_of(entity, sentence, kb):
            # the words of the harm, not of the treatment's own name ("injection site" is in
            # the name of every harm of an injection)
            own = stems(" ".join([t.name, entity.name, *t.also_known_as, *t.plain_wordings]))
            harm = named_harm(t, after)
            if harm is not None and (stems(harm.text) & stems(after)) - own:
                return [KindMatch(Kind.CAUSES_SIDE_EFFECT, verb.start(), verb.end())]
    return []
