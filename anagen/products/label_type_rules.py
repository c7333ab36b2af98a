"""The rules that show a label's product type, strongest first (label_type decides by the
first that fits), each with the words every match of it contains; and the other signs of a
type that label reads on its own (a kit item's prescription, "not a medicine")."""

from __future__ import annotations

import re

import anagen.products.label_words_intl as intl
from anagen.products.label_type_device import DEVICE_FIGURES, DEVICE_WORDS

# South African schedules as they open a line: "s0 " to "s8 "
SCHEDULES = tuple(f"s{n}" for n in range(9))

# A label's word that it is no medicine, in English, Portuguese, Spanish, French, Italian,
# German, Polish ("nie stanowi produktu leczniczego"), Russian and Ukrainian
NOT_A_MEDICINE = re.compile(
    r"\bnot an? (medicine|drug|medicinal product)\b|n[\u00e3a]o [\u00e9e] (um )?medicamento|"
    r"no es un medicamento|n'est pas un m[\u00e9e]dicament|non [\u00e8e] un (farmaco|medicinale)|"
    r"kein arzneimittel|nie jest lekiem|nie (jest|stanowi) produkt(em|u) lecznicz|geen geneesmiddel|inte ett l\u00e4kemedel|nen\u00ed l\u00e9k|hindi gamot|"
    r"\u043d\u0435 \u044f\u0432\u043b\u044f\u0435\u0442\u0441\u044f \u043b\u0435\u043a\u0430\u0440\u0441\u0442\u0432\u0435\u043d\u043d|"
    r"\u043d\u0435 \u0454 \u043b\u0456\u043a\u0430\u0440\u0441\u044c\u043a",
    re.I,
)

# First rule that fits wins; strong signals come before ones several kinds share. Each rule
# with the words every match of it contains, when it is long enough to be worth a prefilter.
_RULES: list[tuple[str, re.Pattern[str], tuple[str, ...]]] = [
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
    # Doctor Section", "OTC - KEEP OUT OF REACH OF CHILDREN SECTION")
    (
        "otc_drug",
        re.compile(r"\b(drug facts|otc - [a-z][a-z ]{2,40} section)\b", re.I),
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
            # German, French, Spanish and Italian for a food supplement
            r"nahrungserg[aä]nzungsmittel|suplement diety|compl[eé]ment alimentaire|complemento alimenticio|integratore alimentare|"
            # a Korean health functional food, in Korean and in translation
            r"health functional food|"
            # an Australian listed medicine ("AUST L 123456"; an "AUST R" one is registered) and
            # a Canadian natural health product's licence number
            r"aust ?l\b|npn\s*:?\s*\d{8}\b|"
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
            # India's and Pakistan's "to be sold (by retail) on the prescription of a registered
            # medical practitioner"; an Australian dispensing label's repeats ("Rpt 1 of 5")
            r"sold (by retail )?on the prescription|rpt\s*:?\s*\d+ of \d+|"
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
    # Said in so many words to need no prescription: this outweighs the weaker signs of a
    # prescription medicine below ("Pharmacy medicine" over "Each tablet contains")
    (
        "otc_drug",
        re.compile(
            # (a UK product name ends with its legal category: "... CUTANEOUS FOAM (P)")
            r"(?<=\s)\(p\)(?=[ \t]*(?:\n|$))|"
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
    # a shop page filed under vitamins or supplements ("Health > Vitamins"): a tablet's "Each
    # tablet contains" below is a supplement's panel (in English, German, French, Spanish,
    # Italian and Dutch)
    (
        "supplement",
        re.compile(
            r"[>\u203a\u00bb]\s*(vitamins?( (&|and) (minerals|supplements))?|supplements|"
            r"vitamine|vitamines|vitaminas|vitamini|vitaminen)\s*([>\u203a\u00bb|]|$)",
            re.I | re.M,
        ),
        ("vitamin", "supplements"),
    ),
    # The EU leaflet of a medicine sold without prescription ("use this medicine exactly as
    # described in this leaflet"; a prescription one's: "as your doctor has told you"), in
    # English, Czech, Polish, German, Italian and Portuguese: the sentence outweighs the leaflet's
    # heading below, which some countries print on both kinds ("Informa\u00e7\u00e3o para o doente")
    (
        "otc_drug",
        re.compile(
            r"exactly as described in this (package )?leaflet|"
            r"p\u0159esn\u011b v souladu s p\u0159\u00edbalovou informac\u00ed|dok\u0142adnie tak,? jak opisano w (tej )?ulotce|"
            r"genau wie in dieser packungsbeilage|esattamente come descritto in questo foglio|exatamente como (est\u00e1 )?descrito neste folheto",
            re.I,
        ),
        (
            "described in this",
            *("souladu s p\u0159\u00edbalovou", "opisano w", "dieser packungsbeilage"),
            *("questo foglio", "neste folheto"),
        ),
    ),
    # Forms and leaflets most often of prescription medicines
    (
        "rx_drug",
        re.compile(
            # (and a Canadian product monograph, a drug's, most of them prescription ones)
            r"\b(prescribed|film[- ]coated tablets?|prescribing info(rmation)?|soft capsules?|list of excipients|product monograph|"
            # ... and the heading of its indications ("Indications and Clinical Use:"); a drug
            # index's class of topical corticosteroids, alone on its line (an OTC hydrocortisone
            # says Drug Facts above)
            r"indications and clinical uses?\b|(?<![^\n])topical corticosteroids?(?=[ \t]*(?:\n|$))|"
            # film-coated tablets in Czech, Slovak, Polish and Portuguese (as the Spanish,
            # French and Italian below)
            r"potahovan\w* tablet\w*|filmom obalen\w* tablet\w*|tablet\w* powlekan\w*|comprimidos? revestidos?|"
            r"information for the patient|compresse rivestite|"
            # a medicine a prescriber gives for a use it is not licensed for
            r"off-label|"
            # an injection given by a clinician ("injectable suspension", "for intralesional use")
            # US prescribing information's section 17
            r"patient counseling information|"
            r"injectable (suspension|solution)|for (intra-?articular or |intramuscular or )?(intralesional|intra-?articular|intramuscular|intravenous) (use|injection)|"
            # a dispensing label made out to a named patient ("Patient: Mrs A. Okafor")
            r"patient:[ \t]*(mrs?|ms|miss|mx|dr)\b|"
            # ... or to a patient with a date of birth, as a clinic's record is ("Patient: M.
            # Ortega  DOB 00/00/1990")
            r"patient:[^\n]{0,40}\b(dob|d\.o\.b\.|date of birth)\b|"
            r"comprimidos recubiertos|comprim[eé]s pellicul[eé]s|"
            # the EU package leaflet's heading for a prescription medicine, in German, French,
            # Spanish, Italian and Portuguese
            r"information f[uü]r (den )?patient(en|innen)?|information du patient|"
            r"informaci[oó]n para el paciente|informazioni per il paziente|informa[cç][aã]o para o doente)\b",
            re.I,
        ),
        (
            "prescri",
            "film",
            *("potahovan", "obalen", "powlekan", "revestido"),
            "soft capsule",
            "excipient",
            "product monograph",
            "clinical use",
            "corticosteroid",
            "off-label",
            "injectable",
            "for intra",
            "counseling information",
            "patient",
            "pacient",
            "pazient",
            "compresse",
            "comprim",
            "doente",
        ),
    ),
    # A tablet's panel ("Each tablet contains 1 mg finasteride"), most often a prescription
    # medicine's; but not a tablet of a mineral or vitamin on a page that says supplement
    # (label_type, NUTRIENT_TABLET)
    (
        "rx_drug",
        re.compile(r"\beach (film[- ]coated |coated )?tablet contains\b", re.I),
        ("tablet contains",),
    ),
    # an herbal capsule or tablet described by its plant's fields ("Capsule / Amalaki / Latin
    # name: Emblica officinalis / Family: ..."): an herbal product, whose page goes on to the
    # plant's traditional "Indications:" (an essential oil's "Botanical name" has no capsule)
    (
        "supplement",
        re.compile(
            r"\b(capsules?|tablets?|churna|powder)\b(?s:.){0,300}?^[ \t]*(latin|botanical) name[ \t]*:",
            re.I | re.M,
        ),
        ("latin name", "botanical name"),
    ),
    (
        "otc_drug",
        re.compile(
            r"\b(drug facts|active ingredients?\b(\(s\))?.{0,80}\bpurpose|(?<!natural )hair regrowth treatment|"
            # the EU package leaflet's heading for a medicine sold without prescription, in
            # English, German, French, Spanish, Italian and Portuguese
            r"information for the user|information f[uü]r (den )?anwender(innen)?|information de l'utilisateur|"
            r"informaci[oó]n para el usuario|informazioni per l'utilizzatore|informa[cç][aã]o para o utilizador|"
            # a Dutch registration number; a Brazilian medicine's registration with the health
            # ministry ("Reg. M.S. n\u00ba 1.0000...", a prescription one says so above)
            r"rvg\s*\d{4,6}\b|reg\.?\s*m\.?\s?s\.?\s*(n\S{0,2}\s*)?\d|"
            # a Canadian Drug Identification Number: a drug, not a cosmetic or health product
            r"din\s*:?\s*\d{8}\b|"
            # a UK product licence ("PL 00173/0046"; a prescription one says POM above); a
            # medicine's indications, as cartons write them in English and Arabic
            # (or the indications' heading on a line of its own, as a drug index prints it)
            r"pl \d{5}/\d{4}|indications?\s*:|indications?[ \t]*\n|"
            # ... or in a sentence: "D Rise is indicated for the treatment of ... deficiency"
            r"is indicated (for|in) (the )?(treatment|prevention|prophylaxis)\b|"
            r"are indicated (for|in) (the )?(treatment|prevention|prophylaxis)\b|"
            # ... in Russian and Ukrainian ("Показания:", "Показання до застосування"), and the
            # pharmacology heading of their drug references ("Фармакологические свойства")
            r"\u043f\u043e\u043a\u0430\u0437\u0430\u043d\u0438(\u044f|\u044f \u043a \u043f\u0440\u0438\u043c\u0435\u043d\u0435\u043d\u0438\u044e)\s*:|\u043f\u043e\u043a\u0430\u0437\u0430\u043d\u043d\u044f( \u0434\u043e \u0437\u0430\u0441\u0442\u043e\u0441\u0443\u0432\u0430\u043d\u043d\u044f)?\s*:|"
            r"\u0444\u0430\u0440\u043c\u0430\u043a\u043e\u043b\u043e\u0433\u0438\u0447\u0435\u0441\u043a\u0438\u0435 \u0441\u0432\u043e\u0439\u0441\u0442\u0432\u0430|\u0444\u0430\u0440\u043c\u0430\u043a\u043e\u043b\u043e\u0433\u0456\u0447\u043d\u0456 \u0432\u043b\u0430\u0441\u0442\u0438\u0432\u043e\u0441\u0442\u0456|"
            # ... a drug page's headings alone on their lines ("Contraindications", "Pharmacology";
            # a Canadian natural product's "Contraindications: Do not take if ..." runs on)
            r"(?<![^\n])(contraindications|contra-indications|pharmacology)(?=[ \t]*(?:\n|$))|"
            # a medicine named so with no class stated: French "ce m\u00e9dicament", "est un
            # m\u00e9dicament" (a prescription one says "liste I" or "sur ordonnance" above); a
            # WHO ATC code, given to medicines only. (Each phrase written out whole, not as
            # "(ce|le) ...": the scan then looks only for these phrases, not every "ce", "le",
            # "il" or "d" of a label: anagen/wordscan.literal_starts.)
            r"ce m[\u00e9e]dicament\b|le m[\u00e9e]dicament\b|est un m[\u00e9e]dicament\b|at[cx] (code|classification)\s*:?\s*[a-z]\d\d[a-z] ?[a-z]\d\d|"
            # ... Polish advertising's required "To jest lek" ("this is a medicine")
            r"to jest lek\b|"
            # ... a medicine named so in Portuguese, Spanish, Italian and German ("este
            # medicamento \u00e9 contraindicado", "il medicinale deve", "das Arzneimittel ist");
            # a Polish or Swiss summary of product characteristics ("Charakterystyka Produktu
            # Leczniczego", "Fachinformation"); a Chinese drug approval number (\u56fd\u836f\u51c6\u5b57, a
            # health food's differs); a pharmacy's "Generic Name" field
            r"este medicamento\b|il medicinale\b|il farmaco\b|questo medicinale\b|questo farmaco\b|"
            r"das arzneimittel\b|dieses arzneimittel\b|"
            # ... and an Indian pharmacy's directions for one ("Use this medicine in the dose and
            # duration as advised by your doctor"; not an EU prescription leaflet's "take this
            # medicine exactly as your doctor has told you")
            r"in the dose and duration as advised\b|"
            # ... and in a drug monograph's "may also be used for other conditions as determined
            # by your doctor"
            r"\bother conditions as determined by your (doctor|physician)\b|"
            r"(?<!nie jest )(?<!nie stanowi )produkt\w* lecznicz\w*|fachinformation|"
            # ... a Hungarian SmPC or leaflet ("alkalmaz\u00e1si el\u0151\u00edr\u00e1s", "A GY\u00d3GYSZER NEVE",
            # "betegt\u00e1j\u00e9koztat\u00f3"); the EU and UK leaflet's "1. What X is and what it is used
            # for", "The name of your medicine is"; a "patient (or drug) information leaflet"
            r"alkalmaz[\u00e1a]si el[\u0151o\u00f6][\u00edi]r[\u00e1a]s|a gy[\u00f3o]gyszer neve|betegt[\u00e1a]j[\u00e9e]koztat[\u00f3o]|"
            r"\bis and what (?:it is|they are) used for\b|\bthe name of (?:your|this) medicine is\b|"
            r"patient information leaflet|drug information leaflet|\u56fd\u836f\u51c6\u5b57|generic name\b|"
            # a drug maker's product page's heading (a prescription one says so above)
            r"dosage (&|and) administration)|"
            r"\u0627\u0644\u0627\u0633\u062a\u0637\u0628\u0627\u0628|\u062f\u0648\u0627\u0639\u064a \u0627\u0644\u0627\u0633\u062a\u0639\u0645\u0627\u0644",
            re.I | re.S,
        ),
        (
            "drug facts",
            "active ingredient",
            "regrowth treatment",
            "for the user",
            "anwender",
            "utilisateur",
            "usuario",
            "utilizzatore",
            "utilizador",
            "rvg",
            "reg",
            "din",
            "pl ",
            "indication",
            "indicated for",
            "indicated in",
            "\u043f\u043e\u043a\u0430\u0437\u0430\u043d",
            "\u0444\u0430\u0440\u043c\u0430\u043a\u043e\u043b\u043e\u0433",
            "pharmacology",
            "dicament",
            "atc ",
            "atx ",
            "to jest lek",
            *("este medicamento", "medicinale", "farmaco", "dose and duration", "as determined by"),
            *("alkalmaz", "gy\u00f3gyszer neve", "gyogyszer neve", "betegt\u00e1j", "betegtaj"),
            *("what it is used for", "what they are used for", "name of your medicine"),
            *("name of this medicine", "information leaflet"),
            *(
                "arzneimittel",
                "lecznicz",
                "fachinformation",
                "\u56fd\u836f\u51c6\u5b57",
                "generic name",
            ),
            "dosage & administration",
            "dosage and administration",
            "\u0627\u0644\u0627\u0633\u062a\u0637\u0628\u0627\u0628",
            "\u062f\u0648\u0627\u0639\u064a",
        ),
    ),
    # (a vegetarian capsule is a supplement's: a medicine's capsule is gelatin or says nothing;
    # and a tablet that "provides" its nutrients is a food's, a medicine's "contains" them)
    (
        "supplement",
        re.compile(
            r"\beach (?:(?:vegetarian|vegan|veggie|vegetable|veg) )?(capsule|softgel|soft ?gel capsule|gummy|serving) contains|"
            # (a liquid's spoon or a powder's scoop: "Each tablespoon (15 ml) contains")
            r"\beach (tablespoon|teaspoon|scoop)( \([^()\n]{0,20}\))? contains|"
            r"\beach (tablet|capsule|softgel|gummy|serving|sachet) provides\b",
            re.I,
        ),
        (),
    ),
    (
        "cosmetic",
        re.compile(
            # (not Canada's "Nonmedicinal ingredients:", a drug's or natural product's list, nor
            # a shop's "Ingredients:" heading over its "Medicinal ingredients:")
            r"\b(?:(aqua|water \(aqua\)|inci|parfum|fragrance)\b|(?<!active )(?<!other )(?<!medicinal )ingredients\s*:(?!\s*medicinal ingredients)|"
            # a review page's or shop's "Full ingredients list", "Main Ingredients"
            r"ingredients list\b|main ingredients\b)",
            re.I,
        ),
        (),
    ),
    intl.WEAK_SUPPLEMENT_RULE,
    # a shop listing's title: "Biotin 10000mcg Hair Growth Supplement, 120 Capsules"
    # (and a shop's "vegetarian capsules", "when using nutritional supplements", "supplementing
    # the diet")
    (
        "supplement",
        re.compile(
            r"\b(supplement(s|ing|ation)?|gummies|softgels|(vegetarian|vegan|veggie) capsules?|"
            # a "proprietary blend", the US supplement rule's term for amounts given only as a
            # total (21 CFR 101.36)
            r"proprietary (herbal )?blend|"
            # Canada's class for them, in a page's directions ("... other medications or
            # natural health products")
            r"natural health products?)\b",
            re.I,
        ),
        (),
    ),
    # (and a "Hair Care Oil")
    ("cosmetic", re.compile(r"\b(essential|(hair|scalp)( care)?|carrier) oil\b", re.I), ()),
    intl.WEAK_COSMETIC_RULE,
]
TYPE_RULES = [(name, rule) for name, rule, _ in _RULES]
TABLET_PANEL_AT = next(
    i for i, (_, rule) in enumerate(TYPE_RULES) if rule.pattern.startswith(r"\beach (film")
)
# ... and the nutrients whose tablet is no prescription sign on a supplement's page (a mineral
# or vitamin named within the panel's line: "Each tablet contains 200mg dried ferrous sulfate")
NUTRIENT_TABLET = re.compile(
    r"each tablet contains[^\n.]{0,40}?\b(ferrous|iron|zinc|calcium|magnesium|selenium|iodine|"
    r"biotin|vitamin|niacin|riboflavin|thiamin)",
    re.I,
)

# A shampoo ("Shampoo", German "coffeinhaltiges Shampoo") with no class stated and no drug in
# it is a cosmetic; label.py asks this once the actives are known, as a torn carton of a drug
# shampoo states no class and stays unknown.
SHAMPOO = re.compile(r"\bshampoo", re.I)
# ... in Korean, Chinese, Japanese, Russian and Ukrainian (looked for in a text beyond ASCII)
SHAMPOO_IN_SCRIPTS = re.compile(
    "\uc0f4\ud478|\u6d17\u53d1\u6c34|\u6d17\u9aee\u6c34|\u30b7\u30e3\u30f3\u30d7\u30fc|\u0448\u0430\u043c\u043f\u0443\u043d",
    re.I,
)


def says_shampoo(text: str) -> bool:
    return SHAMPOO.search(text) is not None or (
        not text.isascii() and SHAMPOO_IN_SCRIPTS.search(text) is not None
    )


# A kit is typed by its most regulated item: one of its listed items said to need a
# prescription ("1) Finasteride 1 mg tablets - prescription medication") makes it one, though
# another item's Drug Facts box comes first.
KIT_ITEM_RX = re.compile(
    r"\b(prescription[- ](medications?|medicines?|drugs?|only)|rx only|dispensed by)\b", re.I
)
# For the long rules, words every match of them contains (by position in TYPE_RULES): a label
# with none of them skips that scan. A test holds each match to its words.
TYPE_MUST_CONTAIN = {i: frozenset(words) for i, (_, _, words) in enumerate(_RULES) if words}
