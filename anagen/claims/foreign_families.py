"""Wider families of the commonest claims in German, French, Spanish, Italian and Portuguese,
read after the English ones and merged into foreign_wording.FOREIGN: thicker hair, approval
for a use, a harm named or early shedding said to come with a treatment, a time span between
two counts, and German sentences that put the verb last ("die Durchblutung fördern").

As in foreign_wording.py, every wording needs a word of its own language (the literal
prefilter then never runs it on English text), verb stems are cut where the languages inflect
them, and denials are left to modality.py.
"""

from __future__ import annotations

from anagen.claims.vocab import Kind

# How thick or dense hair is, the quality a thickening claim raises ("Haardichte", "densité
# capillaire", "spessore", "grosor", "espessura"); not "volume", which English shares.
THICKNESS = (
    r"(haardichte|haarfülle|haardicke|haarvolumen|dichte der haare|densit[eé] (capillaire|des cheveux)|"
    r"[eé]paisseur|densit[àa] (capillare|dei capelli)|spessore|densidad (capilar|del cabello)|grosor|"
    r"espesor|densidade (capilar|do cabelo|dos fios)|espessura)"
)
# Hair said to become thicker or fuller: "dichteres Haar", "cheveux plus épais", "capelli più
# folti", "cabello más grueso", "fios mais grossos".
THICKER_HAIR = (
    r"\b(dicker\w*|dichter\w*|voller\w*|kräftiger\w*) (und \w+ )?(haar|haare|haarpracht)\b|"
    r"\bcheveux plus (épais|denses|fournis|volumineux)\b|\bcapelli (più|piu) (folti|spessi|densi|"
    r"corposi)\b|\b(cabellos?|pelo) (más|mas) (gruesos?|densos?|abundantes?|poblados?)\b|"
    r"\b(cabelos?|fios) (ficam |fica |tornam-se |torna-se )?mais (grossos?|densos?|volumosos?|cheios?)\b"
)
# Raising it: German, French, Spanish, Italian and Portuguese stems
RAISES = (
    r"(erhöh|steiger|verbesser|vergrößer|augment|amélior|accro[iî]t|aument|miglior|increment|"
    r"mejor|melhor|engros|ispess|densific|verdick)"
)

# A use approved, the regulator unnamed, as English "approved for the treatment of hair loss"
# reads (regulatory.py): "zur Behandlung zugelassen", "autorisé pour le traitement".
APPROVED_FOR_USE = (
    r"\b(zugelassen|genehmigt) (zur|für die) behandlung\b|\b(zur|für die) behandlung (\w+ ){0,5}"
    r"(zugelassen|genehmigt)\b|\b(approuv|autoris)[eé]e?s? (pour|dans) (le traitement|traiter)\b|"
    r"\b(approvat|autorizzat)[oaie] (per|nel) (il )?(trattamento|trattare)\b|"
    r"\b(aprobad|autorizad|aprovad)[oa]s? para (el |o )?(tratamiento|tratamento|tratar)\b|"
    # the agency before a gap: "von der US-amerikanischen FDA zur Behandlung ... zugelassen"
    r"\b(von der|durch die) ([\w-]+ ){0,3}fda\b[^.]{0,80}\b(zugelassen|genehmigt)\b"
)

# Early shedding, the harm minoxidil is known for ("verstärkter Haarausfall", "chute
# réactionnelle", "caduta indotta", "aumento de la caída", "efeito shedding").
SHEDDING = (
    r"(verstärkte[mnr]? haarausfall|vermehrte[mnr]? haarausfall|shedding-phase|chute réactionnelle|"
    r"(augmentation|recrudescence) (de la|des) chute|la chute des cheveux peut augmenter|"
    r"caduta (indotta|aumentata|iniziale|reattiva)|caduta di capelli (più abbondante|aumentata)|"
    r"aumento (de la|della|da) (ca[ií]da|caduta|queda)|ca[ií]da (inicial|temporal) del (cabello|pelo)|"
    r"p[eé]rdida temporal del (cabello|pelo)|perda tempor[aá]ria|efe(i)?to shedding|efecto shedding)"
)
# Harms a treatment is said to bring, by name: itching, redness, irritation, flaking
HARM_NAMES = (
    r"(juckreiz|reizung\w*|rötung\w*|irritationen|kopfhautreizung\w*|démangeaisons?|rougeurs?|"
    r"irritations?|desquamations?|prurito|arrossament\w*|irritazion\w*|desquamazion\w*|picor|"
    r"picaz[oó]n|comez[oó]n|enrojecimiento|irritaci[oó]n|descamaci[oó]n|irrita[cç][aã]o|coceira|"
    r"vermelhid[aã]o|descama[cç][aã]o|ardor|brûlures?|bruciore|brennen)"
)
# "can cause" and "it comes to", which bring a harm about in each language
BRINGS = (
    r"(verursach\w*|auslös\w*|hervorruf\w*|kommt es|kommen|kam es|provoqu\w*|caus\w*|entraîn\w*|"
    r"provoc\w*|determin\w*|produc\w*|produz\w*|ocasion\w*|gerar|gera)"
)

# "occurs" or "is seen", said of shedding: "può verificarsi una caduta indotta"
OCCURS = (
    r"(auftreten|auftritt|kommen|kommt|survenir|survient|appara[iî]t\w*|verificarsi|si verifica|"
    r"osservat[ao]|ocurrir|ocurre|produzca|produce|acontecer|acontece|ocorrer|ocorre|observ[eé]e?)"
)
# What a treatment is said to be, harmless: "è quindi inoffensivo", "ist völlig harmlos"
HARMLESS = (
    r"\b(ist|sind|est|sont|è|sono|es|son|é|são) (\w+ ){0,2}(harmlos|unbedenklich|inoffensi\w*|"
    r"sans danger|innocu[oaie]|inofensiv[oa]s?|in[oó]cu[oa]s?)\b"
)

FAMILIES: dict[Kind, list[str]] = {
    Kind.NATURAL_SAFE: [HARMLESS],
    Kind.THICKENS_HAIR: [
        rf"\b{RAISES}\w*\b[^.]{{0,30}}\b{THICKNESS}",
        THICKER_HAIR,
    ],
    Kind.FDA_APPROVED: [APPROVED_FOR_USE],
    Kind.CAUSES_SIDE_EFFECT: [
        rf"\b{BRINGS}\b[^.]{{0,40}}\b{SHEDDING}",
        rf"\b{SHEDDING}\b[^.]{{0,40}}\b{OCCURS}\b|\b{OCCURS}\b[^.]{{0,40}}\b{SHEDDING}",
        rf"\b(kann|können|peut|peuvent|può|possono|puede|pueden|pode|podem)\b (\w+ ){{0,2}}{BRINGS}\b"
        rf"[^.]{{0,25}}\b{HARM_NAMES}",
        # German puts the verb last: "kann Juckreiz verursachen", "kann es zu Juckreiz kommen"
        rf"\b({HARM_NAMES}|{SHEDDING})\b[^.]{{0,40}}\b(verursachen|auslösen|hervorrufen)\b",
        rf"\b(kommt|kam|kann|könnte) es\b[^.]{{0,60}}\bzu ({HARM_NAMES}|{SHEDDING})",
    ],
    Kind.WORKS_IN_DAYS: [
        # between two counts: "zwischen 3 und 6 Monaten", "entre os 3 e 6 meses", "tra 2 e 4 mesi"
        r"\b(zwischen|entre|tra|fra|a partir de)( (las|los|os|as|les|den|i|le))? (\d+|zwei|drei|vier|"
        r"deux|trois|quatre|dos|tres|cuatro|dois|duas|três|quatro|due|tre|quattro) (und|et|y|e|a|à|bis) "
        r"(\d+|drei|vier|sechs|zwölf|trois|quatre|six|douze|tres|cuatro|seis|doce|três|quatro|tre|"
        r"quattro|sei|dodici) (tagen|wochen|monaten|jours|semaines|mois|d[ií]as|semanas|meses|giorni|"
        r"settimane|mesi)\b",
    ],
    Kind.DRUG_CLASS: [
        # German puts the verb last: "die Durchblutung der Kopfhaut fördern"
        r"\b(durchblutung|blutzirkulation|mikrozirkulation|blutfluss)\b[^.]{0,40}\b(fördern|fördert|"
        r"verbessern|anregen|steigern|erhöhen|ankurbeln|stimulieren)\b|\bdurchblutungsfördernd\w*",
    ],
    Kind.REGROWS_HAIR: [
        r"\bzum (wachsen|wachstum|sprießen|spriessen|nachwachsen) (an)?(regen|regt|angeregt|anzuregen|"
        r"bringen|bringt|gebracht|zu bringen)\b",
        r"\b(haarwachstum|haarwuchs)\b[^.]{0,30}\b(fördern|anregen|stimulieren|steigern|verbessern|"
        r"ankurbeln)\b",
    ],
}

# Harms named in the other languages, for the English word of the recorded side effect they
# match (harms.CLAIM_WORDS; accents folded as there): "Juckreiz" is itching.
FOREIGN_HARM_WORDS = {
    **dict.fromkeys(
        [
            "juckreiz",
            "demangeaisons",
            "demangeaison",
            "prurit",
            "prurito",
            "picor",
            "picazon",
            "comezon",
            "coceira",
            "prurido",
        ],
        "itching",
    ),
    **dict.fromkeys(
        [
            "reizung",
            "reizungen",
            "kopfhautreizung",
            "kopfhautreizungen",
            "irritationen",
            "irritazione",
            "irritazioni",
            "irritacion",
            "irritaciones",
            "irritacao",
            "irritacoes",
        ],
        "irritation",
    ),
    **dict.fromkeys(
        [
            "schuppen",
            "schuppung",
            "desquamation",
            "pellicules",
            "desquamazione",
            "forfora",
            "descamacion",
            "descamacao",
            "caspa",
        ],
        "flaky",
    ),
    **dict.fromkeys(
        ["schwindel", "vertiges", "vertigini", "mareo", "mareos", "tontura"], "dizziness"
    ),
    **dict.fromkeys(["kopfschmerzen", "cephalees", "cefalea", "cefaleia"], "headache"),
    **dict.fromkeys(["herzrasen", "taquicardia", "tachicardia", "tachycardie"], "heartbeat"),
    **dict.fromkeys(
        ["hypertrichose", "ipertricosi", "hipertricosis", "hipertricose"], "extra growth"
    ),
    **dict.fromkeys(
        [
            "erektionsstorungen",
            "erektionsstorung",
            "impotenz",
            "potenzprobleme",
            "erectil",
            "erettile",
            "eretil",
        ],
        "erection",
    ),
    **dict.fromkeys(["libidoverlust", "libido"], "drive"),
}
