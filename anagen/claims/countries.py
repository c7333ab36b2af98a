"""An approval claimed in a country the records hold no region for ("approved in South Korea",
"Korean regulators allowed it"): true only where a recorded text says that country approved it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from anagen.claims.entities import Entity
from anagen.claims.judgement import Claim, Judgement, judged, main_slug, treatments
from anagen.claims.vocab import Verdict
from anagen.knowledge.base import KnowledgeBase
from anagen.knowledge.schema import Regulatory
from anagen.knowledge.vocab import Region, RegulatoryStatus

# The regions the records hold decisions for, as a claim names them (the FDA means the US,
# by its full name too, even misspelt: "the Food and Drug Association").
REGIONS = [
    (
        Region.US,
        re.compile(
            r"\b(FDA|Food and Drug (Administration|Association)|US|U\.S\.|USA|United States|America\w*)\b"
        ),
    ),
    (
        Region.EU,
        re.compile(
            r"\b(EU|EMA|Europe\w*|German\w*|France|French|Ital\w*|Spain|Spanish|Madrid|Paris|Berlin)\b"
        ),
    ),
    (Region.UK, re.compile(r"\b(UK|MHRA|British|Britain|England)\b")),
]


@lru_cache(maxsize=256)
def regions_in(sentence: str) -> tuple[tuple[int, int, Region], ...]:
    """(start, end, region) of every region the sentence names, region by region in the order
    of REGIONS: read once for the several rules and claims of a sentence that ask."""
    return tuple(
        (m.start(), m.end(), region) for region, words in REGIONS for m in words.finditer(sentence)
    )


# "the US and the EU", "the UK, the EU": regions named together as one list
JOINED = re.compile(r"\s*(,|and|&|as well as|plus)\s+(in\s+|across\s+)?(the\s+)?")

# Countries whose decisions the content can only mention inside a US, EU or UK entry's text.
OTHER_COUNTRY = re.compile(
    r"\b(South Korea|Korea|Japan|China|Taiwan|Australia|Canada|India|Brazil|Mexico|"
    r"Switzerland|Israel|Russia|Singapore|Korean|Japanese|Chinese|Taiwanese|Australian|Canadian|"
    r"Indian|Brazilian|Mexican|Swiss|Israeli|Russian|Singaporean)\b"
)
# "Korean regulators": the country a record names
DEMONYMS = {
    **{"Korean": "Korea", "Japanese": "Japan", "Chinese": "China", "Taiwanese": "Taiwan"},
    **{"Australian": "Australia", "Canadian": "Canada", "Indian": "India", "Brazilian": "Brazil"},
    **{"Mexican": "Mexico", "Swiss": "Switzerland", "Israeli": "Israel", "Russian": "Russia"},
    "Singaporean": "Singapore",
}


def country_decision(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    """ "Approved in South Korea and Japan": every country named must be one a recorded text
    says approved it; the first one missing makes the claim unsupported. Called only when the
    claim names no recorded region (regulatory.py)."""
    named = (m.group(1) for m in OTHER_COUNTRY.finditer(claim.sentence))
    countries = list(dict.fromkeys(DEMONYMS.get(c, c) for c in named))
    if not countries:
        return None
    facts = [(e, r) for e, t in treatments(claim, kb) for r in t.regulatory]
    found: list[tuple[Entity, Regulatory]] = []
    for country in countries:
        said = next(
            (
                (e, r)
                for e, r in facts
                if any(country in x and "approv" in x for x in re.split(r"(?<=[.;])\s+", r.text))
            ),
            None,
        )
        if said is None:
            name = claim.entities[0].name if claim.entities else "it"
            text = f"We have no record of a decision on {name} in {country}."
            return judged(Verdict.UNSUPPORTED, text, (), main_slug(claim))
        found.append(said)
    e, r = found[0]
    return judged(Verdict.SUPPORTED, r.text, r.sources, e.slug)


def regions_together(
    claim: Claim,
    statuses: list[tuple[Entity, Regulatory]],
    approvals: tuple[RegulatoryStatus, ...],
) -> Judgement | None:
    """ "Approved in both the US and the EU": an approval claimed for several regions at once
    holds only if each approved it, so a region whose record is not an approval makes it false.
    """
    named = sorted(regions_in(claim.sentence))
    together: list[Region] = []
    for (_, end, a), (start, _, b) in pairwise(named):
        if a is not b and JOINED.fullmatch(claim.sentence[end:start]):
            together += [x for x in (a, b) if x not in together]
    return _first_unapproved(together, statuses, approvals)


# A region an approval is claimed in: "approved in Europe", "US approval", "FDA-approved"
CLAIMED_BEFORE = re.compile(
    r"\b(approved|approval|licensed|authori[sz]ed) (in|by|across|throughout) (the )?$", re.I
)
CLAIMED_AFTER = re.compile(r"^(-| )(approv\w*|licen[cs]\w*|authori[sz]\w*)\b", re.I)


def regions_claimed_apart(
    claim: Claim,
    statuses: list[tuple[Entity, Regulatory]],
    approvals: tuple[RegulatoryStatus, ...],
) -> Judgement | None:
    """ "Won US approval in 2024 and has since been approved in Europe as well": approvals
    claimed in several regions, each in its own words; one a region's record does not hold
    makes the claim false, whatever another region decided."""
    claimed: list[Region] = []
    for start, end, region in regions_in(claim.sentence):
        if region in claimed:
            continue  # each region once, at the first place it is claimed
        before = claim.sentence[max(0, start - 30) : start]
        if CLAIMED_BEFORE.search(before) or CLAIMED_AFTER.match(claim.sentence[end:]):
            claimed.append(region)
    if len(claimed) < 2:
        return None
    return _first_unapproved(claimed, statuses, approvals)


def _first_unapproved(
    regions: list[Region],
    statuses: list[tuple[Entity, Regulatory]],
    approvals: tuple[RegulatoryStatus, ...],
) -> Judgement | None:
    """False for the first region claimed whose record holds no approval; None when each
    region either approved it or has no record."""
    for region in regions:
        recorded = [(e, r) for e, r in statuses if r.region is region]
        if recorded and not any(r.status in approvals for _, r in recorded):
            e, r = recorded[0]
            return judged(
                Verdict.FALSE, f"Not approved in the {region}: {r.text}", r.sources, e.slug
            )
    return None
