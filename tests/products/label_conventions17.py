"""Label conventions the seventeenth blind review showed the analyser missing, each as a general
rule: an Indian pharmacy page's list of other brands under "Substitutes for <name>:" or
"Alternate brands:", OCR's zero for the O that begins a word ("Iron 0xide" is the colouring,
not iron), a product in use at the same time ("while using minoxidil"), a 510(k) number as K and
exactly six digits (a longer hospital number is none), a dispensing label made out to a named
patient ("Patient: Mrs A. Okafor", a prescription medicine), Italian "prodotti correlati" and the
Italian name of dithranol. Each with a label of the same shape that must not trigger it. (Written for these
tests, with other brands and wording than the review's.) Read by test_label_conventions.py."""

from __future__ import annotations

# (what the case shows, label, type, {ingredient: strength}, proprietary blend)
CASES: list[tuple[str, str, str, dict[str, str | None], bool]] = [
    # other brands of the medicine, under a heading naming this one
    (
        "substitutes for a named product",
        "Hairgro-M 10% Topical Solution 60 ml\n"
        "Prescription Required\n"
        "Salt composition: Minoxidil (10% w/v)\n"
        "Substitutes for Hairgro-M\n"
        "Ketoconazole 2% Lotion 50 ml  Rs 310\n"
        "Minoxidil + Finasteride (5% + 0.1%) Solution  Rs 480",
        "rx_drug",
        {"minoxidil": "10%"},
        False,
    ),
    (
        "alternative brands heading",
        "Finabald 1 mg Tablet 15's\n"
        "Rx  Prescription Required\n"
        "Contains: Finasteride (1mg)\n"
        "Alternative brands:\n"
        "Dutabald 0.5 Capsule (Dutasteride 0.5mg)  Rs 210",
        "rx_drug",
        {"finasteride": "1 mg"},
        False,
    ),
    (
        "substitute for in a sentence is no heading",
        "Hairgro Biotin 10 mg Tablets\n"
        "Dietary supplement. Not a substitute for a varied diet.\n"
        "Each tablet contains Biotin 10 mg.",
        "supplement",
        {"biotin": "10 mg"},
        False,
    ),
    # OCR's zero at the start of a word
    (
        "ocr zero in a colouring's name",
        "Rx only  FINOCAP 5\n"
        "Each film coated tablet contains:\n"
        "Finasteride BP ..... 5mg\n"
        "Colour: Yellow Iron 0xide\n"
        "Keep out of reach of children.",
        "rx_drug",
        {"finasteride": "5 mg"},
        False,
    ),
    (
        "a zero before a unit stays a figure",
        "Ferrohair Tablets\n"
        "Dietary supplement. Each tablet contains:\n"
        "Iron (as ferrous bisglycinate) 14 mg\n"
        "Biotin 50 mcg\n"
        "Sodium 0mg",
        "supplement",
        {"iron": "14 mg", "biotin": "50 mcg"},
        False,
    ),
    # another product used at the same time
    (
        "while using names another product",
        "Luxe Clip-In Hair Volumiser, 100% human hair, 14 inch\n"
        "FAQ: Can I clip it in while using minoxidil? Yes, once your scalp is dry.",
        "unknown",
        {},
        False,
    ),
    (
        "while using this product is no other product",
        "Minoxidil Topical Solution USP, 5% - Hair Regrowth Treatment for Men\n"
        "Drug Facts\nActive ingredient: Minoxidil 5% w/v ... Hair regrowth treatment\n"
        "Avoid contact with eyes while using this product.",
        "otc_drug",
        {"minoxidil": "5%"},
        False,
    ),
    # a hospital number that begins with K is no 510(k) number
    (
        "hospital number with a k",
        "HOMECARE SUPPLY - Royal Infirmary Hospital Pharmacy\n"
        "TOFACITINIB 5 mg FILM-COATED TABLETS  Qty: 56\n"
        "Take ONE tablet TWICE a day.\n"
        "Indication: alopecia areata\n"
        "Patient: Mr T. Okafor   Hosp No. K20458813",
        "rx_drug",
        {"tofacitinib": "5 mg"},
        False,
    ),
    (
        "a 510(k) number of six digits",
        "HaloGrow Laser Cap, 272 diodes, FDA K203318\nWear 6 minutes every other day.",
        "device",
        {},
        False,
    ),
    # Italian related products, and Italian dithranol
    (
        "italian prodotti correlati",
        "CAPILFORT Lozione Anticaduta 100 ml - Cosmetico\n"
        "Ingredienti: Aqua, Alcohol Denat., Caffeine, Panthenol, Parfum\n"
        "Prodotti correlati: Capilfort Integratore (biotina, zinco) 60 compresse",
        "cosmetic",
        {"caffeine": None, "panthenol": None},
        False,
    ),
    (
        "italian ditranolo in a galenic preparation",
        "Farmacia Centrale - preparazione magistrale su ricetta medica\n"
        "DITRANOLO 1% + UREA 10% in vaselina bianca q.b. a 30 g\n"
        "Uso esterno. Applicare per 10 minuti e rimuovere.",
        "rx_drug",
        {"anthralin": "1%"},
        False,
    ),
    # a dispensing label made out to a named patient
    (
        "dispensing label with a named patient",
        "QUEEN'S ROAD HOSPITAL PHARMACY   Tel 0113 496 0000\n"
        "SPIRONOLACTONE 100 mg TABLETS   Qty: 28\n"
        "Take ONE tablet each morning with food.\n"
        "Patient: Ms J. Adeyemi   Date: 03/10/2026",
        "rx_drug",
        {"spironolactone": "100 mg"},
        False,
    ),
    (
        "a named patient's sticker on a drug facts box",
        "Drug Facts\nActive ingredient: Minoxidil 5% w/v ... Hair regrowth treatment\n"
        "Uses: to regrow hair on the top of the scalp\n"
        "Patient: Mr K. Rowe - pharmacy counter sale 04/10/2026",
        "otc_drug",
        {"minoxidil": "5%"},
        False,
    ),
]
