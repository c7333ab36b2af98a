"""The words every match of each section header contains (label_headers' table): a label
without any of a header's words skips its scan, and a label's hint words give the headers
worth a search (label_text)."""

from __future__ import annotations

from anagen.products.label_headers import HEADERS
from anagen.products.label_headers_intl import INTL_HEADERS
from anagen.products.label_hints import Hints
from anagen.products.label_sections import Section

# Words every match of a header contains: a label without any of them skips that scan.
MUST_CONTAIN: dict[Section, tuple[str, ...]] = {
    Section.INACTIVE: (
        "inactive",
        "excipient",
        "eccipient",
        "bestandteile",
        "hilfsstoffe",
        "additive",
        "hulpstoffen",
        "hjälpämnen",
        "maddeler",
        "pomocnicze",
    ),
    Section.ACTIVE: (
        "active ingredient",
        "medicinal ingredient",
        "bestandde",
        "etkin madde",
        "etken madde",
        "substancj",
    ),
    Section.OTHER: ("other ingredient", "non-medicinal ingredient"),
    Section.PANEL: (
        "supplement facts",
        "amount per serving",
        "contains",
        "nutri",
        "per daily",
        "hrwert",
        "tagesdosis",
        "tenori",
        "giornaliera",
        "diaria",
        "diária",
        "\uae30\ub2a5",  # Korean "function", as in the table's heading
    ),
    Section.INGREDIENTS: ("ingr", "inci", "zutaten", "sk\u0142ad"),
    Section.STRENGTHS: ("strengths",),
    Section.DIRECTIONS: (
        *("conseils", "mode d", "cautions", "mises en garde", "effets ind", "posolog"),
        *("modo de", "advertencias", "precauciones", "modalit", "modo d", "avvertenze"),
        *("precauzioni", "controindicazioni", "effetti", "contraindicaciones", "efectos"),
        *("verzehrempfehlung", "anwendung", "warnhinweise", "dosierung", "gegenanzeigen"),
        *("nebenwirkungen", "vorsichtsma", "indication"),
        *("d\u00e1vkov", "pou\u017eit", "upozorn", "kontraindikace", "dosering", "varningar"),
        *("biverkningar", "gebruik", "waarschuwingen", "bijwerkingen", "advert\u00eancias"),
        *(
            "precau\u00e7\u00f5es",
            "contraindica\u00e7\u00f5es",
            "modo de usar",
            "\u03b4\u03bf\u03c3\u03bf\u03bb\u03bf\u03b3\u03af\u03b1",
        ),
        *(
            "\u03c4\u03c1\u03cc\u03c0\u03bf\u03c2 \u03c7\u03c1\u03ae\u03c3\u03b7\u03c2",
            "\u03b1\u03bd\u03c4\u03b5\u03bd\u03b4\u03b5\u03af\u03be\u03b5\u03b9\u03c2",
        ),
    ),
    Section.OTHER_PRODUCTS: (
        "also",
        "together",
        "similar",
        "related",
        "relacionados",
        "add to your",
        "routine",
        "well with",
        "add-on",
        "addon",
        "substitutes",
        "brands",
        "alternative",
        "prodotti",
        "gefallen",
        "kauften",
        "aussi",
        "également",
        "interess",
        "piacerti",
        "interesar",
        "gustar",
        "gostar",
        "kochten",
        "haben auch",
        "sahen sich",
        "quem comprou",
        "quem viu",
        "compre junto",
        "kupili",
        "kupowane razem",
        "benzer \u00fcr\u00fcnler",
        "birlikte al\u0131nan",
        "ensemble",
        "clientes tambi",
        "juntos",
        "insieme",
        "clienti hanno",
        "zusammen gekauft",
        "samen gekocht",
    ),
    Section.REVIEWS: (
        "review",
        "ulasan",
        "penilaian produk",
        "opinie",
        "avalia",
        "yorumlar",
        "de\u011ferlendirmeler",
        "soru-cevap",
        "rezensionen",
        "bewertungen",
        "client",
        "beoordelingen",
        "answers",
        "respuestas",
        "ponses",
        "antworten",
        "risposte",
        "respostas",
    ),
    Section.INTERACTIONS: (
        "other medicines",
        "drug interactions",
        "dicaments et",
        "otros medicamentos",
        "altri medicinali",
        "outros medicamentos",
        "anderen arzneimitteln",
        "nelietot kop",
        "nevartoti kartu",
        "mitte kasutada koos",
    ),
    Section.STOPPED: (
        *("stop taking", "stopped", "stop:", "stop :", "discontinu", "declined"),
        *("previous prescription", "anterioar"),
    ),
    Section.FREE_FROM: (
        *("free from:", "free of:", "livre de:", "libre de:", "frei von:", "sem:", "sans:"),
        *("senza:", "sin:", "bez:", "nie zawiera:", "\u0431\u0435\u0437:"),
        "\u043d\u0435 \u0441\u043e\u0434\u0435\u0440\u0436\u0438\u0442:",
    ),
}


# The words each header needs, by position in HEADERS (None: always scanned), as sets: a
# set's isdisjoint with another set walks the smaller one, the few words a label has.
HEADER_WORDS: list[frozenset[str] | None] = [
    *(
        frozenset(MUST_CONTAIN[section]) if section in MUST_CONTAIN else None
        for section, _ in HEADERS[: len(HEADERS) - len(INTL_HEADERS)]
    ),
    *(frozenset(words) for _, _, words in INTL_HEADERS),
]
# MUST_CONTAIN gives each section's words, its other scripts' too
for _section, _, _intl_words in INTL_HEADERS:
    if _section in MUST_CONTAIN:
        MUST_CONTAIN[_section] += _intl_words

HEADER_HINTS = Hints(
    [
        *(w for words in MUST_CONTAIN.values() for w in words),
        *(w for *_, ws in INTL_HEADERS for w in ws),
    ]
)
