"""Label conventions the fifteenth blind review showed the analyser missing, each as a general
rule: a shop's line of other products known by its shape (a short heading with a word for
"also", "together" or "related" before its colon) in any language, a seller's note and a
pharmacist's substitution, an unticked option inside a line of options, a line opening with
"without" or a "does not contain" in more languages, and the words by which more countries
class a medicine with or without prescription, a food supplement and a cosmetic. Each with a
label of the same shape that must not trigger it. (Written for these tests, with other brands
and wording than the review's.) Read by test_label_conventions.py."""

from __future__ import annotations

# (what the case shows, label, type, {ingredient: strength}, proprietary blend)
CASES: list[tuple[str, str, str, dict[str, str | None], bool]] = [
    # other products under a short heading with "also", "together" or "related", any language
    (
        "danish customers also bought",
        "Haarkraft Koffein Shampoo 200 ml\n"
        "INCI: Aqua, Sodium Laureth Sulfate, Caffeine, Panthenol, Parfum.\n"
        "Andre kunder k\u00f8bte ogs\u00e5: Minoxidil 5 % kutanopl\u00f8sning - Biotin 5 mg",
        "cosmetic",
        {"caffeine": None, "panthenol": None},
        False,
    ),
    (
        "portuguese related products",
        "Lo\u00e7\u00e3o Capilar Cafe\u00edna 100 ml\n"
        "INCI: Aqua, Alcohol Denat., Caffeine, Niacinamide, Parfum.\n"
        "Produtos relacionados: Finasterida 1 mg comprimidos - Minoxidil 5% solu\u00e7\u00e3o",
        "cosmetic",
        {"caffeine": None, "niacinamide": None},
        False,
    ),
    (
        "finnish bought together",
        "Hiusvesi Kofeiini 150 ml\n"
        "INCI: Aqua, Caffeine, Biotin, Parfum.\n"
        "Ostetaan usein yhdess\u00e4 my\u00f6s: Minoxidil 2 % liuos",
        "cosmetic",
        {"caffeine": None, "biotin": None},
        False,
    ),
    (
        "'also contains' heads the product's own list",
        "Growth Blend Capsules - Dietary Supplement\n"
        "Each capsule contains: Saw palmetto extract 320 mg\n"
        "Also contains: Biotin 300 mcg, gelatin.",
        "supplement",
        {"saw-palmetto": "320 mg", "biotin": "300 mcg"},
        False,
    ),
    (
        "a kit's 'also included' and a greek 'also contains' are the product's own",
        "Biotin Complex - Dietary Supplement\nSupplement Facts\nBiotin 5000 mcg\n"
        "Also included in the box: Zinc 15 mg tablets\n"
        "\u03a0\u03b5\u03c1\u03b9\u03ad\u03c7\u03b5\u03b9 \u03b5\u03c0\u03af\u03c3\u03b7\u03c2: Niacinamide 16 mg",
        "supplement",
        {"biotin": "5000 mcg", "zinc": "15 mg", "niacinamide": "16 mg"},
        False,
    ),
    # a seller's note and a pharmacist's substitution name other products
    (
        "seller note",
        "Biotin 10000 mcg Hair Supplement 120 Softgels\n"
        "Supplement Facts  Serving size 1 softgel\n"
        "Biotin 10000 mcg\n"
        "Store note: ask us about our minoxidil 5% foam and ketoconazole shampoo deals",
        "supplement",
        {"biotin": "10000 mcg"},
        False,
    ),
    (
        "pharmacist substituted",
        "FINASTERIDE 1 MG TABLETS   Rx only   QTY 30\n"
        "Take one tablet by mouth daily.\n"
        "Dispensed generic: substituted for dutasteride 0.5 mg capsules per formulary",
        "rx_drug",
        {"finasteride": "1 mg"},
        False,
    ),
    # an unticked option inside a line of options is not bought
    (
        "unticked bundle in a line of options",
        "Minoxidil 5% Solution 60 ml\n"
        "Pack: (\u2022) 2 Bottles   ( ) 1 Bottle + Microneedle Roller 0.25mm   ( ) 4 Bottles\n"
        "Drug Facts\n"
        "Active ingredient: Minoxidil 5% w/v ....... Purpose: Hair regrowth treatment",
        "otc_drug",
        {"minoxidil": "5%"},
        False,
    ),
    (
        "ticked bundle in a line of options",
        "Scalp Care Set\n"
        "Pack: ( ) Serum only   (\u2022) Serum + Derma Roller 0.5mm\n"
        "Titanium derma roller, 540 needles, needle length 0.5 mm.",
        "device",
        {},
        False,
    ),
    (
        "an option's own brackets do not end it",
        "Haarwasser Minoxidil 5 % L\u00f6sung 60 ml - Apothekenpflichtig\n"
        "Variante: (x) 60 ml   ( ) 3 x 60 ml (Sparpaket mit Finasterid 1 mg Tabletten) + Biotin\n"
        "Wirkstoff: Minoxidil 50 mg/ml",
        "otc_drug",
        {"minoxidil": "5%"},
        False,
    ),
    # "without" opening a line, "does not contain" anywhere
    (
        "czech line opening with 'bez'",
        "Vlasov\u00e9 s\u00e9rum s kofeinem 50 ml - Kosmetick\u00fd p\u0159\u00edpravek\n"
        "Bez finasteridu a bez minoxidilu.\n"
        "INCI: Aqua, Caffeine, Panthenol, Parfum.",
        "cosmetic",
        {"caffeine": None, "panthenol": None},
        False,
    ),
    (
        "dutch 'bevat geen'",
        "Wenkbrauwserum 4 ml - Cosmetisch product\n"
        "Bevat geen bimatoprost of andere prostaglandines.\n"
        "INCI: Aqua, Glycerin, Panthenol, Biotin.",
        "cosmetic",
        {"panthenol": None, "biotin": None},
        False,
    ),
    (
        "a line opening 'without prescription' keeps its class",
        "Minoxidil 2% roztok na k\u016f\u017ei 60 ml\nBez recepty\nL\u00e9\u010div\u00e1 l\u00e1tka: minoxidil 2 %",
        "otc_drug",
        {"minoxidil": "2%"},
        False,
    ),
    (
        "'does not contain' opening a line",
        "Biotin Complex - Dietary Supplement\nSupplement Facts\nBiotin 5000 mcg\n"
        "This product does not contain minoxidil or finasteride 1 mg.",
        "supplement",
        {"biotin": "5000 mcg"},
        False,
    ),
    (
        "'does not contain' later in a line leaves the line's own",
        "Hair Regrowth Foam for Men - Drug Facts\n"
        "Alcohol free. Does not contain parabens. Minoxidil 5% foam, 60 g",
        "otc_drug",
        {"minoxidil": "5%"},
        False,
    ),
    (
        "'without' inside a line is no free-from list",
        "Biotin Gummies - Dietary Supplement\n"
        "Supplement Facts  Serving size 2 gummies\n"
        "Biotin 5000 mcg, made without gelatin",
        "supplement",
        {"biotin": "5000 mcg"},
        False,
    ),
    # a buyer's question on its own line names what the buyer uses
    (
        "spanish buyer question",
        "Loci\u00f3n Capilar Cafe\u00edna 120 ml - producto cosm\u00e9tico\n"
        "INCI: Aqua, Caffeine, Panthenol, Parfum.\n"
        "Preguntas: \u00bfSirve junto con finasterida 1 mg?  Respuesta: S\u00ed.",
        "cosmetic",
        {"caffeine": None, "panthenol": None},
        False,
    ),
    (
        "a FAQ heading is no buyer's question",
        "Biotin Forte - Dietary Supplement\n"
        "Preguntas frecuentes: cada c\u00e1psula contiene biotina 5 mg.",
        "supplement",
        {"biotin": "5 mg"},
        False,
    ),
    # directions and warnings in more languages name what not to combine the product with
    (
        "czech directions",
        "Minoxidil 50 mg/ml ko\u017en\u00ed roztok - voln\u011b prodejn\u00fd l\u00e9\u010divo\n"
        "Pomocn\u00e9 l\u00e1tky: ethanol, voda.\n"
        "Upozorn\u011bn\u00ed: nekombinujte s p\u0159\u00edpravky jako tretinoin nebo dithranol.\n"
        "L\u00e9\u010div\u00e1 l\u00e1tka: minoxidil 5 %",
        "otc_drug",
        {"minoxidil": "5%"},
        False,
    ),
    (
        "dutch directions",
        "Haarlotion Cafe\u00efne - Cosmetisch product\n"
        "Gebruik: niet combineren met ketoconazol shampoo of minoxidil.\n"
        "Ingredi\u00ebnten: Aqua, Caffeine, Niacinamide.",
        "cosmetic",
        {"caffeine": None, "niacinamide": None},
        False,
    ),
    # a registration number that says the class
    (
        "malaysian controlled medicine",
        "Fina-M 1 mg tablets\nMAL19051234AZ\nEach tablet: finasteride 1 mg",
        "rx_drug",
        {"finasteride": "1 mg"},
        False,
    ),
    (
        "malaysian health supplement",
        "HairVit Biotin 10 mg capsules\nMAL22019876NZ\nEach capsule: biotin 10 mg",
        "supplement",
        {"biotin": "10 mg"},
        False,
    ),
    (
        "indonesian free medicine and notified cosmetic",
        "Minoksidil 2% larutan 60 ml\nBPOM RI DBL2012345678A1\nKomposisi: minoxidil 2%",
        "otc_drug",
        {"minoxidil": "2%"},
        False,
    ),
    (
        "indonesian notified cosmetic",
        "Tonik Rambut Kemiri 100 ml\nBPOM RI NA18201200456\nINCI: Aqua, Caffeine, Parfum.",
        "cosmetic",
        {"caffeine": None},
        False,
    ),
    (
        "a number that only looks like one says nothing",
        "Hair Tonic 100 ml - normal 12345678 hair\nINCI: Aqua, Caffeine, Parfum.",
        "cosmetic",
        {"caffeine": None},
        False,
    ),
    # the words more countries class a product by
    (
        "norwegian non-prescription medicine",
        "Ketokonazol 20 mg/g sjampo 100 ml\nReseptfritt legemiddel\nVirkestoff: ketokonazol 2 %.",
        "otc_drug",
        {"ketoconazole": "2%"},
        False,
    ),
    (
        "mexican sale needs no prescription",
        "Minoxidil 5% soluci\u00f3n 60 ml\nSu venta no requiere receta m\u00e9dica.\n"
        "F\u00f3rmula: cada 100 ml contienen minoxidil 5 g.",
        "otc_drug",
        {"minoxidil": "5%"},
        False,
    ),
    (
        "mexican sale needs a prescription",
        "Finasterida 1 mg 28 tabletas\nSu venta requiere receta m\u00e9dica.\n"
        "F\u00f3rmula: cada tableta contiene finasterida 1 mg.",
        "rx_drug",
        {"finasteride": "1 mg"},
        False,
    ),
    (
        "danish and slovak food supplements",
        "Hårvitaminer Kosttilskud 60 tabletter\nDoplnok výživy\n"
        "Indhold pr. dagsdosis: Biotin 50 \u00b5g, Zink 10 mg",
        "supplement",
        {"biotin": "50 mcg", "zinc": "10 mg"},
        False,
    ),
    (
        "greek cosmetic",
        "\u03a3\u03b1\u03bc\u03c0\u03bf\u03c5\u03ac\u03bd \u03ba\u03b1\u03c6\u03b5\u0390\u03bd\u03b7\u03c2 250 ml - \u039a\u03b1\u03bb\u03bb\u03c5\u03bd\u03c4\u03b9\u03ba\u03cc\n"
        "INCI: Aqua, Sodium Laureth Sulfate, Caffeine, Parfum.",
        "cosmetic",
        {"caffeine": None},
        False,
    ),
]
