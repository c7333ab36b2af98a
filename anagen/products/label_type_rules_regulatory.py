"""The strongest product-type rules: a clinic's visit summary, a device's own words, a Drug
Facts or Supplement Facts box, a registration number that says the class and the names a food
supplement goes by in law. First of the type rules: label_type_rules joins the lists of
label_type_rules_regulatory, _prescription, _nonprescription and _weak in that order, which is
TYPE_RULES' order (the first rule that fits wins)."""

from __future__ import annotations

import re

import anagen.products.label_words_intl as intl
from anagen.products.label_type_device import DEVICE_FIGURES, DEVICE_WORDS

# Each rule with the words every match of it contains (label_type_rules.TYPE_MUST_CONTAIN)
RULES: list[tuple[str, re.Pattern[str], tuple[str, ...]]] = [
    # a clinic's after-visit summary lists what was prescribed, whatever device it suggests
    (
        "rx_drug",
        re.compile(r"\b(after[- ]visit summary|visit summary|discharge summary)\b", re.I),
        ("visit summary", "discharge summary"),
    ),
    ("device", re.compile(rf"\b({DEVICE_FIGURES}|{DEVICE_WORDS})", re.I), ()),
    # a kit of a drug and a supplement ("Drug Facts" box and "Supplement Facts" box) is sold
    # under the drug's rules
    # ... and the names of its sections as drug-index pages print the SPL codes ("Otc - Ask
    # Doctor Section", "OTC - KEEP OUT OF REACH OF CHILDREN SECTION"), some without "Section"
    # ("Otc - Active Ingredient", "Otc - Purpose": the SPL's over-the-counter section names);
    # not a drug index's blurb over any label it shows ("Drug facts, warnings, and ingredients
    # follow"), which a box's title never goes on like
    (
        "otc_drug",
        re.compile(
            r"\b(drug facts(?![ \t]*,)|otc - [a-z][a-z ]{2,40} section|otc - (active ingredients?|purpose|"
            r"keep out of reach|ask (a )?doctor|do not use|stop use|when using|pregnancy or breast))\b",
            re.I,
        ),
        ("drug facts", "otc - "),
    ),
    # a registration number that says the class (label_words_intl)
    *intl.REGISTRATION_RULES,
    (
        "supplement",
        re.compile(
            r"\b(supplement facts|serving size|amount per serving|per serving|daily value|nutrient reference value|nutraceutical|fssai|"
            # (not other products a medicine's leaflet names: "multivitamins or dietary
            # supplements"); South Africa's class "Complementary medicine: health supplement"
            r"(dietary|food) supplement(?!s)|(?<!or )(?<!and )(dietary|food) supplements|"
            r"complementary medicine\s*:?\s*health supplement|"
            # the warning a food or health supplement must print, in the EU and South Africa:
            # "Health supplements should not be used as a substitute for a healthy diet"
            r"supplements? (should|must|are) not (be )?(used|intended) as a substitute for|"
            # German, French, Spanish and Italian for a food supplement
            r"nahrungserg[aä]nzungsmittel|suplement diety|compl[eé]ment alimentaire|complemento alimenticio|integratore alimentare|"
            # a Korean health functional food, in Korean and in translation
            r"health functional food|"
            # an Australian listed medicine ("AUST L 123456"; an "AUST R" one is registered) and
            # a Canadian natural health product's licence number (not a formulary's or drug
            # database's shared field "DIN/PIN/NPN", whose number is a drug's DIN)
            r"aust ?l\b|npn(?<!/npn)(?<!/ npn)\s*:?\s*\d{8}\b|"
            # ... and the ARTG's own record of one ("ARTG entry for Medicine Listed",
            # "Authorisation status: Listed")
            r"listed medicine|medicine listed|authori[sz]ation status\s*:?\s*listed\b|"
            # a food supplement in Czech, Slovak, Swedish, Danish, Norwegian, Dutch, Finnish,
            # Greek and Latin American Spanish; the Philippine food's mandatory "no approved
            # therapeutic claims"
            r"dopl(n\u011bk|\u0148ky) stravy|doplnok v\u00fd\u017eivy|kosttillskott|kosttilskud|voedingssupplement|"
            r"ravintolis\u00e4|\u03c3\u03c5\u03bc\u03c0\u03bb\u03ae\u03c1\u03c9\u03bc\u03b1 \u03b4\u03b9\u03b1\u03c4\u03c1\u03bf\u03c6\u03ae\u03c2|"
            r"suplemento (alimenticio|diet[\u00e9e]tico|dietario)|no approved therapeutic claims?)|"
            # a column of nutrient reference values, a food's: English NRV, French and Italian
            # VNR, Spanish VRN, Polish RWS (before or after its per cent sign)
            r"%\s*(nrv|vnr|vrn|rws)\b|\b(nrv|vnr|vrn|rws)\s*%|\uac74\uac15\uae30\ub2a5\uc2dd\ud488",
            re.I,
        ),
        (
            "supplement",
            "serving",
            "daily value",
            *("nrv", "vnr", "vrn", "rws"),
            "nutrient reference",
            "nutraceutical",
            "fssai",
            "nahrungserg",
            "alimentaire",
            "alimenticio",
            "alimentare",
            "suplement diety",
            "health functional food",
            "aust",
            "npn",
            "\uac74\uac15\uae30\ub2a5\uc2dd\ud488",
            "stravy",
            "doplnok",
            "kosttil",
            "voedingssupplement",
            "ravintolis\u00e4",
            "\u03c3\u03c5\u03bc\u03c0\u03bb\u03ae\u03c1\u03c9\u03bc\u03b1",
            "therapeutic claim",
            "listed",
        ),
    ),
    intl.SUPPLEMENT_RULE,
]
