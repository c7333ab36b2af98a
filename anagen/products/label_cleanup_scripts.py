"""Amounts and "per 100 mL" as labels in Cyrillic, Japanese, Chinese and Korean write them,
rewritten the way the Latin-script strength rules read them: "50 mg/ml" for the Cyrillic
units, "per 100 mL" for "100mL中", "5%" for a full-width one, "0.5 mg" for "0.5毫克"."""

from __future__ import annotations

import re
import unicodedata

import anagen.products.script_fold as script_fold
from anagen.products.label_units_scripts import SCRIPT_UNIT, script_unit

# Cyrillic, kana, CJK ideographs and hangul (and the full-width forms NFKC makes ASCII)
SCRIPT_CHAR = re.compile(r"[\u0400-\u04ff\u3000-\u30ff\u3400-\u9fff\uac00-\ud7a3\uff01-\uff5e]")
# a kana, ideograph or hangul touching a number ("米诺地尔5%"): the strength rules want a
# number to start a word
# (or Thai, Lao, Myanmar and Khmer, written without spaces too)
BEFORE_NUMBER = re.compile(
    rf"([\u3041-\u30ff\u3400-\u9fff\uac00-\ud7a3{script_fold.UNSPACED_BLOCKS}])(?=\d)"
)

CYRILLIC_LETTER = "\u0430-\u044f\u0451\u0456\u0457\u0454\u0491"
# units after a number; a gram sign alone is a year too ("2027 g."), so it needs a number that
# is no year. The Russian and Ukrainian "international units" are IU.
CYRILLIC_UNIT = re.compile(
    rf"(\d)\s?(\u043c\u043a\u0433|\u043c\u0433|\u043c\u043b|\u0433|\u043c\u0435|\u043c\u043e)(?![{CYRILLIC_LETTER}])",
    re.I,
)
# the unit after the slash of a converted one: "50 mg/" and the Cyrillic ml, "5 mg/毫升"
PER_UNIT = re.compile(rf"(mc?g|IU|g)/\s?(\u043c\u043b|\u0433|毫升|克)(?![{CYRILLIC_LETTER}])", re.I)
PER_UNITS = {"\u043c\u043b": "ml", "\u0433": "g", "毫升": "ml", "克": "g"}
CYRILLIC_UNITS = {
    "\u043c\u043a\u0433": "mcg",
    "\u043c\u0433": "mg",
    "\u043c\u043b": "ml",
    "\u0433": "g",
    "\u043c\u0435": "IU",
    "\u043c\u043e": "IU",
}
# Chinese and Korean unit words after a number (Japanese writes mg, g and mL in Latin letters)
CJK_UNIT = re.compile(
    r"(\d)\s?(毫克|微克|毫升|克|国际单位|國際單位|밀리그램|마이크로그램|밀리리터|그램)"
)
CJK_UNITS = {
    "毫克": "mg",
    "微克": "mcg",
    "毫升": "ml",
    "克": "g",
    "国际单位": "IU",
    "國際單位": "IU",
    "밀리그램": "mg",
    "마이크로그램": "mcg",
    "밀리리터": "ml",
    "그램": "g",
}
# "100mL中" (Japanese), "每100g" (Chinese), "100mL 중" / "100g당" (Korean), "in 100 ml" and "on
# 100 g" in Russian and Ukrainian: the amounts that follow are per 100 (or per 1) mL or g
PER_AMOUNT = re.compile(
    r"(?:每|(?<!\w)(?:\u0432|\u0443|\u043d\u0430)\s)\s*(1|100)\s?(ml|g)(?![a-z])\s*(?:含|中)?"
    r"|(?<![\d.,])(1|100)\s?(ml|g)\s?(?:中|당|중)",
    re.I,
)
# A pack's make-up: "9g\u00d730袋" (30 sachets of 9 g), "0.5g*60粒". On a health food's label it is
# what one pill, sachet or capsule weighs, all its ingredients together, never one's strength
# (its amounts are its own table's); on a medicine's ("1mg\u00d728片") it is the strength.
PACK_SPEC = re.compile(
    r"\d+(?:\.\d+)?\s?(?:mg|g|ml|毫克|克|毫升)\s?[\u00d7xX*]\s?"
    r"(\d+\s?(?:袋|包|丸|粒|片|支|瓶|盒|贴|枚|錠|カプセル|포|정|개|캡슐))"
)
# "、": the comma of Japanese and Chinese lists; the Arabic comma (Persian and Urdu too) and the
# Ethiopic comma and semicolon of Amharic ones
LIST_COMMA = re.compile("[\u3001\uff64\u060c\u1363\u1364]")


# A Korean drug registry's table of ingredients and amounts (nedrug's "원료약품 및 분량"), one
# field after another: "총량 : 1정 중 265밀리그램|성분명 : 케토코나졸|분량 : 200|단위 : 밀리그램". Each
# ingredient's amount is its own "분량" (amount) with its "단위" (unit); the total ("총량") is
# what the whole tablet or gram weighs, no ingredient's strength.
KR_TABLE_ROW = re.compile(
    r"성분명\s*:\s*([^|\n]+?)\s*\|\s*분량\s*:\s*(\d+(?:\.\d+)?)\s*\|\s*단위\s*:\s*([^|\n\d]+?)\s*(?=\||$)",
    re.M,
)
KR_TABLE_TOTAL = re.compile(r"(총량\s*:[^|\n]*?중)[^|\n]*\|?")


def _korean_table(text: str) -> str:
    text = KR_TABLE_ROW.sub(r"유효성분 : \1 \2\3", text)
    return KR_TABLE_TOTAL.sub(r"\1\n", text)


def script_amounts(text: str) -> str:
    """The text with its amounts in Latin units, or unchanged when it has no letters of these
    scripts (the caller checks `needs_script_amounts` first)."""
    text = unicodedata.normalize(
        "NFKC", text
    )  # full-width digits and signs, and the squared units as ASCII
    # (and the full stops of Japanese and Chinese, and of Amharic)
    text = LIST_COMMA.sub(", ", text).replace("\u3002", ". ").replace("\u1362", ". ")
    # Arabic-Indic "5%" and the unit words of Arabic, Persian, Hebrew, Hindi ... as mg, ml
    if script_fold.ANY_CHAR.search(text):
        text = SCRIPT_UNIT.sub(script_unit, script_fold.ascii_digits(text))
    if "분량" in text:
        text = _korean_table(text)
    text = BEFORE_NUMBER.sub(r"\1 ", text)
    text = CYRILLIC_UNIT.sub(_cyrillic_unit, text)
    text = CJK_UNIT.sub(lambda m: f"{m[1]} {CJK_UNITS[m[2]]}", text)
    text = PER_UNIT.sub(lambda m: f"{m[1]}/{PER_UNITS[m[2].lower()]}", text)
    return PER_AMOUNT.sub(_per_amount, text)


def needs_script_amounts(text: str) -> bool:
    return not text.isascii() and (
        SCRIPT_CHAR.search(text) is not None or script_fold.ANY_CHAR.search(text) is not None
    )


def _cyrillic_unit(m: re.Match[str]) -> str:
    unit = m[2].lower()
    if unit == "\u0433" and _a_year(m.string, m.start(1)):
        return m.group()
    return f"{m[1]} {CYRILLIC_UNITS[unit]}"


def _a_year(text: str, last_digit: int) -> bool:
    start = last_digit
    while start > 0 and text[start - 1].isdigit():
        start -= 1
    return last_digit - start == 3 and text[start : start + 2] in ("19", "20")


def _per_amount(m: re.Match[str]) -> str:
    amount, unit = (m[1], m[2]) if m[1] else (m[3], m[4])
    return f" per {amount} {unit.lower()}: "
