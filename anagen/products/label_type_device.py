"""The device rule's two halves (its figures and its words) and the test that a device word
names only one this product is used with: label_type's device decision."""

from __future__ import annotations

import re
from collections.abc import Collection

from anagen.wordscan import Scan

# A device's figures ("510(k)", "K142573", "655 nm", "0.5 mm needles") and its words ("laser
# cap", "derma roller"): apart, so that a lower-case label without "510", "nm", "nanomet" or
# "mm" after a digit, nor "k" before one (most) skips the figures, which the scan tries at every
# digit and "k". No figure begins with a letter a word can begin with, so at any place only one
# of the two can match, and the rule finds what it found with its branches in another order.
DEVICE_FIGURES = (
    r"510\s*\(k\)|k\d{6}|\d{3}\s*(nm|nanomet)|\d(\.\d+)?\s*mm (titanium )?(micro)?needles?"
)
# what every match of DEVICE_FIGURES holds (its last digit before the unit). Its first character
# as a class, each branch's checked after it by a look-behind: "510|k\d|\d\s*(?:nm|nanomet|mm)",
# written so that re skips ahead to a digit or "k" instead of trying it at every place.
MAY_HOLD_A_FIGURE = re.compile(r"[\dk](?:(?<=5)10|(?<=k)\d|(?<=\d)\s*(?:nm|nanomet|mm))")
# ... for ASCII text, where \d is 0 to 9: a range re tests at once
MAY_HOLD_A_FIGURE_ASCII = re.compile(
    r"[0-9k](?:(?<=5)10|(?<=k)[0-9]|(?<=[0-9])\s*(?:nm|nanomet|mm))"
)
DEVICE_WORDS = (
    r"laser diodes?|diode lasers?|low[- ]level (laser|light)|"
    r"fda[- ]cleared|medical[- ]grade lasers?|laser (caps?|helmets?|combs?|bands?)|"
    r"derma[- ]?rollers?|dermapen|derma[- ]?stamps?|microneedl\w* (rollers?|pens?|tools?|devices?)|"
    r"needle length"
)

# the device rule less its figures, for lower-case text that has none (the first device rule:
# the others have no figures)
DEVICE_WORDS_LOWER = Scan(rf"\b({DEVICE_WORDS})")


class DeviceHalves:
    """The device rule for lower-case text as its two halves, each searched its cheaper way:
    the words by their beginnings, the figures by re's own skip to a digit or "k" (the scan by
    beginnings tries the rule at every digit). Only one half can match at any place, so the
    first match of either is the rule's."""

    figures = Scan(rf"\b({DEVICE_FIGURES})", by_starts=False)
    words = DEVICE_WORDS_LOWER

    def search(self, text: str, pos: int = 0, absent: Collection[str] = ()) -> re.Match[str] | None:
        figure = self.figures.search(text, pos)
        word = self.words.search(text, pos, absent)
        if figure is None or (word is not None and word.start() < figure.start()):
            return word
        return figure


DEVICE_HALVES = DeviceHalves()


def may_hold_a_figure(lower: str) -> bool:
    figures = MAY_HOLD_A_FIGURE_ASCII if lower.isascii() else MAY_HOLD_A_FIGURE
    return figures.search(lower) is not None


# "Use with a derma roller for best results": a device another product is used with
USED_WITH = re.compile(
    r"\b(use[sd]?|using|apply|applied|works?|pair(ed|s)?|combine[sd]?)\b[^.\n]{0,30}"
    r"\b(with|after|before|alongside|following)\s+((a|an|your|the|our)\s+)?$",
    re.I,
)


def only_used_with(
    text: str, rule: Scan | DeviceHalves, first: re.Match[str], absent: Collection[str] = ()
) -> bool:
    """Whether every device word on the label names one this product is used with (or is
    no device's: a 510(k) number is K and six digits, a hospital number "K3390127" longer)."""
    m: re.Match[str] | None = first
    while m is not None:
        longer_number = text[m.end() : m.end() + 1].isdigit()
        if not longer_number and not USED_WITH.search(text[max(0, m.start() - 60) : m.start()]):
            return False
        m = rule.search(text, m.end(), absent)
    return True
