"""Product-type rules of a product said in so many words to need no prescription (a pharmacy or
general sale medicine, a traditional herbal one, a South African schedule of S0 to S2) or to be
a device or a cosmetic (registered as one, a medical device's class, "cosmetic product"): they
outweigh the weaker signs of a prescription medicine after them. Third of the type rules:
label_type_rules joins the lists of label_type_rules_regulatory, _prescription,
_nonprescription and _weak in that order, which is TYPE_RULES' order (the first rule that fits
wins)."""

from __future__ import annotations

import re

import anagen.products.label_words_intl as intl
from anagen.products.label_type_rules_prescription import SCHEDULES

# A page's sentence that one buys it without a prescription: "can be purchased in pharmacies or
# online without a prescription", "you can buy them, without a prescription", "available over
# the counter", Spanish "se vende sin receta", Portuguese "vendido sem receita". Not when
# negated ("cannot be bought without a prescription", "no longer sold over the counter",
# "illegal to buy without", "sold, but not without a prescription"); nor "without a doctor's
# prescription", which test_label_real29_rules holds to no class. A supplement's page says this
# of its capsules too (label_type passes it by there), and a seller of a doctor's medicine says
# it to tempt (label.py settles the class by the knowledge base, as for a leaflet's).
_NOT = r"(?<!not )(?<!n't )(?<!never )(?<!cannot )(?<!longer )(?<!to )(?<!no )"
_NOT_BE = r"(?<!not be )(?<!n't be )(?<!never be )(?<!cannot be )(?<!longer be )(?<!to be )"
SOLD_WITHOUT_PRESCRIPTION = (
    "otc_drug",
    re.compile(
        rf"\b{_NOT}{_NOT_BE}(?:available|sold|bought|purchased|obtained|obtainable|dispensed|"
        r"buy|purchase|get|se vende|de venta|disponible|se puede comprar|vendid[oa]|dispon[i\u00ed]vel)"
        # (up to four words between: "purchased in pharmacies or online", "buy them,")
        r",?(?: (?!not\b|never\b|no\b)[\w'-]+){0,4}?,?[ \t]+(?:without (?:a |any )?prescription|"
        r"over[- ]the[- ]counter|otc\b|sin receta|sem receita)",
        re.I,
    ),
    ("prescription", "over the counter", "over-the-counter", "otc", "sin receta", "sem receita"),
)

# Each rule with the words every match of it contains (label_type_rules.TYPE_MUST_CONTAIN)
RULES: list[tuple[str, re.Pattern[str], tuple[str, ...]]] = [
    # Said in so many words to need no prescription: this outweighs the weaker signs of a
    # prescription medicine below ("Pharmacy medicine" over "Each tablet contains")
    (
        "otc_drug",
        re.compile(
            # (a UK product name ends with its legal category: "... CUTANEOUS FOAM (P)")
            r"(?<=\s)\(p\)(?=[ \t]*(?:\n|$))|"
            # ... and a drug index's or registry's class tag alone on its line ("OTC", as "Rx"
            # alone is a prescription one's)
            r"(?<![^\n])otc[ \t]*(?![^\n])|"
            # an EU traditional herbal medicine (registered, never prescription-only; the UK's
            # "THR 12345/0001")
            r"\btraditional herbal (?:medicinal product|medicine|registration)\b|\bthr \d{5}/\d{4}\b|"
            # a medicines registry's field, in English and Swedish ("Receptbelagda typ: OTC")
            r"\b(?:prescription type|receptbelagda typ)\s*:?\s*otc\b|"
            # an SmPC's legal category ("Legal category: P", "Legal Category\nL: Pharmacy"); the
            # French registry's "Conditions de prescription et de d\u00e9livrance : Aucune"; a
            # shop's "only available at the pharmacy" (a pharmacy medicine)
            r"\blegal category\s*:?\s*(l\s*:\s*)?(p|pharmacy|gsl|general sales? list)\b|"
            # a UK leaflet's "This medicine is available without prescription"; an Australian
            # schedule field of a pharmacy medicine (S2; S3 is pharmacist-only there but a
            # prescription class in South Africa, so it says nothing on its own)
            r"\bthis medicine is available without (a )?prescription\b|\bschedule\s*:?\s*s2\b|"
            r"conditions de prescription et de d[\u00e9e]livrance\s*:?\s*aucune|"
            r"\bonly available (at|from|in) (the |a )?pharmac(y|ies)\b|"
            r"\b(otc (drug|medicine)|otc \(over[- ]the[- ]counter\)|medicament[eo]? otc|apothekenpflichtig|pharmacy medicine|non-?prescription (drug|medicine)|"
            r"venta libre|no sujeto a prescripci[oó]n|nicht verschreibungspflichtig|non soggetto a prescrizione|"
            r"sans ordonnance|n[aã]o sujeito a receita m[eé]dica|mnsrm\b|"
            # Brazil's "medicine exempt from prescription"
            r"isento de prescri[c\u00e7][a\u00e3]o|"
            # Turkish "sold without prescription"; a Dutch pharmacy-and-drugstore medicine
            r"re[cç]etesiz|uad\b|non soumis [àa] prescription|"
            # Chinese class A or B OTC medicine, in Chinese or in translation
            r"otc\s*[\u7532\u4e59]\u7c7b|class [ab12] otc|otc class [ab12]|"
            # a UK general sale list medicine (shops write "general sales list" too) or pharmacy-
            # only one, an Australian pharmacist-only one (Schedule 3); an Italian medicine
            # without prescription ("SOP", "farmaco da banco")
            r"gsl|general sales? list|pharmacy[- ]only( medicine)?|pharmacist only medicine|farmaco da banco|"
            r"senza obbligo di (prescrizione|ricetta)|"
            # without prescription in Swedish, Norwegian, Danish, Czech, Slovak, Greek (and its
            # initials) and Mexican Spanish
            r"receptfri(tt)?|reseptfri(tt)?|h\u00e5ndk\u00f8b|voln\u011b prodejn\w*|vo\u013enopredajn\w*|"
            r"\u03bc\u03b7 \u03c3\u03c5\u03bd\u03c4\u03b1\u03b3\u03bf\u03b3\u03c1\u03b1\u03c6\u03bf\u03cd\u03bc\u03b5\u03bd\w*|\u03bc\u03b7\u03c3\u03c5\u03c6\u03b1|no requiere receta)|"
            # a Japanese OTC medicine of class 1 to 3, a Chinese and a Korean non-prescription one
            r"\u7b2c\s*[1-3\u4e00\u4e8c\u4e09]\s*\u985e\u533b\u85ac\u54c1|\u975e\u5904\u65b9\u836f|\uc77c\ubc18\uc758\uc57d\ud488",
            re.I,
        ),
        (
            "otc",
            "(p)",
            "traditional herbal",
            "thr ",
            "receptbelagda",
            "legal category",
            "schedule",
            "conditions de prescription",
            "only available",
            "apothekenpflichtig",
            "pharmacy medicine",
            "prescription",
            "venta libre",
            "prescripci",
            "verschreibungspflichtig",
            "prescrizione",
            "ordonnance",
            "receita",
            "mnsrm",
            "isento de prescri",
            "soumis",
            "etesiz",
            "uad",
            "\u985e\u533b\u85ac\u54c1",
            "\u975e\u5904\u65b9\u836f",
            "\uc77c\ubc18\uc758\uc57d\ud488",
            "gsl",
            "general sale",
            "pharmacy only",
            "pharmacy-only",
            "pharmacist only",
            "farmaco da banco",
            "senza obbligo",
            "receptfri",
            "reseptfri",
            "h\u00e5ndk\u00f8b",
            "prodejn",
            "predajn",
            "\u03bc\u03b7 \u03c3\u03c5\u03bd\u03c4\u03b1\u03b3\u03bf\u03b3\u03c1\u03b1\u03c6",
            "\u03bc\u03b7\u03c3\u03c5\u03c6\u03b1",
            "no requiere receta",
        ),
    ),
    intl.OTC_RULE,
    # registered as a device or a cosmetic (label_words_intl)
    intl.DEVICE_RULE,
    intl.COSMETIC_RULE,
    # a medical device by its class, in English, French, Spanish, Italian and German (a
    # cosmetic has none)
    (
        "device",
        re.compile(
            r"\b(class (i|ii|iia|iib|iii|1|2a|2b|3) medical device|medical device,? class|"
            r"dispositi(f m[\u00e9e]dical|vo m[\u00e9e]dico) de classe|dispositivo medico di classe|"
            r"producto sanitario de clase|medizinprodukt der klasse)\b",
            re.I,
        ),
        ("class", "classe", "clase", "klasse"),
    ),
    # said in so many words to be a cosmetic: this outweighs a marketing "hair regrowth
    # treatment" (English, French, German, Italian, Spanish and Portuguese)
    (
        "cosmetic",
        re.compile(
            r"\b(cosmetic product|produit cosm[\u00e9e]tique|kosmetikum|kosmetisches mittel|"
            r"prodotto cosmetico|producto cosm[\u00e9e]tico|produto cosm[\u00e9e]tico|"
            # Dutch, Czech, Slovak, Swedish, Danish and Greek
            r"cosmetisch product|kosmetick\u00fd p\u0159\u00edpravek|kozmetick\u00fd pr\u00edpravok|"
            r"kosmetisk produkt|\u03ba\u03b1\u03bb\u03bb\u03c5\u03bd\u03c4\u03b9\u03ba\u03cc|"
            # Polish, in any case ("preparaty kosmetyczne", "produktem kosmetycznym")
            r"(produkt|preparat)\w* kosmetyczn\w*)\b",
            re.I,
        ),
        (
            "cosmetic product",
            "cosm\u00e9tique",
            "cosmetique",
            "kosmeti",
            "cosmetico",
            "cosm\u00e9tico",
            "cosmetisch product",
            "kosmetick",
            "kozmetick",
            "kosmetisk produkt",
            "\u03ba\u03b1\u03bb\u03bb\u03c5\u03bd\u03c4\u03b9\u03ba",
            " kosmetyczn",
        ),
    ),
    ("otc_drug", re.compile(r"^[ \t]*s[0-2][ \t]+[a-z]", re.I | re.M), SCHEDULES[:3]),
    SOLD_WITHOUT_PRESCRIPTION,
]
