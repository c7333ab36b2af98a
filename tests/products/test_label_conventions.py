"""Label conventions the thirteenth blind review showed the analyser missing, each as a general
rule: Polish leaflet headers and prescription words, Turkish and Brazilian type words, shops'
cross-sells and reviews in more languages, "free from" lists, a telehealth upsell, an oral
liquid's strength per 5 mL, a salt's base equivalent written after it (Turkish), a nutrition
table's per-100 g column before the per-serving one, a CJK health food's pack make-up, a
complex "including" parts without amounts, and a "cosmetic" that holds a medicine. Each with
labels of the same shape that must not trigger it. (Written for these tests, in other words
and with other brands than the review's.)"""

from __future__ import annotations

import pytest

from anagen.knowledge.loader import default_content_dir, load_content
from anagen.products.ingredient_index import index_for
from anagen.products.label import analyze_label
from anagen.products.label_headers import HEADER_SCANS_LOWER
from anagen.products.label_type import TYPE_SCANS_LOWER
from tests.products import (
    label_conventions14,
    label_conventions15,
    label_conventions16,
    label_conventions17,
)

INDEX = index_for(load_content(default_content_dir()))

# (what the case shows, label, type, {ingredient: strength}, proprietary blend)
CASES: list[tuple[str, str, str, dict[str, str | None], bool]] = [
    # A salt's amount, then its base "equivalent to" it, with a percentage in brackets: the
    # base's amount is the strength (1 mg in 1 g is 0.1%), not the salt's (0.12%)
    (
        "salt then base equivalent, per gram, percentage in brackets",
        "Scalpiva scalp lotion\n"
        "betamethasone (as the valerate ester)\n"
        "Each 1 g contains betamethasone valerate 1.2 mg, equivalent to betamethasone 1 mg "
        "(0.1% w/w).\nPrescription only medicine.",
        "rx_drug",
        {"betamethasone": "0.1%"},
        False,
    ),
    (
        "a salt's amount with no base equivalent keeps its own figure",
        "Betadip cream\nEach gram contains 0.64 mg betamethasone dipropionate (0.064% w/w).\n"
        "Prescription only medicine.",
        "rx_drug",
        {"betamethasone": "0.064%"},
        False,
    ),
    # Polish: "Substancja czynna", "Substancje pomocnicze", "Sk\u0142ad", "Wskazania"; a
    # medicine on prescription or without one; genitive names ("finasterydu")
    (
        "polish rx leaflet",
        "Finasteryd Medivia 1 mg, 28 tabletek powlekanych\n"
        "Lek wydawany na recept\u0119\n"
        "Substancja czynna: finasteryd. Ka\u017cda tabletka zawiera 1 mg finasterydu.\n"
        "Substancje pomocnicze: laktoza jednowodna, celuloza mikrokrystaliczna.\n"
        "Wskazania: \u0142ysienie androgenowe u m\u0119\u017czyzn.\n"
        "Klienci kupili r\u00f3wnie\u017c: Szampon z ketokonazolem 2%",
        "rx_drug",
        {"finasteride": "1 mg"},
        False,
    ),
    (
        "polish otc solution per ml, title strength on a line of its own",
        "Alopexin 5% p\u0142yn na sk\u00f3r\u0119 g\u0142owy, 60 ml\n"
        "Lek bez recepty\n"
        "Sk\u0142ad: 1 ml p\u0142ynu zawiera 50 mg minoksydylu. Substancje pomocnicze: glikol "
        "propylenowy, etanol 96%, woda oczyszczona.\n"
        "Dawkowanie: 1 ml dwa razy na dob\u0119.",
        "otc_drug",
        {"minoxidil": "5%"},
        False,
    ),
    (
        "polish pharmacy page: availability category Rp",
        "Dutasteryd Vimed 0,5 mg, 30 kapsu\u0142ek mi\u0119kkich\n"
        "Kategoria dost\u0119pno\u015bci: Rp\n"
        "Substancja czynna: dutasteryd 0,5 mg\n"
        "Substancje pomocnicze: \u017celatyna, glicerol, \u017celaza tlenek \u017c\u00f3\u0142ty (E172).",
        "rx_drug",
        {"dutasteride": "0.5 mg"},
        False,
    ),
    (
        "polish cosmetic: 'nie zawiera ... ani ...' names what it lacks",
        "Serum do sk\u00f3ry g\u0142owy z kofein\u0105, 50 ml\n"
        "Sk\u0142ad (INCI): Aqua, Caffeine, Panthenol, Glycerin.\n"
        "Nie zawiera minoksydylu ani finasterydu.",
        "cosmetic",
        {"caffeine": None, "panthenol": None},
        False,
    ),
    # other products and buyers' words: "frequently purchased together", a one-line "Review:",
    # Portuguese "quem comprou tamb\u00e9m comprou", Polish "Opinie:"
    (
        "cross-sell and a review after a supplement panel",
        "Peak Biotin 10,000 mcg, 100 Capsules\n"
        "Supplement Facts\n"
        "Serving Size: 1 Capsule\n"
        "Biotin 10,000 mcg\n"
        "Frequently purchased together: Zinc 50 mg tablets, Vitamin D3 5000 IU\n"
        "Review: I stopped finasteride and take this instead.",
        "supplement",
        {"biotin": "10000 mcg"},
        False,
    ),
    (
        "portuguese cross-sell line",
        "T\u00f4nico Capilar Fortalecedor 120 ml \u2013 Cosm\u00e9tico\n"
        "Ingredientes: Aqua, Alcohol, Panthenol, Menthol, Parfum.\n"
        "Quem comprou tamb\u00e9m comprou: Minoxidil 5% Solu\u00e7\u00e3o 60 ml",
        "cosmetic",
        {"panthenol": None, "menthol": None},
        False,
    ),
    (
        "polish reviews heading",
        "Olej \u0142opianowy do w\u0142os\u00f3w, 100 ml\n"
        "Sk\u0142ad (INCI): Arctium Lappa Root Extract, Helianthus Annuus Seed Oil, Rosmarinus "
        "Officinalis Leaf Oil.\n"
        "Opinie: \u201eLepszy ni\u017c minoksydyl, polecam razem z biotyn\u0105\u201d",
        "cosmetic",
        {"rosemary-oil": None},
        False,
    ),
    (
        "turkish food supplement",
        "\u00c7inko Pikolinat 25 mg, 30 tablet \u2013 G\u0131da takviyesi\n"
        "Her tablette: \u00c7inko 25 mg\n"
        "Yorumlar: Minoksidil ile birlikte kullan\u0131yorum.",
        "supplement",
        {"zinc": "25 mg"},
        False,
    ),
    (
        "turkish otc shampoo with a supplement among similar products",
        "Ketozol %2 \u015eampuan 100 ml\n"
        "Re\u00e7etesiz sat\u0131l\u0131r\n"
        "Etken madde: 1 g \u015fampuan 20 mg ketokonazol i\u00e7erir.\n"
        "Benzer \u00fcr\u00fcnler: Biotin 5000 mcg takviye edici g\u0131da, 60 tablet",
        "otc_drug",
        {"ketoconazole": "2%"},
        False,
    ),
    (
        "brazilian medicine exempt from prescription",
        "Minoxidil 5% Solu\u00e7\u00e3o T\u00f3pica 60 ml\n"
        "Medicamento isento de prescri\u00e7\u00e3o\n"
        "Cada ml cont\u00e9m 50 mg de minoxidil.",
        "otc_drug",
        {"minoxidil": "5%"},
        False,
    ),
    # a "free from" list names what the product lacks; the list below it is read as before
    (
        "spanish free-from line",
        "Champ\u00fa anticaida con cafe\u00edna, 250 ml\n"
        "Libre de: sulfatos, parabenos, siliconas, minoxidil\n"
        "Ingredientes: Aqua, Sodium Laureth Sulfate, Caffeine, Biotin, Parfum.",
        "cosmetic",
        {"caffeine": None, "biotin": None},
        False,
    ),
    (
        "english free-from line above the ingredients",
        "Daily Thickening Serum, 30 ml\n"
        "Free from: minoxidil, finasteride, parabens\n"
        "Ingredients: Water, Glycerin, Caffeine, Panthenol, Phenoxyethanol",
        "cosmetic",
        {"caffeine": None, "panthenol": None},
        False,
    ),
    # a telehealth upsell: "add X for $N" is another product
    (
        "telehealth bottle with an add-on offer",
        "NORTHLINE PHARMACY  Rx# 5512091  Refills: 11\n"
        "FINASTERIDE 1 MG TABLET\n"
        "TAKE 1 TABLET BY MOUTH DAILY.\n"
        "Upgrade your plan: add Minoxidil Foam for just $15/month in the app.",
        "rx_drug",
        {"finasteride": "1 mg"},
        False,
    ),
    (
        "'add to cart' buys this product",
        "Minoxidil 5% Hair Regrowth Foam for Men, add to cart for $24.99\nPharmacy medicine",
        "otc_drug",
        {"minoxidil": "5%"},
        False,
    ),
    (
        "'add' without a price is directions, not an offer",
        "Hair Vitamin Drink Mix, 30 sticks\n"
        "Supplement Facts\n"
        "Serving size: 1 stick (5 g)\n"
        "Biotin 2500 mcg\n"
        "Zinc 10 mg\n"
        "Directions: add one stick to 250 ml of water.",
        "supplement",
        {"biotin": "2500 mcg", "zinc": "10 mg"},
        False,
    ),
    # an oral liquid's strength per 5 mL is kept as printed; per 1 mL is a percentage
    (
        "oral suspension per 5 ml",
        "HILLSIDE PHARMACY   Rx 8812003   Refills: 0\n"
        "FLUCONAZOLE 50 MG/5 ML ORAL SUSPENSION\n"
        "GIVE 6 ML (60 MG) BY MOUTH ONCE DAILY FOR 3 WEEKS.",
        "rx_drug",
        {"fluconazole": "50 mg/5 mL"},
        False,
    ),
    (
        "a mass per 1 ml stays a percentage",
        "Minoxidil 50 mg/ml cutaneous solution, 60 ml\nPharmacy medicine",
        "otc_drug",
        {"minoxidil": "5%"},
        False,
    ),
    # Turkish: "etkin maddeler", "her 1 g ...;" and the base "e\u015fde\u011fer" after the salt
    (
        "turkish cream: salt with its base equivalent after it",
        "Betaderm %0,1 Krem 30 g\n"
        "Re\u00e7ete ile sat\u0131l\u0131r.\n"
        "Etkin maddeler: Her 1 g krem; 1,22 mg betametazon valerat (1 mg betametazona "
        "e\u015fde\u011fer) i\u00e7erir.\n"
        "Yard\u0131mc\u0131 maddeler: setostearil alkol, beyaz vazelin, saf su.",
        "rx_drug",
        {"betamethasone": "0.1%"},
        False,
    ),
    (
        "a larger 'equivalent' after an extract is its raw material, not the strength",
        "Prostavit kaps\u00fcl \u2013 g\u0131da takviyesi\n"
        "Supplement Facts\n"
        "Saw palmetto ekstresi 320 mg (3,2 g meyveye e\u015fde\u011fer)",
        "supplement",
        {"saw-palmetto": "320 mg"},
        False,
    ),
    # a nutrition table's per-100 g column before its per-serving one
    (
        "german table, per 100 g then per daily dose",
        "Haar-Vital Kapseln \u2013 Nahrungserg\u00e4nzungsmittel\n"
        "N\u00e4hrwerte | pro 100 g | pro Tagesdosis (2 Kapseln)\n"
        "Zink | 1,2 g | 10 mg\n"
        "Biotin | 18 mg | 150 \u00b5g\n"
        "Verzehrempfehlung: 2 Kapseln t\u00e4glich.",
        "supplement",
        {"zinc": "10 mg", "biotin": "150 mcg"},
        False,
    ),
    (
        "spanish table with the units in the name column",
        "Complemento alimenticio cabello y u\u00f1as, 60 c\u00e1psulas\n"
        "Informaci\u00f3n nutricional\n"
        "  por 100 g   por c\u00e1psula\n"
        "Biotina (\u00b5g)   10000   50\n"
        "Zinc (mg)   2000   10\n"
        "Modo de empleo: 1 c\u00e1psula al d\u00eda.",
        "supplement",
        {"biotin": "50 mcg", "zinc": "10 mg"},
        False,
    ),
    (
        "per serving first, per 100 g second: read as before",
        "Supplement Facts\n"
        "Amount per serving | per 100 g\n"
        "Biotin 300 mcg | 20 mg\n"
        "Zinc 15 mg | 1 g",
        "supplement",
        {"biotin": "300 mcg", "zinc": "15 mg"},
        False,
    ),
    (
        "a pack's net weight is no column heading",
        "Hair Collagen Powder\n"
        "Net weight: 100 g (20 servings)\n"
        "Supplement Facts\n"
        "Serving size 5 g\n"
        "Vitamin D3 25 mcg (1000 IU)\n"
        "Biotin 500 mcg",
        "supplement",
        {"vitamin-d": "25 mcg", "biotin": "500 mcg"},
        False,
    ),
    # a CJK health food's make-up ("0.5g\u00d760\u7247") is what a tablet weighs, not a strength
    (
        "chinese health food, tablets of 0.5 g",
        "\u3010\u4fdd\u5065\u98df\u54c1\u3011\u5065\u53d1\u7247 \u751f\u7269\u7d20 0.5g\u00d760\u7247\n"
        "\u3010\u4e3b\u8981\u539f\u6599\u3011\u751f\u7269\u7d20\u3001\u6dc0\u7c89\u3001\u786c\u8102\u9178\u9541\n"
        "\u56fd\u98df\u5065\u6ce8G20190011",
        "supplement",
        {"biotin": None},
        False,
    ),
    (
        "korean health functional food, tablets of 600 mg",
        "\uac74\uac15\uae30\ub2a5\uc2dd\ud488 \ube44\uc624\ud2f4 600mg x 60\uc815\n"
        "\uc6d0\uc7ac\ub8cc\uba85: \ube44\uc624\ud2f4, \uacb0\uc815\uc140\ub8f0\ub85c\uc2a4",
        "supplement",
        {"biotin": None},
        False,
    ),
    (
        "an amount per tablet in Chinese is still a strength",
        "\u3010\u4fdd\u5065\u98df\u54c1\u3011\u751f\u7269\u7d20\u7247 60\u7247\n"
        "\u3010\u529f\u6548\u6210\u5206\u53ca\u542b\u91cf\u3011\u6bcf\u7247\u542b\uff1a\u751f\u7269\u7d20 300\u5fae\u514b",
        "supplement",
        {"biotin": "300 mcg"},
        False,
    ),
    (
        "on a medicine's label the make-up is its strength",
        "\u3010\u5904\u65b9\u836f\u3011\u975e\u90a3\u96c4\u80fa\u7247 1mg\u00d728\u7247\n"
        "\u51ed\u533b\u5e08\u5904\u65b9\u8d2d\u4e70\n"
        "\u3010\u6210\u4efd\u3011\u672c\u54c1\u4e3b\u8981\u6210\u4efd\u4e3a\u975e\u90a3\u96c4\u80fa",
        "rx_drug",
        {"finasteride": "1 mg"},
        False,
    ),
    # a complex whose amount is the whole's "including" parts listed without amounts
    (
        "english complex including unquantified parts",
        "Supplement Facts\n"
        "Serving Size: 2 Capsules\n"
        "Zinc 15 mg\n"
        "Hair Complex, including: 400 mg\n"
        "  saw palmetto extract, nettle root extract, pumpkin seed oil",
        "supplement",
        {"zinc": "15 mg", "saw-palmetto": None, "pumpkin-seed-oil": None},
        True,
    ),
    (
        "russian complex 'v t.ch.'",
        "\u0411\u0410\u0414 \u00ab\u0412\u043e\u043b\u043e\u0441-\u0424\u043e\u0440\u0442\u0435\u00bb\n"
        "\u0421\u043e\u0434\u0435\u0440\u0436\u0430\u043d\u0438\u0435 \u0432 \u0441\u0443\u0442\u043e\u0447\u043d\u043e\u0439 \u0434\u043e\u0437\u0435 (1 \u043a\u0430\u043f\u0441\u0443\u043b\u0430):\n"
        "\u0426\u0438\u043d\u043a 12 \u043c\u0433\n"
        "\u041a\u043e\u043c\u043f\u043b\u0435\u043a\u0441 \u00ab\u0424\u0438\u0442\u043e-\u0425\u0430\u0439\u0440\u00bb, \u0432 \u0442.\u0447.: 200 \u043c\u0433\n"
        "  \u044d\u043a\u0441\u0442\u0440\u0430\u043a\u0442 \u043f\u0430\u043b\u044c\u043c\u044b \u0441\u0430\u0431\u0430\u043b\u044c, \u044d\u043a\u0441\u0442\u0440\u0430\u043a\u0442 \u043a\u0440\u0430\u043f\u0438\u0432\u044b",
        "supplement",
        {"zinc": "12 mg", "saw-palmetto": None},
        True,
    ),
    (
        "a complex whose parts give amounts that add up hides nothing",
        "Supplement Facts\n"
        "Serving Size: 2 Capsules\n"
        "Hair Complex, including: 300 mg\n"
        "Saw palmetto extract 200 mg\n"
        "Pumpkin seed oil 100 mg",
        "supplement",
        {"saw-palmetto": "200 mg", "pumpkin-seed-oil": "100 mg"},
        False,
    ),
    # a "cosmetic" that says it is no medicine yet holds one: neither type fits
    (
        "english grey-market serum",
        "Beard Growth Serum 15% Minoxidil + 0.1% Finasteride, 60 ml\n"
        "Cosmetic product. Not a medicine.\n"
        "Ingredients: minoxidil 15%, finasteride 0.1%, propylene glycol, ethanol, water",
        "unknown",
        {"minoxidil": "15%", "finasteride": "0.1%"},
        False,
    ),
    (
        "ukrainian grey-market lotion",
        "\u041b\u043e\u0441\u044c\u0439\u043e\u043d \u0434\u043b\u044f \u0432\u043e\u043b\u043e\u0441\u0441\u044f \u00ab\u041c\u0456\u043d\u043e\u043a\u0441\u0438\u0434\u0438\u043b 10%\u00bb, 50 \u043c\u043b\n"
        "\u041a\u043e\u0441\u043c\u0435\u0442\u0438\u0447\u043d\u0438\u0439 \u0437\u0430\u0441\u0456\u0431. \u041d\u0435 \u0454 \u043b\u0456\u043a\u0430\u0440\u0441\u044c\u043a\u0438\u043c \u0437\u0430\u0441\u043e\u0431\u043e\u043c.\n"
        "\u0421\u043a\u043b\u0430\u0434: \u043c\u0456\u043d\u043e\u043a\u0441\u0438\u0434\u0438\u043b 10%, \u043f\u0440\u043e\u043f\u0456\u043b\u0435\u043d\u0433\u043b\u0456\u043a\u043e\u043b\u044c, \u0435\u0442\u0430\u043d\u043e\u043b, \u0432\u043e\u0434\u0430.",
        "unknown",
        {"minoxidil": "10%"},
        False,
    ),
    (
        "a cosmetic that is no medicine and holds none stays a cosmetic",
        "Shampoo Fortificante Cafe\u00edna 250 ml \u2013 Cosm\u00e9tico. N\u00e3o \u00e9 medicamento.\n"
        "Ingredientes: Aqua, Sodium Laureth Sulfate, Caffeine, Panthenol, Parfum.",
        "cosmetic",
        {"caffeine": None, "panthenol": None},
        False,
    ),
]


# With the cases the fourteenth and fifteenth reviews prompted, kept in their own files.
EVERY_CASE = (
    CASES
    + label_conventions14.CASES
    + label_conventions15.CASES
    + label_conventions16.CASES
    + label_conventions17.CASES
)


@pytest.mark.parametrize(
    ("note", "text", "kind", "actives", "blend"), EVERY_CASE, ids=[c[0] for c in EVERY_CASE]
)
def test_a_label_convention_is_read(
    note: str, text: str, kind: str, actives: dict[str, str | None], blend: bool
) -> None:
    result = analyze_label(text, INDEX)
    got = {a.ingredient: a.strength for a in result.actives}
    assert (result.product_type, got, result.proprietary_blend) == (kind, actives, blend), note


def test_every_header_and_type_scan_skips_ahead_to_its_words() -> None:
    """A new word must not cost every label a scan at each character: each whole-label scan
    keeps the literal beginnings it skips ahead to (an optional group before a word loses
    them, "(przeciw)?wskazania" did)."""
    scans = [*HEADER_SCANS_LOWER, *TYPE_SCANS_LOWER]
    assert [name for name, scan in scans if scan.starts is None] == []
