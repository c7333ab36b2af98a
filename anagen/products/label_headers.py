"""The headers that open a label's sections (actives, inactives, supplement panel, other
products...): label_text cuts the label at them. Those written in other scripts or found by
their shape are label_headers_intl's; the words each needs, label_header_words'."""

from __future__ import annotations

import re

from anagen.products.label_headers_intl import INTL_HEADERS
from anagen.products.label_sections import Section
from anagen.wordscan import Scan

# Headers that open a section; "Purpose", "Uses", "Warnings"... close the actives.
HEADERS: list[tuple[Section, re.Pattern[str]]] = [
    (
        Section.INACTIVE,
        re.compile(
            r"\b(inactive ingredients?|inactives?(?=\s*:)|excipients?|list of excipients|"
            # the same header in Spanish/Portuguese, Italian and German
            r"excipientes?|eccipienti|eccipiente|sonstige bestandteile|hilfsstoffe|additives?(?=\s*:)|"
            # Dutch, Swedish, Turkish
            r"hulpstoffen|hjälpämnen|yard[\u0131i]mc[\u0131i] maddeler|"
            # Polish
            r"substancje pomocnicze)\b\s*[:.]?",
            re.I,
        ),
    ),
    (
        Section.ACTIVE,
        re.compile(
            r"\b(active ingredients?(\(s\))?|(?<!non-)(?<!non )medicinal ingredients?|werkzame? bestandde(el|len)|"
            # Turkish (one, its or several: "etkin madde", "-si", "-ler"; or "etken"); Polish
            r"etkin madde(si|ler)?|etken madde(si|ler)?|substancj[ae] czynn[ae])(\s*\([^)]*\))?\s*(purposes?\b)?\s*[:.]?",
            re.I,
        ),
    ),
    (
        Section.OTHER,
        re.compile(r"\b(other ingredients?|non-medicinal ingredients?)\b\s*[:.]?", re.I),
    ),
    (
        Section.PANEL,
        re.compile(
            r"\b(supplement facts|amount per serving|per daily (dose|serving|intake)|"
            # "each hard gelatin capsule contains", as Indian and Pakistani cartons write it
            # ... or "each film-coated tablet (1000 mg) contains", with the tablet's weight; an
            # Australian "each soft gel capsule contains"
            r"each ((hard|soft|vegetarian|veg|film[- ]coated) )?(gel(atine?)? )?"
            r"(capsule|tablet|caplet|softgel|serving|gummy)( \([^)\n]{1,20}\))? contains|"
            r"nutrition(al)? information( per [^:\n]{0,30})?|"
            # the nutrition table's heading in German, French, Italian, Spanish and Portuguese
            r"n[äa]hrwert(tabelle|e|angaben)|pro tagesdosis|valeurs nutritionnelles( moyennes)?|"
            r"informazioni nutrizionali|tenori medi|per dose giornaliera|informaci[oó]n nutricional|"
            r"informa[cç][aã]o nutricional|por (dosis|dose) di[aá]ria|"
            # a Korean health functional food's table, in Korean and its English translation
            r"nutrition (and|&) function information|\uc601\uc591 ?\uae30\ub2a5 ?\uc815\ubcf4)\b\s*[:.]?",
            re.I,
        ),
    ),
    (
        Section.INGREDIENTS,
        # "Ingredients:", or "Ingredients" alone on its line above the list (after another
        # word, only a kit's product's list: _list_after)
        re.compile(
            # (Italian, Spanish/Portuguese, German), "Ingredienti (INCI):" with its bracket
            # (Polish "Skład", "Składniki")
            r"\b(ingredients|ingr[eé]dients|ingredienti|ingredientes|zutaten|inci|sk\u0142ad(niki)?)\b"
            r"(\s*\([^)\n]{0,20}\))?\s*:|^[ \t]*(ingredients|inci)[ \t]*$",
            re.I | re.M,
        ),
    ),
    (
        Section.OTHER_PRODUCTS,
        re.compile(
            r"\b(frequently (bought|purchased) together|customers (who bought this( item)? )?also (bought|viewed|considered|liked)|"
            r"(buyers|people) also (bought|viewed)|you may also like|similar (sponsored )?(medicines|products|items)|"
            r"related products|compare with similar items|also consider|patients also bought|"
            # a document site's list of other leaflets ("Documentos relacionados", Brazil's
            # other bulas), in English, Portuguese and Spanish
            r"related documents|(documentos|produtos|productos) relacionados|"
            r"add to your (plan|order|routine|bundle|cart)|complete (your|the) routine|pairs? well with|"
            r"you (may|might) also (need|like|love)|recommended add-?ons|"
            # "you may also like" and "customers also bought" in German, French, Italian,
            # Spanish, Portuguese and Dutch
            # (each branch begins with plain text, so that the scan looks only where it occurs)
            r"das k[öo]nnte (ihnen|sie|dir|dich) (auch )?(gefallen|interessieren)|kunden kauften auch|"
            # ("Kunden, die diesen Artikel gekauft haben, kauften auch")
            r"kauften auch|haben auch (gekauft|angesehen)|sahen sich auch|"
            r"vous (aimerez|pourriez) (aussi|[ée]galement)( aimer)?|"
            r"les clients ont (aussi|[ée]galement) (achet|regard|consult)[ée]s?|"
            r"potrebbe(ro)? (anche )?(interessarti|piacerti|interessare)( anche)?|"
            r"tambi[ée]n te (puede|podr[ií]a)n? (interesar|gustar)|te p(uede|odr[ií]a)n? interesar|"
            r"voc[êe] tamb[ée]m (pode|poder[áa]) gostar|klanten kochten ook|"
            # Brazilian "who bought this also bought" and "buy together"; Polish "customers
            # (others) also bought" and "often bought together"
            r"quem (comprou|viu),? (tamb[ée]m )?(comprou|viu)( tamb[ée]m)?|compre junto|"
            r"(klienci|inni) kupili (r[óo]wnie[żz]|te[żz])|cz[ęe]sto kupowane razem|"
            # Turkish "similar products", "bought together"
            r"benzer \u00fcr\u00fcnler|birlikte al\u0131nan( \u00fcr\u00fcnler)?|"
            # "frequently bought together" and "customers also bought" in French, Spanish,
            # Italian, German, Portuguese and Dutch, as pharmacies' shop pages write them
            r"fr[\u00e9e]quemment achet[\u00e9e]s ensemble|souvent achet[\u00e9e]s ensemble|"
            r"clientes tambi[\u00e9e]n (compraron|vieron)|comprados juntos|"
            r"spesso (comprati|acquistati) insieme|clienti hanno (anche )?(acquistato|comprato)|"
            # Italian "related products", a shop page's heading for other products
            r"prodotti (correlati|simili)|"
            r"oft zusammen gekauft|h\u00e4ufig zusammen gekauft|vaak samen gekocht)\b[ \t]*:?|"
            # a pharmacy page's list of other brands of the same medicine, under its own heading
            # ("Substitutes for Follistar-F:", "Alternate brands:"; Indian pharmacy pages);
            # "not a substitute for a varied diet" is no heading. And a page's alternatives,
            # as a heading ("Alternatives to Dutasteride", "Alternative treatments") or a
            # table's first header cell ("| Alternative | Type | Notes |")
            r"^[ \t]*(substitutes( for [^\n:]{1,40})?|altern(ate|ative) brands)[ \t]*:?[ \t]*$|"
            r"^[ \t]*(\|[ \t]*)?alternatives?( (medicines|medications|treatments|drugs|products|options)| to [^\n:|]{1,40})?"
            r"[ \t]*(:?[ \t]*$|\|[^\n]*\|[ \t]*$)",
            re.I | re.M,
        ),
    ),
    # a leaflet's interactions, which name other medicines: "Other medicines and Olumiant",
    # in English, French, Spanish, Italian, Portuguese and German
    (
        Section.INTERACTIONS,
        re.compile(
            r"\b(other medicines and|taking other medicines|drug interactions|autres m[ée]dicaments et|"
            r"otros medicamentos y|altri medicinali e|outros medicamentos e|anderen arzneimitteln|"
            # "do not use together with:" in Latvian, Lithuanian and Estonian
            r"nelietot kop[\u0101a] ar|nevartoti kartu su|mitte kasutada koos)\b\s*[:.]?",
            re.I,
        ),
    ),
    # a heading alone on its line or before a colon: "See all customer reviews" is a link
    (
        Section.REVIEWS,
        re.compile(
            r"^[ \t]*(customer reviews|top reviews|reviews?|opinie|avalia[cç][õo]es|"
            # Turkish reviews and questions and answers
            r"yorumlar|de\u011ferlendirmeler|soru-cevap|reviews with images|kundenrezensionen|"
            r"kundenbewertungen|avis (des )?clients|commentaires (des )?clients|"
            r"opiniones de (los )?clientes|recensioni (dei )?clienti|avalia[cç][õo]es de clientes|"
            r"klantbeoordelingen|customer questions (&|and) answers|questions (&|and) answers|"
            r"preguntas y respuestas|questions et r[ée]ponses|fragen und antworten|"
            r"domande e risposte|perguntas e respostas|"
            # Indonesian and Malay reviews and ratings
            r"ulasan( pembeli| produk)?|penilaian produk)[ \t]*(\(\d[\d,.]*\))?[ \t]*"
            # (a heading before its colon, alone on its line, or before a review's stars)
            r"(:|$|(?=[\u2605\u2606]))",
            re.M,
        ),
    ),
    # before IGNORED, whose "stop use" it must not take
    (
        Section.STOPPED,
        re.compile(
            r"^[ \t]*(stop(ped)?( taking)?|discontinue(d)?( taking)?|declined|"
            r"medications? (stopped|discontinued|to stop)|"
            # a record's earlier prescription, of another medicine: in English and Romanian
            r"previous prescriptions?|(re[\u021b\u0163t]eta|prescrip[\u021b\u0163t]ia) anterioar[\u0103a])[ \t]*:",
            re.M,
        ),
    ),
    # a list of what the product lacks, after its colon: in English, Portuguese, Spanish,
    # German, French, Italian, Polish and Russian
    (
        Section.FREE_FROM,
        re.compile(
            r"\b(free (from|of)|livre de|libre de|frei von|sem|sans|senza|sin|bez|nie zawiera|"
            r"\u0431\u0435\u0437|\u043d\u0435 \u0441\u043e\u0434\u0435\u0440\u0436\u0438\u0442):",
            re.I,
        ),
    ),
    # before IGNORED, whose "dosage" it begins with; no \b after it, as a drug-label site runs
    # the heading into its text ("3 DOSAGE FORMS AND STRENGTHSSpironolactone tablets USP 25 mg")
    (Section.STRENGTHS, re.compile(r"\bdosage forms (and|&) strengths\s*:?", re.I)),
    (
        Section.IGNORED,
        re.compile(
            r"\b(purpose|uses?|warnings?|directions|other information|questions\??|do not use|keep out of reach|stop use|when using|indications? (&|and) usage|"
            # (a carton's "Dosage form: Liquid" says what the product is, not how to take it)
            r"dosage(?! forms?\b)|"
            # Polish indications, contraindications, dosage, directions
            r"przeciwwskazania|wskazania|dawkowanie|spos\u00f3b u\u017cycia)\b\s*[:.]?|"
            # an herb page's natural constituents of the plant ("Phytochemicals: Iron, calcium,
            # magnesium"; "Photochemical:" as some write it), before their colon: no added ones
            # (each spelt whole: "(phyto|photo)" would make the scan try every "ph" of a label)
            r"\bphyto-?chemicals?( constituents)?[ \t]*:|\bphoto-?chemicals?( constituents)?[ \t]*:|"
            r"\bchemical constituents[ \t]*:",
            re.I,
        ),
    ),
    # directions, precautions and warnings in French, Spanish, Italian and German, and a
    # carton's indications, before their colon: what follows names no ingredient of the
    # product ("Peut \u00eatre associ\u00e9 \u00e0 un traitement (minoxidil)")
    (
        Section.DIRECTIONS,
        re.compile(
            r"\b(conseils d['\u2019]utilisation|mode d['\u2019]emploi|pr[\u00e9e]cautions( d['\u2019]emploi)?|"
            r"mises en garde|effets ind[\u00e9e]sirables|precauzioni|controindicazioni|effetti indesiderati|"
            r"contraindicaciones|efectos adversos|gegenanzeigen|nebenwirkungen|vorsichtsma(\u00df|ss)nahmen|"
            r"posologie|posolog[i\u00ed]a|modo de empleo|modo de uso|advertencias|precauciones|"
            r"modalit[\u00e0a] d['\u2019]uso|modo d['\u2019]uso|avvertenze|verzehrempfehlung|"
            r"anwendung|anwendungshinweise|warnhinweise|dosierung|indications?|"
            # ... in Czech, Slovak, Swedish, Dutch, Portuguese and Greek
            r"d\u00e1vkov\u00e1n\u00ed|pou\u017eit\u00ed|upozorn\u011bn\u00ed|kontraindikace|d\u00e1vkovanie|pou\u017eitie|"
            r"dosering|varningar|biverkningar|gebruik|gebruiksaanwijzing|waarschuwingen|bijwerkingen|"
            r"advert\u00eancias|precau\u00e7\u00f5es|contraindica\u00e7\u00f5es|modo de usar|"
            r"\u03b4\u03bf\u03c3\u03bf\u03bb\u03bf\u03b3\u03af\u03b1|\u03c4\u03c1\u03cc\u03c0\u03bf\u03c2 \u03c7\u03c1\u03ae\u03c3\u03b7\u03c2|\u03b1\u03bd\u03c4\u03b5\u03bd\u03b4\u03b5\u03af\u03be\u03b5\u03b9\u03c2)[ \t]*:",
            re.I,
        ),
    ),
]
# ... and those that carry their own words (label_headers_intl)
HEADERS += [(section, pattern) for section, pattern, _ in INTL_HEADERS]


# The headers as Scans; the second list without re.I, for text already in lower case: about
# a third faster.
HEADER_SCANS = [(s, Scan(p.pattern, p.flags)) for s, p in HEADERS]
HEADER_SCANS_LOWER = [(s, Scan(p.pattern, p.flags & ~re.I)) for s, p in HEADERS]
