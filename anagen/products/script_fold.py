"""How the names of labels in Arabic, Persian, Urdu, Hebrew, Armenian, Georgian, Ethiopic and the
scripts of South and South-East Asia are folded: which of their characters are letters of a
name, which marks are part of a letter (an Indic vowel sign or virama, unlike a Latin accent or
an Arabic vowel point), and which spellings of one letter are one (Arabic "\u064a" and Persian
"\u06cc")."""

from __future__ import annotations

import re
import unicodedata

# The blocks of these scripts: Armenian, Hebrew, Arabic (and its supplement), the Indic scripts
# from Devanagari to Sinhala, Thai, Lao, Myanmar, Georgian, Ethiopic and Khmer
BLOCKS = (
    (0x0530, 0x058F),
    (0x0590, 0x05FF),
    (0x0600, 0x06FF),
    (0x0750, 0x077F),
    (0x0900, 0x0DFF),
    (0x0E00, 0x0EFF),
    (0x1000, 0x109F),
    (0x10A0, 0x10FF),
    (0x1200, 0x139F),
    (0x1780, 0x17FF),
)
# Scripts whose combining marks are letters of the word (vowel signs, viramas, tone marks): kept.
# A Hebrew or Arabic point only marks a vowel that is usually left unwritten: dropped.
MARKS_KEPT = ((0x0900, 0x0DFF), (0x0E00, 0x0EFF), (0x1000, 0x109F), (0x1780, 0x17FF))
# Thai, Lao, Myanmar and Khmer are written without spaces between words: a name is found inside
# a longer run of letters.
UNSPACED_BLOCKS = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"


def char_ranges(codes: list[int]) -> str:
    """Code points as the ranges of a regex character class."""
    ranges: list[tuple[int, int]] = []
    for c in codes:
        if ranges and ranges[-1][1] == c - 1:
            ranges[-1] = (ranges[-1][0], c)
        else:
            ranges.append((c, c))
    return "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)


def _in_blocks(c: int, blocks: tuple[tuple[int, int], ...]) -> bool:
    return any(a <= c <= b for a, b in blocks)


# their letters and the marks that belong to letters (not their digits, which fold to 0-9, nor
# their punctuation, such as the Devanagari danda or the Arabic comma)
LETTERS = char_ranges(
    [
        c
        for a, b in BLOCKS
        for c in range(a, b + 1)
        if unicodedata.category(chr(c))[0] == "L"
        or (unicodedata.category(chr(c))[0] == "M" and _in_blocks(c, MARKS_KEPT))
    ]
)
ANY_CHAR = re.compile("[" + char_ranges([c for a, b in BLOCKS for c in range(a, b + 1)]) + "]")


def kept_mark(c: int) -> bool:
    return _in_blocks(c, MARKS_KEPT)


# Their decimal digits as 0-9 (Arabic-Indic, Persian, Devanagari, Bengali, Thai ...), the Arabic
# decimal and thousands separators and percent sign; and one spelling for letters written two
# ways: Persian and Urdu yeh and keheh as the Arabic ones, teh marbuta and the Urdu hehs as heh,
# alef wasla as alef; the tatweel (a stretching stroke) and the zero-width (non-)joiners, which
# only shape letters, go.
DIGITS_AND_SIGNS = {
    **{
        c: str(unicodedata.decimal(chr(c)))
        for a, b in BLOCKS
        for c in range(a, b + 1)
        if unicodedata.category(chr(c)) == "Nd"
    },
    0x066B: ".",
    0x066C: ",",
    0x066A: "%",
    0x060C: ",",
}
LETTER_VARIANTS = {
    0x06CC: "\u064a",  # Persian yeh
    0x0649: "\u064a",  # alef maksura
    0x06D2: "\u064a",  # Urdu yeh barree
    0x06A9: "\u0643",  # keheh
    0x0629: "\u0647",  # teh marbuta
    0x06C1: "\u0647",  # Urdu heh goal
    0x06BE: "\u0647",  # heh doachashmee
    0x06D5: "\u0647",  # ae
    0x0671: "\u0627",  # alef wasla
    0x0640: None,  # tatweel
    0x200C: None,
    0x200D: None,
}
FOLD_TABLE = {**DIGITS_AND_SIGNS, **LETTER_VARIANTS}


def fold_letters(text: str) -> str:
    """A decomposed (NFKD) text with these scripts' digits as 0-9 and one spelling of each of
    the letters above."""
    return text.translate(FOLD_TABLE)


def ascii_digits(text: str) -> str:
    """Digits, decimal separator and percent sign of these scripts as 0-9, "." and "%"."""
    return text.translate(DIGITS_AND_SIGNS)


# Words that a prefix of one or two letters joins: the Arabic article and conjunctions ("\u0627\u0644",
# "\u0648\u0627\u0644", "\u0628\u0627\u0644", "\u0644\u0644"), the Hebrew article and prepositions ("\u05d4", "\u05d5", "\u05d1", "\u05dc", "\u05de", "\u05e9").
ARABIC_NAME = re.compile("[\u0620-\u064a\u066e-\u06d3]")
HEBREW_NAME = re.compile("[\u05d0-\u05ea]")
ARABIC_PREFIXES = (
    "\u0627\u0644",
    "\u0648\u0627\u0644",
    "\u0628\u0627\u0644",
    "\u0641\u0627\u0644",
    "\u0643\u0627\u0644",
    "\u0644\u0644",
    "\u0648",
    "\u0628",
)
HEBREW_PREFIXES = (
    "\u05d4",
    "\u05d5",
    "\u05d1",
    "\u05dc",
    "\u05de",
    "\u05e9",
    "\u05d5\u05d4",
    "\u05e9\u05d4",
    "\u05d5\u05d1",
    "\u05d5\u05dc",
    "\u05d1\u05d4",
)
# ("\u0632\u0646\u0643", zinc, with a letter before it is too often another word)
PREFIXED_MIN_LETTERS = 4


def prefixed_forms(name: str) -> list[str]:
    """A folded, padded name with the prefixes its script joins to it."""
    core = name.strip()
    if len(core.split()[0]) < PREFIXED_MIN_LETTERS:
        return []
    if ARABIC_NAME.match(core):
        prefixes = ARABIC_PREFIXES
    elif HEBREW_NAME.match(core):
        prefixes = HEBREW_PREFIXES
    else:
        return []
    return [f" {p}{core} " for p in prefixes]
