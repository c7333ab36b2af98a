"""Wording that is about a harm, not a benefit: a sentence that names a harm and no benefit
turns a rate, a proof, a lasting effect or a time into one of the harm's (kinds.find_kinds)."""

from __future__ import annotations

from anagen.claims.harm_wording import A_SPAN_OF_TIME, HARMS, RELIEF, SHEDDING_EXPECTED
from anagen.claims.vocab import Kind

# Wording that is about a harm, not a benefit, in a sentence that names a harm and no benefit:
# "9 out of 10 men get erectile dysfunction" gives a harm rate, not a success rate, and side
# effects "that persist after stopping" are not lasting results.
HARM_WORDS = (
    rf"\b({HARMS}|side[- ]effect|dysfunction|impoten\w*|erections?|libido|sex drive|headaches?|dizz\w*|"
    r"rash\w*|nausea|swelling|infections?|depress\w*|body hair|facial hair|hypertrichosis|"
    r"heart attacks?|strokes?|cancers?|blood clots?|(extra|more|increased) shedding|"
    # shedding at the start: "initial rapid hair loss as your resting hairs shed"
    r"(initial|temporary|early|sudden) ([\w-]+ )?(hair ?loss|hair fall|shedding)|(resting|old|telogen) hairs? (shed|fall out)|"
    r"(increase|rise|spike|uptick) in (hair )?(shedding|hair ?loss|hair fall)|more hair fall|"
    r"(see|notice|experience|expect) (some )?more hair ?loss|"
    # shedding foretold: "you may notice some shedding in the first weeks"
    rf"{SHEDDING_EXPECTED}|"
    # "extra arm and face hair", "unwanted facial or body hair"
    r"(extra|unwanted|excess) ([\w-]+ (and |or )?){0,2}hair|hair on (their|your|the) (face|body)|"
    # a harm said to outlast the treatment: "these effects can persist after stopping"
    r"(these|the|such|its|sexual|adverse) effects (can |may |might |could |often )?(persist|linger|continue|remain)\w*)\b"
)
BENEFIT_WORDS = (
    # "results in more shedding": the verb of a harm, not the noun of a promise
    rf"\b(results?(?! in (?!{A_SPAN_OF_TIME}))|regrow\w*|grow\w*|thick\w*|full\w*|dens\w*|hair counts?|gains?|improv\w*|"
    rf"success\w*|effective\w*|works?|worked|saw|noticed|satisf\w*|recover\w*|stopped losing|{RELIEF})\b"
)
ABOUT_HARM: dict[Kind, tuple[str, str]] = {
    Kind.PERCENT_SUCCESS: (HARM_WORDS, BENEFIT_WORDS),
    Kind.CLINICALLY_PROVEN: (HARM_WORDS, BENEFIT_WORDS),
    Kind.LASTING_RESULTS: (HARM_WORDS, BENEFIT_WORDS),
    # "can cause extra shedding in the first few weeks": when a harm shows, not a promise
    Kind.WORKS_IN_DAYS: (HARM_WORDS, BENEFIT_WORDS),
}
