"""Label conventions the sixteenth blind review showed the analyser missing, each as a general
rule: a UK medicine's legal class as shops write it ("general sales list", "pharmacy only
medicine"), a number's thousands comma inside a sentence, an equivalence line naming another
substance, an add-on priced "(+$8)", a product named as what this one replaces or stands in
for, a kit's contents under their own heading (typed by its most regulated item), drops to
swallow or to rub in with no class stated, a "Key actives:" line with percentages, and menthol
in a Drug Facts inactive list. Each with a label of the same shape that must not trigger it.
(Written for these tests, with other brands and wording than the review's.) Read by
test_label_conventions.py."""

from __future__ import annotations

# (what the case shows, label, type, {ingredient: strength}, proprietary blend)
CASES: list[tuple[str, str, str, dict[str, str | None], bool]] = [
    # a UK medicine's class as shops write it
    (
        "uk general sales list medicine",
        "Follivo for Women 2% w/v Cutaneous Solution 60 ml\n"
        "General Sales List medicine - read the leaflet before use.\n"
        "Each ml contains 20 mg minoxidil.",
        "otc_drug",
        {"minoxidil": "2%"},
        False,
    ),
    (
        "uk pharmacy only medicine",
        "Scalpex 2% w/w Shampoo 100 ml\n"
        "Pharmacy only medicine. Each gram contains 20 mg ketoconazole.",
        "otc_drug",
        {"ketoconazole": "2%"},
        False,
    ),
    (
        "sold in pharmacies is no class",
        "Capilvita Caffeine Tonic 150 ml - sold in pharmacies only\n"
        "Ingredients: Aqua, Alcohol Denat., Caffeine, Panthenol, Parfum.",
        "cosmetic",
        {"caffeine": None, "panthenol": None},
        False,
    ),
    # a thousands comma inside a sentence parts no clause
    (
        "blend total with a thousands comma",
        "Supplement Facts  Serving Size 3 Capsules\n"
        "Biotin 5000 mcg\n"
        "FolliMax Proprietary Blend 1,250 mg: Saw Palmetto Berry Extract, Pumpkin Seed Oil, "
        "Horsetail Extract",
        "supplement",
        {"biotin": "5000 mcg", "saw-palmetto": None, "pumpkin-seed-oil": None},
        True,
    ),
    (
        "an amount with a thousands comma is still the line's",
        "Supplement Facts  Serving Size 2 Softgels\nPumpkin Seed Oil 2,000 mg\nOther ingredients: gelatin.",
        "supplement",
        {"pumpkin-seed-oil": "2000 mg"},
        False,
    ),
    # an equivalence line that names another substance is that substance's amount
    (
        "providing a component",
        "Supplement Facts  Serving Size 3 Softgels\n"
        "Saw Palmetto Berry Oil 960 mg\n"
        "  providing Fatty Acids 820 mg\n"
        "Other ingredients: gelatin, glycerin.",
        "supplement",
        {"saw-palmetto": "960 mg"},
        False,
    ),
    (
        "equivalent to the element itself",
        "Supplement Facts  Serving Size 1 Tablet\n"
        "Zinc gluconate 70 mg\n"
        "  equivalent to zinc 10 mg\n"
        "Other ingredients: cellulose.",
        "supplement",
        {"zinc": "10 mg"},
        False,
    ),
    # an add-on priced by what it adds
    (
        "add-on priced (+$)",
        "Silkroot Argan Scalp Mist 150 ml\n"
        "Ingredients: Aqua, Glycerin, Panthenol, Argania Spinosa Kernel Oil, Parfum\n"
        "Make it a set: add Silkroot Biotin Shampoo (+$11)",
        "cosmetic",
        {"panthenol": None},
        False,
    ),
    (
        "an add with no price is the directions",
        "Pure Rosemary Essential Oil 30 ml\n"
        "Ingredients: Rosmarinus Officinalis Leaf Oil\n"
        "Add 3 drops to your shampoo, massage into the scalp.",
        "cosmetic",
        {"rosemary-oil": None},
        False,
    ),
    # what this product replaces or stands in for is another product
    (
        "a pharmacy label's previous medicine",
        "Northgate Pharmacy   Rx 5520981\n"
        "SPIRONOLACTONE 100 MG TAB   QTY 60\n"
        "Take 1 tablet by mouth daily.\n"
        "Note: replacing FINASTERIDE 5 MG TAB as of this fill",
        "rx_drug",
        {"spironolactone": "100 mg"},
        False,
    ),
    (
        "a prescriber's note of the drug switched from",
        "Dutasteride 0.5 mg softgel capsules, 30 count\n"
        "Rx only. Take 1 capsule by mouth daily.\n"
        "Switched from finasteride 1 mg tablets in March after a poor response.",
        "rx_drug",
        {"dutasteride": "0.5 mg"},
        False,
    ),
    (
        "a cosmetic is no alternative to the drug it names",
        "Velaro Caffeine Scalp Tonic 100 ml - a gentle alternative to minoxidil 5% for daily use\n"
        "Ingredients: Aqua, Alcohol Denat., Caffeine, Niacinamide, Parfum, Limonene\n"
        "Does not replace treatments such as finasteride.",
        "cosmetic",
        {"caffeine": None, "niacinamide": None},
        False,
    ),
    (
        "'replace the cap' is a direction",
        "Minoxidil Topical Solution 5% - 60 mL\n"
        "Drug Facts\nActive ingredient: Minoxidil 5% w/v ..... Purpose: Hair regrowth treatment\n"
        "Directions: apply 1 mL twice a day. Replace the cap after use.",
        "otc_drug",
        {"minoxidil": "5%"},
        False,
    ),
    # a kit's contents under their own heading, typed by its most regulated item
    (
        "a kit with a prescription item",
        "Rootline Starter Bundle - monthly plan\n"
        "Kit contents:\n"
        "- Dutasteride 0.5 mg capsules, 30 count (prescription only, dispensed by our partner pharmacy)\n"
        "- Anti-dandruff shampoo, 200 ml\n"
        "Drug Facts (shampoo)\nActive ingredient: Ketoconazole 1% ..... Purpose: Anti-dandruff\n"
        "Prescription items need an online consultation.",
        "rx_drug",
        {"dutasteride": "0.5 mg", "ketoconazole": "1%"},
        False,
    ),
    (
        "a kit without one keeps its type",
        "Thick Start Duo for Men\n"
        "What's in the box:\n"
        "1. Minoxidil 5% Foam, 2.11 oz\n"
        "2. Biotin & Caffeine Shampoo, 8 fl oz\n"
        "Drug Facts\nActive ingredient: Minoxidil 5% w/w ..... Purpose: Hair regrowth treatment for men",
        "otc_drug",
        {"minoxidil": "5%", "biotin": None, "caffeine": None},
        False,
    ),
    (
        "a device's parts on its heading's line",
        "NovaLux 148-diode laser cap, FDA-cleared\n"
        "What's in the box: laser cap, controller, USB-C charger, user manual",
        "device",
        {},
        False,
    ),
    # drops to swallow or rub in, with no class stated
    (
        "drops to swallow or to rub in",
        "Rasayana Hair Elixir Drops 50 ml\n"
        "Ingredients: Bhringraj (Eclipta alba), Amla, Hibiscus flower, Water\n"
        "Take 15 drops with water each morning, or rub 10 drops into the scalp before bed.",
        "unknown",
        {"eclipta-alba": None, "amla": None, "hibiscus": None},
        False,
    ),
    (
        "do not swallow keeps a cosmetic",
        "Herbal Scalp Drops 30 ml\n"
        "Ingredients: Aqua, Eclipta Alba Extract, Hibiscus Flower Extract, Glycerin\n"
        "Massage 5 drops into the scalp. Do not swallow; not to be taken by mouth.",
        "cosmetic",
        {"eclipta-alba": None, "hibiscus": None},
        False,
    ),
    # a "Key actives:" line with percentages names a trade-name complex the list gives by parts
    (
        "key actives with a percentage",
        "Fortiva Density Lotion 50 ml\n"
        "Key actives: Redensyl 2%, Caffeine 1%\n"
        "Ingredients: Aqua, Glycerin, Caffeine, Dihydroquercetin-Glucoside, Glycine, Phenoxyethanol",
        "cosmetic",
        {"redensyl": "2%", "caffeine": "1%"},
        False,
    ),
    (
        "key ingredients without amounts add nothing",
        "Fortiva Biotin Shampoo 250 ml\n"
        "Key ingredients: Biotin, Caffeine\n"
        "Ingredients: Aqua, Sodium Laureth Sulfate, Caffeine, Biotinoyl Tripeptide-1, Parfum",
        "cosmetic",
        {"caffeine": None},
        False,
    ),
    # menthol in a Drug Facts inactive list
    (
        "menthol among the inactives of a known active",
        "Flakeaway Cooling Dandruff Shampoo 400 ml\n"
        "Drug Facts\nActive ingredient: Pyrithione zinc 0.95% ..... Purpose: Anti-dandruff\n"
        "Inactive ingredients: water, sodium laureth sulfate, menthol, panthenol, fragrance",
        "otc_drug",
        {"pyrithione-zinc": "0.95%", "menthol": None},
        False,
    ),
    (
        "menthol beside an active with no file",
        "Seleclear Dandruff Shampoo 325 ml\n"
        "Drug Facts\nActive ingredient: Selenium sulfide 1% ..... Purpose: Anti-dandruff\n"
        "Inactive ingredients: water, ammonium lauryl sulfate, menthol, fragrance",
        "otc_drug",
        {},
        False,
    ),
]
