"""analyze_label(): a label's text in, its actives with strengths, other ingredients,
unrecognised would-be actives and the product type out (DESIGN.md, Label analysis).

Synonyms and misspellings come from the ingredient content files (IngredientIndex); this module
only decides which section an item sits in and what its strength is.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from anagen.products.ingredient_index import Found, IngredientIndex, fold
from anagen.products.label_text import Part, Section, normalise, sections, split_items
from anagen.products.strength import (
    CONTAINS,
    CONTAINS_WITHIN,
    PER_HUNDRED,
    Strength,
    find_strengths,
    first_strength,
    inside_brackets,
    mg_value,
    per_hundred_as_percent,
    per_one_as_percent,
)
from anagen.wordscan import Scan

LABEL_VERSION = "2026.11.9"
MAX_LABEL_CHARS = 200_000

# First rule that fits wins; strong signals come before ones several kinds share.
TYPE_RULES: list[tuple[str, re.Pattern[str]]] = [
    (
        "device",
        re.compile(
            r"\b(510\s*\(k\)|k\d{6}|laser diodes?|diode lasers?|\d{3}\s*(nm|nanomet)|low[- ]level (laser|light)|"
            r"fda[- ]cleared|medical[- ]grade lasers?|laser (caps?|helmets?|combs?|bands?)|"
            r"derma[- ]?rollers?|dermapen|derma[- ]?stamps?|microneedl\w* (rollers?|pens?|tools?|devices?)|"
            r"needle length|\d(\.\d+)?\s*mm (titanium )?(micro)?needles?)",
            re.I,
        ),
    ),
    # a kit of a drug and a supplement ("Drug Facts" box and "Supplement Facts" box) is sold
    # under the drug's rules
    ("otc_drug", re.compile(r"\bdrug facts\b", re.I)),
    (
        "supplement",
        re.compile(
            r"\b(supplement facts|serving size|amount per serving|daily value|(dietary|food) supplement|nutrient reference value|nutraceutical|fssai|"
            # German, French, Spanish and Italian for a food supplement
            r"nahrungserg[aä]nzungsmittel|suplement diety|compl[eé]ment alimentaire|complemento alimenticio|integratore alimentare)|%\s*nrv",
            re.I,
        ),
    ),
    (
        "rx_drug",
        re.compile(
            r"\b(rx only|(?<!non-)(?<!non )prescription[- ]only|(?<!non-)(?<!non )prescription medicine|pom\b|prescribed|film[- ]coated tablets?|prescribing information|soft capsules?|list of excipients|each (film-coated )?tablet contains|"
            # a telehealth plan: "your provider has approved the plan below"
            r"your (provider|prescriber|doctor|clinician) (has )?(approved|prescribed)|"
            r"federal law prohibits dispensing|prescription drug|schedule h\b|compounded|(?<!nicht )verschreibungspflichtig|refills?\s*:?\s*\d|prescriber|rx\s*#?\s*\d{5,}|"
            # an Indian pharmacy listing; prescription-only wording in Portuguese, Spanish,
            # Italian and French (France's prescription lists are "Liste I" and "Liste II")
            r"prescription required|(venda|uso) sob prescri[cç][aã]o|(?<!no )sujeto a prescripci[oó]n|"
            r"con receta m[eé]dica|(?<!non )soggetto a prescrizione|ricetta (medica|del)|sur ordonnance|"
            r"(preparazione|f[oó]rmula|formula|preparaci[oó]n) magistral|information for the patient|"
            r"liste (i|ii)\b|requiere receta|prescritor|(?<!n[aã]o )sujeito a receita m[eé]dica|msrm\b|"
            # Swedish prescription-only and prescriber; Dutch "only on prescription"
            r"receptbelagt|f[öo]rskrivare|uitsluitend (op )?recept|compresse rivestite|comprimidos recubiertos|comprim[eé]s pellicul[eé]s)",
            re.I,
        ),
    ),
    (
        "otc_drug",
        re.compile(
            r"\b(drug facts|active ingredients?\b(\(s\))?.{0,80}\bpurpose|(?<!natural )hair regrowth treatment|"
            r"otc (drug|medicine)|apothekenpflichtig|pharmacy medicine|non-?prescription (drug|medicine)|"
            r"venta libre|no sujeto a prescripci[oó]n|nicht verschreibungspflichtig|non soggetto a prescrizione|"
            r"sans ordonnance|information for the user|n[aã]o sujeito a receita m[eé]dica|mnsrm\b|"
            # Turkish "sold without prescription"; a Dutch pharmacy-and-drugstore medicine and
            # its registration number
            r"re[cç]etesiz|uad\b|rvg\s*\d{4,6}\b|"
            # a Canadian Drug Identification Number: a drug, not a cosmetic or health product
            r"din\s*:?\s*\d{8}\b)",
            re.I | re.S,
        ),
    ),
    ("supplement", re.compile(r"\beach (capsule|softgel|gummy|serving) contains", re.I)),
    (
        "cosmetic",
        re.compile(
            r"\b(?:(aqua|water \(aqua\)|inci|parfum|fragrance)\b|(?<!active )(?<!other )ingredients\s*:)",
            re.I,
        ),
    ),
    # a shop listing's title: "Biotin 10000mcg Hair Growth Supplement, 120 Capsules"
    ("supplement", re.compile(r"\b(supplement|gummies|softgels)\b", re.I)),
    ("cosmetic", re.compile(r"\b(essential|hair|scalp|carrier) oil\b", re.I)),
]
PROSE_WORDS = Scan(
    r"\b(the|is|are|contains?|containing|should|may|you|your|this|these|use|take|taken|per day|daily)\b",
    re.I,
)


def is_prose(item: str) -> bool:
    """A sentence rather than an ingredient name: long, with ordinary sentence words."""
    return len(item.split()) >= 5 and bool(PROSE_WORDS.search(item))


STRENGTH_WORDS = re.compile(r"\d[\d.,]*\s*(%|mg|mcg|µg|ug|g|grams?|iu|ml|nrv|dv|w/w|w/v)\b", re.I)
NOT_INGREDIENT = re.compile(
    r"^(%|(proprietary blend|blend|serving size|servings per container|calories|total|daily value|"
    r"amount per serving|\d+|(added |dietary )?(sugars?|fat|carbohydrates?|protein|sodium|"
    r"cholesterol|fib(er|re)|salt)\b(?!\s*\())\b)",
    re.I,
)


@dataclass(frozen=True)
class Active:
    ingredient: str
    name_on_label: str
    strength: str | None


@dataclass
class LabelAnalysis:
    actives: list[Active] = field(default_factory=list)
    other_ingredients: list[str] = field(default_factory=list)
    unrecognized: list[str] = field(default_factory=list)
    product_type: str = "unknown"
    proprietary_blend: bool = False
    version: str = LABEL_VERSION


def _has_blend(text: str) -> bool:
    lower = text.lower()  # most labels have none of these words: a substring test first
    return any(w in lower for w in BLEND_WORDS) and bool(PROPRIETARY.search(text))


def _hides_amounts(text: str) -> bool:
    """A named blend hides its parts' amounts unless the lines under it give every part's
    amount and these add up to the blend's own ("Hair Blend 1,015 mg" over 400 + 300 + 200 +
    100 + 15 mg hides nothing)."""
    for m in PROPRIETARY.finditer(text):
        end = text.find("\n", m.end())
        if end < 0:
            return True
        total = next(
            (v for s in find_strengths(text[m.start() : end]) if (v := mg_value(s.value))), None
        )
        if total is None or not _parts_add_up(text[end + 1 : end + 4000], total):
            return True
    return False


def _parts_add_up(below: str, total: float) -> bool:
    running = 0.0
    for line in below.split("\n")[:MAX_BLEND_PARTS]:
        if not line.strip():
            continue
        strength = first_strength(line)
        mg = mg_value(strength.value) if strength else None
        if mg is None:
            return False
        running += mg
        if abs(running - total) <= max(1.0, total / 100):  # rounding on the label
            return True
        if running > total:
            return False
    return False


MAX_BLEND_PARTS = 40
BLEND_WORDS = ("blend", "formula", "complex", "matrix")
# "Proprietary Blend", "Proprietary Hair Blend", or a named complex whose amount is the
# whole's, marked as having no daily value ("Synergen Complex 1660 mg **"); a vitamin B
# complex is a vitamin.
PROPRIETARY = re.compile(
    r"proprietary\s+([\w-]+\s+){0,2}(blend|formula|complex|matrix)|"
    r"(?<!\bb )(?<!\bb-)\b(blend|complex|matrix)[\u00ae\u2122]?\s*\|?\s*\d[\d,.]*\s*(mg|g)\b\s*\|?\s*[*\u2020\u2021]",
    re.I,
)
A_WORD = re.compile(r"[a-z]{3}", re.I)  # three letters in a row: a name, not just an amount
TWO_LETTERS = re.compile(r"[a-z]{2}", re.I)
DIGIT = re.compile(r"\d")
AND = re.compile(r"\s+(?:and|&|plus|\+|/|with)\s+")
AND_WORDS = ("and", "&", "plus", "+", "/", "with")  # what AND needs, as plain substrings
SENTENCE_END = re.compile(r"(?<=[.;\n?!])\s+")
# ... but not after the plant-part abbreviations of herbal labels ("Amla Fr. Ext. 200 mg")
PANEL_ENTRY_END = re.compile(
    r"(?<=[a-z0-9)%])(?<!\bFr)(?<!\bPl)(?<!\bLf)(?<!\bFl)(?<!\bRt)(?<!\bSd)(?<!\bExt)\.\s+(?=[A-Z])"
)
# "Total Carbohydrate 4 g, Biotin 2,500 mcg": a comma after an amount ends an entry (a comma
# inside a number, or after a name as in "Minoxidil, USP 2%", does not).
PANEL_ENTRY_AFTER_AMOUNT = re.compile(
    r"(\d\s*(?:%|mg|mcg|µg|ug|g|iu|ml|kcal)?\**)\s*,\s+(?=[A-Za-z])", re.I
)
# A panel scraped onto one line ("Total Carbohydrate 3 g 1%* Biotin 10,000 mcg 33,333%"): an
# amount, with its bracket and %DV cell if any, or a %DV cell with its footnote mark, followed
# by a capitalised word starts the next entry. (Case matters here: the units are matched in
# any case, the next entry's first letter only as a capital.)
PANEL_ENTRY_AFTER_CELL = re.compile(
    r"(\d\s*(?i:mg|mcg|µg|ug|g|iu|kcal)\b(?:\s*\([^()\n]*\))?(?:\s*[\d,.]+\s*%)?\s*[*\u2020\u2021]*"
    r"|\d\s*%\s*[*\u2020\u2021]+)[ \t]+(?=[A-Z])"
)


def _one_entry_per_line(text: str) -> str:
    """Cut only the lines holding two amounts or more: a panel entry has one."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if len(line) > 30 and len(find_strengths(line)) >= 2:
            lines[i] = PANEL_ENTRY_AFTER_CELL.sub("\\1\n", line)
    return "\n".join(lines)


COMMA_OR_AND = re.compile(r",|\||\s+(?:and|&|\+|plus|y|et|und)\s+")  # y, et, und: es, fr, de


# The same rules without re.I, run on lower-cased text: case-folding every comparison
# roughly doubles the cost of these whole-label scans.
# Both lists as Scans (anagen/wordscan.py): a leading \b checked per match.
TYPE_SCANS = [(name, Scan(r.pattern, r.flags)) for name, r in TYPE_RULES]
TYPE_SCANS_LOWER = [(name, Scan(r.pattern, r.flags & ~re.I)) for name, r in TYPE_RULES]
# For the long rules, words every match of them contains (by position in TYPE_RULES): a label
# with none of them skips that scan. A test holds each match to its words.
TYPE_MUST_CONTAIN: dict[int, tuple[str, ...]] = {
    2: (
        "supplement",
        "serving",
        "daily value",
        "nrv",
        "nutrient reference",
        "nutraceutical",
        "fssai",
        "nahrungserg",
        "alimentaire",
        "alimenticio",
        "alimentare",
        "suplement diety",
    ),
    3: (
        "rx",
        "prescri",
        "your provider",
        "your clinician",
        "doctor approved",
        "doctor has approved",
        "pom",
        "film",
        "soft capsule",
        "excipient",
        "tablet contains",
        "federal law",
        "schedule h",
        "compounded",
        "verschreibungspflichtig",
        "refill",
        "receta",
        "ricetta",
        "ordonnance",
        "liste",
        "compresse",
        "comprim",
        "magistral",
        "for the patient",
        "receita",
        "msrm",
        "receptbelagt",
        "rskrivare",
        "recept",
    ),
    4: (
        "drug facts",
        "active ingredient",
        "regrowth treatment",
        "otc",
        "apothekenpflichtig",
        "pharmacy medicine",
        "prescription",
        "venta libre",
        "prescripci",
        "verschreibungspflichtig",
        "prescrizione",
        "ordonnance",
        "for the user",
        "receita",
        "mnsrm",
        "din",
        "etesiz",
        "uad",
        "rvg",
    ),
}


def product_type(text: str) -> str:
    lower = text.lower()
    rules, haystack = (TYPE_SCANS_LOWER, lower) if len(lower) == len(text) else (TYPE_SCANS, text)
    for i, (name, rule) in enumerate(rules):
        words = TYPE_MUST_CONTAIN.get(i)
        if words and not any(w in lower for w in words):
            continue
        if rule.search(haystack):
            return name
    return "unknown"


BROKEN_WORD = re.compile(r"([a-z])-\n[ \t]*([a-z])")
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


def analyze_label(text: str, index: IngredientIndex) -> LabelAnalysis:
    text = text[:MAX_LABEL_CHARS]
    if "&" in text and ";" in text:  # a page's HTML entities: "5&#37;", "&micro;g", "&nbsp;"
        text = html.unescape(text)
    if "-\n" in text:  # a PDF copy breaks words over lines: "Minox-" / "idil 5% w/v"
        text = BROKEN_WORD.sub(r"\1\2", text)
    if "[ " in text or "( )" in text or "\u2610" in text:
        # a shop page's options left unticked ("[ ] Finasteride 1 mg +$25") are not bought
        text = UNTICKED.sub("", text)
    if "/o" in text:  # a photographed label read by OCR: "Minoxidil 5°/o w/v" is 5%
        text = OCR_PERCENT.sub(r"\1%", text)
    if "%" in text and (m := PERCENT_FIRST.search(text)):  # Turkish writes "%5" for 5%
        text = text[: m.start()] + PERCENT_FIRST.sub(r"\1%", text[m.start() :])
    if _ocr_signs(text):  # OCR's O for 0, l or I for 1, and rn for m, inside amounts
        text = OCR_AMOUNT.sub(_ocr_amount, text)
    parts = sections(text)
    own_text = _without_other_products(text, parts)
    out = LabelAnalysis(
        # what a compare table or a cross-sell says of other products ("Prescription required:
        # Yes" under Latisse) does not make this product one
        product_type=product_type(own_text),
        proprietary_blend=_has_blend(text) and _hides_amounts(text),
    )
    has_active_section = any(
        p.section is Section.ACTIVE or (p.section is Section.PANEL and p.opens_line) for p in parts
    )
    # With an ingredient list, the product's name and blurb above it only say how strong
    # what the list names is: "Rosemary & Biotin Oil" over a list without biotin has none.
    has_list = any(p.section is Section.INGREDIENTS for p in parts)
    preamble: list[Part] = []
    for part in parts:
        if part.section in NOT_READ or out.product_type == "device":
            continue
        if part.section is Section.PREAMBLE and (has_active_section or has_list):
            if not has_active_section:
                preamble.append(part)
            continue
        _items(part, index, out, has_active_section)
    for part in preamble:
        _strengths_only(part, index, out)
    for part in parts:
        if part.section is Section.STRENGTHS:
            _dosage_forms(part, out)
    if out.product_type != "device":
        _prose(own_text, index, out, not (has_active_section or has_list))
    if out.product_type == "cosmetic":
        # "Zinc Carbonate", "Magnesium Sulfate" in a shampoo: formulation salts, not the
        # minerals a supplement gives by mouth
        kept = [a for a in out.actives if a.ingredient not in index.minerals]
        out.other_ingredients += [a.name_on_label for a in out.actives if a not in kept]
        out.actives = kept
    if out.product_type != "supplement":
        if "100" in text and PER_HUNDRED.search(text):
            _per_hundred(out)
        elif _states_per_one(text) and not UNIT_DOSE.search(text):
            # (a kit with tablets too: their masses are per tablet, not per gram)
            _per_one(out)
    return out


# How the second line of a name broken by a PDF copy begins ("Pumpkin Seed" / "Oil 500 mg"):
# a line that opens with a new name ("Tocotrienol Complex 50 mg") is an entry of its own.
NAME_ENDINGS = frozenset(
    [
        "oil",
        "extract",
        "seed",
        "seeds",
        "berry",
        "berries",
        "fruit",
        "root",
        "leaf",
        "leaves",
        "powder",
        "bark",
        "flower",
        "juice",
        "concentrate",
        "acid",
        "gluconate",
        "citrate",
    ]
)
# "equivalent to 106 mg iron", Australian "equiv. zinc 5 mg", "corresponding to", German
# "entsprechend", French "équivalent à", Spanish/Italian "equivalente a"
EQUIVALENT_ITEM = re.compile(
    r"(equivalent|equiv\.|equiv\b|corresponding to|providing|provides|entspr(icht|echend)|"
    r"[eé]quivalent(e)? [aà])",
    re.I,
)


def _smaller(value: str, than: str | None) -> bool:
    """Both masses in mg, the first less: an element's share of its salt."""
    a, b = mg_value(value), mg_value(than or "")
    return a is not None and b is not None and a < b


def _replace_strength(out: LabelAnalysis, slug: str, strength: str) -> None:
    for i, a in enumerate(out.actives):
        if a.ingredient == slug:
            out.actives[i] = Active(slug, a.name_on_label, strength)


NOT_READ = (Section.IGNORED, Section.STRENGTHS, Section.OTHER_PRODUCTS)
# "No minoxidil", "contains no minoxidil", "without", "sin minoxidil", "ohne Minoxidil"
NEGATIONS = frozenset(["no", "not", "without", "zero", "sans", "sin", "ohne", "senza", "sem"])


def _absent(item: str, found: Found) -> bool:
    """An item or clause that says the product lacks what it names: a negation among the
    three words before the name, "free of" just before it, or "-free" just after it."""
    folded = fold(item)
    at = folded.find(f" {found.matched} ")
    if at < 0:
        return False
    before = folded[:at].split()[-3:]
    return (
        not NEGATIONS.isdisjoint(before)
        or before[-2:] in (["free", "of"], ["free", "from"])
        or folded.startswith(" free ", at + len(found.matched) + 1)
    )


def _without_other_products(text: str, parts: list[Part]) -> str:
    """The text for the sentence reading, less the products a shop sells beside this one."""
    others = [p.text for p in parts if p.section is Section.OTHER_PRODUCTS]
    if not others:
        return text
    text = normalise(text)  # the parts' text is normalised
    for other in others:
        text = text.replace(other, "\n")
    return text


def _dosage_forms(part: Part, out: LabelAnalysis) -> None:
    """ "Dosage forms and strengths: Tablets: 8 mg": the strength of a one-active medicine when
    the section gives just one (several are the strengths it comes in, none of them its own)."""
    body = DASHES_OR_BLANK_LINE.split(part.text.lstrip("-\u2013\u2014 \t\n"), maxsplit=1)[0]
    values = {s.value for s in find_strengths(body[:400])}
    if len(out.actives) == 1 and out.actives[0].strength is None and len(values) == 1:
        a = out.actives[0]
        out.actives[0] = Active(a.ingredient, a.name_on_label, values.pop())


DASHES_OR_BLANK_LINE = re.compile(r"-{5,}|\n\s*\n")


def _strengths_only(part: Part, index: IngredientIndex, out: LabelAnalysis) -> None:
    """The preamble read as items, keeping only strengths for actives already found."""
    seen = LabelAnalysis(product_type=out.product_type)
    _items(part, index, seen, has_active_section=False)
    for a in seen.actives:
        if a.strength is not None and any(
            b.ingredient == a.ingredient and b.strength is None for b in out.actives
        ):
            _add_active(out, a.ingredient, a.name_on_label, a.strength)


# "Each mL contains: Minoxidil 70 mg, Finasteride 1 mg", "cada gramo de solución contiene":
# every mass on the label is per mL or per gram. Scans for lower-cased text, each run only when
# its unit is there at all.
ML = r"(ml|millilitres?|milliliters?|mililitros?|millilitri|millilitro)"
GRAM = r"(g|grams?|gramos?|grammi|grammo|grammes?|gramm)"


def _per_one_scans(unit: str) -> list[Scan]:
    return [
        Scan(
            rf"\b(each|per|every|cada|ogni|chaque|je)\s+(1\s*|one\s+)?{unit}\b[^.\n]{{0,30}}?"
            rf"({CONTAINS}|:)"
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
GRAM_HINTS = ("gram", "1 g", "1g", "each g", "per g", "cada g", "ogni g", "chaque g", "je g")


UNIT_DOSE = re.compile(
    r"\b(each|per|one|1) (film[- ]coated )?(tablets?|capsules?|softgels?|caps|tabs?)\b", re.I
)


def _states_per_one(text: str) -> bool:
    lower = text.lower()
    if ("ml" in lower or "millil" in lower or "milil" in lower) and any(
        s.search(lower) for s in PER_ML
    ):
        return True
    return any(h in lower for h in GRAM_HINTS) and any(s.search(lower) for s in PER_GRAM)


def _per_one(out: LabelAnalysis) -> None:
    """A drug or cosmetic that states its actives per mL or per gram: 70 mg in 1 mL is 7%."""
    for i, a in enumerate(out.actives):
        percent = per_one_as_percent(a.strength) if a.strength else None
        if percent:
            out.actives[i] = Active(a.ingredient, a.name_on_label, percent)


def _per_hundred(out: LabelAnalysis) -> None:
    """ "Active ingredient (in 100 mL): minoxidil 5 g": a drug or cosmetic states its actives per
    100 mL or 100 g, so their masses are percentages. (A supplement's "per 100 g" column is
    nutrition, not strength.)"""
    if any(a.strength and a.strength.endswith("%") for a in out.actives):
        return  # the label gives percentages itself
    for i, a in enumerate(out.actives):
        percent = per_hundred_as_percent(a.strength) if a.strength else None
        if percent:
            out.actives[i] = Active(a.ingredient, a.name_on_label, percent)


def _add_active(out: LabelAnalysis, slug: str, name: str, strength: str | None) -> None:
    for i, a in enumerate(out.actives):
        if a.ingredient == slug:
            if a.strength is None and strength is not None:
                out.actives[i] = Active(slug, name, strength)
            return
    out.actives.append(Active(slug, name, strength))


def _items(
    part: Part, index: IngredientIndex, out: LabelAnalysis, has_active_section: bool
) -> None:
    in_panel = part.section in (Section.ACTIVE, Section.PANEL)
    actives_here = in_panel or (
        not has_active_section and part.section in (Section.INGREDIENTS, Section.PREAMBLE)
    )
    # Active lines and panels keep commas inside a name ("Minoxidil, USP 2% w/v"); a panel
    # written on one line ends each entry with a full stop.
    text = part.text
    if (in_panel or part.section is Section.PREAMBLE) and actives_here and ". " in text:
        text = PANEL_ENTRY_END.sub("\n", text)
    if in_panel and ", " in text:
        text = PANEL_ENTRY_AFTER_AMOUNT.sub(r"\1\n", text)
    if part.section is Section.PANEL:
        text = _one_entry_per_line(text)
    items = split_items(text, ";\n|" if in_panel else ",;\n|")
    last: Active | None = None
    above: str | None = None  # the item before, when it gave no amount
    for item in _expand_and(items, index):
        if not in_panel and is_prose(item):
            continue  # a sentence, read by _prose
        if actives_here and len(item) > 20 and COMPARED.search(item):
            continue  # "Better than my minoxidil 5% foam": another product, not an ingredient
        if actives_here and _has_blend(item):
            _blend(item, index, out)  # its amount is the whole blend's, not any one part's
            last = None
            continue
        if actives_here and _bracketed_list(item, index, out):
            last = None
            continue
        # Only a would-be active has a strength worth reading (`last` is set only there too).
        strength = first_strength(item) if actives_here else None
        if strength and last is not None and EQUIVALENT_ITEM.match(item):
            # "ferrous fumarate 322 mg, equivalent to 106 mg iron": the iron itself
            if _smaller(strength.value, last.strength):
                _replace_strength(out, last.ingredient, strength.value)
            continue
        if (
            strength
            and last is not None
            and last.strength is None
            and not A_WORD.search(STRENGTH_WORDS.sub("", item))
        ):
            # the amount stands on its own line, under the name
            _add_active(out, last.ingredient, last.name_on_label, strength.value)
            last = None
            continue
        found = index.find(item) if actives_here else None
        if (
            not found
            and in_panel
            and strength
            and above is not None
            and item.split()[0].lower().strip(",.") in NAME_ENDINGS
        ):
            # a name broken over two lines by a PDF copy: "Pumpkin Seed" / "Oil 500 mg *"
            found = index.find(f"{above} {item}")
            if found:
                if above in out.unrecognized:
                    out.unrecognized.remove(above)
                item = f"{above} {item}"
        above = item if strength is None else None
        if found and _absent(item, found):
            continue  # "No minoxidil", "Minoxidil-free": what the product does not contain
        if found:
            strength = _own_amount(item, found, strength)
            _add_active(out, found.slug, item, strength.value if strength else None)
            last = next(a for a in out.actives if a.ingredient == found.slug)
            continue
        last = None
        if in_panel:
            # a would-be active we cannot identify: worth showing, never guessed
            if not NOT_INGREDIENT.match(item) and A_WORD.search(STRENGTH_WORDS.sub("", item)):
                out.unrecognized.append(item)
        elif TWO_LETTERS.search(item) and len(item) <= 120:
            out.other_ingredients.append(item)


BRACKETED = re.compile(r"[(\[]([^()\[\]]*,[^()\[\]]*)[)\]]")


def _bracketed_list(item: str, index: IngredientIndex, out: LabelAnalysis) -> bool:
    """ "Hair Growth Complex 400 mg (Saw Palmetto, Pumpkin Seed Oil)", "Serum (Biotin,
    Caffeine)": a bracket listing two or more ingredients names parts whose own amounts the
    label does not give; a name outside the brackets keeps its strength."""
    m = BRACKETED.search(item) if "," in item else None
    if m is None:
        return False
    parts = [(piece, index.find_all(piece)) for piece in split_items(m.group(1), ",")]
    if len({f.slug for _, found in parts for f in found}) < 2:
        return False  # "Vitamin D (as cholecalciferol, D3)": one ingredient, named twice
    outside = f"{item[: m.start()]} {item[m.end() :]}"
    named = index.find_all(outside)
    if named:
        strength = first_strength(outside)
        _add_active(out, named[0].slug, item, strength.value if strength else None)
    for piece, found in parts:
        for f in found:
            _add_active(out, f.slug, piece, None)
    return True


def _blend(item: str, index: IngredientIndex, out: LabelAnalysis) -> None:
    """ "Proprietary Blend 1,612 mg: Saw Palmetto Extract, Curcumin...": each known part is an
    active whose own amount the label hides."""
    for piece in split_items(item, ",:"):
        for found in index.find_all(piece):
            _add_active(out, found.slug, piece, None)


def _name_start(lower: str, found: Found) -> int | None:
    """Where the found name begins in a lower-cased item: its first word at a word start."""
    m = re.search(rf"\b{re.escape(found.matched.split()[0])}", lower)
    return None if m is None else m.start()


def _own_amount(item: str, found: Found, strength: Strength | None) -> Strength | None:
    """When another amount comes first on the line, the known name's own amount is the one
    next to it: after it where names come first ("Coal Tar 1.0% Salicylic Acid 0.5%"), or just
    before it ("Scalp Serum 2% Capixyl 1% Caffeine")."""
    if strength is None:
        return None
    start = _name_start(item.lower(), found)
    # a salt named in brackets ("Iron 18 mg (as ferrous bisglycinate 90 mg)") is what the
    # amount before the brackets comes from, not a name with an amount of its own
    if start is None or start <= strength.start or inside_brackets(item, start):
        return strength
    amounts = find_strengths(item)
    before = [s for s in amounts if 0 <= start - s.end <= 3]
    after = [s for s in amounts if 0 <= s.start - start <= len(found.matched) + 25]
    if item[:1].isalpha() and after:
        return after[0]
    return before[-1] if before else strength


def _one_per_name(item: str, index: IngredientIndex) -> list[str]:
    """ "Minoxidil IP 5.0% w/v   Tretinoin USP 0.025% w/v": two names on one line, each with
    its own amount, cut before the second name (nothing when the line is not so)."""
    lower = item.lower()
    # two amounts need two units: a cheap count spares nearly every item the regex
    if lower.count("%") + lower.count("mg") + lower.count("mcg") + lower.count("iu") < 2:
        return []
    if len(find_strengths(item)) < 2:
        return []
    named = index.find_all(item)
    if len(named) < 2:
        return []
    starts = sorted(s for f in named if (s := _name_start(lower, f)) is not None)
    cuts = [0, *starts[1:]]  # whatever precedes the first name stays with it
    pieces = [item[a:b].strip() for a, b in zip(cuts, [*cuts[1:], len(item)], strict=True)]
    if len(pieces) < 2 or not all(first_strength(p) for p in pieces):
        return []
    return pieces


def _own_amounts(sides: list[str]) -> bool:
    """At least two sides with an amount, none with two."""
    counts = [len(find_strengths(s)) for s in sides]
    return max(counts) == 1 and counts.count(1) >= 2


def _expand_and(items: list[str], index: IngredientIndex) -> list[str]:
    """ "Minoxidil 5% and Biotin 1%" is two items when each side is a known ingredient."""
    out: list[str] = []
    for item in items:
        if "," in item and len(index.find_all(item)) > 1:
            # an active line naming several ingredients: "-menthol, Salicylic acid, Dexpanthenol"
            # (commas inside brackets split nothing: "Serum (Biotin, Caffeine)" stays whole)
            parts = split_items(item, ",")
            if len(parts) > 1:
                out.extend(_expand_and(parts, index))
                continue
        pieces = _one_per_name(item, index)
        if pieces:
            out.extend(pieces)
            continue
        # most items join nothing: a plain substring test spares them the regex split
        if not any(word in item for word in AND_WORDS):
            out.append(item)
            continue
        sides = AND.split(item)
        # each side a known ingredient, or at least two of them: "Rosemary Oil with Biotin &
        # Castor Oil" names rosemary and biotin, whatever castor oil is; or sides that each bring
        # their own amount: "3% Redensyl + 1% Caffeine" gives caffeine 1%, not the first 3%
        if len(sides) > 1 and (
            sum(1 for s in sides if index.find_all(s)) >= 2 or _own_amounts(sides)
        ):
            out.extend(sides)
        else:
            out.append(item)
    return out


def _prose(text: str, index: IngredientIndex, out: LabelAnalysis, add_new: bool) -> None:
    """Sentences such as "Each tablet contains 1 mg finasteride" or "a foam containing 5%
    minoxidil": a strength in a sentence naming one ingredient belongs to it."""
    sentences = SENTENCE_END.split(text)
    for sentence in sentences:
        if not DIGIT.search(sentence) or sentence.rstrip().endswith("?"):
            continue  # no amount in it, or a question ("Can I keep my ketoconazole 2% shampoo?")
        found = index.find_all(sentence)
        if not found:
            continue  # its clauses are parts of it, so none names an ingredient either
        if len(found) == 1:
            _prose_clause(sentence, index, out, add_new, found)
            continue
        for clause in COMMA_OR_AND.split(sentence):
            _prose_clause(clause, index, out, add_new)


# "works as well as 2% minoxidil": a strength after a comparison word is the comparator's
# ... and one after "combine it with" is another product's ("with Regaine 5% foam")
COMPARED = re.compile(
    r"\b(as well as|than|like|compared (with|to)|versus|vs\.?|as much as|"
    r"(combine[sd]?|pair(ed|s)?|use[sd]?) (it |them )?(with|alongside))\b",
    re.I,
)


def _on_a_line_of_its_own(clause: str, strength: Strength, index: IngredientIndex) -> bool:
    """The amount sits on a line that names something else ("Tocotrienol Complex 50 mg" under
    "Fo-Ti root"): it is that line's, not the ingredient's on another line."""
    start = clause.rfind("\n", 0, strength.start) + 1
    end = clause.find("\n", strength.end)
    line = clause[start : end if end >= 0 else len(clause)]
    return not index.find_all(line) and bool(A_WORD.search(STRENGTH_WORDS.sub("", line)))


def _prose_clause(
    clause: str,
    index: IngredientIndex,
    out: LabelAnalysis,
    add_new: bool,
    found: list[Found] | None = None,
) -> None:
    """`found`: what the clause names, when the caller has looked it up already."""
    # A clause only ever adds a strength: without a digit there is nothing to read.
    if not DIGIT.search(clause) or len(clause.split()) < 2:
        return
    if found is None:
        found = index.find_all(clause)
    if len(found) != 1:
        return
    strength = first_strength(clause)
    if strength is not None and COMPARED.search(clause, 0, strength.start):
        return
    if strength is not None and "\n" in clause and _on_a_line_of_its_own(clause, strength, index):
        return
    if _absent(clause, found[0]):
        return
    slug = found[0].slug
    known = next((a for a in out.actives if a.ingredient == slug), None)
    if known is not None:
        if known.strength is None and strength is not None:
            _add_active(out, slug, known.name_on_label, strength.value)
    elif add_new and strength is not None:
        _add_active(out, slug, clause.strip(), strength.value)
