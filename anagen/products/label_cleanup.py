"""A pasted label made readable before it is read: HTML entities, words broken over lines,
unticked shop options, and what OCR and other languages do to amounts."""

from __future__ import annotations

import html
import re

from anagen.products.label_cleanup_scripts import needs_script_amounts, script_amounts

# in lower case or in capitals ("FINAST-" / "ERIDE 0.1%" on a pharmacy sticker), not mixed
BROKEN_WORD = re.compile(r"([a-z])-\n[ \t]*([a-z])|([A-Z])-\n[ \t]*([A-Z])")
OCR_PERCENT = re.compile(r"(\d)\s?[°º]/[o0](?![a-z])", re.I)
UNTICKED = re.compile(r"^[ \t]*(\[[ \t]*\]|\([ \t]*\)|\u2610)[^\n]*\n?", re.M)
# ... and an unticked option inside a line of options ("Size: (\u2022) 60 ml  ( ) 3 x 60 ml"), up to
# the next option's box (empty, or with one mark: "(\u2022)", "(x)", "[*]") or the line's end;
# an option's own brackets ("(men only)") do not end it
UNTICKED_INLINE = re.compile(
    r"(?:\([ \t]*\)|\[[ \t]*\])(?:(?![(\[][ \t]*(?:[^\w\s]|[xX])?[ \t]*[)\]])[^\n])*"
)
# ... and a line whose one box, unticked, closes it: the option is the line before it
# ("Combo: Minoxidil 5% lotion (+$199) [ ]"); a line with another box is a row of options
TICK_BOX = r"[(\[][ \t]*(?:[^\w\s]|[xX])?[ \t]*[)\]]"
UNTICKED_AT_END = re.compile(
    rf"^(?![^\n]*{TICK_BOX}[^\n]*{TICK_BOX})[^\n]*?(?:\[[ \t]*\]|\([ \t]*\)|\u2610)[ \t]*$\n?", re.M
)
# A shop's or clinic's offer the buyer turned down, after its colon: "Add-on not selected:
# Biotin gummies"
NOT_CHOSEN = re.compile(
    r"^[^\n:]{0,40}\b(not selected|unselected|not chosen)[ \t]*:[^\n]*\n?", re.I | re.M
)
# (the look-behind after the "%", so that re looks for a "%" first instead of trying each place)
PERCENT_FIRST = re.compile(r"%(?<![\w%]%)(\d+(?:[.,]\d+)?)(?![\d%.,])")


# In the UTF-8 bytes, digits as "d", the letters OCR takes them for as "o", other capitals "A",
# other small letters "a", every other byte blank: a digit touching such a letter is a "do" or
# "od" (and _unglued looks for run-together text's kinds of character in the same bytes).
# A regex for it visits every digit, several times the cost on an ordinary label.
def _kind(byte: int) -> int:
    c = chr(byte)
    if c.isascii() and c.isdigit():
        return ord("d")
    if c in "OIl":
        return ord("o")
    if "A" <= c <= "Z":
        return ord("A")
    return ord("a") if "a" <= c <= "z" else ord(" ")


_KIND_BYTES = bytes(_kind(b) for b in range(256))


def _ocr_signs(text: str, marks: bytes) -> bool:
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
# OCR's zero for the O that begins a word in lower case ("Iron 0xide Red", "0ral"), on any
# label: a figure does not run into three lower-case letters but in a unit ("0mcg", "0kcal").
# (the "0" first, so that re looks for a zero first)
OCR_ZERO_WORD = re.compile(r"0(?<![\w.,]0)(?=[a-z]{3,}\b)(?!mcg\b|kcal\b|caps\b|tabs\b)")
# Outside amounts, on a label that shows OCR at work: "QTY 9O" and "Rx O4188" are numbers,
# "REFlLLS" and "R0BERTS" words in capitals ("l" before a capital, "0" away from digits; "HCl"
# keeps its "l"), "oi1" and "Va1ue" words in lower case (not "b1" or "b12").
OCR_NUMBER = re.compile(r"\b[\dO]*(?:\dO|O\d)[\dO]*\b")
# (a word of capitals with a "0" or an "l" in it: those without have nothing to change)
OCR_CAPITALS = re.compile(r"\b[A-Z0l]*[0l][A-Z0l]*\b")
OCR_LOWER_ONE = re.compile(r"(?<=[a-z][a-z])1(?!\d)|(?<=[a-z])1(?=[a-z])")
OCR_CAPITAL_I = re.compile(r"l(?=[A-Z])")


def _ocr_capitals(m: re.Match[str]) -> str:
    word = m.group()
    if sum(c.isupper() for c in word) < 2:
        return word
    at = m.start()
    if word[0] == "0" and at > 1 and m.string[at - 1] in ",." and m.string[at - 2].isdigit():
        return word  # an amount's last digits and its unit: "60,000IU"
    return OCR_CAPITAL_I.sub("I", word).replace("0", "O")


def _ocr_words(text: str) -> str:
    text = OCR_NUMBER.sub(lambda m: m.group().replace("O", "0"), text)
    text = OCR_CAPITALS.sub(_ocr_capitals, text)
    return OCR_LOWER_ONE.sub("l", text)


# a shop's variant selector on one line: "Strength: 2% | 5% (selected)", in English, Spanish,
# German, French, Italian, Portuguese, Russian, Ukrainian, Japanese, Chinese and Korean
SELECTED = re.compile(
    r"[(\[](selected|chosen|seleccionad[oa]|ausgew\u00e4hlt|s\u00e9lectionn\u00e9e?|"
    r"selezionat[oa]|selecionad[oa]|"
    # Polish, Turkish; Russian, Ukrainian, Japanese, Chinese and Korean
    r"wybran[ya]|se\u00e7ili|"
    r"выбрано|обрано|選択中|已选|선택됨)[)\]]",
    re.I,
)
SELECTOR_LINE = re.compile(r"^[^\n|]*\|[^\n]*$", re.M)
SELECTED_HINTS = (
    *("elected", "eleccionad", "elecionad", "ezionat", "ausgew", "ectionn", "hosen", "wybran"),
    "se\u00e7ili",
    *("брано", "選択中", "已选", "선택됨"),
)


def _selected_option(m: re.Match[str]) -> str:
    """The selector's label and its selected option only: the others are not this product."""
    line = m.group()
    if not SELECTED.search(line):
        return line
    label, colon, first = line.partition(":") if ":" in line.split("|")[0] else ("", "", line)
    kept = " | ".join(o.strip() for o in first.split("|") if SELECTED.search(o))
    return f"{label}{colon} {kept}" if label else kept


# A buyer's review quoted on a shop page, on a line of its own: a star rating before a quote,
# or the shop's "Verified Purchase" mark (in English, German, French, Spanish, Italian and
# Portuguese). What a buyer names is what they use, not this product.
REVIEW_LINE = re.compile(
    r"^[^\n]*(?:[\u2605\u2606]\s*[\"\u201c\u201e\u00ab]|verified purchase|verifizierter kauf|"
    r"achat v\u00e9rifi\u00e9|compra verificada|acquisto verificato)[^\n]*\n?",
    re.I | re.M,
)
REVIEW_HINTS = (
    "\u2605",
    "\u2606",
    "erified",
    "erifizierter",
    "rifi\u00e9",
    "verificad",
    "verificato",
)


# an amount written in words ("in the amount of five mg", a translated leaflet's): its digits
NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
NUMBER_WORD_AMOUNT = re.compile(
    rf"\b({'|'.join(NUMBER_WORDS)})\s+(mg|mcg|milligrams?|micrograms?)\b", re.I
)


def _amount_in_words(text: str) -> bool:
    """A cheap test before the scan: a unit with a number word just before it (most labels
    have many units and no such word; a look behind each is cheaper than a whole-text scan)."""
    for unit in (" mg", " mcg", " milligram", " microgram"):
        at = text.find(unit)
        while at != -1:
            if text[max(0, at - 5) : at].lower().endswith(NUMBER_WORDS):
                return True
            at = text.find(unit, at + 1)
    return False


def _amount_digits(m: re.Match[str]) -> str:
    return f"{NUMBER_WORDS.index(m[1].lower()) + 1} {m[2]}"


# A page on every strength a medicine comes in ("Tablets are available containing 25 mg, 50 mg
# or 100 mg of spironolactone", "1 tablet contains 5 mg or 10 mg of biotin"): the pack's is the
# one its title names ("Natubiotin tablets 10 mg"), else the first printed, as the unit-dose
# page's display panel shows; the others are not one more amount of the same active.
STRENGTH_CHOICE = re.compile(
    r"\b(\d+(?:\.\d+)?\s?(mg|mcg))(?:,\s*\d+(?:\.\d+)?\s?\2)*,?\s+or\s+\d+(?:\.\d+)?\s?\2\b"
)
AN_AMOUNT = re.compile(r"(\d+(?:\.\d+)?)\s?(mg|mcg)\b")
# ... but a choice of doses ("The recommended dose will be either 2 mg or 4 mg once a day", a
# leaflet's sig) says nothing of the pack's strength: none of its amounts is kept
A_DOSE_CHOICE = re.compile(r"\bdos(e|es|age|ing)\b[^.\n\d]{0,30}$", re.I)


def _chosen_strength(text: str) -> str:
    """The text with each choice of strengths made the one the pack's title names."""
    title = text.lstrip().split("\n", 1)[0]
    titled = {(n, unit) for n, unit in AN_AMOUNT.findall(title)}

    def chosen(m: re.Match[str]) -> str:
        if A_DOSE_CHOICE.search(text, max(0, m.start() - 40), m.start()):
            return ""
        options = AN_AMOUNT.findall(m[0])
        n, unit = next((o for o in options if o in titled), options[0])
        return f"{n} {unit}"

    return STRENGTH_CHOICE.sub(chosen, text)


# A heading a page's Markdown set in bold inside a paragraph ("... tamsulosin (0.4 mg)
# _**Adults:**_ The recommended dose is one capsule (0.5 mg)"): it ends the sentence before it,
# as the rendered page shows it on a line of its own. (Markdown's bold hugs its words: a
# panel's "320 mg ** Pumpkin Seed 100 mg **", stars for "no daily value", is none.)
BOLD_HEADING = re.compile(r"[ \t]*(_?\*\*(?=[^\W\d_])[^*\n]{0,80}(?<=\S)\*\*_?)[ \t]*")


# a sentence a page wrapped before its verb ("Each tablet" / "contains 200mg dried ferrous
# sulfate"): a dose form, then a lower-case "contains", which no entry or heading starts with
WRAPPED_BEFORE_VERB = re.compile(
    r"\b((?i:tablet|capsule|caplet|softgel|sachet|gummy|serving|dose|ml|gram)s?)[ \t]*\n[ \t]*"
    r"(?=contains?\b|containing\b)"
)


# a card per nutrient, each with its own serving heading between the name and the amount
# ("Vitamin D" / "| Amount Per Serving |" / "60 mcg |"): the heading cut a row in two
SERVING_CELL = re.compile(r"^[ \t]*\|?[ \t]*amount per serving[ \t]*\|?[ \t]*\n", re.I | re.M)


def _one_serving_heading(text: str) -> str:
    """Two serving headings or more, each a line of its own: one heading above the first row
    instead, so that each name keeps the amount under it."""
    cells = list(SERVING_CELL.finditer(text))
    if len(cells) < 2:
        return text
    row = text.rfind("\n", 0, max(0, cells[0].start() - 1)) + 1
    return f"{text[:row]}Amount Per Serving\n{SERVING_CELL.sub('', text[row:])}"


# A page's text run together where its layout had a break: an amount's unit glued to the next
# heading ("Pyridoxine Hydrochloride BP 2 mgTable Of contents"), a name to its bracketed other
# name ("Cholecalciferol(Vitamin D3) 60,000IU"); each gets back its space.
GLUED_UNIT = re.compile(r"(\d ?(?:mg|mcg))(?=[A-Z][a-z])")
# ... and a word to the amount after it ("20% oleic acid500 mg"; the digit first, so that re
# looks for a digit first; "B12", "D3" have no three letters before)
GLUED_AMOUNT = re.compile(r"(\d(?<=[a-z][a-z][a-z]\d)\d*(?:\.\d+)? ?(?:mg|mcg)\b)")
# (the bracket first, so that re looks for one first)
GLUED_BRACKET = re.compile(r"\((?<=[a-z][a-z][a-z]\()(?=[A-Z][a-z]+ )")
# the first two looked for only where the kinds of character show one may be (_KIND_BYTES)
GLUED_UNIT_KINDS = re.compile(rb"d ?a{2,3}A")


def _unglued(text: str, marks: bytes) -> str:
    if b"aaA" in marks and GLUED_UNIT_KINDS.search(marks):
        text = GLUED_UNIT.sub(r"\1 ", text)
    if b"aaad" in marks:
        text = GLUED_AMOUNT.sub(r" \1", text)
    return GLUED_BRACKET.sub(" (", text)


def cleaned(text: str) -> str:
    if "&" in text and ";" in text:  # a page's HTML entities: "5&#37;", "&micro;g", "&nbsp;"
        text = html.unescape(text)
    if needs_script_amounts(text):  # Cyrillic units, "100mL中 2.0g", full-width digits, "0.5毫克"
        text = script_amounts(text)
    if "\u2122" in text:  # NFKC would make "Redensyl\u2122" "RedensylTM", an unknown name
        text = text.replace("\u2122", " ")
    if "-\n" in text:  # a PDF copy breaks words over lines: "Minox-" / "idil 5% w/v"
        text = BROKEN_WORD.sub(lambda m: (m[1] or m[3]) + (m[2] or m[4]), text)
    if "**" in text:
        text = BOLD_HEADING.sub(r"\n\n\1\n", text)
    if "\ncontain" in text:
        text = WRAPPED_BEFORE_VERB.sub(r"\1 ", text)
    if "erving" in text:
        text = _one_serving_heading(text)
    if "[ " in text or "( )" in text or "\u2610" in text:
        # a shop page's options left unticked ("[ ] Finasteride 1 mg +$25") are not bought
        text = UNTICKED_AT_END.sub("", text)
        text = UNTICKED.sub("", UNTICKED_INLINE.sub("", text))
    if "elected" in text or "hosen" in text:  # ("Not Selected" too)
        text = NOT_CHOSEN.sub("", text)
    if any(h in text for h in REVIEW_HINTS):
        text = REVIEW_LINE.sub("", text)
    if "|" in text and any(h in text for h in SELECTED_HINTS):
        text = SELECTOR_LINE.sub(_selected_option, text)
    if "/o" in text:  # a photographed label read by OCR: "Minoxidil 5°/o w/v" is 5%
        text = OCR_PERCENT.sub(r"\1%", text)
    if "%" in text and (m := PERCENT_FIRST.search(text)):  # Turkish writes "%5" for 5%
        text = text[: m.start()] + PERCENT_FIRST.sub(r"\1%", text[m.start() :])
    if OCR_ZERO_WORD.search(text):
        text = OCR_ZERO_WORD.sub("o", text)
    if _amount_in_words(text):
        text = NUMBER_WORD_AMOUNT.sub(_amount_digits, text)
    if ("g or " in text or "g, or " in text) and STRENGTH_CHOICE.search(text):
        text = _chosen_strength(text)
    marks = text.encode().translate(_KIND_BYTES)
    if _ocr_signs(text, marks):  # OCR's O for 0, l or I for 1, rn for m: in amounts, then elsewhere
        text = _ocr_words(OCR_AMOUNT.sub(_ocr_amount, text))
        marks = text.encode().translate(_KIND_BYTES)
    return _unglued(text, marks)
