"""Product-type rules of a medicine said in so many words to need a prescription: its legal
category, a dispensing label's marks, a registry's field, a shop's or regulator's "only on
prescription", in many languages, and a South African schedule of S3 and up. Second of the type
rules: label_type_rules joins the lists of label_type_rules_regulatory, _prescription,
_nonprescription and _weak in that order, which is TYPE_RULES' order (the first rule that fits
wins)."""

from __future__ import annotations

import re

import anagen.products.label_words_intl as intl

# South African schedules as they open a line: "s0 " to "s8 "
SCHEDULES = tuple(f"s{n}" for n in range(9))

# Each rule with the words every match of it contains (label_type_rules.TYPE_MUST_CONTAIN)
RULES: list[tuple[str, re.Pattern[str], tuple[str, ...]]] = [
    # Prescription-only by law or by the way it is dispensed
    (
        "rx_drug",
        re.compile(
            r"\b(rx only|(?<!non-)(?<!non )prescription[- ]only|(?<!non-)(?<!non )prescription medicine|pom\b|"
            # a telehealth plan: "your provider has approved the plan below"
            r"your (provider|prescriber|doctor|clinician) (has )?(approved|prescribed)|"
            # ... "prescription approved by our clinician"; a dispensing label's heading; a UK
            # "special", an unlicensed medicine made for one patient on prescription
            r"prescription approved|prescription label|special,? unlicensed|unlicensed special|"
            # a shop's "prescription-based medicine"; a US boxed warning, which only prescription
            # labelling carries; an SmPC's "Legal category: POM"
            r"prescription[- ]based|boxed warning|legal category\s*:?\s*(l\s*:\s*)?(pom|prescription)|"
            r"federal law prohibits dispensing|(?<!non-)(?<!non )prescription drug|schedule h\b|compounded|(?<!nicht )verschreibungspflichtig|refills?\s*:?\s*\d|prescriber|"
            # a dispensing label's prescription number ("Rx No: 00718273") and repeats
            r"rx\s*(#|no\.?|number)?\s*:?\s*\d{5,}|repeats\s*:\s*\d|"
            # an Indian pharmacy listing; prescription-only wording in Portuguese, Spanish,
            # Italian and French (France's prescription lists are "Liste I" and "Liste II")
            r"prescription required|"
            # ... or its field ("Prescription : Required or Will Provide upon Online Doctor
            # Consultation", "Prescription needed: Yes", "Rx required: yes")
            r"(?:prescription|rx)(?: (?:required|needed))?[ \t]*:[ \t]*(?:required|yes|needed|mandatory)\b|"
            # a medicines registry's field, in English and in a Hindi page frame ("Prescription
            # type: Required")
            r"(prescription|\u092a\u094d\u0930\u093f\u0938\u094d\u0915\u094d\u0930\u093f\u092a\u094d\u0936\u0928) (type|\u092a\u094d\u0930\u0915\u093e\u0930)\s*:?\s*required|"
            r"(venda|uso) sob prescri[cç][aã]o|(?<!no )sujeto a prescripci[oó]n|"
            r"con receta m[eé]dica|(?<!non )soggetto a prescrizione|ricetta (medica|del)|sur ordonnance|"
            # Latin American conditions of sale: "venta bajo receta", "Condici\u00f3n de venta: receta
            # m\u00e9dica" (not "sin receta m\u00e9dica", "no requiere receta m\u00e9dica")
            r"venta bajo receta|(?<!sin )(?<!requiere )(?<!necesita )(?<!de )receta m[eé]dica|"
            r"(preparazione|f[oó]rmula|formula|preparaci[oó]n) magistral|"
            r"liste (i|ii)\b|(?<!no )requiere receta|prescritor|(?<!n[aã]o )sujeito a receita m[eé]dica|msrm\b|"
            # Swedish prescription-only and prescriber; Dutch "only on prescription"
            r"receptbelagt|f[öo]rskrivare|uitsluitend (op )?recept|(?<!non )soumis [àa] prescription|"
            # the EU's legal category in English ("Medicinal product subject to medical
            # prescription"; "not subject to" is a pharmacy one's)
            r"(?<!not )subject to (restricted |special )?medical prescription|"
            # India's and Pakistan's "to be sold (by retail) on the prescription of a registered
            # medical practitioner", however a shop's page spaces it; an Australian dispensing
            # label's repeats ("Rpt 1 of 5")
            r"sold\s+(by\s+retail\s+)?on\s+the\s+prescription|rpt\s*:?\s*\d+ of \d+|"
            # a page's "X is a prescription treatment (medication) for ...", "As a prescription
            # medication, it ..."; a shop's field "Product type: Prescription ophthalmic
            # solution", "Legal status: Prescription" (not "Prescription-free")
            r"(is|are|as) an? prescription (treatment|medication|medicine|drug)s?\b|"
            r"(product|drug|medicine) (type|category)\s*:?\s*prescription\b(?![- ]free)|"
            r"legal status\s*:?\s*prescription\b(?![- ]free)|"
            # an Australian page's schedule field ("Schedule: S4"): S4 and S8 need a prescription
            r"schedule\s*:?\s*s[48]\b|"
            # Czech "(bound to a) doctor's prescription"; Greek "prescription medicine" (not
            # "\u03bc\u03b7", non-)
            r"na l\u00e9ka\u0159sk\u00fd p\u0159edpis|(?<!\u03bc\u03b7 )\u03c3\u03c5\u03bd\u03c4\u03b1\u03b3\u03bf\u03b3\u03c1\u03b1\u03c6\u03bf\u03cd\u03bc\u03b5\u03bd\w* \u03c6\u03ac\u03c1\u03bc\u03b1\u03ba\u03bf)|"
            # Chinese and Korean prescription medicine
            r"(?<!\u975e)\u5904\u65b9\u836f|\uc804\ubb38\uc758\uc57d\ud488",
            re.I,
        ),
        (
            "rx",
            "prescri",
            "\u092a\u094d\u0930\u093f\u0938\u094d\u0915\u094d\u0930\u093f\u092a\u094d\u0936\u0928",
            "your provider",
            "boxed warning",
            "unlicensed",
            "your clinician",
            "doctor approved",
            "doctor has approved",
            "pom",
            "federal law",
            "schedule",
            "compounded",
            "verschreibungspflichtig",
            "refill",
            "repeats",
            "receta",
            "ricetta",
            "ordonnance",
            "liste",
            "magistral",
            "receita",
            "msrm",
            "receptbelagt",
            "rskrivare",
            "recept",
            "soumis",
            "rpt",
            "p\u0159edpis",
            "\u03c3\u03c5\u03bd\u03c4\u03b1\u03b3\u03bf\u03b3\u03c1\u03b1\u03c6",
            "\u5904\u65b9\u836f",
            "\uc804\ubb38\uc758\uc57d\ud488",
        ),
    ),
    intl.RX_RULE,
    # a shop's "meant to be taken with (the help of) a doctor's prescription", "sold only on a
    # medical prescription" ("without a doctor's prescription" never matches: no "with " begins
    # "without"); its own rule, so that only a label with such words looks for its short ones
    (
        "rx_drug",
        re.compile(
            r"\b(with|on|under|upon) (the help of |the advice of )?an? (doctor'?s|physician'?s|medical|valid) prescription",
            re.I,
        ),
        (
            "doctor's prescription",
            "doctors prescription",
            "physician's prescription",
            "physicians prescription",
            "medical prescription",
            "valid prescription",
        ),
    ),
    # "can only be obtained with a prescription", "available only on prescription": a
    # regulator's, a news page's or a shop's word that it needs one
    (
        "rx_drug",
        re.compile(
            r"\bonly (?:be )?(?:obtained|available|supplied|sold|dispensed|bought) (?:with|on|by) (?:a |medical )?prescription\b|"
            r"\b(?:available|obtainable|supplied|sold|dispensed) only (?:with|on|by) (?:a |medical )?prescription\b",
            re.I,
        ),
        ("prescription",),
    ),
    # US patient information or a Medication Guide: "read it ... each time you get a refill" (a
    # refill is a prescription's)
    (
        "rx_drug",
        re.compile(r"\beach time you (get|obtain|receive) a refill\b", re.I),
        ("a refill",),
    ),
    # the prescription sign alone on its line, atop an Indian or Pakistani carton
    ("rx_drug", re.compile(r"^[ \t]*(rx|\u211e)[ \t]*$", re.I | re.M), ("rx", "\u211e")),
    # a South African schedule opening a line ("S4  SPIRACTIN 25 mg"): S3 and up need a
    # prescription, S0 to S2 are sold without one
    ("rx_drug", re.compile(r"^[ \t]*s[3-8][ \t]+[a-z]", re.I | re.M), SCHEDULES[3:]),
]
