"""Label conventions the fourteenth blind review showed the analyser missing, each as a general
rule: shops' cross-sells and buyers' quoted reviews in more languages, ingredient lists wrapped
mid-name, European directions and warnings, a tablet's weight in its panel heading, a complex
in other languages and its parts in brackets below it, a plant part in other languages, the
nutrition table's "niacin", a substituent word before a name, a cosmetic or a device said so in
so many words, an upsell priced with decimals, an injectable's mg per mL, an Ayurvedic oil's raw
herbs per 100 mL and a mineral's supplement salt in a shampoo. Each with a label of the same
shape that must not trigger it. (Written for these tests, with other brands and wording than
the review's.) Read by test_label_conventions.py."""

from __future__ import annotations

# (what the case shows, label, type, {ingredient: strength}, proprietary blend)
CASES: list[tuple[str, str, str, dict[str, str | None], bool]] = [
    # a pharmacy shop's "often bought together" in French, Italian and German
    (
        "french often bought together",
        "Minoxidil Viatris 5 %, solution pour application cutan\u00e9e, 60 ml\n"
        "M\u00e9dicament non soumis \u00e0 prescription m\u00e9dicale\n"
        "Souvent achet\u00e9s ensemble : Biotine 10 mg g\u00e9lules + Shampooing k\u00e9ratine",
        "otc_drug",
        {"minoxidil": "5%"},
        False,
    ),
    (
        "italian bought together",
        "Lozione Capelli Caffeina 1% - Cosmetico\n"
        "Ingredienti: Aqua, Alcohol Denat., Caffeine, Panthenol, Parfum.\n"
        "Spesso comprati insieme: Minoxidil 5% soluzione cutanea",
        "cosmetic",
        {"caffeine": "1%", "panthenol": None},
        False,
    ),
    (
        "german bought together",
        "Haarkur Koffein Shampoo 250 ml\n"
        "INCI: Aqua, Sodium Laureth Sulfate, Caffeine, Niacinamide, Parfum.\n"
        "Wird oft zusammen gekauft: Biotin 10 mg Tabletten",
        "cosmetic",
        {"caffeine": None, "niacinamide": None},
        False,
    ),
    (
        "'ensemble' in a sentence cuts nothing",
        "Lotion tonique cheveux - produit cosm\u00e9tique\n"
        "Ingr\u00e9dients : Aqua, Caffeine, Biotin, Parfum.\n"
        "A utiliser ensemble avec le shampooing de la gamme.",
        "cosmetic",
        {"caffeine": None, "biotin": None},
        False,
    ),
    # a buyer's review quoted on a shop page names what they use
    (
        "star-rated quote below the list",
        "Grovia Thickening Conditioner 250 ml\n"
        "Ingredients: Water, Cetearyl Alcohol, Caffeine, Panthenol, Fragrance.\n"
        '\u2605\u2605\u2605\u2605\u2606 "I use it with my finasteride 1 mg and ketoconazole shampoo"',
        "cosmetic",
        {"caffeine": None, "panthenol": None},
        False,
    ),
    (
        "verified purchase line",
        "Rooted Scalp Tonic 100 ml\n"
        "Ingredients: Aqua, Niacinamide, Menthol, Parfum.\n"
        "Great alongside minoxidil, no irritation - Verified Purchase",
        "cosmetic",
        {"niacinamide": None, "menthol": None},
        False,
    ),
    (
        "a star rating count is no review",
        "\u2605\u2605\u2605\u2605\u2606 812 ratings\n"
        "Biotin 10,000 mcg Hair Supplement, 120 Softgels\n"
        "Supplement Facts\nServing Size: 1 Softgel\nBiotin 10,000 mcg 33,333%",
        "supplement",
        {"biotin": "10000 mcg"},
        False,
    ),
    # an INCI list wrapped mid-name, and a kit's product list wrapped after a comma
    (
        "inci list wrapped mid-name",
        "Herbal Scalp Wash 300 ml\n"
        "Ingredients: Aqua, Coco-Glucoside, Glycerin, Salvia Rosmarinus (Rosemary) Leaf\n"
        "Extract, Caffeine, Sodium Benzoate, Parfum.",
        "cosmetic",
        {"caffeine": None},
        False,
    ),
    (
        "a list whose lines end at commas reads the same",
        "Herbal Scalp Wash 300 ml\n"
        "Ingredients: Aqua, Coco-Glucoside, Glycerin,\n"
        "Rosmarinus Officinalis Leaf Oil, Caffeine, Parfum.",
        "cosmetic",
        {"rosemary-oil": None, "caffeine": None},
        False,
    ),
    (
        "kit product list wrapped after a comma",
        "Regrowth Duo: Minoxidil 5% Foam + Shampoo\n"
        "Drug Facts\nActive ingredient: Minoxidil 5% w/w Purpose: Hair regrowth treatment\n"
        "Shampoo ingredients: Water, Sodium Laureth Sulfate, Glycerin,\n"
        "Hydrolyzed Keratin, Panthenol, Parfum.",
        "otc_drug",
        {"minoxidil": "5%", "keratin": None, "panthenol": None},
        False,
    ),
    # European directions and warnings: what they name is not in the product, up to the next
    # labelled line
    (
        "french directions name a treatment",
        "Vitalcap Cheveux - Compl\u00e9ment alimentaire - 30 g\u00e9lules\n"
        "Ingr\u00e9dients : huile de p\u00e9pins de courge, biotine, g\u00e9latine.\n"
        "Conseils d'utilisation : 1 g\u00e9lule par jour, en compl\u00e9ment d'un traitement "
        "(finast\u00e9ride 1 mg) si prescrit.",
        "supplement",
        {"pumpkin-seed-oil": None, "biotin": None},
        False,
    ),
    (
        "italian warnings name a medicine",
        "Integratore alimentare Capelli Forti\n"
        "Ingredienti: zinco gluconato, D-biotina, cellulosa.\n"
        "Avvertenze: in caso di terapia con minoxidil 5% sentire il medico.",
        "supplement",
        {"zinc": None, "biotin": None},
        False,
    ),
    (
        "a list after the directions is still read",
        "Shampoo Rinforzante 250 ml\n"
        "Modo d'uso: applicare sui capelli bagnati e risciacquare.\n"
        "Composizione: Aqua, Sodium Laureth Sulfate, Caffeine, Panthenol, Parfum.",
        "cosmetic",
        {"caffeine": None, "panthenol": None},
        False,
    ),
    # the panel heading with the tablet's weight, and a blend's parts in brackets below it
    (
        "film-coated tablet with its weight, blend parts on the next lines",
        "Keshvita Tablets - Health Supplement - FSSAI Lic. No. 12345678901234\n"
        "Each film-coated tablet (750 mg) contains:\n"
        "Proprietary Herbal Blend 400 mg\n"
        "(Bhringraj [Eclipta alba] extract, Amla [Emblica officinalis] extract,\n"
        "Brahmi extract)\n"
        "Biotin 150 mcg\n"
        "Directions: 1 tablet daily. Not for medicinal use.",
        "supplement",
        {"eclipta-alba": None, "amla": None, "biotin": "150 mcg"},
        True,
    ),
    # a complex in German and French whose amount is the whole's
    (
        "german complex marked with no NRV",
        "Nahrungserg\u00e4nzungsmittel - Haarformel\n"
        "N\u00e4hrwerte pro Tagesdosis (1 Kapsel) %NRV*\n"
        "Zink 5 mg 50 %\n"
        "Pflanzen-Komplex 250 mg **\n"
        "(S\u00e4gepalmenfrucht-Extrakt, K\u00fcrbiskern\u00f6l)\n"
        "** keine NRV vorhanden",
        "supplement",
        {"zinc": "5 mg", "saw-palmetto": None, "pumpkin-seed-oil": None},
        True,
    ),
    (
        "a vitamin B complex is a vitamin, no blend",
        "Nahrungserg\u00e4nzungsmittel\nN\u00e4hrwerte pro Tagesdosis (1 Tablette)\n"
        "Vitamin B-Komplex 50 mg **\nBiotin 50 \u00b5g 100 %",
        "supplement",
        {"biotin": "50 mcg"},
        False,
    ),
    # a plant part in Italian or French on the name's second line
    (
        "italian fruit extract on the next line, with its titre",
        "Integratore alimentare\nTenori medi per dose giornaliera (1 capsula)\n"
        "Serenoa repens\n  frutti e.s. tit. 45% acidi grassi  160 mg\n"
        "Zinco 5 mg",
        "supplement",
        {"saw-palmetto": "160 mg", "zinc": "5 mg"},
        False,
    ),
    (
        "french seed oil on the next line",
        "Compl\u00e9ment alimentaire\nValeurs nutritionnelles pour 2 capsules\n"
        "Courge (Cucurbita pepo)\n  huile de p\u00e9pins 400 mg\n"
        "Biotine 40 \u00b5g",
        "supplement",
        {"pumpkin-seed-oil": "400 mg", "biotin": "40 mcg"},
        False,
    ),
    # the EU nutrition table's "niacin" given as nicotinamide in the list
    (
        "niacin row, nicotinamide in the list",
        "Nahrungserg\u00e4nzungsmittel\nN\u00e4hrwerte pro Tagesdosis (1 Kapsel)\n"
        "Niacin 18 mg 113 %\nBiotin 100 \u00b5g 200 %\n"
        "Zutaten: Cellulose, Nicotinamid, Nicotinamide, D-Biotin.",
        "supplement",
        {"niacinamide": "18 mg", "biotin": "100 mcg"},
        False,
    ),
    (
        "niacin row with nicotinic acid in the list stays unknown",
        "Food supplement\nAmount per daily dose (1 tablet):\n"
        "Niacin 16 mg 100%\nBiotin 50 \u00b5g 100%\n"
        "Ingredients: Cellulose, Nicotinic acid, D-Biotin.",
        "supplement",
        {"biotin": "50 mcg"},
        False,
    ),
    # a substituent word before a name makes another compound
    (
        "substituted names are other compounds",
        "Scalp Energising Tonic 150 ml\n"
        "INCI: Aqua, Alcohol Denat., Pyrrolidinyl Diaminopyrimidine Oxide, Methyl Nicotinate, "
        "Caffeine, Parfum.",
        "cosmetic",
        {"caffeine": None},
        False,
    ),
    (
        "the plain names are still found",
        "Scalp Energising Tonic 150 ml\n"
        "INCI: Aqua, Alcohol Denat., Diaminopyrimidine Oxide, Niacinamide, Caffeine, Parfum.",
        "cosmetic",
        {"aminexil": None, "niacinamide": None, "caffeine": None},
        False,
    ),
    # a cosmetic said so in so many words; a device by its class or CE number
    (
        "cosmetic product outweighs a regrowth treatment claim",
        "Folliva Hair Regrowth Treatment Serum 50 ml\n"
        "Ingredients: Aqua, Caffeine, Niacinamide, Parfum.\n"
        "Cosmetic product. For external use only.",
        "cosmetic",
        {"caffeine": None, "niacinamide": None},
        False,
    ),
    (
        "a drug facts panel still makes a drug",
        "Minoxidil Topical Solution 5% - Hair Regrowth Treatment\n"
        "Drug Facts\nActive ingredient: Minoxidil 5% w/v Purpose: Hair regrowth treatment\n"
        "Not a cosmetic product.",
        "otc_drug",
        {"minoxidil": "5%"},
        False,
    ),
    (
        "class iia medical device",
        "DermaFlow Microneedle Patch Applicator\n"
        "Class IIa medical device - CE 2797 - sterile, single use\n"
        "For use by clinicians with minoxidil or growth-factor serums.",
        "device",
        {},
        False,
    ),
    (
        "a first-class shampoo is no device",
        "World-class hair care: Caffeine Shampoo 250 ml\n"
        "Ingredients: Aqua, Sodium Laureth Sulfate, Caffeine, Parfum.",
        "cosmetic",
        {"caffeine": None},
        False,
    ),
    # an upsell priced after a strength with decimals
    (
        "upsell with decimal strengths",
        "Finasteride 1 mg tablets - Rx only\n"
        "Take one tablet daily.\n"
        "Add our Minoxidil 2.5% + Biotin 0.2% Scalp Spray to your order for $19.99",
        "rx_drug",
        {"finasteride": "1 mg"},
        False,
    ),
    # an injectable's strength per mL as printed
    (
        "injectable suspension keeps mg per mL",
        "Rx only\nTriamcinolone Acetonide Injectable Suspension, USP\n40 mg/mL\n"
        "1 mL single-dose vial. For intramuscular or intra-articular use.",
        "rx_drug",
        {"triamcinolone": "40 mg/mL"},
        False,
    ),
    (
        "a topical solution per mL is a percentage",
        "Minoxidil 50 mg/ml cutaneous solution, 60 ml\nPharmacy medicine",
        "otc_drug",
        {"minoxidil": "5%"},
        False,
    ),
    # an Ayurvedic oil's herbs per 100 mL are the raw material it is cooked from
    (
        "ayurvedic oil prepared from herbs",
        "Bhringamalaka Taila - Ayurvedic Proprietary Medicine - 100 ml\n"
        "Each 100 ml is prepared from:\n"
        "Bhringraj (Eclipta alba) 12 g\nAmla (Emblica officinalis) 6 g\n"
        "Til taila q.s.\nIndications: hair fall.",
        "otc_drug",
        {"eclipta-alba": "12 g/100 mL", "amla": "6 g/100 mL"},
        False,
    ),
    (
        "a medicine's content per 100 ml is a percentage",
        "Minoxidil solution 60 ml - pharmacy medicine\n"
        "Active ingredient (in 100 mL): minoxidil 5 g\nUses: regrows hair",
        "otc_drug",
        {"minoxidil": "5%"},
        False,
    ),
    # a mineral's supplement salt in a shampoo is the mineral; a formulation salt is not
    (
        "zinc gluconate in a shampoo",
        "Shampooing fortifiant - produit cosm\u00e9tique\n"
        "INGREDIENTS : AQUA, SODIUM LAURETH SULFATE, ZINC GLUCONATE, PANTHENOL, PARFUM.",
        "cosmetic",
        {"zinc": None, "panthenol": None},
        False,
    ),
    (
        "zinc carbonate in a shampoo",
        "Clarifying Shampoo 250 ml\n"
        "Ingredients: Aqua, Sodium Laureth Sulfate, Zinc Carbonate, Panthenol, Parfum.",
        "cosmetic",
        {"panthenol": None},
        False,
    ),
]
