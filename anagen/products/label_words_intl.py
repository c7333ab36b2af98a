"""Type rules for labels in Japanese, Chinese, Korean, Russian, Ukrainian and Turkish: the
words by which their law sorts a product (a medicine with or without prescription, a health
food, a cosmetic or quasi-drug, a medical device). label_type_rules puts each where its
strength ranks it; each comes with the words every match of it contains (label_type's
prefilter)."""

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
        r"thu\u1ed1c (k\u00ea|b\u00e1n theo) \u0111\u01a1n|pe baz[\u0103a] de (prescrip[\u021b\u0163t]ie|re[\u021b\u0163t]et[\u0103a])|"
        # German "on prescription"; Hungarian "prescription-bound" (not "nem v\u00e9nyk\u00f6teles") and
        # "bound to a doctor's prescription"; Croatian, Serbian and Slovenian "(issued) on
        # prescription"; Slovak and Bulgarian "on a doctor's prescription"; Lithuanian, Latvian,
        # Estonian and Finnish prescription medicine; Indonesian "hard medicine" and "with a
        # doctor's prescription"; Arabic "on a medical prescription"; Hebrew "requires a
        # prescription"
        r"(?<!nicht )(?<!nicht-)rezeptpflichtig|(?<!nem )v[\u00e9e]nyk[\u00f6o]teles|orvosi rendelv[\u00e9e]nyhez k[\u00f6o]t[\u00f6o]tt|"
        r"(?<!\w)(izdaje se na recept|na (lije\u010dni\u010dki |lekarski |zdravni\u0161ki )?recept)(?!\w)|"
        r"na lek\u00e1rsky predpis|\u043f\u043e \u043b\u0435\u043a\u0430\u0440\u0441\u043a\u043e \u043f\u0440\u0435\u0434\u043f\u0438\u0441\u0430\u043d\u0438\u0435|(?<!\w)receptinis vaistas|(?<!\w)recep\u0161u z\u0101les|"
        r"(?<!\w)retseptiravim|(?<!\w)reseptil\u00e4\u00e4ke|(?<!\w)obat keras(?!\w)|dengan resep dokter|"
        r"\u0628\u0648\u0635\u0641\u0629 \u0637\u0628\u064a\u0629|\u05d8\u05e2\u05d5\u05e0(\u05d4|\u05d9\u05dd)? \u05de\u05e8\u05e9\u05dd|"
        # Norwegian and Danish prescription-only and prescription label; Serbian and Bosnian
        # "(issued) with a (doctor's) prescription", in Latin and Cyrillic letters; Urdu "on
        # (a doctor's) prescription", Persian "with a prescription", Hindi "on prescription"
        r"reseptpliktig|receptpligtig|reseptetikett|receptetiket|"
        r"(?<!\w)(uz (lekarski |ljekarski )?recept|\u0443\u0437 (\u043b\u0435\u043a\u0430\u0440\u0441\u043a\u0438 )?\u0440\u0435\u0446\u0435\u043f\u0442)(?!\w)|"
        r"\u0646\u0633\u062e[\u06d2\u064a\u06cc\u0647] \u067e\u0631|\u0628\u0627 \u0646\u0633\u062e\u0647|\u092a\u0930\u094d\u091a\u0947 \u092a\u0930|"
        # Persian "prescription medicine" (the medicine said to be one: the word alone is "a
        # copy" too) and "with a doctor's prescription"; Hebrew "by (a doctor's)
        # prescription" and "prescription medicine"; Greek "with a (medical) prescription";
        # Romanian "medical prescription" (not "without"); Thai "must have a doctor's
        # prescription" and "specially controlled medicine"; Georgian "with a prescription";
        # Armenian "by prescription"
        r"\u062f\u0627\u0631\u0648(\u06cc|\u064a)?[ \t:]+\u0646\u0633\u062e\u0647[\u200c ]?\u0627[\u06cc\u064a](?!\w)|\u0628\u0627 \u062a\u062c\u0648\u06cc\u0632 \u067e\u0632\u0634\u06a9|\u05e2\u05dc[- ]\u05e4\u05d9 \u05de\u05e8\u05e9\u05dd|(?<!\w)\u05ea\u05e8\u05d5\u05e4\u05ea \u05de\u05e8\u05e9\u05dd|"
        r"(?<!\w)\u03bc\u03b5 (\u03b9\u03b1\u03c4\u03c1\u03b9\u03ba\u03ae )?\u03c3\u03c5\u03bd\u03c4\u03b1\u03b3\u03ae|(?<!fără )(?<!fara )prescrip[țţt]ie medical[ăa]|"
        r"(?<!\u0e44\u0e21\u0e48)\u0e15\u0e49\u0e2d\u0e07\u0e21\u0e35\u0e43\u0e1a\u0e2a\u0e31\u0e48\u0e07\u0e41\u0e1e\u0e17\u0e22\u0e4c|\u0e22\u0e32\u0e04\u0e27\u0e1a\u0e04\u0e38\u0e21\u0e1e\u0e34\u0e40\u0e28\u0e29|(?<!\u10e3\u10e0)\u10e0\u10d4\u10ea\u10d4\u10de\u10e2\u10d8\u10d7|\u0564\u0565\u0572\u0561\u057f\u0578\u0574\u057d\u0578\u057e",
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
        *(
            "rezeptpflichtig",
            "k\u00f6teles",
            "koteles",
            "rendelv",
            "predpis",
            "\u043f\u0440\u0435\u0434\u043f\u0438\u0441",
        ),
        *(
            "recep\u0161u",
            "retsepti",
            "reseptil",
            "obat keras",
            "resep dokter",
            "\u0648\u0635\u0641\u0629",
            "\u05de\u05e8\u05e9\u05dd",
        ),
        *("reseptpliktig", "receptpligtig", "reseptetikett", "receptetiket", "uz "),
        *("\u0443\u0437 ", "\u0646\u0633\u062e", "\u092a\u0930\u094d\u091a\u0947 \u092a\u0930"),
        *(
            "\u062a\u062c\u0648\u06cc\u0632 \u067e\u0632\u0634\u06a9",
            "\u05e4\u05d9 \u05de\u05e8\u05e9\u05dd",
            "\u05ea\u05e8\u05d5\u05e4\u05ea \u05de\u05e8\u05e9\u05dd",
            "\u03c3\u03c5\u03bd\u03c4\u03b1\u03b3\u03ae",
            "prescripție",
            "prescriptie",
        ),
        *(
            "prescripţie",
            "\u0e43\u0e1a\u0e2a\u0e31\u0e48\u0e07\u0e41\u0e1e\u0e17\u0e22\u0e4c",
            "\u0e22\u0e32\u0e04\u0e27\u0e1a\u0e04\u0e38\u0e21\u0e1e\u0e34\u0e40\u0e28\u0e29",
            "\u10e0\u10d4\u10ea\u10d4\u10de\u10e2\u10d8\u10d7",
            "\u0564\u0565\u0572\u0561\u057f\u0578\u0574\u057d\u0578\u057e",
        ),
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
        r"thu\u1ed1c kh\u00f4ng k\u00ea \u0111\u01a1n|f[\u0103a]r[\u0103a] (prescrip[\u021b\u0163t]ie|re[\u021b\u0163t]et[\u0103a])|"
        # German "prescription-free"; Hungarian "without prescription" and "not prescription-
        # bound"; Dutch "without prescription" and "self-care medicine"; Croatian, Serbian,
        # Slovenian, Czech, Slovak and Bulgarian "without (a doctor's) prescription"; Brazilian
        # "sold without prescription"; Finnish, Lithuanian, Latvian and Estonian non-
        # prescription medicine; Indonesian "free medicine"; Arabic and Hebrew "without a
        # prescription"
        r"rezeptfrei|nicht rezeptpflichtig|v[\u00e9e]ny n[\u00e9e]lk[\u00fcu]l|nem v[\u00e9e]nyk[\u00f6o]teles|"
        r"zonder (doktersvoorschrift|recept)|zelfzorg(genees)?middel|(?<!\w)bez (lije\u010dni\u010dkog |lekarskog |zdravni\u0161kega )?recepta(?!\w)|"
        r"bez l[\u00e9e]ka[\u0159r]sk[\u00e9e]ho p[\u0159r]edpisu|bez lek\u00e1rskeho predpisu|\u0431\u0435\u0437 \u043b\u0435\u043a\u0430\u0440\u0441\u043a\u043e \u043f\u0440\u0435\u0434\u043f\u0438\u0441\u0430\u043d\u0438\u0435|"
        r"venda sem prescri[\u00e7c][\u00e3a]o|itsehoitol\u00e4\u00e4k\w*|nereceptinis vaistas|bezrecep\u0161u z\u0101les|k\u00e4sim\u00fc\u00fcgiravim|"
        # ... and a Latvian or Lithuanian registry's dispensing field ("Receptes veids: bez
        # receptes", "be recepto"), Estonian "retseptivaba"
        r"(?<!\w)(bez receptes|be recepto|retseptivaba)(?!\w)|"
        r"(?<!\w)obat bebas(?!\w)|\u0628\u062f\u0648\u0646 \u0648\u0635\u0641\u0629|\u05dc\u05dc\u05d0 \u05de\u05e8\u05e9\u05dd|"
        # Egyptian Arabic "without a prescription" (rosheta), Persian "without a prescription",
        # Hindi "without a prescription"
        r"\u0628\u062f\u0648\u0646 \u0631\u0648\u0634\u062a[\u0629\u0647]|\u0628\u062f\u0648\u0646 \u0646\u0633\u062e\u0647|\u092c\u093f\u0928\u093e (\u092a\u0930\u094d\u091a\u0947|\u092a\u094d\u0930\u093f\u0938\u094d\u0915\u094d\u0930\u093f\u092a\u094d\u0936\u0928)|"
        # Persian "without a doctor's prescription"; Thailand's pharmacy medicine ("dangerous
        # medicine", sold by a pharmacist without prescription) and household remedy (its sara
        # am as NFKC splits it, as label_cleanup leaves it); Georgian
        # and Armenian "without prescription"
        r"\u0628\u062f\u0648\u0646 \u062a\u062c\u0648\u06cc\u0632 \u067e\u0632\u0634\u06a9|\u0e22\u0e32\u0e2d\u0e31\u0e19\u0e15\u0e23\u0e32\u0e22|\u0e22\u0e32\u0e2a\u0e32\u0e21\u0e31\u0e0d\u0e1b\u0e23\u0e30\u0e08\u0e4d\u0e32\u0e1a\u0e49\u0e32\u0e19|\u10e3\u10e0\u10d4\u10ea\u10d4\u10de\u10e2\u10dd\u10d3|\u10e0\u10d4\u10ea\u10d4\u10de\u10e2\u10d8\u10e1 \u10d2\u10d0\u10e0\u10d4\u10e8\u10d4|\u0561\u057c\u0561\u0576\u0581 \u0564\u0565\u0572\u0561\u057f\u0578\u0574\u057d",
        re.I,
    ),
    (
        *("要指導医薬品", "国药准字", "рецепта", "recepty", "dost\u0119pno\u015bci"),
        *("kh\u00f4ng k\u00ea", "f\u0103r\u0103", "fara"),
        *(
            "rezept",
            "n\u00e9lk\u00fcl",
            "nelkul",
            "k\u00f6teles",
            "koteles",
            "zonder",
            "zelfzorg",
            "recepta",
        ),
        *(
            "predpis",
            "\u043f\u0440\u0435\u0434\u043f\u0438\u0441",
            "venda sem",
            "itsehoito",
            "nereceptinis",
            "bezrecep",
            "bez receptes",
            "be recepto",
            "retseptivaba",
        ),
        *(
            "k\u00e4sim\u00fc\u00fcgi",
            "obat bebas",
            "\u0628\u062f\u0648\u0646",
            "\u05dc\u05dc\u05d0",
            "\u092c\u093f\u0928\u093e",
            "\u062a\u062c\u0648\u06cc\u0632 \u067e\u0632\u0634\u06a9",
        ),
        *(
            "\u0e22\u0e32\u0e2d\u0e31\u0e19\u0e15\u0e23\u0e32\u0e22",
            "\u0e22\u0e32\u0e2a\u0e32\u0e21\u0e31\u0e0d\u0e1b\u0e23\u0e30\u0e08\u0e4d\u0e32\u0e1a\u0e49\u0e32\u0e19",
            "\u10e3\u10e0\u10d4\u10ea\u10d4\u10de\u10e2\u10dd\u10d3",
            "\u10d2\u10d0\u10e0\u10d4\u10e8\u10d4",
            "\u0561\u057c\u0561\u0576\u0581 \u0564\u0565\u0572\u0561\u057f\u0578\u0574\u057d",
        ),
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
        # a Russian food's column of the share of the (recommended) daily intake: "% от
        # (рекомендуемого) уровня (суточного) потребления", its %NRV
        r"%\s*от\s+(рекомендуем\w+\s+)?(уровн|норм)\w*\s+(\w+\s+)?потреблени|"
        r"suplemento alimentar|takviye edici g[\u0131i]da|g[\u0131i]da takviye|"
        # Romanian "food supplement"; Vietnam's "health protection food" and "functional food"
        r"suplimente? alimentare?|th\u1ef1c ph\u1ea9m (b\u1ea3o v\u1ec7 s\u1ee9c kh(\u1ecfe|o\u1ebb)|ch\u1ee9c n\u0103ng)|"
        # Hungarian, Croatian, Serbian, Slovenian, Bulgarian, Lithuanian, Latvian, Estonian,
        # Indonesian, Arabic, Persian, Hebrew and Thai for a food supplement
        r"\u00e9trend-?kieg\u00e9sz\u00edt\u0151|dodatak (prehrani|ishrani)|\u0434\u043e\u0434\u0430\u0442\u0430\u043a \u0438\u0441\u0445\u0440\u0430\u043d\u0438|prehransko dopolnilo|"
        r"\u0445\u0440\u0430\u043d\u0438\u0442\u0435\u043b\u043d\u0430 \u0434\u043e\u0431\u0430\u0432\u043a\u0430|maisto papild|uztura bag\u0101tin\u0101t\u0101j|toidulisand|suplemen (makanan|kesehatan)|"
        r"\u0645\u0643\u0645\u0644 \u063a\u0630\u0627\u0626\u064a|\u0645\u06a9\u0645\u0644 \u063a\u0630\u0627\u06cc\u06cc|\u05ea\u05d5\u05e1\u05e3 \u05ea\u05d6\u05d5\u05e0\u05d4|\u0e1c\u0e25\u0e34\u0e15\u0e20\u0e31\u0e13\u0e11\u0e4c\u0e40\u0e2a\u0e23\u0e34\u0e21\u0e2d\u0e32\u0e2b\u0e32\u0e23|"
        # Urdu, Hindi and Bengali "food / dietary supplement"; Georgian "food supplement" and
        # "biologically active supplement"; Armenian "food supplement"
        r"(\u063a\u0630\u0627\u0626[\u06cc\u064a\u0649]|\u0641\u0648\u0688) \u0633\u067e\u0644[\u06cc\u064a\u0649]\u0645\u0646\u0679|\u0906\u0939\u093e\u0930 \u092a\u0942\u0930\u0915|\u0916\u093e\u0926\u094d\u092f \u092a\u0942\u0930\u0915|\u0996\u09be\u09a6\u09cd\u09af \u09b8\u09ae\u09cd\u09aa\u09c2\u09b0\u0995|\u0996\u09be\u09a6\u09cd\u09af \u09aa\u09b0\u09bf\u09aa\u09c2\u09b0\u0995|"
        r"\u10e1\u10d0\u10d9\u10d5\u10d4\u10d1\u10d8 \u10d3\u10d0\u10dc\u10d0\u10db\u10d0\u10e2\u10d8|\u10d0\u10e5\u10e2\u10d8\u10e3\u10e0\u10d8 \u10d3\u10d0\u10dc\u10d0\u10db\u10d0\u10e2\u10d8|\u057d\u0576\u0576\u0564\u0561\u0575\u056b\u0576 \u0570\u0561\u057e\u0565\u056c\u0578\u0582\u0574",
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
        "потреблени",
        "suplemento alimentar",
        "takviye",
        *(
            "kieg\u00e9sz\u00edt\u0151",
            "dodatak",
            "\u0434\u043e\u0434\u0430\u0442\u0430\u043a",
            "dopolnilo",
            "\u0434\u043e\u0431\u0430\u0432\u043a\u0430",
            "papild",
        ),
        *(
            "bag\u0101tin\u0101t\u0101j",
            "toidulisand",
            "suplemen ",
            "\u0645\u0643\u0645\u0644",
            "\u0645\u06a9\u0645\u0644",
            "\u05ea\u05d5\u05e1\u05e3",
        ),
        "\u0e40\u0e2a\u0e23\u0e34\u0e21\u0e2d\u0e32\u0e2b\u0e32\u0e23",
        *(
            "\u0633\u067e\u0644\u06cc\u0645\u0646\u0679",
            "\u0633\u067e\u0644\u064a\u0645\u0646\u0679",
            "\u067e\u0648\u0631\u06cc\u0645\u0646\u0679",
            "\u092a\u0942\u0930\u0915",
            "\u09b8\u09ae\u09cd\u09aa\u09c2\u09b0\u0995",
            "\u09aa\u09b0\u09bf\u09aa\u09c2\u09b0\u0995",
            "\u10d3\u10d0\u10dc\u10d0\u10db\u10d0\u10e2\u10d8",
            "\u0570\u0561\u057e\u0565\u056c\u0578\u0582\u0574",
        ),
    ),
)

# Registered as a cosmetic (a Japanese quasi-drug is one: it is not sold as a medicine), or as
# a medical device.
COSMETIC_RULE = (
    "cosmetic",
    re.compile(
        # (China's cosmetic filing numbers: "国妆备进字", since 2021 "国妆网备进字(沪)", and a
        # province's "粤G妆网备字")
        r"医薬部外品|国妆特字|国妆网?备|g妆网?备字|特殊化妆品|기능성\s?화장품|"
        r"косметическ\w*\s+средств|косметичн\w*\s+(засіб|засоби)|"
        # a cosmetic product in Polish, Hungarian, Croatian and Serbian, Romanian, Turkish,
        # Finnish, Lithuanian and Bulgarian
        r"produkt kosmetyczny|kozmetikai term\u00e9k|kozmeti\u010dki proizvod|produs cosmetic|kozmetik \u00fcr\u00fcn|"
        r"kosmeettinen valmiste|kosmetikos gaminys|козметичен продукт",
        re.I,
    ),
    (
        *("医薬部外品", "国妆", "妆网备字", "妆备字", "化妆品", "화장품", "косметич"),
        *("kosmetycz", "kozmeti", "produs cosmetic", "kosmeettinen", "kosmetikos", "козметич"),
    ),
)
DEVICE_RULE = (
    "device",
    re.compile(
        r"医療機器|医疗器械|械字号|械注准|의료기기|медицинск\w*\s+издели|медичн\w*\s+вироб",
        re.I,
    ),
    ("医療機器", "医疗器械", "械字号", "械注准", "의료기기", "издели", "вироб"),
)

# Weaker signs, after the general rules: a shop's word for supplements in Japanese (and its
# everyday short form, "亜鉛サプリ"; a drug's leaflet may name them among what not to combine
# it with), a cosmetic in Chinese, Japanese and Korean.
WEAK_SUPPLEMENT_RULE = (
    "supplement",
    re.compile(r"サプリ|健康食品|건강식품", re.I),
    ("サプリ", "健康食品", "건강식품"),
)
# (and water alone on a line, "水": a Chinese or Japanese ingredient list's "Aqua")
WEAK_COSMETIC_RULE = (
    "cosmetic",
    re.compile(r"化妆品|化妝品|化粧品|화장품|^[ \t]*水[ \t]*$", re.I | re.M),
    ("化妆品", "化妝品", "化粧品", "화장품", "水"),
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
