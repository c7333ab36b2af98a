"""Strengths stated per unit: per mL, per gram or per 100, and a leaflet's "dosage forms and
strengths"."""

from __future__ import annotations

import itertools
import re

from anagen.products.label_result import Active, LabelAnalysis
from anagen.products.label_text import Part
from anagen.products.strength import (
    CONTAINS,
    CONTAINS_WITHIN,
    PER_G_OR_ML,
    Strength,
    find_strengths,
    first_strength,
    mg_value,
    per_hundred_as_percent,
    per_one_as_percent,
)
from anagen.wordscan import Scan


def dosage_forms(part: Part, out: LabelAnalysis) -> None:
    """ "Dosage forms and strengths: Tablets: 8 mg": the strength of a one-active medicine when
    the section gives just one (several are the strengths it comes in, none of them its own)."""
    body = DASHES_OR_BLANK_LINE.split(part.text.lstrip("-\u2013\u2014 \t\n"), maxsplit=1)[0]
    values = {s.value for s in find_strengths(body[:400])}
    if len(out.actives) == 1 and out.actives[0].strength is None and len(values) == 1:
        a = out.actives[0]
        out.actives[0] = Active(a.ingredient, a.name_on_label, values.pop())


DASHES_OR_BLANK_LINE = re.compile(r"-{5,}|\n\s*\n")


# A shop's "Strength: 5% (selected)" line (label_cleanup keeps only the selected option), in
# English, German, Spanish, French, Italian, Portuguese, Russian, Ukrainian and Chinese (a
# medicine's "(药品)规格", its specification: "药品规格:5%*30ml"); a leaflet's "Available
# as: 5% scalp solution and 5% scalp foam". The field's name may stand in a table's cell
# ("| Strength | 0.5mg |") or alone on its line, its value on the next that is not blank
# ("Strength\n0.5mg", as a drug database or a patient leaflet prints its fields).
STRENGTH_LINE = re.compile(
    # (and a drug guide's "Dosage form: oral capsule (50 mg)")
    r"^[ \t]*(?:\|[ \t]*)?(strength|dosage form|st\u00e4rke|concentraci\u00f3n|concentration|concentrazione|"
    r"concentra\u00e7\u00e3o|дозировка|дозування|концентрация|концентрація|(?:\u836f\u54c1)?\u89c4\u683c|"
    r"available as|comes as|disponible (?:en|como)|dispon[\u00edi]vel (?:em|como))"
    r"(?:[ \t]*[:|]|[ \t]*\n(?:[ \t]*\n)?)[ \t]*([^\n]*)",
    re.I | re.M,
)
STRENGTH_LINE_HINTS = (
    *("trength", "vailable as", "omes as", "isponible", "ispon\u00edvel", "osage form"),
    *("t\u00e4rke", "oncentra", "озиров", "озуван", "онцентрац", "\u89c4\u683c"),
)


def strength_line(text: str, out: LabelAnalysis) -> None:
    """The one strength a selector line gives, for a one-active product read without any
    (several values are the strengths it comes in, none of them its own)."""
    if len(out.actives) != 1 or out.actives[0].strength is not None:
        return
    if not any(h in text for h in STRENGTH_LINE_HINTS) or not (m := STRENGTH_LINE.search(text)):
        return
    strength = first_strength(m.group(2))
    # (a pack's volume beside it, "5%*30ml", is no second strength; the same one in two forms,
    # "5% scalp solution, and 5% scalp foam", is one)
    doses = {s.value for s in find_strengths(m.group(2)) if not _a_volume(s.value)}
    if strength is not None and len(doses) == 1:
        a = out.actives[0]
        out.actives[0] = Active(a.ingredient, a.name_on_label, strength.value)


def title_strength(text: str, out: LabelAnalysis) -> None:
    """A one-active medicine's strength from its title, read without any: the first of the
    opening lines to print a dose ("DUTAFIN, 0.5 mg, soft capsules", "Mintop Lotion - 2%
    (60 ml)"), when that is its only one (a title naming two is a range, not this product's).
    A title's mass per mL or g is its percentage ("Lacovin 50 mg/ml" is 5%); a title's
    percentage that is the mass read in each mL or g ("MINORGA L\u00f6s 2 %" over "20 mg
    Minoxidil") is the title's. A page titled with one strength over a leaflet for several
    ("Spiretic Tablets 25mg" over "tablets of two strengths containing either 25 mg or 100
    mg") is the title's, when the leaflet names that strength too; and one titled with its
    percent over the grams of a whole pack or of 100 mL ("ALOPEXY L\u00f6s 5 % Spr 60 ml" over
    "Wirkstoffe: 5000 mg Minoxidil") is the title's."""
    if out.product_type not in ("rx_drug", "otc_drug") or len(out.actives) != 1:
        return
    known = out.actives[0].strength
    if known is not None and mg_value(known) is None:
        return
    text = text.lstrip()
    for line in text.split("\n", TITLE_LINES)[:TITLE_LINES]:
        if len(line) > TITLE_MAX_CHARS:
            continue
        if not (doses := {_per_one_in(line, s) for s in find_strengths(line) if _a_dose(s.value)}):
            continue
        if len(doses) == 1:
            dose = doses.pop()
            if (
                known is None
                or _a_pack_total(known, dose)
                or _another_of_its_strengths(text, line, dose, known)
                or dose == per_one_as_percent(known)
            ):
                a = out.actives[0]
                out.actives[0] = Active(a.ingredient, a.name_on_label, dose)
        return


def combination_title(text: str, out: LabelAnalysis) -> None:
    """A combination medicine's percentages from its title, in the order the line below names
    its ingredients: the EU and UK name "Diprosalic 0.05% w/w / 2% w/w cutaneous solution"
    over "betamethasone (as dipropionate)/salicylic acid". Only for an ingredient read without
    a strength, and only when the title's percentages and the names are as many."""
    if out.product_type not in ("rx_drug", "otc_drug") or len(out.actives) < 2:
        return
    if all(a.strength is not None for a in out.actives):
        return
    lines = text.lstrip().split("\n", COMBINATION_LINES)[:COMBINATION_LINES]
    for title, names in itertools.pairwise(lines):
        if " / " not in title or "/" not in names or len(title) > TITLE_MAX_CHARS:
            continue
        doses = [s.value for s in find_strengths(title)]
        each = names.lower().split("/")
        if len(doses) != len(each) or not all(d.endswith("%") for d in doses):
            continue
        for dose, named in zip(doses, each, strict=True):
            # ("betamethasone (as valerate)" names the "betamethasone valerate" read below)
            name = named.split("(", 1)[0].strip()
            for i, a in enumerate(out.actives):
                on_label = a.name_on_label.lower()
                if a.strength is None and (
                    on_label in named or (len(name) > 3 and name in on_label)
                ):
                    out.actives[i] = Active(a.ingredient, a.name_on_label, dose)
        return


# (a leaflet's title may come below a line of the page's own: "Patient Leaflet Updated ...")
COMBINATION_LINES = 6


def _per_one_in(line: str, s: Strength) -> str:
    """A title's mass per mL or g as the percentage it is ("Lacovin 50 mg/ml Cutaneous
    Solution", "Ketoconazol 20 mg/g Shampoo"), as strength.first_strength reads one."""
    if s.value.endswith(" mg") and PER_G_OR_ML.match(line, s.end):
        return per_one_as_percent(s.value) or s.value
    return s.value


def _a_pack_total(known: str, dose: str) -> bool:
    """A gram or more of the active read, a percent in the title: the amount in a pack."""
    return dose.endswith("%") and not _a_dose(known)


def _another_of_its_strengths(text: str, title: str, dose: str, known: str) -> bool:
    """The title's mass differs from the one read, and the text below the title names the two
    as the strengths it comes in ("25mg & 100mg", "either 25 mg or 100 mg"); a salt's mass
    over its element's ("210 mg ferrous fumarate, equivalent to 69 mg iron") is no such pair."""
    title_mg, known_mg = mg_value(dose), mg_value(known)
    if title_mg is None or known_mg is None or title_mg == known_mg:
        return False
    below = text[text.find(title) + len(title) :]
    return any(
        {float(m[1]), float(m[2])} == {title_mg, known_mg} for m in DOSE_PAIR.finditer(below)
    )


# two masses joined as alternatives: "25mg & 100mg", "25 and 100 mg", "either 25 mg or 100 mg"
DOSE_PAIR = re.compile(
    r"(\d+(?:\.\d+)?)[ \t]*(?:mg)?[ \t]*(?:&|and|or|/)[ \t]*(\d+(?:\.\d+)?)[ \t]*mg\b", re.I
)


# "The recommended dose is an 8 mg tablet", "one 5 mg capsule": the mass of one tablet or
# capsule, said in a sentence that need not name the ingredient
ONE_UNIT_MASS = re.compile(
    r"\b(?:an?|one|each|single) (\d+(?:\.\d+)?) ?(mg|mcg) (?:film-coated )?(?:tablet|capsule)s?\b",
    re.I,
)


def unit_strength(text: str, out: LabelAnalysis) -> None:
    """A one-active medicine's strength, read without any, from the one mass a sentence gives a
    single tablet or capsule (two are the strengths it comes in, neither its own)."""
    if out.product_type not in ("rx_drug", "otc_drug") or len(out.actives) != 1:
        return
    if out.actives[0].strength is not None or not ("tablet" in text or "capsule" in text):
        return
    masses = {f"{m[1]} {m[2].lower()}" for m in ONE_UNIT_MASS.finditer(text)}
    if len(masses) == 1:
        a = out.actives[0]
        out.actives[0] = Active(a.ingredient, a.name_on_label, masses.pop())


def _a_volume(value: str) -> bool:
    """ "60 mL": what a pack holds, not an amount per mL ("50 mg/mL")."""
    return value.endswith(" mL") and "/" not in value


def _a_dose(value: str) -> bool:
    """A per cent or a mass below a gram: not a pack's volume ("60 ml") or weight ("60g")."""
    if value.endswith("%"):
        return True
    mg = mg_value(value)
    return mg is not None and mg < 1000


TITLE_LINES = 3
TITLE_MAX_CHARS = 100


# "Each mL contains: Minoxidil 70 mg, Finasteride 1 mg", "cada gramo de solución contiene":
# every mass on the label is per mL or per gram. Scans for lower-cased text, each run only when
# its unit is there at all.
ML = r"(ml|millilitres?|milliliters?|mililitros?|millilitri|millilitro)"
GRAM = r"(g|grams?|gramos?|grammi|grammo|grammes?|gramm)"


def _per_one_scans(unit: str) -> list[Scan]:
    return [
        Scan(
            # (Turkish "her 1 g losyon;": each gram of the lotion)
            rf"\b(each|per|every|cada|ogni|chaque|je|her)\s+(1\s*|one\s+)?{unit}\b[^.\n]{{0,30}}?"
            rf"({CONTAINS}|[:;])"
        ),
        # "1 ml Lösung enthält", "1 g de crème contient"
        Scan(rf"\b1\s*{unit}\b[^.\n]{{0,{CONTAINS_WITHIN}}}?\b{CONTAINS}\b"),
    ]


PER_ML = [
    *_per_one_scans(ML),
    # a table column "Quantity per mL"
    Scan(r"\b(quantity|amount|content|strength)\s+(per|/)\s*(1\s*)?ml\b"),
]
PER_GRAM = _per_one_scans(GRAM)
GRAM_HINTS = (
    "gram",
    "1 g",
    "1g",
    "each g",
    "per g",
    "cada g",
    "ogni g",
    "chaque g",
    "je g",
    "her g",
)


UNIT_DOSE = re.compile(
    r"\b(each|per|one|1) (film[- ]coated )?(tablets?|capsules?|softgels?|caps|tabs?)\b", re.I
)


def states_per_one(text: str) -> bool:
    lower = text.lower()
    if ("ml" in lower or "millil" in lower or "milil" in lower) and any(
        s.search(lower) for s in PER_ML
    ):
        return True
    return any(h in lower for h in GRAM_HINTS) and any(s.search(lower) for s in PER_GRAM)


def has_a_mass(out: LabelAnalysis) -> bool:
    """Whether an active's strength is a mass (in mg): the only strength per_one changes."""
    return any(a.strength and mg_value(a.strength) is not None for a in out.actives)


def per_one(out: LabelAnalysis) -> None:
    """A drug or cosmetic that states its actives per mL or per gram: 70 mg in 1 mL is 7%."""
    for i, a in enumerate(out.actives):
        percent = per_one_as_percent(a.strength) if a.strength else None
        if percent:
            out.actives[i] = Active(a.ingredient, a.name_on_label, percent)


def per_hundred(out: LabelAnalysis) -> None:
    """ "Active ingredient (in 100 mL): minoxidil 5 g": a drug or cosmetic states its actives per
    100 mL or 100 g, so their masses are percentages. (A supplement's "per 100 g" column is
    nutrition, not strength.)"""
    if any(a.strength and a.strength.endswith("%") for a in out.actives):
        return  # the label gives percentages itself
    for i, a in enumerate(out.actives):
        percent = per_hundred_as_percent(a.strength) if a.strength else None
        if percent:
            out.actives[i] = Active(a.ingredient, a.name_on_label, percent)


# "Each 100 ml is prepared from: Bhringraj 20 g": an Ayurvedic oil's or syrup's herbs are the raw
# material it is cooked from, not what it holds, so no percentage of it: "20 g/100 mL"
PREPARED_FROM = re.compile(
    r"\b(?:each|per|every|in)\s+100\s*(ml|g)\b[^.\n]{0,20}?\b(?:prepared|made) from", re.I
)


def raw_material(text: str, out: LabelAnalysis) -> bool:
    """The masses as so much raw herb per 100 mL or g, when the label says that is what they
    are; whether it did."""
    lower = text.lower()
    if "from" not in lower or not (m := PREPARED_FROM.search(text)):
        return False
    basis = "mL" if m.group(1).lower() == "ml" else "g"
    for i, a in enumerate(out.actives):
        mg = mg_value(a.strength) if a.strength else None
        if mg is not None:
            amount = f"{mg / 1000:g} g" if mg >= 1000 else f"{mg:g} mg"
            out.actives[i] = Active(a.ingredient, a.name_on_label, f"{amount}/100 {basis}")
    return True


# A nutrition table whose per-100 g (or 100 mL) column comes before the per-serving one:
# "| w 100 g | w porcji dziennej (2 \u017celki = 5 g) |", "100 g   1 c\u00e1psula   %VD". (The
# literal first and the look-behind after it, so that re skips ahead to a "100".)
PER_100_THEN_SERVING = re.compile(
    r"100(?<![\w.,]100)\s?(?:g|ml)\b[^\n]{0,40}?"
    r"(serving|portion|por[c\u00e7][a\u00e3]o|porcj|porci[o\u00f3]n|porzione|dose|dosis|dawk|dzienn|"
    r"daily|tages|capsul|c\u00e1psul|kaps|tablet|comprim|gumm|\u017celk|softgel|sachet|saszet)",
    re.I,
)
# a row's amounts: a number with its unit, if it has one ("100 mg", "9000", "1,3", "50%")
ROW_AMOUNT = re.compile(
    r"(?<![\w.,])\d[\d.,]*(?:\s?(mg|mcg|\u00b5g|\u03bcg|ug|g|iu|ie|ui|kcal|kj|%)(?![a-z]))?", re.I
)
# the unit a row gives in its name cell: "Biotina (\u00b5g)", "Zinco (mg)"
UNIT_IN_NAME = re.compile(r"\((mg|mcg|\u00b5g|\u03bcg|ug|g|iu|ui)\)", re.I)
MAX_TABLE_ROWS = 40
# what heads a table's per-100 g column: "per 100 g", "| 100 g", "w 100 g", "pro 100 g"...
COLUMN_WORDS = frozenset(
    ["per", "pro", "por", "para", "em", "w", "na", "in", "je", "pour", "each", "dla", "/"]
)


def _opens_a_column(text: str, m: re.Match[str]) -> bool:
    """The "100 g" heads a column: first on its line, after a cell's edge or a column word
    ("Pack: 100 g, 60 tablets" is no heading)."""
    before = text[text.rfind("\n", 0, m.start()) + 1 : m.start()].rstrip(" \t").lower()
    return not before or before.endswith("|") or before.split()[-1] in COLUMN_WORDS


# ... or a per-unit column before the per-serving one: "Per Gummy   Per Serving (2 Gummies)"
PER_UNIT_THEN_SERVING = re.compile(
    r"\bper (gummy|capsule|tablet|softgel|chew|caplet|lozenge)\b[^\n]{0,40}?\bper serving\b", re.I
)


# a column's heading that counts the units of a serving: "1일 섭취량(2정)당", "Per day (2
# tablets)", "Tagesdosis (3 Kapseln)"
COUNT_HEAD = re.compile(r"\((\d{1,2})\s?[^\W\d_][^()\n]{0,24}\)")


def _count_column(text: str) -> int | None:
    """Where the heading ends of a per-unit column before a per-serving one, known by its
    rows in any language: under a heading that counts n units to a serving, two or more rows
    whose second amount is n times their first in the same unit, and none otherwise."""
    for head in COUNT_HEAD.finditer(text):
        n = int(head[1])
        start = text.find("\n", head.end())
        if n < 2 or start < 0:
            continue
        # (a table's rows are short: the text a few thousand characters on is not split)
        if _rows_agree(text[start + 1 : start + 4000].split("\n")[:MAX_TABLE_ROWS], n):
            return head.end()
    return None


def _rows_agree(lines: list[str], n: int) -> bool:
    agree = 0
    for i, line in enumerate(lines):
        amounts = [a for a in ROW_AMOUNT.finditer(line) if a.group(1) != "%"]
        if not amounts and i and line.strip():
            break  # a line of words alone: the table has ended
        if len(amounts) < 2 or (amounts[0][1] or "").lower() != (amounts[1][1] or "").lower():
            continue
        first, second = _number(amounts[0]), _number(amounts[1])
        if not first or second is None:
            continue
        if abs(second - n * first) > 0.01 * second:
            return False  # a row of another shape: not such a column
        agree += 1
    return agree >= 2


def _number(amount: re.Match[str]) -> float | None:
    digits = amount.group().rstrip("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ%µμ ")
    if re.fullmatch(r"\d+,\d{1,2}|0,\d+", digits):
        digits = digits.replace(",", ".")  # a decimal comma: "1,4 mg" (not "1,000 IU")
    try:
        return float(digits.replace(",", ""))
    except ValueError:
        return None


def serving_column(text: str) -> str:
    """A supplement's strengths are per serving: where a table gives a per-100 g column, or a
    per-gummy one, before the per-serving one, each row below its heading loses its first
    amount; a row with its unit in its name gets it after the serving's number."""
    m = next((m for m in PER_100_THEN_SERVING.finditer(text) if _opens_a_column(text, m)), None)
    if m is None and "erving" in text:
        m = PER_UNIT_THEN_SERVING.search(text)
    end = m.end() if m is not None else _count_column(text) if "(" in text else None
    if end is None:
        return text
    start = text.find("\n", end)
    if start < 0:
        return text
    lines = text[start + 1 :].split("\n")
    for i, line in enumerate(lines[:MAX_TABLE_ROWS]):
        amounts = [a for a in ROW_AMOUNT.finditer(line) if a.group(1) != "%"]
        if not amounts and i and line.strip():
            break  # a line of words alone: the table has ended
        if len(amounts) < 2:
            continue  # a row the per-100 g column leaves blank ("Biotin | \u2013 | 50 \u00b5g")
        first, serving = amounts[0], amounts[1]
        unit = UNIT_IN_NAME.search(line, 0, first.start())
        after = (
            serving.group() if serving.group(1) or unit is None else f"{serving.group()} {unit[1]}"
        )
        lines[i] = (
            line[: first.start()]
            + line[first.end() : serving.start()]
            + after
            + line[serving.end() :]
        )
    return text[: start + 1] + "\n".join(lines)


# A medicine given by injection states its strength per mL, and that is how it is known
# ("Triamcinolone acetonide injectable suspension 10 mg/mL"): not made a percentage.
# Also the words of other languages' labels for an injection or its route (Spanish, Italian,
# Portuguese, German/Dutch/Nordic/Czech, Polish, Turkish, Greek, Bulgarian, Russian, Ukrainian);
# not "ampoule" or "flacon", which hair tonics and solutions use too.
INJECTABLE = re.compile(
    r"\b(injectable|injection|intralesional|intramuscular|intradermal|vials?|"
    r"inyectables?|inyecci[oó]n|iniettabile|iniezione|injet[aá]vel|inje[cç][aã]o|"
    r"injektion\w*|injectie\w*|injekční|wstrzykiwa\w*|enjeksiyon\w*|ενέσιμ\w*|"
    r"инжекцион\w*|интралезионн\w*|инъекци\w*|ін['\u2019]єкці\w*|"
    r"intralesionale?|intralesion[aá]l|intralä[sz]ional)\b",
    re.I,
)
INJECTABLE_HINTS = (
    *("inject", "intral", "intram", "intrad", "vial", "inyec", "iniet", "injet", "injeç"),
    *("injek", "wstrzyk", "enjek", "ενέσ", "инжек", "интрал", "инъек", "ін'єк", "ін\u2019єк"),
)
MG_PER_ML = re.compile(r"(?<![\d.,])(\d+(?:[.,]\d+)?)\s?mg\s?(?:/|per)\s?ml\b", re.I)


# an injection's masses said to be in each mL (a mass read as the strength is then per mL)
EACH_ML = re.compile(r"\b(each|per|every)\s+(1\s*)?ml\b", re.I)


def is_injectable(lower: str) -> bool:
    return any(h in lower for h in INJECTABLE_HINTS) and INJECTABLE.search(lower) is not None


def per_ml_as_printed(text: str, out: LabelAnalysis) -> None:
    """An injectable's percentages back as the mg per mL its label prints, and its masses as
    per mL when it says each mL holds them; unless it prints the percentage too ("dutasterida 0,01% (0,1 mg/mL)": the strength it gives first)."""
    printed = {m.group(1).replace(",", "."): m.group(1) for m in MG_PER_ML.finditer(text)}
    flat = text.replace(",", ".")
    per_ml = EACH_ML.search(text) is not None
    for i, a in enumerate(out.actives):
        if per_ml and a.strength and a.strength.endswith(" mg"):
            # "Each mL of the sterile suspension provides 10 mg triamcinolone": 10 mg/mL
            out.actives[i] = Active(a.ingredient, a.name_on_label, f"{a.strength}/mL")
            continue
        if not (a.strength and a.strength.endswith("%")):
            continue
        if re.search(rf"(?<![\d.]){re.escape(a.strength[:-1])}\s?%", flat):
            continue
        mg = f"{float(a.strength[:-1]) * 10:g}"
        if mg in printed or per_ml:
            # (a mass said to be in each mL was made a percentage: back to the mass per mL)
            out.actives[i] = Active(a.ingredient, a.name_on_label, f"{printed.get(mg, mg)} mg/mL")


# "250 Mikrogramm/ml", "500 micrograms/g", "50 \u00b5g/mL": a concentration in micrograms, in the
# units strength.py reads
MCG_PER_ONE = re.compile(
    r"(\d+(?:[.,]\d+)?)\s*(?:mcg|\u00b5g|\u03bcg|ug|mi[ck]rogram\w*)\s*/\s*(?:ml|g)\b", re.I
)


def micrograms_per_one(out: LabelAnalysis) -> None:
    """A medicine's or cosmetic's mass in micrograms per mL or g as a percentage, as one in mg
    is (strength.first_strength): an alfatradiol solution's "250 Mikrogramm/ml" is 0.025%. (A
    supplement's drops keep their amount per serving; label.py does not ask this of one.)"""
    for i, a in enumerate(out.actives):
        if not (a.strength and a.strength.endswith(" mcg")):
            continue
        mcg = float(a.strength.partition(" ")[0])
        m = MCG_PER_ONE.search(a.name_on_label)
        if m and float(m.group(1).replace(",", ".")) == mcg:
            percent = per_one_as_percent(f"{mcg / 1000:g} mg")
            out.actives[i] = Active(a.ingredient, a.name_on_label, percent or a.strength)
