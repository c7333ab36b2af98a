"""The product type a label's wording shows: prescription or over-the-counter drug, device,
supplement or cosmetic. The first rule that fits wins (label_type_rules' table, the device
rule searched as label_type_device's halves)."""

from __future__ import annotations

import re

from anagen.products.label_hints import Hints
from anagen.products.label_type_device import (
    DEVICE_HALVES,
    DEVICE_WORDS_LOWER,
    DeviceHalves,
    may_hold_a_figure,
    only_used_with,
)
from anagen.products.label_type_rules import (
    NUTRIENT_TABLET,
    TABLET_PANEL_AT,
    TYPE_MUST_CONTAIN,
    TYPE_RULES,
)
from anagen.products.label_type_rules_nonprescription import SOLD_WITHOUT_PRESCRIPTION
from anagen.products.label_type_rules_weak import THIS_MEDICINE
from anagen.wordscan import LINE_START, Scan

# The same rules without re.I, run on lower-cased text: case-folding every comparison
# roughly doubles the cost of these whole-label scans.
# Both lists as Scans (anagen/wordscan.py): a leading \b checked per match.
TYPE_SCANS = [(name, Scan(r.pattern, r.flags)) for name, r in TYPE_RULES]
TYPE_SCANS_LOWER = [(name, Scan(r.pattern, r.flags & ~re.I)) for name, r in TYPE_RULES]


# The weak signs of a cosmetic (an "Ingredients:" list, "hair oil") from here on: a product to
# be taken by mouth is none, whatever its list looks like.
WEAK_COSMETIC_AT = next(
    i for i, (name, rule) in enumerate(TYPE_RULES) if name == "cosmetic" and "aqua" in rule.pattern
)
# directions to swallow it ("take 10 drops in water", "2 capsules by mouth"), tried only on a
# label with one of these words; a negation just before ("do not take by mouth") undoes it
ORAL_WORDS = ("take", "mouth", "oral", "swallow", "tongue", "chew")
TAKEN = re.compile(
    r"\b(take|taken|swallow|drink)\s+(\d+|one|two|three)\s+(drops?|capsules?|tablets?|gumm(y|ies)|"
    r"softgels?|(table|tea)spoons?|scoops?|ml)\b|\bby mouth\b|\borally\b|\bunder the tongue\b|"
    # a lozenge's, a melt's or a chewable's: "intended to dissolve slowly in the mouth", "chew 2
    # gummies"
    r"\bdissolv(e|es|ed|ing)\b[^.\n]{0,25}\b(in|on) the (mouth|tongue)\b|"
    r"\bchew\s+(\d+|one|two|three)\s+(gumm(y|ies)|tablets?|lozenges?|chewables?)\b"
)
NEGATED = re.compile(r"\b(not|never|avoid|if)\b[^.\n]{0,15}$")
# ... and to put it on ("or massage 10 drops into the scalp")
APPLIED = re.compile(r"\b(massage|apply|rub|spray)\b[^.\n]{0,40}\b(scalp|hair|roots?|skin)\b")
# ... looked for only where its verbs occur, for a yes or no (wordscan)
APPLIED_SCAN = Scan(APPLIED.pattern)


def taken_by_mouth(lower: str) -> bool:
    if not any(w in lower for w in ORAL_WORDS):
        return False
    return any(
        not NEGATED.search(lower, max(0, m.start() - 20), m.start()) for m in TAKEN.finditer(lower)
    )


# a page's words that it sells food, not medicine: a supplement, a Canadian natural health
# product, a "nutritional adjunct" or "dietary" product
FOOD_PAGE_WORDS = ("supplement", "natural health product", "nutritional", "dietary")
DEVICE_AT = next(i for i, (name, _) in enumerate(TYPE_RULES) if name == "device")
# A medicine's leaflet or SmPC known by its headings, which state no class (label_type_rules_weak):
# label.py settles prescription or not from what the knowledge base says of its actives.
CLASS_UNSTATED_AT = next(
    i
    for i, (_, rule) in enumerate(TYPE_RULES)
    if "qualitative and quantitative composition" in rule.pattern
)
# ... and so a page that says one buys it without a prescription (a seller may say so of a
# doctor's medicine), or only calls it "this medicine"
SOLD_WITHOUT_PRESCRIPTION_AT = next(
    i for i, (_, rule) in enumerate(TYPE_RULES) if rule is SOLD_WITHOUT_PRESCRIPTION[1]
)
THIS_MEDICINE_AT = next(i for i, (_, rule) in enumerate(TYPE_RULES) if rule is THIS_MEDICINE[1])
# The forms and leaflet headings most often of a prescription medicine ("film-coated tablets",
# "prescribing information", "each tablet contains"): a guess the knowledge base may overrule
# (label.py), as it settles a class unstated
PRESCRIPTION_GUESSED = frozenset(
    i
    for i, (name, rule) in enumerate(TYPE_RULES)
    if name == "rx_drug"
    and ("prescribing info" in rule.pattern or "tablet contains" in rule.pattern)
)
CLASS_UNSTATED = frozenset([CLASS_UNSTATED_AT, SOLD_WITHOUT_PRESCRIPTION_AT, THIS_MEDICINE_AT])

TYPE_HINTS = Hints(w for words in TYPE_MUST_CONTAIN.values() for w in words)
# The rules by each of their words, and those that need none: a label's few words give the
# rules worth a search, in TYPE_RULES' order, without a set test per rule (as label_text's
# headers).
_NEEDS_NO_WORD = frozenset(i for i in range(len(TYPE_RULES)) if i not in TYPE_MUST_CONTAIN)
_RULES_BY_WORD: dict[str, list[int]] = {}
for _i, _words in TYPE_MUST_CONTAIN.items():
    for _word in _words:
        _RULES_BY_WORD.setdefault(_word, []).append(_i)


def rules_for(found: set[str]) -> list[int]:
    """The rules whose words `found` holds one of, and those that need none, in order."""
    at = set(_NEEDS_NO_WORD)
    for word in found:
        if (rules := _RULES_BY_WORD.get(word)) is not None:
            at.update(rules)
    return sorted(at)


# The lower-case scans' beginnings worth a hint word (as label_text's): one that the caller's
# look-up of them shows the text lacks is not looked for, sparing a str.find over the label.
_LOWER_SCANS = [*(scan for _, scan in TYPE_SCANS_LOWER), DEVICE_WORDS_LOWER]
START_WORDS = frozenset(
    s
    for scan in _LOWER_SCANS
    for s in scan.starts or ()
    if s != LINE_START and (len(s) >= 3 or not s.isascii())
)
# (by each scan's identity: the scans are module-level and live as long as their modules)
_KNOWN = {
    id(scan): frozenset(s for s in scan.starts or () if s in START_WORDS) for scan in _LOWER_SCANS
}
_KNOWN[id(DEVICE_HALVES)] = _KNOWN[id(DEVICE_WORDS_LOWER)]  # (only its words look for these)


def _known_starts(scan: Scan | DeviceHalves) -> frozenset[str]:
    return _KNOWN.get(id(scan), frozenset())


def product_type(text: str, found: set[str] | None = None, starts: set[str] | None = None) -> str:
    """`found`: the hint words of a text that holds this one (all of them that it has, and
    perhaps more), when the caller has looked them up. `starts`: those of START_WORDS in
    this very text, when it has looked these up in it."""
    return type_and_rule(text, found, starts)[0]


def type_and_rule(
    text: str,
    found: set[str] | None = None,
    starts: set[str] | None = None,
    lower: str | None = None,
) -> tuple[str, int | None]:
    """The product type and the place in TYPE_RULES of the rule that gave it (None when no
    rule did): a class some rules only guess (CLASS_UNSTATED_AT) the caller may settle.
    `lower`: the text lower-cased, when the caller has it."""
    if lower is None:
        lower = text.lower()
    rules, haystack = (TYPE_SCANS_LOWER, lower) if len(lower) == len(text) else (TYPE_SCANS, text)
    if found is None:
        found = TYPE_HINTS.found(lower)
    rule: Scan | DeviceHalves
    for i in rules_for(found):
        name, rule = rules[i]
        if i == DEVICE_AT and haystack is lower:
            rule = DEVICE_HALVES if may_hold_a_figure(lower) else DEVICE_WORDS_LOWER
        absent = (
            _known_starts(rule).difference(starts)
            if starts is not None and haystack is lower
            else ()
        )
        m = rule.search(haystack, 0, absent)
        if m is None:
            continue
        if name == "device" and only_used_with(haystack, rule, m, absent):
            continue
        if (
            i == TABLET_PANEL_AT
            and any(w in lower for w in FOOD_PAGE_WORDS)
            and NUTRIENT_TABLET.match(text, m.start())
        ):
            # a mineral's or vitamin's tablet on a supplement's page, or on a Canadian natural
            # health product's (label_type_rules)
            continue
        if i == SOLD_WITHOUT_PRESCRIPTION_AT and any(w in lower for w in FOOD_PAGE_WORDS):
            continue  # a supplement bought without a prescription, as every one is
        if name == "cosmetic" and i >= WEAK_COSMETIC_AT and taken_by_mouth(lower):
            # drops to swallow or to rub into the scalp, with no class stated: either would do
            if APPLIED_SCAN.search(lower):
                return "unknown", None
            continue
        return name, i
    # the last and weakest sign: a product named a hair or scalp serum, or a cosmetic ("COSMETIC
    # LOTION for hair"), on its first line (lower down, "Pair with: Biotin Scalp Serum" is
    # another product's name); one bounded match at the start, not a scan
    head = lower[:SERUM_TITLE_REACH]
    if not any(w in head for w in SERUM_TITLE_WORDS):
        return "unknown", None  # (most labels: no match tried at each of 150 places)
    return ("cosmetic" if SERUM_TITLE.match(lower) else "unknown"), None


SERUM_TITLE = re.compile(
    r"[^\n]{0,150}?\b(?:(hair|scalp)(?: growth| loss| density| regrowth)? serum|cosmetic|"
    # ... in Spanish, Portuguese, French, Italian, German, Dutch, Swedish and Polish ("El
    # s\u00e9rum capilar de ...", "S\u00e9rum anti-chute", "Haarserum", "serum do w\u0142os\u00f3w")
    r"s[\u00e9e]rum (?:capilar|capillaire|cheveux|anti-?chute|antica[\u00edi]da|para (?:el |o )?(?:cabello|pelo|cabelo)|do w\u0142os\u00f3w)|"
    r"siero (?:per (?:i )?capelli|capillare|anticaduta)|haar-?serum|h\u00e5rserum|"
    r"cosm[\u00e9e]tico|cosm[\u00e9e]tique|kosmetik)"
)
# what each of its matches holds, all within its first 150 + 21 characters ("s\u00e9rum para el
# cabello" its longest word)
SERUM_TITLE_WORDS = ("serum", "s\u00e9rum", "siero", "cosm", "kosmetik")
SERUM_TITLE_REACH = 180
