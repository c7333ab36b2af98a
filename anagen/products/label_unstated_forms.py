"""The forms a product comes in that its page names: one to swallow, or one put on the hair,
scalp, lashes or brows (label_unstated_type and label_unstated_signs read them). Scans of a
lower-case page: each tried only where one of its words begins (wordscan), not at every word."""

from __future__ import annotations

from anagen.wordscan import Scan

# the forms of a product to swallow, in English, Spanish, Portuguese, Italian, French, German,
# Dutch, Polish, Croatian/Czech/Slovene, Indonesian/Malay, Turkish, Russian, Korean, Chinese,
# Japanese, Hindi and Bengali
ORAL_FORM = Scan(
    r"\b(capsules?|caps|softgels?|tablets?|tabs|caplets?|gumm(?:y|ies)|lozenges?|sachets?|"
    r"powder|servings?|serving size|vegicaps?|"
    r"c[\u00e1a]psulas?|capsule|comprimid[oa]s?|compresse|g[\u00e9e]lules?|comprim[\u00e9e]s?|"
    r"kapseln?|tabletten|kapsułk[ia]|tabletk[ia]|kapsul|tablet|kaps[\u00fcu]l|kapsule|tablete|"
    r"\u043a\u0430\u043f\u0441\u0443\u043b\w*|\u0442\u0430\u0431\u043b\u0435\u0442\w*)\b|"
    r"\ucea1\uc290|\u0915\u0948\u092a\u094d\u0938\u0942\u0932|\u091f\u0948\u092c\u0932\u0947\u091f|"
    r"\u0995\u09cd\u09af\u09be\u09aa\u09b8\u09c1\u09b2|\u099f\u09cd\u09af\u09be\u09ac\u09b2\u09c7\u099f|\u80f6\u56ca|\u30ab\u30d7\u30bb\u30eb|\u9320\u5264"
)
# ... and of one put on the hair or scalp (a shampoo is label_type_rules.SHAMPOO's); put on the
# skin ("magnesium oil spray: massage into the skin") it may be a body product or a medicine
APPLIED_FORM = Scan(
    r"\b(conditioners?|leave-in|(?:hair|scalp|eyelash(?:es)?|lash(?:es)?|eyebrows?|brows?)\b[\w &,-]{0,30}\b(?:oils?|serums?|lotions?|tonics?|"
    r"masks?|drops|sprays?|foams?|creams?)|(?:oils?|serums?|lotions?) for (?:the )?(?:hair|scalp)|"
    r"huile (?:capillaire|cheveux|pour (?:les )?cheveux)|aceite (?:capilar|para (?:el )?cabello)|"
    r"[\u00f6o]l f[\u00fcu]r (?:die )?haare|haar[\u00f6o]l|olio per (?:i )?capelli|minyak rambut)\b|"
    r"\ud5e4\uc5b4 ?\uc138\ub7fc|\u80b2\u6bdb\u6db2|\u30d8\u30a2\u30aa\u30a4\u30eb|"
    r"\u043c\u0430\u0441\u043b\u043e \u0434\u043b\u044f \u0432\u043e\u043b\u043e\u0441"
)
