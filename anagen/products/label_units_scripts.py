"""Unit words after a number on labels in Arabic, Persian, Urdu, Hebrew, Hindi, Bengali, Tamil,
Thai, Georgian, Armenian and Amharic, read as mg, mcg, ml, g and IU. The text's digits are 0-9
already (script_fold.ascii_digits); each word is written here once, with the Arabic yeh, kaf
and heh, and matches its Persian and Urdu spellings too (LETTER_FORMS)."""

from __future__ import annotations

import re

import anagen.products.script_fold as script_fold

# longest spelling first within each unit; "\s?" where a word is written joined or apart
# ("\u0645\u064a\u0644\u064a\u200c\u06af\u0631\u0645" with its joiner dropped, "\u0645\u0644\u064a \u06af\u0631\u0627\u0645")
UNIT_WORDS = {
    "mcg": (
        # Arabic, Persian and Urdu microgram; Arabic abbreviations
        r"\u0645\u064a\u0643\u0631\u0648\s?[\u063a\u062c\u06af]\u0631\u0627?\u0645|\u0645\u0627\u064a\u0643\u0631\u0648\s?\u06af\u0631\u0627\u0645|\u0645\u0643\u063a|\u0645\u0643\u062c\u0645|"
        # Hebrew, Hindi, Bengali, Tamil, Thai, Georgian, Armenian
        r"\u05de\u05d9\u05e7\u05e8\u05d5\u05d2\u05e8\u05dd|\u05de\u05e7[\"\u05f4]?\u05d2|\u092e\u093e\u0907\u0915\u094d\u0930\u094b\u0917\u094d\u0930\u093e\u092e|\u09ae\u09be\u0987\u0995\u09cd\u09b0\u09cb\u0997\u09cd\u09b0\u09be\u09ae|\u0bae\u0bc8\u0b95\u0bcd\u0bb0\u0bcb\u0b95\u0bbf\u0bb0\u0bbe\u0bae\u0bcd|"
        r"\u0e44\u0e21\u0e42\u0e04\u0e23\u0e01\u0e23\u0e31\u0e21|\u0e21\u0e04\u0e01\.?|\u10db\u10d9\u10d2|\u0574\u056f\u0563"
    ),
    "mg": (
        r"\u0645\u0644\u064a?\u0644?\u064a\s?[\u063a\u062c\u06af]\u0631\u0627?\u0645|\u0645\u064a\u0644\u064a\s?[\u063a\u062c\u06af]\u0631\u0627?\u0645|\u0645\u0644\u063a\u0645|\u0645\u0644\u063a|\u0645\u0644\u062c|\u0645\u062c\u0645|\u0645\u063a|"
        r"\u05de\u05d9\u05dc\u05d9\u05d2\u05e8\u05dd|\u05de[\"\u05f4]?\u05d2|\u092e\u093f\u0932\u0940\u0917\u094d\u0930\u093e\u092e|\u092e\u093f\.?\s?\u0917\u094d\u0930\u093e\.?|\u09ae\u09bf\u09b2\u09bf\u0997\u09cd\u09b0\u09be\u09ae|\u09ae\u09bf\.?\s?\u0997\u09cd\u09b0\u09be\.?|"
        r"\u0bae\u0bbf\u0bb2\u0bcd\u0bb2\u0bbf\u0b95\u0bbf\u0bb0\u0bbe\u0bae\u0bcd|\u0bae\u0bbf\.?\s?\u0b95\u0bbf\.?|\u0e21\u0e34\u0e25\u0e25\u0e34\u0e01\u0e23\u0e31\u0e21|\u0e21\u0e01\.?|\u10db\u10d2|\u0574\u0563|\u121a\.?\s?\u130d\.?"
    ),
    "ml": (
        r"\u0645\u064a?\u0644\u064a?\s?\u0644\u064a?\u062a\u0631|\u0645\u0644\u064a\s?\u0644\u064a\u0679\u0631|\u0645\u0644\u0644|\u0645\u0644|"
        r"\u05de\u05d9\u05dc\u05d9\u05dc\u05d9\u05d8\u05e8|\u05de[\"\u05f4]?\u05dc|\u092e\u093f\u0932\u0940\u0932\u0940\u091f\u0930|\u092e\u093f\.?\s?\u0932\u0940\.?|\u09ae\u09bf\u09b2\u09bf\u09b2\u09bf\u099f\u09be\u09b0|\u09ae\u09bf\.?\s?\u09b2\u09bf\.?|"
        r"\u0bae\u0bbf\u0bb2\u0bcd\u0bb2\u0bbf\s?\u0bb2\u0bbf\u0b9f\u0bcd\u0b9f\u0bb0\u0bcd|\u0bae\u0bbf\.?\s?\u0bb2\u0bbf\.?|\u0e21\u0e34\u0e25\u0e25\u0e34\u0e25\u0e34\u0e15\u0e23|\u0e21\u0e25\.?|\u10db\u10da|\u0574\u056c|\u121a\.?\s?\u120a\.?"
    ),
    "g": (
        r"[\u063a\u062c]\u0631\u0627\u0645|\u06af\u0631\u0627?\u0645|\u05d2\u05e8\u05dd|\u0917\u094d\u0930\u093e\u092e|\u0997\u09cd\u09b0\u09be\u09ae|\u0b95\u0bbf\u0bb0\u0bbe\u0bae\u0bcd|\u0e01\u0e23\u0e31\u0e21|\u130d\u122b\u121d"
    ),
    "IU": r"\u0648\u062d\u062f\u0647 \u062f\u0648\u0644\u064a\u0647|\u0648\u0627\u062d\u062f \u0628\u064a\u0646\s?\u0627\u0644\u0645\u0644\u0644\u064a|\u05d9\u05d7[\"\u05f4]?\u05d1[\"\u05f4]?\u05dc",
}
# the letters written more than one way, as the pattern's character classes: Persian yeh and
# alef maksura, keheh, teh marbuta; a Persian joiner ("\u200c") or a blank between two words
LETTER_FORMS = {
    r"\u064a": r"[\u064a\u06cc\u0649]",
    r"\u0643": r"[\u0643\u06a9]",
    r"\u0647": r"[\u0647\u0629]",
    r"\s?": r"[\s\u200c]?",
}


def _any_form(words: str) -> str:
    for letter, forms in LETTER_FORMS.items():
        words = words.replace(letter, forms)
    return words


# a number, then a unit word that no letter goes on from (the Arabic "\u0645\u0644" is also the start
# of many words; a Devanagari "\u092e\u093f." is no unit before another syllable)
SCRIPT_UNIT = re.compile(
    r"(\d)\s?(?:"
    + "|".join(f"(?P<{unit}>{_any_form(words)})" for unit, words in UNIT_WORDS.items())
    + rf")(?![{script_fold.LETTERS}])"
)


def script_unit(m: re.Match[str]) -> str:
    return f"{m[1]} {m.lastgroup}"
