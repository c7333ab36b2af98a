"""Section headers that carry the words every match of them contains: those in Japanese,
Chinese, Korean, Russian and Ukrainian, those found by their shape in any language (a shop's
"also bought" line, a "without" line, a buyer's question, a kit's contents), and
label_headers_scripts' in other scripts. label_headers adds them to its table."""

from __future__ import annotations

import re

from anagen.products.label_headers_scripts import SCRIPT_HEADERS
from anagen.products.label_sections import Section

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
