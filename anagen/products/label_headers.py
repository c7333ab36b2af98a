"""The headers that open a label's sections (actives, inactives, supplement panel, other
products...), and the words each needs: label_text cuts the label at them."""

from __future__ import annotations

import re
from enum import StrEnum

from anagen.products.label_headers_scripts import SCRIPT_HEADERS
from anagen.products.label_hints import Hints
from anagen.wordscan import Scan


class Section(StrEnum):
    PREAMBLE = "preamble"
    ACTIVE = "active"
    INACTIVE = "inactive"
    PANEL = "panel"
    OTHER = "other"
    INGREDIENTS = "ingredients"
    STRENGTHS = "strengths"  # US prescribing information: "Dosage forms and strengths"
    OTHER_PRODUCTS = "other_products"  # a shop's "Frequently bought together" line
    # buyers' reviews and questions: what they name is what they use, not this product
    REVIEWS = "reviews"
    # a clinic record's medicines to stop or declined ("STOP taking:"), up to its last item
    STOPPED = "stopped"
    # a "Free from:" list: what the product is made without ("Livre de: sulfato, minoxidil")
    FREE_FROM = "free_from"
    INTERACTIONS = "interactions"  # a leaflet's other medicines not to take with this one
    # a kit's or bundle's other product with its own list ("Shampoo ingredients: ..."): what it
    # names is in the box too
    KIT = "kit"
    IGNORED = "ignored"
    # a European leaflet's directions, precautions or warnings, up to the next labelled line
    DIRECTIONS = "directions"


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
            # ... or "each film-coated tablet (1000 mg) contains", with the tablet's weight
            r"each ((hard|soft|vegetarian|veg|film[- ]coated) )?(gelatine? )?"
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
            # "not a substitute for a varied diet" is no heading
            r"^[ \t]*(substitutes( for [^\n:]{1,40})?|altern(ate|ative) brands)[ \t]*:?[ \t]*$",
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
    # before IGNORED, whose "dosage" it begins with
    (Section.STRENGTHS, re.compile(r"\bdosage forms (and|&) strengths\b\s*:?", re.I)),
    (
        Section.IGNORED,
        re.compile(
            r"\b(purpose|uses?|warnings?|directions|other information|questions\??|do not use|keep out of reach|stop use|when using|indications? (&|and) usage|"
            # (a carton's "Dosage form: Liquid" says what the product is, not how to take it)
            r"dosage(?! forms?\b)|"
            # Polish indications, contraindications, dosage, directions
            r"przeciwwskazania|wskazania|dawkowanie|spos\u00f3b u\u017cycia)\b\s*[:.]?",
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

# The headers in Japanese, Chinese, Korean, Russian and Ukrainian, each with the words every
# match of it contains. Words written without spaces have no word edges: a header there is one
# in brackets ("【成份】"), before a colon or opening its line, and not the end of a longer word
# ("营养成分:").
INTL_HEADERS: list[tuple[Section, re.Pattern[str], tuple[str, ...]]] = [
    (
        Section.INACTIVE,
        re.compile(
            r"(添加物|辅料|賦形剤|(вспомогательн|допоміжн)\w*\s+(веществ|речовин)\w*)\s*:?", re.I
        ),
        ("添加物", "辅料", "賦形剤", "вспомогательн", "допоміжн"),
    ),
    (
        Section.ACTIVE,
        re.compile(
            r"(?<![\u3400-\u9fff\uac00-\ud7a3])(有効成分|成分・分量|成分及び分量|有效成分|기능성\s?주성분|주성분)\s*[:】]?|"
            r"(?<!\w)(действующ\w*|активн\w*|діюч\w*)\s+(веществ|речовин)\w*(\s*\([^)\n]*\))?\s*:?",
            re.I,
        ),
        ("有効成分", "成分・分量", "成分及び分量", "有效成分", "주성분", "веществ", "речовин"),
    ),
    (
        Section.OTHER,
        re.compile(r"その他の成分\s*:?|(?<!\w)інші інгредієнти\s*:", re.I),
        ("その他の成分", "інші інгредієнти"),
    ),
    (
        Section.PANEL,
        re.compile(
            r"栄養成分表示|营养成分表|(?<!\w)(содержание в суточной дозе|вміст \u0443 добовій дозі)",
            re.I,
        ),
        ("栄養成分表示", "营养成分表", "суточной дозе", "добовій дозі"),
    ),
    (
        Section.INGREDIENTS,
        re.compile(
            r"(?<![\u3400-\u9fff\uac00-\ud7a3])(全成分|主要原料|原材料名|原材料|原料|配料|成分|成份|전성분|원재료명|성분)"
            r"(\s*\([^)\n]{0,20}\))?\s*(:|】)|"
            r"(?<!\w)(состав|склад|ингредиенты|інгредієнти)(?!\w)[^:\n]{0,25}:",
            re.I,
        ),
        (
            "成分",
            "成份",
            "原料",
            "原材料",
            "配料",
            "성분",
            "원재료명",
            "состав",
            "склад",
            "ингредиенты",
            "інгредієнти",
        ),
    ),
    (
        Section.OTHER_PRODUCTS,
        re.compile(
            r"(看了又看|猜你喜欢|买了又买|大家都在买|店铺推荐|相关推荐|この商品を(見|買)った人|よく一緒に購入|関連商品|"
            r"함께 (본|구매한|사용하면 좋은|구매하면 좋은) (상품|제품)|추천 상품|"
            r"\u0441 этим товаром (покупают|смотрят)|похожие товары|разом з цим товаром|з цим товаром купують|"
            r"схожі товари)[^:\n]{0,20}:?",
            re.I,
        ),
        (
            "看了又看",
            "猜你喜欢",
            "买了又买",
            "大家都在买",
            "店铺推荐",
            "相关推荐",
            "この商品を",
            "よく一緒に購入",
            "関連商品",
            "함께",
            "추천 상품",
            "\u0441 этим товаром",
            "похожие товары",
            "з цим товаром",
            "схожі товари",
        ),
    ),
    # buyers' reviews: a heading, or a Chinese shop's review mark mid-line
    (
        Section.REVIEWS,
        re.compile(
            r"^[ \t]*(买家评价|宝贝评价|商品评价|累计评价|구매평|상품평|리뷰|レビュー|カスタマーレビュー|口コミ|"
            r"отзывы|відгуки)[ \t]*(\(\d[\d,.]*\))?[ \t]*(:|$)|"
            r"(?<![\u3400-\u9fff])评价[ \t]*:",
            re.M,
        ),
        (
            "评价",
            "구매평",
            "상품평",
            "리뷰",
            "レビュー",
            "口コミ",
            "отзывы",
            "відгуки",
        ),
    ),
    (
        Section.INTERACTIONS,
        re.compile(r"相互作用|併用注意|상호작용|(?<!\w)(взаимодействие|взаємодія)(?!\w)", re.I),
        ("相互作用", "併用注意", "상호작용", "взаимодействие", "взаємодія"),
    ),
    (
        Section.IGNORED,
        re.compile(
            r"(?:^[ \t]*|【)(使用上の注意|してはいけないこと|相談すること|用法・用量|用法及び用量|効能・効果|効能又は効果|"
            r"注意事项|用法用量|功能主治|适应症|禁忌|不良反应|사용법|사용방법|주의사항|섭취방법|섭취 시 주의사항|효능·효과|"
            r"показания|противопоказания|способ применения|побочные действия|показання|протипоказання|"
            r"спосіб застосування|побічна дія)[^:\n】]{0,12}(:|】)",
            re.I | re.M,
        ),
        (
            "使用上の注意",
            "してはいけないこと",
            "相談すること",
            "用法",
            "効能",
            "注意事项",
            "功能主治",
            "适应症",
            "禁忌",
            "不良反应",
            "사용법",
            "사용방법",
            "주의사항",
            "섭취방법",
            "효능",
            "показания",
            "противопоказания",
            "способ применения",
            "побочные действия",
            "показання",
            "протипоказання",
            "спосіб застосування",
            "побічна дія",
        ),
    ),
]
# A shop's line of other products in any language, by its shape rather than its wording: a
# heading of a few words opening its line, holding a word for "also", "together" or
# "related" ("Andra kunder k\u00f6pte ocks\u00e5:", "Z\u00e1kazn\u00edci tak\u00e9 koupili:",
# "Productos relacionados:"), before its colon; "Also contains:" and "Also known as:" name
# the product's own. A seller's note names other products too.
ALSO_WORDS = (
    *("also", "ook", "ocks\u00e5", "\u00e4ven", "tak\u00e9", "taky", "tambi", "tamb\u00e9m"),
    *("anche", "auch", "aussi", "\u00e9galement", "te\u017c", "tak\u017ce", "r\u00f3wnie\u017c"),
    *("ogs\u00e5", "my\u00f6s", "\u03b5\u03c0\u03af\u03c3\u03b7\u03c2", "\u03bc\u03b1\u03b6\u03af"),
    *("samen", "tillsammans", "sammen", "spole\u010dn\u011b", "juntos", "insieme", "zusammen"),
    *("ensemble", "related", "relacionad", "relaterade", "gerelateerd", "souvisej\u00edc\u00ed"),
    *("\u03c3\u03c7\u03b5\u03c4\u03b9\u03ba", "seller", "store note", "shop note"),
    # Estonian, Latvian, Lithuanian, Croatian, Serbian and Slovenian "also"
    *(" ka:", " ka ", "ar\u012b", "taip pat", "tako\u0111er", "takodje", "tako\u0111e", "tudi"),
)
# a word of the heading, none that makes it the product's own list
_HEADING_WORD = (
    r"(?!contain|contien|cont\u00e9m|enth\u00e4lt|enthalt|bevat|inneh\u00e5ll|obsahuje|zawiera|"
    # ... in Estonian, Latvian, Croatian and Serbian, Slovenian, Lithuanian
    r"sisalda|satur|sadr\u017e|vsebuje|sud\u0117ty|"
    r"\u03c0\u03b5\u03c1\u03b9\u03ad\u03c7|includ|inclu|ingred|kit\b|box\b|known|bekannt|conocid|conhecid)[^\W\d_]+"
)
ALSO_HEADER = (
    Section.OTHER_PRODUCTS,
    re.compile(
        rf"^[ \t]*(?=[^:\n]{{1,90}}:)(?:{_HEADING_WORD}[ \t]+){{0,5}}"
        r"(also|ook|ocks\u00e5|\u00e4ven|tak\u00e9|taky|tambi[e\u00e9]n|tamb\u00e9m|anche|auch|aussi|"
        r"\u00e9galement|te\u017c|tak\u017ce|r\u00f3wnie\u017c|ogs\u00e5|my\u00f6s|"
        r"\u03b5\u03c0\u03af\u03c3\u03b7\u03c2|\u03bc\u03b1\u03b6\u03af|samen|tillsammans|"
        r"sammen|spole\u010dn\u011b|juntos|insieme|zusammen|ensemble|related|relacionad[oa]s|"
        r"relaterade|gerelateerde|souvisej\u00edc\u00ed|\u03c3\u03c7\u03b5\u03c4\u03b9\u03ba\w*|"
        r"ka|ar\u012b|taip pat|tako\u0111er|takodje|tako\u0111e|tudi|"
        rf"(seller'?s?|store|shop) notes?)(?:[ \t]+{_HEADING_WORD}){{0,4}}[ \t]*:",
        re.I | re.M,
    ),
    ALSO_WORDS,
)
# ... and a pharmacist's note of what was dispensed in place of the medicine prescribed: the
# line up to it is the note's heading
SUBSTITUTED = (
    Section.OTHER_PRODUCTS,
    re.compile(r"^[^\n]{0,60}?\bsubstituted (for|in place of)\b", re.I | re.M),
    ("substituted",),
)
# A line opening with "without" names what the product lacks, in any language it is written
# ("Bez minoxidilu a bez paraben\u016f.", Greek "\u03a7\u03c9\u03c1\u03af\u03c2 ...:"), as does a
# "does not contain" in its first few words; later in a line, the line may go on to name the
# product's own ("Sulfate free. Contains no parabens. Minoxidil 5%"). In English, Czech,
# Slovak, Greek, Dutch, Swedish, Portuguese, Spanish, French, Italian, German and Indonesian
# ("tanpa", "bebas": without, free of).
WITHOUT_WORDS = (
    *(
        "tanpa ",
        "bebas ",
        "bez ",
        "without",
        "zonder",
        "utan ",
        "ohne",
        "\u03c7\u03c9\u03c1\u03af\u03c2",
        "not contain",
    ),
    *(
        "contains no",
        "neobsahuje",
        "\u03b4\u03b5\u03bd \u03c0\u03b5\u03c1\u03b9\u03ad\u03c7\u03b5\u03b9",
        "bevat geen",
    ),
    *("inneh\u00e5ller inte", "inneh\u00e5ller ingen", "n\u00e3o cont\u00e9m", "no contiene"),
    *("ne contient pas", "non contiene", "enth\u00e4lt kein"),
)
WITHOUT_LINE = (
    Section.FREE_FROM,
    re.compile(
        # (not "Bez recepty", "Ohne Rezept": a medicine's class, which the type rules read)
        # (after a tick or bullet: "\u2705 Bebas minoxidil & finasteride")
        r"^[ \t]*(?:[\u2705\u2713\u2714\u2022*][ \t]*)?(bez|without|zonder|utan|ohne|tanpa|bebas|\u03c7\u03c9\u03c1\u03af\u03c2) "
        r"(?!a |re[cz]ept|rezept|recip|prescri|\u03c3\u03c5\u03bd\u03c4\u03b1\u03b3)(?=[^\W\d_])|"
        r"^[ \t]*(?:[^\W\d_]+ ){0,3}(does not contain|contains no|neobsahuje|\u03b4\u03b5\u03bd \u03c0\u03b5\u03c1\u03b9\u03ad\u03c7\u03b5\u03b9|bevat geen|"
        r"inneh\u00e5ller (inte|ingen)|n\u00e3o cont\u00e9m|no contiene|ne contient pas|non contiene|"
        r"enth\u00e4lt keine?)\b",
        re.I | re.M,
    ),
    WITHOUT_WORDS,
)
# A buyer's question or feedback on a shop page, on its line after its colon, names what the
# buyer uses ("Preguntas: \u00bfSe puede usar con biotina?"): in Spanish, Portuguese, Dutch,
# Swedish, Czech, Slovak, Greek and English ("Preguntas frecuentes:", a shop's FAQ, is not one)
QUESTION_WORDS = (
    *("pregunta", "pergunta", "vragen", "fr\u00e5gor", "dotazy", "ot\u00e1zky"),
    *("\u03b5\u03c1\u03c9\u03c4\u03ae\u03c3\u03b5\u03b9\u03c2", "buyer feedback", "buyer question"),
)
QUESTION_LINE = (
    Section.OTHER_PRODUCTS,
    re.compile(
        r"^[ \t]*(preguntas?|perguntas?|vragen|fr\u00e5gor|dotazy|ot\u00e1zky|"
        r"\u03b5\u03c1\u03c9\u03c4\u03ae\u03c3\u03b5\u03b9\u03c2|buyer (feedback|questions?))[ \t]*:",
        re.I | re.M,
    ),
    QUESTION_WORDS,
)
# A kit's or bundle's contents, under a heading alone on its line with its items below ("What's
# in your box:" / "1) Finasteride 1 mg tablets"): each is in the box. (A device's "What's in the
# box: laser cap, charger" on one line lists its parts, none an ingredient.)
BOX_WORDS = (
    *("in the box", "in your box", "in this box", "in the kit", "in your kit", "in this kit"),
    *("in the bundle", "in your bundle", "kit contents", "box contents", "kit includes"),
    *("bundle includes", "set includes", "kit contains"),
)
BOX_CONTENTS = (
    Section.KIT,
    re.compile(
        r"^[ \t]*(?:(?:what'?s|what is|included) )?(?:in (?:the|your|this) (?:box|kit|bundle)|"
        r"(?:kit|box) contents|(?:kit|bundle|set) includes|kit contains)[ \t]*:[ \t]*$",
        re.I | re.M,
    ),
    BOX_WORDS,
)
INTL_HEADERS += [ALSO_HEADER, SUBSTITUTED, WITHOUT_LINE, QUESTION_LINE, BOX_CONTENTS]
INTL_HEADERS += [(Section(section), pattern, words) for section, pattern, words in SCRIPT_HEADERS]
HEADERS += [(section, pattern) for section, pattern, _ in INTL_HEADERS]


# The headers as Scans; the second list without re.I, for text already in lower case: about
# a third faster.
HEADER_SCANS = [(s, Scan(p.pattern, p.flags)) for s, p in HEADERS]
HEADER_SCANS_LOWER = [(s, Scan(p.pattern, p.flags & ~re.I)) for s, p in HEADERS]
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
        "add to your",
        "routine",
        "well with",
        "add-on",
        "addon",
        "substitutes",
        "brands",
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
