"""What a page that names no class, no medicine and no form in its text says of itself, read as a
careful reader would: the form its own title (first line) names ("Calming Scalp Shampoo",
"Eyelash Serum", "Horsetail Powder in my Beauty Vitamin"), or what it calls itself anywhere (a
"food supplement", "% Daily Value"; "hair cosmetics", "hair care"). One side only settles it;
both sides, none, or a page that speaks of medicines keep it unknown (label_unstated_type)."""

from __future__ import annotations

import re

from anagen.products.label_prescribed import names_a_medicine
from anagen.products.label_unstated_forms import APPLIED_FORM, ORAL_FORM
from anagen.wordscan import Scan

# a page's title, its first line, where a product names its own form (lower down a page names
# other products: "Pair with our hair serum")
TITLE_MAX = 300

# the forms put on the hair, scalp, lashes or skin that a title names, in English, Spanish,
# Portuguese, French, Italian, German, Dutch, Polish, Turkish, and the scripts' shampoos (a
# medicine's foam, cream or spray is no sign, nor a face serum: a hair serum is APPLIED_FORM's)
TITLE_APPLIED = re.compile(
    r"\b(shampoos?|conditioners?|lotions?|masks?|leave-in|hair ?oils?|"
    r"champ[\u00fau]s?|champ[\u00f4o]|shampooings?|apr[\u00e8e]s-shampooing|acondicionador|"
    r"condicionador|balsamo|sp[\u00fcu]lung|loci[\u00f3o]n|lo[\u00e7c][\u00e3a]o|"
    r"lozione|mascarilla|m[\u00e1a]scara capilar|masque|maschera|haarmaske|szampon|od[\u017cz]ywka|"
    r"\u015fampuan)\b|"
    r"\uc0f4\ud478|\u6d17\u53d1\u6c34|\u6d17\u9aee\u6c34|\u30b7\u30e3\u30f3\u30d7\u30fc|"
    r"\u0448\u0430\u043c\u043f\u0443\u043d"
)
# ... and a vitamin a title names as its product, first or last ("Vitamin D3 1000 IU", "Beauty
# Vitamin", "Multivitamins", "Vitamina C", "Witamina D"; not "Biotin is a B vitamin that ...")
_VITAMIN = (
    r"(?:multi-?)?(?:vitamins?|vitamine[ns]?|vitamina[sy]?|witamin[ay]?|vitamiini)\b|"
    r"\u0432\u0438\u0442\u0430\u043c\u0438\u043d\w*|\ube44\ud0c0\ubbfc|\u7ef4\u751f\u7d20|\u30d3\u30bf\u30df\u30f3"
)
VITAMIN_TITLE = re.compile(rf"^\W*(?:{_VITAMIN})|\b(?:{_VITAMIN})\W*$")
# the page's words that it sells a food: a dietary or food supplement, a serving's amounts, a
# Canadian natural health product, a Russian "BAD", a Chinese or Korean health food, in
# English, German, French, Italian, Spanish, Portuguese, Dutch, Swedish and Polish
FOOD_WORDS = Scan(
    r"\b(supplements?|supplement facts|serving size|servings? per container|per serving|"
    r"% ?daily value|% ?dv|daily values?|natural health products?|"
    r"nahrungserg[\u00e4a]nzung\w*|compl[\u00e9e]ments? alimentaires?|integrator[ei] alimentar[ei]|"
    r"complementos? alimenticios?|suplementos? (?:alimentares?|alimenticios?|diet[\u00e9e]ticos?|"
    r"nutricionales?)|voedingssupplement\w*|kosttillskott|suplement(?:y)? diety)\b|"
    r"\u0431\u0438\u043e\u043b\u043e\u0433\u0438\u0447\u0435\u0441\u043a\u0438 \u0430\u043a\u0442\u0438\u0432\u043d\w* \u0434\u043e\u0431\u0430\u0432\u043a\w*|"
    r"\u4fdd\u5065\u98df\u54c1|\u8425\u517b\u8865\u5145\u5242|\uac74\uac15\uae30\ub2a5\uc2dd\ud488|"
    r"\u6804\u990a\u88dc\u52a9\u98df\u54c1|\u30b5\u30d7\u30ea\u30e1\u30f3\u30c8"
)
# ... that it sells a cosmetic: "hair cosmetics", "hair care", "skincare", "Kosmetik",
# "cosm\u00e9tique", "cosm\u00e9tico", "cosmetici", and the scripts' words for a cosmetic
COSMETIC_WORDS = Scan(
    r"\b(cosmetics?(?! use)|hair ?care|skin ?care|kosmetik\w*|cosm[\u00e9e]tiques?|cosm[\u00e9e]ticos?|"
    r"cosmetici|kozmetik\w*|kosmetyk\w*)\b|"
    r"\u5316\u7ca7\u54c1|\u5316\u599d\u54c1|\ud654\uc7a5\ud488|"
    r"\u043a\u043e\u0441\u043c\u0435\u0442\u0438\u0447\u0435\u0441\u043a\w*"
)


def type_by_signs(text: str) -> str:
    """The type a page's signs give: what it calls itself anywhere, the form its title names,
    or one its body names again and again (an article on "eyelash serum"; named once, lower
    down, it may be another product's: "Pair with: Biotin Scalp Serum")."""
    lower = text.lower()
    if names_a_medicine(text, lower):
        return "unknown"  # a medicine's page whose active was not read
    food = FOOD_WORDS.search(lower) is not None
    cosmetic = COSMETIC_WORDS.search(lower) is not None
    title = lower.lstrip().split("\n", 1)[0][:TITLE_MAX]
    food = (
        food
        or ORAL_FORM.search(title) is not None
        or VITAMIN_TITLE.search(title) is not None
        or _named_again(ORAL_FORM, lower)
    )
    cosmetic = (
        cosmetic or TITLE_APPLIED.search(title) is not None or _named_again(APPLIED_FORM, lower)
    )
    if food == cosmetic:
        return "unknown"  # no sign, or both ways
    return "supplement" if food else "cosmetic"


def _named_again(form: Scan, lower: str) -> bool:
    first = form.search(lower)
    return first is not None and form.search(lower, first.end()) is not None
