"""Type rules for labels in Japanese, Chinese, Korean, Russian, Ukrainian and Turkish: the
words by which their law sorts a product (a medicine with or without prescription, a health
food, a cosmetic or quasi-drug, a medical device). label_type puts each where its strength
ranks it; each comes with the words every match of it contains (label_type's prefilter)."""

from __future__ import annotations

import re

# Prescription-only: Japanese ethical and prescription medicines, Chinese "buy and use on a
# doctor's prescription" (traditional script too), Russian "dispensed on prescription",
# Ukrainian "on prescription", Turkish "sold on prescription", Polish "(medicine) on
# prescription" and its availability category "Rp".
RX_RULE = (
    "rx_drug",
    re.compile(
        r"医療用医薬品|処方(箋|せん)医薬品|凭医师处方|憑醫師處方|(?<!非)處方藥|"
        r"(?<!\w)(по\s+рецепту|за\s+рецептом)(?!\w)|re[cç]ete ?(yle|ile) sat(\u0131l\u0131r|ilir)|"
        r"(?<!\w)na\s+recept[\u0119e](?!\w)|dost\u0119pno\u015bci:?\s*rp(?!\w)|"
        # Vietnamese prescription medicine ("thu\u1ed1c k\u00ea \u0111\u01a1n", not "thu\u1ed1c kh\u00f4ng k\u00ea
        # \u0111\u01a1n"), Romanian dispensing on prescription ("pe baz\u0103 de prescrip\u021bie")
        r"thu\u1ed1c (k\u00ea|b\u00e1n theo) \u0111\u01a1n|pe baz[\u0103a] de (prescrip[\u021b\u0163t]ie|re[\u021b\u0163t]et[\u0103a])",
        re.I,
    ),
    (
        "thu\u1ed1c",
        "pe baz",
        "医薬品",
        "处方",
        "處方",
        "рецепт",
        "sat\u0131l\u0131r",
        "satilir",
        "recept",
        "dost\u0119pno\u015bci",
    ),
)

# Sold without prescription: Japan's pharmacist-guidance medicine, China's registered
# medicine marked OTC (in either order), Russian, Ukrainian and Polish "without prescription"
# (and Poland's availability category "OTC").
OTC_RULE = (
    "otc_drug",
    re.compile(
        r"要指導医薬品|国药准字[\s\S]{0,200}?(?<![a-z])otc(?![a-z])|"
        r"(?<![a-z])otc(?![a-z])[\s\S]{0,200}?国药准字|(?<!\w)(без\s+рецепта|bez\s+recepty)(?!\w)|"
        r"dost\u0119pno\u015bci:?\s*otc(?!\w)|"
        # Vietnamese "non-prescription medicine", Romanian "without (medical) prescription"
        r"thu\u1ed1c kh\u00f4ng k\u00ea \u0111\u01a1n|f[\u0103a]r[\u0103a] (prescrip[\u021b\u0163t]ie|re[\u021b\u0163t]et[\u0103a])",
        re.I,
    ),
    (
        *("要指導医薬品", "国药准字", "рецепта", "recepty", "dost\u0119pno\u015bci"),
        *("kh\u00f4ng k\u00ea", "f\u0103r\u0103", "fara"),
    ),
)

# A food with a health claim, as the law names it: Japan's foods with nutrient or function
# claims, China's blue-hat health food and its registration numbers, the Russian "biologically
# active additive" (and its initials) and the Ukrainian dietary supplement; Portuguese
# "suplemento alimentar"; Turkish "takviye edici g\u0131da" and "g\u0131da takviyesi".
SUPPLEMENT_RULE = (
    "supplement",
    re.compile(
        r"栄養機能食品|機能性表示食品|特定保健用食品|保健食品|蓝帽|國食健字|国食健(字|注)|卫食健字|食字号|"
        r"(?<!\w)бад(?!\w)|биологически\s+активн\w*\s+добавк|дієтичн\w*\s+добавк|"
        r"suplemento alimentar|takviye edici g[\u0131i]da|g[\u0131i]da takviye|"
        # Romanian "food supplement"; Vietnam's "health protection food" and "functional food"
        r"suplimente? alimentare?|th\u1ef1c ph\u1ea9m (b\u1ea3o v\u1ec7 s\u1ee9c kh(\u1ecfe|o\u1ebb)|ch\u1ee9c n\u0103ng)",
        re.I,
    ),
    (
        "supliment",
        "th\u1ef1c ph\u1ea9m",
        "機能食品",
        "表示食品",
        "保健用食品",
        "保健食品",
        "蓝帽",
        "食健",
        "食字号",
        "бад",
        "добавк",
        "suplemento alimentar",
        "takviye",
    ),
)

# Registered as a cosmetic (a Japanese quasi-drug is one: it is not sold as a medicine), or as
# a medical device.
COSMETIC_RULE = (
    "cosmetic",
    re.compile(
        r"医薬部外品|国妆特字|国妆备|特殊化妆品|기능성\s?화장품|"
        r"косметическ\w*\s+средств|косметичн\w*\s+(засіб|засоби)",
        re.I,
    ),
    ("医薬部外品", "国妆", "化妆品", "화장품", "косметич"),
)
DEVICE_RULE = (
    "device",
    re.compile(
        r"医療機器|医疗器械|械字号|械注准|의료기기|медицинск\w*\s+издели|медичн\w*\s+вироб",
        re.I,
    ),
    ("医療機器", "医疗器械", "械字号", "械注准", "의료기기", "издели", "вироб"),
)

# Weaker signs, after the general rules: a shop's word for supplements in Japanese (a drug's
# leaflet may name them among what not to combine it with), a cosmetic in Chinese, Japanese
# and Korean.
WEAK_SUPPLEMENT_RULE = (
    "supplement",
    re.compile(r"サプリメント|健康食品|건강식품", re.I),
    ("サプリメント", "健康食品", "건강식품"),
)
WEAK_COSMETIC_RULE = (
    "cosmetic",
    re.compile(r"化妆品|化妝品|化粧品|화장품", re.I),
    ("化妆品", "化妝品", "化粧品", "화장품"),
)

# A registration number whose letters say the class: Malaysia's "MAL" numbers end in A for a
# controlled (scheduled) medicine, X for one sold without control, N for a health supplement;
# Indonesia's BPOM numbers open with DK for a prescription ("hard") medicine, DB or DT for one
# sold freely or with limits, SD, SI or SL for a health supplement and NA for a notified cosmetic.
REGISTRATION_RULES = [
    (
        "rx_drug",
        re.compile(r"\bmal ?\d{8}a[a-z]?\b|\b(bpom( ri)?|pom) ?dk[lia] ?\d{7}", re.I),
        ("mal", "pom"),
    ),
    (
        "otc_drug",
        re.compile(r"\bmal ?\d{8}x[a-z]?\b|\b(bpom( ri)?|pom) ?d[bt][lia] ?\d{7}", re.I),
        ("mal", "pom"),
    ),
    (
        "supplement",
        re.compile(r"\bmal ?\d{8}n[a-z]?\b|\b(bpom( ri)?|pom) ?s[dil] ?\d{7}", re.I),
        ("mal", "pom"),
    ),
    ("cosmetic", re.compile(r"\b(bpom( ri)?|pom) ?n[a-e] ?\d{9}", re.I), ("pom",)),
]
