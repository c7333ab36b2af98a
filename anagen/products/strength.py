"""Find and normalise a strength on a label: "5% w/v" -> "5%", "0.5 grams" -> "500 mg",
"5,000 mcg" -> "5000 mcg", "25 µg" -> "25 mcg", "1000 IU" -> "1000 IU" (DESIGN.md)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from anagen.products.label_words import AsciiCase, is_prose

# thousands grouped by commas ("5,000") never begin with 0: "0,025 mg" is a decimal comma.
# Grouped by blanks ("10 000 \u00b5g", French and German typography) only before micrograms or
# units: before "mg" the first group may be a count ("60 500 mg tablets").
# Not after a word character or a point ("B12", "v1.5"). Written first digit first, that test
# after it and the rest of each form after that, so that re skips ahead to a digit instead of
# trying the look-behind at every place; the forms are, in order, "5,000", "2.5" and "10 000".
NUMBER = (
    r"(\d(?<![\w.]\d)(?:(?<=[1-9])\d{0,2}(?:,\d{3})+|\d*(?:[.,]\d+)?"
    r"|(?<=[1-9])\d{0,2}(?: \d{3})+(?= ?(?:\u00b5g|\u03bcg|mcg|ug|mi[ck]rogram|iu|ui)(?![a-z]))))"
)
# Mass units spelled out, in English and as Spanish, Portuguese, French, Italian and German
# leaflets write them ("500 microgramos/g", "2 Gramm", "5 grammes"): one branch per unit with
# the languages' endings, so a number followed by no unit tries few branches
GRAM_ENDING = r"(?:s|os?|mes?|mi|mo|m)?"
# "%" may touch the next word ("2.0%w/v"); unit words may not ("5 mgs" is no unit).
UNIT = (
    rf"(%|(?:percent|mg|mill?igram{GRAM_ENDING}|mcg|µg|μg|ug|mi[ck]rogram{GRAM_ENDING}|g|gram{GRAM_ENDING}"
    r"|gm|iu|i\.u\.|ui|(?:international )?units?|ml|cfu|billion cfu)(?![a-z]))"
)
HAS_DIGIT = re.compile(r"\d").search
# "0.5-mg capsules", as US prescribing information writes a strength before its noun
STRENGTH = re.compile(rf"{NUMBER}(?:\s*|-){UNIT}", re.IGNORECASE)
UNIT_NAMES = {
    "%": "%",
    "percent": "%",
    "mg": "mg",
    "milligram": "mg",
    "milligrams": "mg",
    "mcg": "mcg",
    "µg": "mcg",
    "μg": "mcg",
    "ug": "mcg",
    "microgram": "mcg",
    "micrograms": "mcg",
    "g": "g",
    "gram": "g",
    "grams": "g",
    "gm": "g",
    "iu": "IU",
    "i.u.": "IU",
    "ui": "IU",  # French, Spanish and Italian "unit\u00e9s/unidades/unit\u00e0 internazionali"
    "units": "IU",
    "unit": "IU",
    "international units": "IU",
    "international unit": "IU",
    "ml": "mL",
    "cfu": "CFU",
    "billion cfu": "billion CFU",
}


@dataclass(frozen=True)
class Strength:
    value: str
    start: int
    end: int


# (compiled once: these run for every amount, where re's cache look-up is a good part of the cost)
THOUSANDS = re.compile(r"[1-9]\d{0,2}(,\d{3})+")
PER_G_OR_ML = re.compile(r"\s*/\s*(g|ml)\b", re.I)
PER_UNIT = re.compile(r"\s*/\s*(g|ml|gram)", re.I)


def number_value(raw: str) -> float:
    """A printed number: "10,000" and "10 000" are ten thousand, "2,5" two and a half."""
    raw = raw.replace(" ", "")  # "10 000"
    if THOUSANDS.fullmatch(raw):
        return float(raw.replace(",", ""))
    return float(raw.replace(",", "."))  # a decimal comma, as on European labels


def _fmt(value: float) -> str:
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return text or "0"


def _unit_name(unit: str) -> str:
    unit = unit.lower()
    if unit in UNIT_NAMES:
        return UNIT_NAMES[unit]
    # a spelled-out mass in another language: "microgramos", "Milligramm", "grammes"
    return "mcg" if unit.startswith(("mic", "mik")) else "mg" if unit.startswith("mil") else "g"


def normalise(number: str, unit: str) -> str:
    value, unit = number_value(number), _unit_name(unit)
    if unit == "g":
        value, unit = value * 1000, "mg"  # masses in mg: "0.5 grams" is "500 mg"
    if unit == "%":
        return f"{_fmt(value)}%"
    return f"{_fmt(value)} {unit}"


def find_strengths(text: str) -> list[Strength]:
    if not HAS_DIGIT(text):  # every strength has one; most ingredient names have none
        return []
    slash = "/" in text  # most texts have none: no amount there is per 5 mL
    return [
        (slash and _per_dose_volume(text, m))
        or Strength(normalise(m.group(1), m.group(2)), m.start(), m.end())
        for m in STRENGTH.finditer(text)
        if not _no_strength(text, m)
    ]


# "125 mg/5 mL": an oral liquid's strength per spoonful, kept as printed (a mass per 1 mL is a
# concentration, made a percentage elsewhere)
PER_DOSE_VOLUME = re.compile(r"\s?/\s?(\d+(?:[.,]\d+)?)\s?ml\b", re.I)


def _per_dose_volume(text: str, m: re.Match[str]) -> Strength | None:
    if "/" not in text[m.end() : m.end() + 2]:
        return None
    per = PER_DOSE_VOLUME.match(text, m.end())
    if per is None or number_value(per.group(1)) == 1 or m.group(2) == "%":
        return None
    value = normalise(m.group(1), m.group(2))
    return Strength(f"{value}/{_fmt(number_value(per.group(1)))} mL", m.start(), per.end())


def _no_strength(text: str, m: re.Match[str]) -> bool:
    """A shop's price cut: "US $8.99 -66%", a minus sign after a blank and a price (after a
    name the dash only sets the amount off: "Salicylic Acid -3 %"). A blood level ("zinc
    70 mcg/dL", "B12 400 mcg/L"): per decilitre or litre of blood, never a dose. A count:
    "units" alone is a vitamin's dose ("50,000 units", "400 units") only from 400 up, below
    that what is in the pack ("60 units")."""
    at, end = m.span()
    unit = m.group(2)
    if unit == "%":
        if at and text[at - 1] in "-\u2212":
            # ... or a sale tag on a line of its own ("A$24.00" / "-28%")
            return (
                at == 1
                or text[at - 2] == "\n"
                or (text[at - 2] in " \t" and not _after_a_name(text, at - 2))
            )
        return _a_saving_before(text, at)
    if "/" in text[end : end + 2]:
        after = text[end : end + 4].lower()
        return after.startswith(("/dl", "/l", "/ dl", "/ l")) and not after.startswith("/li")
    return unit[0] in "uU" and unit[:4].lower() == "unit" and number_value(m.group(1)) < 400


def _after_a_name(text: str, blank: int) -> bool:
    """The word before the blank at `blank` is a name's, not a price's or a sale's ("Sale -20%")."""
    word = WORD_BEFORE.search(text, max(0, blank - 30), blank + 1)
    return word is not None and word[1].lower() not in SALE_WORDS


WORD_BEFORE = re.compile(r"([^\W\d_]{2,})[ \t]+$")
SALE_WORDS = frozenset(
    ["sale", "save", "off", "offer", "discount", "deal", "now", "price", "promo", "was", "rabatt"]
)
# A percentage after these is a saving or a purity, never what the product holds: "Save 28%",
# "Save up to 30%", "Discount: 15%", "Rabatt 20%", "Descuento del 10%", "remise de 25%",
# "sconto 30%", "korting 10%", "Purity: 98%", "Reinheit \u2265 95%", "assay 99%"
SAVING_WORDS = frozenset(
    {
        *("save", "saving", "savings", "discount", "rabatt", "descuento", "remise", "sconto"),
        *("korting", "rebaja", "purity", "pureza", "puret\u00e9", "reinheit", "purezza", "assay"),
    }
)
# the words that may stand between ("Save up to 30%", "Descuento del 10%")
SAVING_LINKS = frozenset(["up", "to", "bis", "zu", "hasta", "de", "del", "du", "fino", "al", ""])


def _a_saving_before(text: str, at: int) -> bool:
    """A SAVING_WORDS word among the last few before `at` (a word test, not a search: this runs
    for every percentage on a page)."""
    for word in reversed(text[max(0, at - 24) : at].split()[-4:]):
        word = word.strip(":\u2265>~").lower()
        if word in SAVING_WORDS:
            return True
        if word not in SAVING_LINKS:
            return False
    return False


def inside_brackets(text: str, pos: int) -> bool:
    """Inside round or square brackets: "[standardized to 45% fatty acids]"."""
    return text.count("(", 0, pos) > text.count(")", 0, pos) or text.count(
        "[", 0, pos
    ) > text.count("]", 0, pos)


# "200 mg dried ferrous sulphate, equivalent to 65 mg of iron": the amount of the active
# itself, not of its salt; it is always the smaller. A larger "equivalent" is the raw
# material an extract came from ("1,000 mg oil, equivalent to 20 g pumpkin seeds").
EQUIVALENT = re.compile(
    r"(equivalent to|equiv\.? to|equiv\.|eq\.? to|providing|provides|elemental|"
    # Polish "which corresponds to", Russian "equivalent to" and "calculated as"
    r"odpowiada|\u044d\u043a\u0432\u0438\u0432\u0430\u043b\u0435\u043d\u0442\w*|\u0432 \u043f\u0435\u0440\u0435\u0441\u0447\u0435\u0442\u0435 \u043d\u0430)"
    r"(\s+[^\W\d_]+){0,2}\s*$",
    re.I,
)
EQUIVALENT_ANY_CASE = AsciiCase(EQUIVALENT)
# ... or after it, where the verb comes last: Turkish "(0,5 mg betametazona e\u015fde\u011fer)"
EQUIVALENT_AFTER = re.compile(r"[^\d()\n]{0,40}?\be[\u015fs]de[\u011fg]er", re.I)


# "of" and who, as the languages above write them
SHARE_OF_PEOPLE = (
    r"(of|among|des|de (los|las)|der|delle|degli|dei|das|dos|van( de)?)\s+((all|the|our|those|"
    r"tested|surveyed|treated|les|todos los|todas las|alle[nr]?|tutte le|tutti gli|todas as|todos os)\s+)?"
    r"(users|men|women|people|persons|participants|patients|subjects|volunteers|adults|children|"
    r"infants|babies|humans|population|respondents|customers|consumers|testers|cases|those|them|"
    r"femmes|hommes|personnes|patients|participants|utilisateurs|utilisatrices|cas|"
    r"mujeres|hombres|personas|pacientes|participantes|usuari[oa]s|"
    r"frauen|m\u00e4nner|menschen|patienten|teilnehmer|anwender|nutzer|"
    r"donne|uomini|persone|pazienti|partecipanti|utenti|mulheres|homens|pessoas|vrouwen|mannen|mensen)\b"
)


# After a percentage: a share of a daily value ("%DV", "%*"; not a pack's "5%*30ml"), praise
# ("100% pure", "100% natural"), or the other figures below, not a strength.
MARKETING_PERCENT = re.compile(
    r"\s*(dv|\*(?!\s*\d)|nrv|rda|pure|natural|organic|vegan|genuine|(active )?(complex|blend|formula|matrix)|"
    # the same praise in Italian, Spanish, Portuguese, French and German
    r"pur[oa]|pur\b|naturale?|naturel(le)?|bio\b|rein\b|"
    # a change measured ("a 40 percent increase in hair count"), a share of an intake ("47% to
    # 67% of the RDA") or of a salt ("21.5% elemental zinc"; its amount is given in mass)
    r"(increase|decrease|reduction|rise|drop|improvement|more|less|fewer|higher|lower)\b|"
    r"((to|-|\u2013)\s*\d+(\.\d+)?\s*%\s*)?of (the |your )?(rda|rdi|dv|daily|recommended)\b|elemental\b|"
    # the fatty acids an oil is made of ("seed oil, 50% linoleic acid, 20% oleic acid 500 mg")
    r"((gamma[- ])?(alpha[- ])?(linoleic|linolenic|oleic|palmitic|stearic|fatty|omega[- ]?\d+ fatty) acids?)\b|"
    # a reference intake as other labels head it: "Daily Value", French "AJR"/"VNR"/"AR",
    # Spanish "VD"/"VRN"/"IDR"/"CDR", Italian "VNR", Dutch "ADH", British "RI", German "des
    # Referenzwertes"/"der empfohlenen Tagesdosis"
    r"daily values?\b|(ajr|vnr|vrn|ar|vd|idr|cdr|adh|ri)\b|(des|der) (nrv|referenz|empfohlenen|tages)|"
    # a saving ("28% off", "10% discount", "20% Rabatt", "30% de descuento", "25% de r\u00e9duction")
    r"off(?![\w-])|discount|rabatt|(de )?(descuento|r\u00e9duction|remise)|di sconto|korting|"
    # a share of people ("38% of women", "About 30% of all humans", "90% of users saw ...",
    # French "38% des femmes", Spanish "el 40% de los hombres", German "30% der Frauen",
    # Italian "il 20% delle donne", Portuguese "40% das mulheres")
    rf"{SHARE_OF_PEOPLE}|"
    # a diluted raw material's share ("Biotin 1% trituration 1000 mg", "beta-carotene 10%
    # beadlets", "vitamin D3 0.25% premix", German "Verreibung"): the active's mass is a part of it
    r"(tritura(tion|te)|premix|beadlets?|spray[- ]dried|verreibung|adsorbate|cws)\b)",
    re.I,
)
STANDARDISED = re.compile(
    r"\b(standardi[sz]ed|titrated|titolat[oa]|titr[eé]e?|estandarizad[oa]|standardisiert|"
    # (Italian "tit.": "e.s. tit. 85-95% acidi grassi")
    r"padronizad[oa]|tit(?=\.))\b[^,;:]{0,20}$",
    re.I,
)
STANDARDISED_ANY_CASE = AsciiCase(STANDARDISED)


def _a_concentration(text: str, s: Strength, standardised: bool = True) -> bool:
    """A percentage that is not a share of something else: of a daily value, of people (the
    words after it, MARKETING_PERCENT), or of what an extract holds ("standardised to 45%
    tannins, 10% gallic acid": the list after the word as well). `standardised`: False when the
    text holds no word of STANDARDISED (may_be_standardised), which spares its look-backs."""
    # (matched from the amount's end on, not on a copy of the rest: the same match)
    if MARKETING_PERCENT.match(text, s.end):
        return False
    if not standardised:
        return True
    return not _standardised_before(text, s.start) and not _standardised_list(text, s.start)


def may_be_standardised(text: str) -> bool:
    """Whether STANDARDISED may match in `text`: each of its words holds "standar", "tit" or
    "padroniz" (a test of substrings; beyond ASCII, where re.I folds more letters, always)."""
    if not text.isascii():
        return True
    lower = text.lower()
    return "tit" in lower or "standar" in lower or "padroniz" in lower


def _standardised_list(text: str, at: int) -> bool:
    """A percentage that goes on a list of constituents a standardisation opened: "standardized
    for \u226545% tannins, \u226510% gallic acid, and \u22651% vitamin C"."""
    if at < 12 or "%" not in text[max(0, at - 40) : at]:
        return False
    before = CONSTITUENT_BEFORE.search(text, max(0, at - 40), at)
    return before is not None and (
        _standardised_before(text, before.start()) or _standardised_list(text, before.start())
    )


# the constituent before in the list: "45% tannins, " (the percentage's digits are where
# _standardised_before looks back from)
CONSTITUENT_BEFORE = re.compile(
    r"\d[\d.,]*\s?%[^%.;:\n\d]{1,30}?(?:,|\band|\bund|\bet|\by|\be)\s*[\u2265>~]?\s*$", re.I
)


def _standardised_before(text: str, at: int) -> bool:
    """STANDARDISED in the 30 characters before `at`, as a search of the text from there up to
    `at` finds it; on a copy of those (and the one before, for the \\b), not of the text up to
    `at` per amount, which made a long sentence with many amounts cost its length squared."""
    start = max(0, at - 30)
    edge = 1 if start else 0
    return STANDARDISED_ANY_CASE.search(text[start - edge : at], edge) is not None


# "contains" as labels in several languages write it
# How far "1 mL ..." may stand before its "contains": a few words, more in a verb-final
# language, which names the amount and the active first ("1 ml ... 50 mg minoksidil içerir")
CONTAINS_WITHIN = 45
# (Dutch, Swedish, Polish and Turkish, then Russian and Ukrainian, last)
CONTAINS = r"(contains?|contiene|contient|enthält|cont[eé]m|bevat|innehåller|zawiera|içerir|содержит|містить)"
PER_ONE = re.compile(
    r"\b(each|per|every|in)\s+((one|1)\s*(ml|millilitre|milliliter|g|gram|gm)|"
    r"(ml|millilitre|milliliter|g|gram|gramme)\b)\b|"
    # "1 g of ointment contains 1 mg tacrolimus", "1 ml Lösung enthält 50 mg"
    r"\b(one|1)\s*(ml|millilitre|milliliter|g|gram|gm)\b"
    rf"(?=[^.\n]{{0,{CONTAINS_WITHIN}}}?\b{CONTAINS}\b)|"
    # a Chinese leaflet's "each (time) 1 ml (minoxidil 50 mg)", "\u6bcf\u6b211ml(\u542b\u7c73\u8bfa\u5730\u5c1420mg)"
    r"\u6bcf\u6b21?\s*1\s*(ml|g)\b",
    re.I,
)
PER_ONE_ANY_CASE = AsciiCase(PER_ONE)  # (only its place is read)


JUST_BEFORE = re.compile(r"\s*(in\s*)?")


def _as_percent(s: Strength) -> Strength:
    """An amount in mg per gram or per mL as a percentage: 50 mg in 1 mL (or 1 g) is 5%."""
    return Strength(per_one_as_percent(s.value) or s.value, s.start, s.end)


def per_one_as_percent(value: str) -> str | None:
    """A mass stated per mL (or per g) as a percentage: "70 mg" in 1 mL is 7%."""
    mg = mg_value(value)
    return None if mg is None else f"{_fmt(mg / 10)}%"


PER_HUNDRED = re.compile(
    # "q.b. a 100 ml": made up to 100 mL, as Italian and Spanish compounding labels write;
    # "Cada 100 mL de la solución ... contiene 2 g", "ogni 100 ml": each 100 mL, es/pt/it/fr
    r"\b((in|per|each|pour|pro|je|für|por|para|a|cada|ogni|chaque)\s+100\s*"
    r"(ml|millilitres?|milliliters?|g|grams?)\b|"
    r"100\s*(ml|g)\s+(of\s+(the\s+)?\w+\s+)?contains?\b|"
    # ... and in other languages, with what the 100 mL is of between: Swedish "100 ml av
    # l\u00e4kemedlet inneh\u00e5ller", German "100 ml L\u00f6sung enthalten", Polish "100 ml zawiera"
    r"100\s*(ml|g)\s+(?:[^\W\d]+\s+){0,2}(?:inneh\u00e5ller|inneholder|indeholder|enth\u00e4lt|enthalten|"
    r"zawiera|obsahuje|contiene|contienen|contengono|cont\u00e9m|cont\u00eam|contient|contiennent|bevat|"
    r"sis\u00e4lt\u00e4\u00e4|\u0441\u043e\u0434\u0435\u0440\u0436\w*|\u043c\u0456\u0441\u0442\u0438\u0442\u044c)(?!\w))",
    re.I,
)


def per_hundred_as_percent(value: str) -> str | None:
    """An amount stated per 100 mL or 100 g as a percentage: "5 g in 100 mL" (5000 mg) is 5%."""
    number, _, unit = value.partition(" ")
    return f"{_fmt(float(number) / 1000)}%" if unit == "mg" else None


def mg_value(value: str) -> float | None:
    """The number of a normalised strength in mg ("322 mg" -> 322.0), else None."""
    number, _, unit = value.partition(" ")
    return float(number) if unit == "mg" else None


def _other_unit_alone(text: str, bracketed: Strength, outside: Strength) -> bool:
    """A bracket that holds only an amount, in units (IU) other than the mass after it: the
    same amount written twice ("(1000iu) 25ug"), not a part's share ("(75% fatty acids)")."""
    if bracketed.value.endswith(" IU") == outside.value.endswith(" IU"):
        return False
    return (
        text[: bracketed.start].rstrip().endswith("(")
        and text[bracketed.end :].lstrip().startswith(")")
        and outside.start > bracketed.end
    )


def _mg(s: Strength) -> float | None:
    return mg_value(s.value)


def _possible(value: str) -> bool:
    """Nothing is 0 strong, and nothing is 100% or over: such figures are a misread amount ("5 0
    mg" read as "0 mg") or a share of a daily value ("33,333%")."""
    number = float(value.rstrip("%").split()[0])
    # "100%" is purity ("100% Nigella sativa seed oil") or a daily value, never a strength
    return number > 0 and not (value.endswith("%") and number >= 100)


def _may_state_a_basis(text: str) -> bool:
    """Whether PER_ONE could match: each of its forms has one of these."""
    lower = text.lower()
    return (
        "1" in text
        or "ne " in lower
        or "ml" in lower
        or "millil" in lower
        or any(w in lower for w in PER_GRAM_WORDS)
    )


PER_GRAM_WORDS = ("each g", "per g", "every g", "in g")


def percents_read(product_type: str, composition: bool, item: str) -> bool:
    """Whether a percentage may be the product's strength in `item`. A supplement's strengths
    are masses or IU; a percentage on its page is a share of people, of an intake or of what an
    extract holds ("About 30% of all humans", "80% of vitamin D comes from sunlight"), also in
    a sentence its panel runs on into. Only a row of its panel or ingredient list may be a
    formula's part ("He Shou Wu: 35.15%")."""
    return product_type != "supplement" or "%" not in item or (composition and not is_prose(item))


def first_strength(text: str, percents: bool = True) -> Strength | None:
    """The item's strength: not a share of a daily value (the "%DV" column), not a per-gram
    concentration when a percentage is also given ("50 mg/g (5% w/w)" is 5%), and not a
    figure in parentheses ("(75% fatty acids) 0.5 grams" is 500 mg) when one stands outside.
    `percents`: whether a percentage may be one here at all (percents_read)."""
    if not HAS_DIGIT(text):
        return None
    standardised = "%" in text and may_be_standardised(text)
    found = [
        s
        for s in find_strengths(text)
        if not (
            s.value.endswith("%") and not (percents and _a_concentration(text, s, standardised))
        )
        # a volume is the pack ("60 mL") or what an amount is in, never an active's strength
        and not (s.value.endswith(" mL") and "/" not in s.value)
        and _possible(s.value)
    ]
    if any(s.value.startswith("100") for s in found) and (hundred := PER_HUNDRED.search(text)):
        # "Each 100 g of cream contains 2 g": the 100 g is what the amount is in (label_units
        # makes the amount a percentage), never the strength
        found = [s for s in found if not hundred.start() <= s.start < hundred.end()]
    basis = PER_ONE_ANY_CASE.search(text) if _may_state_a_basis(text) else None
    if basis:
        # "Each 1 mL contains minoxidil 50 mg": the 1 mL is what the amount is in, and 50 mg
        # in 1 mL (or 1 g) is 5%
        found = [s for s in found if not basis.start() <= s.start < basis.end()]
        # ... or "Minoxidil 50 mg in each 1 ml", "50 mg per ml": the mass just before it
        mg = [
            s
            for s in found
            if s.value.endswith(" mg")
            and (s.start > basis.start() or JUST_BEFORE.fullmatch(text, s.end, basis.start()))
        ]
        if mg and not any(s.value.endswith("%") for s in found):
            return _as_percent(mg[0])
    per_gram = [s for s in found if s.value.endswith(" mg") and PER_G_OR_ML.match(text, s.end)]
    if per_gram and not any(s.value.endswith("%") for s in found):
        # "35 mg/g" is 3.5% (w/w); "50 mg/mL" is 5% (w/v)
        return _as_percent(per_gram[0])
    if len(found) > 1:
        same = [
            s
            for s in found
            if EQUIVALENT_ANY_CASE.search(text[max(0, s.start - 40) : s.start])
            or EQUIVALENT_AFTER.match(text, s.end)
        ]
        # compared with the other masses only: a percentage ("(0.1% w/w)") is no salt
        others = [m for s in found if s not in same and (m := _mg(s)) is not None]
        if same and (base := _mg(same[0])) is not None and others and base < min(others):
            # "Each gram contains 1.22 mg ... valerate, equivalent to 1 mg": 1 mg in 1 g
            return _as_percent(same[0]) if basis else same[0]
        per_unit = [s for s in found if PER_UNIT.match(text, s.end)]
        found = [s for s in found if s not in per_unit] or found
        outside = [s for s in found if not inside_brackets(text, s.start)]
        if outside and any(s.value.endswith("%") for s in found) and per_unit:
            return next((s for s in found if s.value.endswith("%")), outside[0])
        if outside and found[0] is not outside[0] and _other_unit_alone(text, found[0], outside[0]):
            # "Vitamin D3 (1000iu) 25ug": the same amount twice, the first printed is the strength
            return found[0]
        found = outside or found
    return found[0] if found else None
