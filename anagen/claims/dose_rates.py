"""One medicine at two doses: "the 2 mg dose regrows about as much hair as 4 mg", "a 2.5 mg/mL
shot is as effective as 10 mg/mL". Judged on the response rates a recorded figure gives for
each dose ("4 mg 38.8%, 2 mg 22.8%"; "71.1% at 10 mg/mL, 38.6% at 2.5 to 3.3 mg/mL"); the
outcome is for the dose the claim names first."""

from __future__ import annotations

import re

from anagen.claims.comparisons import Compared, Outcome
from anagen.knowledge.schema import Treatment

DOSE = re.compile(
    r"(\d+(?:\.\d+)?)(?:\s*(?:to|-|\u2013)\s*\d+(?:\.\d+)?)?\s*(mg/ml|mg|mcg)\b", re.I
)
RATE = re.compile(r"(\d+(?:\.\d+)?)\s*%")
PARTS = re.compile(r"[,;]")
CLEARLY = 1.25  # a response rate this many times the other's is a real difference


def _doses(text: str) -> list[tuple[float, str]]:
    return list(dict.fromkeys((float(n), u.lower()) for n, u in DOSE.findall(text)))


def _rates_by_dose(value: str) -> dict[tuple[float, str], float]:
    out: dict[tuple[float, str], float] = {}
    for part in PARTS.split(value):
        dose = DOSE.search(part)
        rate = RATE.search(DOSE.sub(" ", part))
        if dose and rate:
            out.setdefault((float(dose.group(1)), dose.group(2).lower()), float(rate.group(1)))
    return out


def compare_doses(t: Treatment, sentence: str) -> Compared | None:
    named = _doses(sentence)
    if len(named) != 2:
        return None
    first, second = named
    for ev in t.evidence:
        for fig in ev.figures:
            rates = _rates_by_dose(fig.value)
            if first in rates and second in rates and rates[second] > 0:
                ratio = rates[first] / rates[second]
                outcome = (
                    Outcome.BETTER
                    if ratio >= CLEARLY
                    else Outcome.WORSE
                    if ratio <= 1 / CLEARLY
                    else Outcome.EQUAL
                )
                text = f"{fig.measure}: {fig.value}"
                return Compared(outcome, text, tuple(fig.sources or ev.sources), False)
    return None
