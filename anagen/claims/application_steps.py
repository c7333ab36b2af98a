"""The steps of putting a treatment on, as advice pages give them: on a dry scalp, left on for a
few minutes before rinsing, hands washed afterwards. A step the treatment's recorded usage also
gives is borne out; one it does not mention is no finding (labels differ in what they spell out)."""

from __future__ import annotations

import re

from anagen.knowledge.schema import Fact, Treatment

_PUT_ON = (
    r"(appl(y|ies|ied|ying)|put|puts|putting|us(e|ed|ing)|massag(e|ed|ing)|rub(bed|bing)?|spread)"
)
_DRY = r"(completely |totally |fully |clean,? )?dry (scalp|hair|skin)"
# the wordings, one per step (registered under USAGE by usage_wording.py)
STEP_WORDINGS = [
    # "apply it to a dry scalp", "your hair and scalp should be dry when you use it"
    rf"\b{_PUT_ON}\b[^.;]{{0,40}}\b(to|on|onto|into) (a |the |your )?{_DRY}\b",
    r"\b(scalp|hair)( and (scalp|hair))? (should|must|needs? to|has to|have to) be (completely |totally |"
    r"fully )?dry\b",
    # "leave it on your scalp for 3-5 minutes before rinsing"
    r"\b(leave|leaving|left)\b[^.;]{0,50}\bfor (about |around |at least |up to )?(\d+|a few|two|three|four|"
    r"five|ten)( ?(-|to|or) ?(\d+|five|ten))? minutes\b",
    # "wash your hands thoroughly after application"
    r"\bwash(ed|ing)? (your |the )?hands\b[^.;]{0,30}\b(after|afterwards)\b",
]
STEP = re.compile("|".join(STEP_WORDINGS), re.I)
# each step as a claim says it, and as a record's usage says it
STEPS = [
    (
        re.compile(
            rf"\b{_DRY}\b|\b(scalp|hair)\b[^.;]{{0,30}}\bbe (completely |totally |fully )?dry\b",
            re.I,
        ),
        re.compile(r"\bdry (scalp|hair|skin)\b", re.I),
    ),
    (re.compile(r"\bminutes\b", re.I), re.compile(r"\bleft on\b[^.;]{0,20}\bminutes\b", re.I)),
    (re.compile(r"\bhands\b", re.I), re.compile(r"\bwash (your )?hands\b", re.I)),
]


def recorded_step(wording: str, t: Treatment) -> Fact | None:
    """The usage fact of `t` that gives the step the claim's wording names, if one does."""
    for said, recorded in STEPS:
        if said.search(wording):
            return next((f for f in t.usage if recorded.search(f.text)), None)
    return None
