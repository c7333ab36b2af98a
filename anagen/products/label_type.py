"""The product type a label's wording shows: prescription or over-the-counter drug, device,
supplement or cosmetic. The first rule that fits wins."""

from __future__ import annotations

import re

from anagen.wordscan import Scan

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
