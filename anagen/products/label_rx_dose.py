"""A prescription medicine's amounts that are doses, not the strength of its tablet: "50mg once
daily", "Olumiant 4 mg once daily", "daily doses can range from 25 mg to 400 mg". A prescription
medicine's strength is its unit's; a page that prints only doses gives it none (a supplement's
amount a day is its strength, and is left alone)."""

from __future__ import annotations

import re

from anagen.products.label_result import Active, LabelAnalysis

# how often, just after the amount: "once daily", "twice a day", "2x per day", "a day", "at
# bedtime", "/day"; in English, German, French and Spanish ("einmal täglich", "une fois par
# jour", "una vez al día")
HOW_OFTEN = (
    r"(?:(?:once|twice|(?:one|two|three|four) times|[1-4] ?(?:x|times))[ \t]+"
    r"(?:a[ \t]+|per[ \t]+|each[ \t]+|every[ \t]+)?(?:day|daily|week|weekly|night)|"
    r"daily|a day|per day|each day|every day|every \d+ hours|at (?:night|bedtime)|/ ?day\b|"
    r"(?:ein|zwei)mal (?:t[\u00e4a]glich|am tag)|t[\u00e4a]glich|pro tag|"
    r"(?:une|deux) fois par jour|par jour|(?:una|dos) veces al d[\u00eda]a|al d[\u00eda]a|diari[ao]s?)"
)
MASS = r"\d+(?:[.,]\d+)?[ \t]*(?:mg|mcg|\u00b5g|milligrams?)\b"
# the amount's first number, its unit and what follows it: a frequency, or the top of a range
# ("25 mg to 400 mg", "2-4 mg", "from 25 mg up to 100 mg")
AMOUNT = re.compile(
    r"(?<![\d.,])(\d+(?:[.,]\d+)?)[ \t]*(mg|mcg|\u00b5g|milligrams?)\b"
    rf"(?=[ \t]*(?:{HOW_OFTEN}|(?:to|up to|-|\u2013|bis|\u00e0|a)[ \t]*{MASS}))",
    re.I,
)
# (a range's top is a mass too: "2,5mg \u2013 60 c\u00e1psulas" is a strength and a pack)
# ... and a range's lower bound written without its unit ("2 to 4 mg daily", "25-100 mg")
RANGE_START = re.compile(
    r"(?<![\d.,])(\d+(?:[.,]\d+)?)[ \t]*(?:to|-|\u2013|bis)[ \t]*\d+(?:[.,]\d+)?[ \t]*(mg|mcg)\b",
    re.I,
)


def doses_only(out: LabelAnalysis, text: str) -> None:
    """Each active's mass that the page prints only where the words around it make it a dose
    taken so often, or one end of a range of doses: no strength."""
    for i, a in enumerate(out.actives):
        number, _, unit = (a.strength or "").partition(" ")
        if unit in ("mg", "mcg") and _only_as_a_dose(text, float(number)):
            out.actives[i] = Active(a.ingredient, a.name_on_label, None)


def _only_as_a_dose(text: str, amount: float) -> bool:
    """Whether `text` prints `amount` (in its own unit), each time as a dose."""
    printed = [m.start() for m in PRINTED.finditer(text) if _number(m) == amount]
    return bool(printed) and all(
        AMOUNT.match(text, at) or RANGE_START.match(text, at) for at in printed
    )


# (and "0.5-mg soft gelatin capsules", a US label's unit). The digit first, the look-behind
# after it, so that re skips ahead to a digit instead of trying the look-behind everywhere.
PRINTED = re.compile(
    r"(\d(?<![\d.,]\d)\d*(?:[.,]\d+)?)[ \t-]*(?:mg|mcg|\u00b5g|milligrams?)\b", re.I
)


def _number(m: re.Match[str]) -> float:
    return float(m[1].replace(",", "."))
