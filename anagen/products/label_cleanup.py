"""A pasted label made readable before it is read: HTML entities, words broken over lines,
unticked shop options, and what OCR and other languages do to amounts."""

from __future__ import annotations

import html
import re

# in lower case or in capitals ("FINAST-" / "ERIDE 0.1%" on a pharmacy sticker), not mixed
BROKEN_WORD = re.compile(r"([a-z])-\n[ \t]*([a-z])|([A-Z])-\n[ \t]*([A-Z])")
OCR_PERCENT = re.compile(r"(\d)\s?[°º]/[o0](?![a-z])", re.I)
UNTICKED = re.compile(r"^[ \t]*(\[[ \t]*\]|\([ \t]*\)|\u2610)[^\n]*\n?", re.M)
# (the look-behind after the "%", so that re looks for a "%" first instead of trying each place)
PERCENT_FIRST = re.compile(r"%(?<![\w%]%)(\d+(?:[.,]\d+)?)(?![\d%.,])")
# In the UTF-8 bytes, digits as "d", the letters OCR takes them for as "o", every other byte
# blank: a digit touching such a letter is a "do" or "od". A regex for it visits every digit,
# several times the cost on an ordinary label.
_OCR_BYTES = bytes(
    ord("d") if chr(b) in "0123456789" else ord("o") if chr(b) in "OIl" else ord(" ")
    for b in range(256)
)


def _ocr_signs(text: str) -> bool:
    marks = text.encode().translate(_OCR_BYTES)
    return b"do" in marks or b"od" in marks or "rng" in text or "l,O" in text or "I,O" in text


OCR_AMOUNT = re.compile(
    r"(?<![\w.,])([0-9OIl][0-9OIl,.]*)( ?)(rng|mg|mcg|µg|iu|ml|g|%)(?![a-z])", re.I
)


def _ocr_amount(m: re.Match[str]) -> str:
    """ "1O,OOO mcg" -> "10,000 mcg", "l5 mg" -> "15 mg", "1 rng" -> "1 mg"; a token of
    letters alone ("I mg") is read as OCR only when it has a digit or a separator in it."""
    number, space, unit = m.groups()
    if not (any(c.isdigit() for c in number) or "," in number or "." in number.rstrip(".")):
        return m.group()
    unit = "mg" if unit.lower() == "rng" else unit
    return number.translate(OCR_DIGITS) + space + unit


OCR_DIGITS = str.maketrans("OIl", "011")


def cleaned(text: str) -> str:
    if "&" in text and ";" in text:  # a page's HTML entities: "5&#37;", "&micro;g", "&nbsp;"
        text = html.unescape(text)
    if "-\n" in text:  # a PDF copy breaks words over lines: "Minox-" / "idil 5% w/v"
        text = BROKEN_WORD.sub(lambda m: (m[1] or m[3]) + (m[2] or m[4]), text)
    if "[ " in text or "( )" in text or "\u2610" in text:
        # a shop page's options left unticked ("[ ] Finasteride 1 mg +$25") are not bought
        text = UNTICKED.sub("", text)
    if "/o" in text:  # a photographed label read by OCR: "Minoxidil 5°/o w/v" is 5%
        text = OCR_PERCENT.sub(r"\1%", text)
    if "%" in text and (m := PERCENT_FIRST.search(text)):  # Turkish writes "%5" for 5%
        text = text[: m.start()] + PERCENT_FIRST.sub(r"\1%", text[m.start() :])
    if _ocr_signs(text):  # OCR's O for 0, l or I for 1, and rn for m, inside amounts
        text = OCR_AMOUNT.sub(_ocr_amount, text)
    return text
