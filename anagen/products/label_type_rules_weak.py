"""The weaker product-type rules, after every class said in so many words: a shop's category, a
leaflet's wording and headings, a dose form's panel, a list of ingredients and a shop's words
for supplements and oils. Last of the type rules: label_type_rules joins the lists of
label_type_rules_regulatory, _prescription, _nonprescription and _weak in that order, which is
TYPE_RULES' order (the first rule that fits wins)."""

from __future__ import annotations

import re

import anagen.products.label_words_intl as intl

# A page that calls what it is about "this medicine" ("What this medicine is used for", "This
# medication may cause dizziness"), as the French "ce m\u00e9dicament" below, and states no class;
# label.py settles prescription or not by its actives, as for a leaflet known by its headings.
# (Not in a direction to take or use it, "take this medicine exactly as your doctor has told
# you": a prescription leaflet's wording, which says neither class for sure.)
THIS_MEDICINE = (
    "otc_drug",
    re.compile(
        r"\b(?<!take )(?<!taking )(?<!use )(?<!using )(?<!apply )this medic(?:ine|ation)\b", re.I
    ),
    ("this medic",),
)

# Each rule with the words every match of it contains (label_type_rules.TYPE_MUST_CONTAIN)
RULES: list[tuple[str, re.Pattern[str], tuple[str, ...]]] = [
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
            # (not a shop's link to one: "Patient Information Leaflet https://...pil.pdf")
            r"patient information leaflet(?![ \t]*:?[ \t]*(?:https?://|www\.|\(?pdf\b))|drug information leaflet|\u56fd\u836f\u51c6\u5b57|generic name\b|"
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
    # A medicine's summary of product characteristics or leaflet by the section headings that
    # the EU's template and the registries following it print in their languages (a shop's,
    # a supplement's or a cosmetic's page has none): "qualitative and quantitative
    # composition", "pharmaceutical form", "therapeutic indications", "posology and method of
    # administration" in English, German, French, Spanish, Italian, Portuguese, Turkish, Czech,
    # Slovak and Polish; a contraindications heading alone on its line or naming the product
    # ("Contra-indicações de X"); Japan's RAD-AR patient sheet of a medicine ("くすりのしおり").
    # (Not German "Darreichungsform", which shops print for cosmetics too.) No class is stated.
    (
        "otc_drug",
        re.compile(
            r"qualitative and quantitative composition|qualitative und quantitative zusammensetzung|"
            r"composition qualitative et quantitative|composici[\u00f3o]n cualitativa y cuantitativa|"
            r"composizione qualitativa e quantitativa|composi[\u00e7c][\u00e3a]o qualitativa e quantitativa|"
            r"kalitatif ve kantitatif bile[\u015fs]im|kvalitativn[\u00edi] a kvantitativn[\u00edi] slo[\u017ez]en[\u00edi]|"
            r"sk[\u0142l]ad jako[\u015bs]ciowy i ilo[\u015bs]ciowy|"
            r"pharmaceutical form|forme pharmaceutique|forma farmac[\u00e9\u00eae]utica|"
            r"farmas[\u00f6o]tik form|l[\u00e9e]kov[\u00e1a] forma|liekov[\u00e1a] forma|posta[\u0107c] farmaceutyczna|"
            r"therapeutic indications|indications th[\u00e9e]rapeutiques|indicaciones terap[\u00e9e]uticas|"
            r"indicazioni terapeutiche|indica[\u00e7c][\u00f5o]es terap[\u00eae]uticas|terap[\u00f6o]tik endikasyon|"
            r"terapeutick[\u00e9e] indikace|wskazania do stosowania|anwendungsgebiete|"
            r"posology and method of administration|dosierung(?:,| und) art (?:und dauer )?der anwendung|"
            r"posologie et mode d'administration|posolog[\u00eda] y forma de administraci[\u00f3o]n|"
            r"posologia e modo di somministrazione|posologia e modo de administra[\u00e7c][\u00e3a]o|"
            r"pozoloji ve uygulama [\u015fs]ekli|d[\u00e1a]vkov[\u00e1a]n[\u00edi] a zp[\u016fu]sob pod[\u00e1a]n[\u00edi]|"
            r"dawkowanie i spos[\u00f3o]b podawania|"
            r"(?<![^\n])(?:contra-?indica[\u00e7c][\u00f5o]es|contraindicaciones|controindicazioni|contre-indications|"
            r"gegenanzeigen|kontrendikasyonlar|kontraindikace|przeciwwskazania)(?=[ \t]*(?:\n|$)|[ \t]+d[aeio]s?[ \t])|"
            r"\u304f\u3059\u308a\u306e\u3057\u304a\u308a|"
            # ... an Australian or New Zealand consumer medicine information; a Brazilian bula's
            # headings ("Identifica\u00e7\u00e3o do medicamento", "Bula do paciente"); a medicine
            # named so in Swedish, Danish and Norwegian ("100 ml av l\u00e4kemedlet inneh\u00e5ller"),
            # or by its active substance and excipients there (a food's "inte ett l\u00e4kemedel"
            # says the opposite)
            r"consumer medicine information|identifica[\u00e7c][\u00e3a]o do medicamento|"
            r"bula (?:do|para o) (?:paciente|profissional)|"
            r"l\u00e4kemedlet|l\u00e6gemidlet|legemidlet|aktiv best\u00e5ndsdel|aktivt stof|virkestoff|"
            r"hj\u00e4lp\u00e4mnen|hj\u00e6lpestoffer|hjelpestoffer|"
            # ... in Chinese: a Chinese patent medicine, a drug product (not a health food's "\u672c\u54c1\u4e0d\u80fd
            # \u4ee3\u66ff\u836f\u7269", nor the drug administration a cosmetic's filing names)
            r"\u4e2d\u6210\u836f|(?<!\u975e)(?<!\u4e0d\u662f)(?<!\u66ff)(?<!\u98df\u54c1)\u836f\u54c1(?!\u76d1)|"
            # ... a drug page's pregnancy category (the US FDA's letters, for drugs only) and
            # contraindication
            r"\bpregnancy(?: risk)?:?[ \t]*category[ \t]*:?[ \t]*[abcdx]\b|\bis contraindicated in patients\b",
            re.I,
        ),
        (
            *(
                "quantitative",
                "quantitativa",
                "kvantitativn",
                "kantitatif",
                "cuantitativa",
                "ilo\u015bciowy",
                "ilosciowy",
            ),
            *(
                "pharmaceutical form",
                "forme pharmaceutique",
                "forma farmac",
                "farmas\u00f6tik form",
            ),
            *("farmasotik form", "kov\u00e1 forma", "kova forma", "farmaceutyczna"),
            *("therapeutic indications", "indications th", "terap\u00e9uticas", "terapeuticas"),
            *("terapeutiche", "terap\u00eauticas", "endikasyon", "indikace", "wskazania do"),
            *("anwendungsgebiete", "posology and", "der anwendung", "posologie et", "posolog"),
            *("pozoloji", "d\u00e1vkov\u00e1n\u00ed", "davkovani", "dawkowanie"),
            *("indica\u00e7\u00f5es", "indicacoes", "contraindicaciones", "controindicazioni"),
            *("contre-indications", "gegenanzeigen", "przeciwwskazania"),
            "\u304f\u3059\u308a\u306e\u3057\u304a\u308a",
            *("consumer medicine information", "do medicamento", "bula "),
            *("l\u00e4kemedlet", "l\u00e6gemidlet", "legemidlet", "aktiv best\u00e5ndsdel"),
            *(
                "aktivt stof",
                "virkestoff",
                "hj\u00e4lp\u00e4mnen",
                "hj\u00e6lpestoffer",
                "hjelpestoffer",
            ),
            *("\u4e2d\u6210\u836f", "\u836f\u54c1", "pregnancy", "contraindicated in patients"),
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
            r"\beach (tablet|capsule|softgel|gummy|serving|sachet) provides\b|"
            # a supplement table's heading by its serving unit ("Amount per lozenge",
            # "Ingredients per gummy", "Content per capsule"; a medicine's says "each ... contains")
            r"\b(amount|ingredients?|contents?) per (lozenge|gumm(y|ies)|(vegetarian |veggie )?capsule|"
            r"softgel|tablet|chewable|sachet|stick|scoop|pastille)\b",
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
    # the last sign of all
    THIS_MEDICINE,
]
