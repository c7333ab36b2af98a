"""analyze_label(): a label's text in, its actives with strengths, other ingredients,
unrecognised would-be actives and the product type out (DESIGN.md, Label analysis).

Synonyms and misspellings come from the ingredient content files (IngredientIndex). This module
runs the reading: the text cleaned (label_cleanup), cut into sections (label_text), typed
(label_type), its entries read (label_items) and its sentences (label_prose), then strengths per
unit made percentages (label_units).
"""

from __future__ import annotations

import re

from anagen.products.ingredient_index import IngredientIndex
from anagen.products.label_blend import BLEND_WORDS, has_blend, hides_amounts
from anagen.products.label_cleanup import cleaned
from anagen.products.label_cleanup_scripts import PACK_SPEC
from anagen.products.label_composition_prose import composition_sentences
from anagen.products.label_entries import split_items
from anagen.products.label_hints import Hints
from anagen.products.label_items import read_items
from anagen.products.label_oil import single_oil
from anagen.products.label_own import keep_own, own_and_other
from anagen.products.label_prescribed import (
    beyond_studied,
    bought_without_prescription,
    holds_a_drug,
    prescribed,
    unstated_class,
)
from anagen.products.label_prose import read_prose
from anagen.products.label_result import LABEL_VERSION, Active, LabelAnalysis, add_active
from anagen.products.label_rx_dose import doses_only
from anagen.products.label_shape import (
    STEM_HINTS,
    a_cosmetics_list,
    free_from_words,
    negated,
    unticked_only,
)
from anagen.products.label_stacked_columns import per_dose_lines
from anagen.products.label_strength_choices import offered_strengths, several_named
from anagen.products.label_subject import combination_named, defined_ingredient
from anagen.products.label_text import SECTION_HINTS, Part, Section, normalise, sections
from anagen.products.label_type import (
    CLASS_UNSTATED,
    PRESCRIPTION_GUESSED,
    TYPE_HINTS,
    WEAK_COSMETIC_AT,
    product_type,
    type_and_rule,
)
from anagen.products.label_type import START_WORDS as TYPE_START_WORDS
from anagen.products.label_type_rules import KIT_ITEM_RX, NOT_A_MEDICINE, TYPE_RULES
from anagen.products.label_units import (
    UNIT_DOSE,
    combination_title,
    dosage_forms,
    has_a_mass,
    is_injectable,
    micrograms_per_one,
    per_hundred,
    per_ml_as_printed,
    per_one,
    raw_material,
    serving_column,
    states_per_one,
    strength_line,
    title_strength,
    unit_strength,
)
from anagen.products.label_unstated_type import settled_type
from anagen.products.label_words import absent
from anagen.products.strength import PER_HUNDRED, first_strength

__all__ = ["LABEL_VERSION", "MAX_LABEL_CHARS", "Active", "LabelAnalysis", "analyze_label"]

MAX_LABEL_CHARS = 200_000


def analyze_label(text: str, index: IngredientIndex) -> LabelAnalysis:
    text = text[:MAX_LABEL_CHARS]
    text = cleaned(text)
    if "100" in text or "erving" in text or "(" in text:
        # a per-100 g, per-gummy or per-tablet column before the serving's
        text = serving_column(text)
    if "er " in text:
        text = per_dose_lines(text)  # ... in a table with a line for each cell
    normalised = normalise(text)
    # one look-up of the words the header and type rules need, for both
    lower = normalised.lower()  # (once, for the hints, the headers and the type rules)
    found = LABEL_HINTS.found(lower)
    # (the words, header beginnings among them, of this very text: PACK_SPEC below changes it)
    parts = sections(normalised, found, found, lower)
    own_text = _without_other_products(text, parts)
    # what a compare table or a cross-sell says of other products ("Prescription required:
    # Yes" under Latisse) does not make this product one; the words of the whole text are a
    # safe superset of its own text's
    same = own_text == normalised
    kind, rule_at = type_and_rule(own_text, found, found if same else None, lower if same else None)
    out = LabelAnalysis(product_type=kind, proprietary_blend=_hides_a_blend(text, found))
    found_here: set[str] | None = found  # (the hint words of `normalised`, while it is unchanged)
    if out.product_type == "supplement" and not text.isascii() and PACK_SPEC.search(text):
        # a health food's pack make-up ("9g\u00d730\u888b"): the count is kept, the weight read no more
        text = PACK_SPEC.sub(r"\1", text)
        normalised = normalise(text)
        found_here = None
        parts = sections(normalised, found)
        own_text = _without_other_products(text, parts)
    if out.product_type != "rx_drug" and any(
        p.section is Section.KIT and KIT_ITEM_RX.search(p.text) for p in parts
    ):
        out.product_type = "rx_drug"  # a kit with a prescription item (label_type)
    # (an active-ingredient heading with nothing under it, as a drug index's list of collapsed
    # sections has, "- ACTIVE INGREDIENT\n- PURPOSE", holds none of them)
    has_active_section = any(
        (p.section is Section.ACTIVE and _holds_words(p.text))
        or (p.section is Section.PANEL and p.opens_line)
        for p in parts
    )
    # With an ingredient list, the product's name and blurb above it only say how strong
    # what the list names is: "Rosemary & Biotin Oil" over a list without biotin has none.
    has_list = any(p.section in LISTS for p in parts)
    preamble: list[Part] = []
    for part in parts:
        if part.section in NOT_READ:
            continue
        # a device's listing names what its user might put on too; a bundled product's own
        # list names what is in the box
        if out.product_type == "device" and part.section is not Section.KIT:
            continue
        if part.section is Section.PREAMBLE and (has_active_section or has_list):
            if not has_active_section:
                preamble.append(part)
            continue
        read_items(part, index, out, has_active_section)
    for part in preamble:
        _strengths_only(part, index, out)
        if "key " in part.text.lower():
            _key_actives(part, index, out)
    for part in parts:
        if part.section is Section.STRENGTHS:
            dosage_forms(part, out)
        elif (
            part.section in (Section.INACTIVE, Section.OTHER)
            and out.actives
            and _names_menthol(part.text.lower())
            and ("drug facts" in found or out.product_type in MEDICINES)
        ):
            _counted_inactives(part, index, out)
    if out.product_type != "device":
        read_prose(own_text, index, out, not (has_active_section or has_list))
        if not (has_active_section or has_list):
            combination_named(own_text, index, out)
            if not out.actives or not all(a.strength for a in out.actives):
                # (a page that gives each active its amount says what it holds in those)
                composition_sentences(own_text, index, out)
    # (before its strength is read as a medicine's)
    if out.product_type == "unknown" and (settled := unstated_class(out, index, own_text)):
        out.product_type = settled
    strength_line(own_text, out)
    title_strength(own_text, out)
    combination_title(own_text, out)
    unit_strength(own_text, out)
    offered_strengths(own_text, out)
    several = several_named(own_text, parts, index, out)
    if not out.actives and not has_list and not has_active_section:
        single_oil(own_text, index, out)
        defined_ingredient(own_text, index, out)
    without = free_from_words(normalised, index, found_here) if out.actives else frozenset()
    split = own_and_other(normalised, parts, index) if out.actives else None
    if split is not None:
        # a label with its own composition: what only the rest of the page names (a
        # cross-sell, a review, a variant not chosen) is not in this product
        keep_own(out, split, index, without, has_list and not has_active_section)
        if (
            out.product_type == "supplement"
            and a_cosmetics_list(split.own)
            and product_type(split.own) == "cosmetic"
        ):
            # a serum's INCI list, a supplement only in what the shop sells beside it
            # ("customers also bought: Biotin 5000 mcg food supplement")
            out.product_type = "cosmetic"
    if out.actives:
        _drop_by_shape(normalised, index, out, without)
    if out.unrecognized and out.product_type == "supplement":
        _niacin_row(index, out)
    if (
        rule_at in CLASS_UNSTATED
        and out.product_type == "otc_drug"
        and prescribed(out, index, own_text)
    ):
        out.product_type = "rx_drug"
    elif (
        rule_at in PRESCRIPTION_GUESSED
        and out.product_type == "rx_drug"
        and bought_without_prescription(out, index, own_text)
    ):
        # a leaflet's words over medicines bought without a prescription by its route: no class
        # stated, the knowledge base's (above the strongest trial's strength, mixed to order)
        out.product_type = "rx_drug" if beyond_studied(out, index) else "otc_drug"
    if out.product_type == "unknown":
        out.product_type = settled_type(own_text, out, index)  # (label_unstated_type)
        if len(out.actives) == 1 and out.actives[0].strength is None and not several:
            # a medicine's title strength, read only now that its type is settled ("Trugain 5%
            # Solution" over a page that names no class)
            title_strength(own_text, out)
    if out.product_type == "cosmetic":
        # "Zinc Carbonate", "Magnesium Sulfate" in a shampoo: formulation salts, not the
        # minerals, not the minerals a supplement gives by mouth; but a salt that is only ever
        # added for its mineral ("Zinc Gluconate") is that mineral
        kept = [
            a
            for a in out.actives
            if a.ingredient not in index.minerals or NUTRIENT_SALT.search(a.name_on_label)
        ]
        out.other_ingredients += [a.name_on_label for a in out.actives if a not in kept]
        out.actives = kept
        if holds_a_drug(out, index):
            if NOT_A_MEDICINE.search(own_text):
                # "Not a medicine. A cosmetic." over minoxidil 15% and finasteride: it holds
                # what no cosmetic may, and disowns being a drug; neither type fits
                out.product_type = "unknown"
            elif not _said_cosmetic(own_text):
                # only the look of its list ("Water, Alcohol, ..., Minoxidil, Fragrance") made
                # it a cosmetic, and no class is stated: a drug sold over the counter
                out.product_type = "otc_drug"
    if out.product_type == "rx_drug" and out.actives:
        doses_only(out, own_text)
    if out.product_type != "supplement" and out.actives:
        # (each step below changes only the actives' strengths)
        if "100" in text and PER_HUNDRED.search(text):
            if not raw_material(text, out):
                per_hundred(out)
        elif has_a_mass(out) and states_per_one(text) and not UNIT_DOSE.search(text):
            # (a kit with tablets too: their masses are per tablet, not per gram)
            per_one(out)
        if "mg" in text and is_injectable(text.lower()):
            per_ml_as_printed(text, out)
        elif "/" in text:
            micrograms_per_one(out)
    return out


def _holds_words(text: str) -> bool:
    return any(c.isalnum() for c in text)


def _hides_a_blend(text: str, found: set[str]) -> bool:
    """has_blend(text) and hides_amounts(text), `found` the hint words of the text normalised.
    Normalising an ASCII text changes only runs of blanks and of dots, which no blend word
    holds: each blend word the text has, its normalised text has too."""
    if text.isascii() and found.isdisjoint(BLEND_WORDS):
        return False  # (most labels: no lower-case copy and substring tests)
    return has_blend(text) and hides_amounts(text)


def _drop_by_shape(
    text: str, index: IngredientIndex, out: LabelAnalysis, without: frozenset[str]
) -> None:
    """What the label's layout says the product lacks, in any language: a name read from a
    free-from list ("Tanpa minoxidil, tanpa paraben"), an option left unticked."""
    unticked = unticked_only(text, index)
    if not without and not unticked:
        return
    kept = []
    for a in out.actives:
        if a.ingredient in unticked:
            continue
        if without and any(
            f.slug == a.ingredient and negated(a.name_on_label, f, without)
            for f in index.find_all(a.name_on_label)
        ):
            continue
        kept.append(a)
    out.actives = kept


def _said_cosmetic(text: str) -> bool:
    """Whether the label states it is a cosmetic (or a rule as strong as that says so), not
    only looks like one (an INCI list, "hair oil")."""
    return any(rule.search(text) for rule in STRONG_COSMETIC)


# the rules that make a label a cosmetic by what it says it is (label_type)
STRONG_COSMETIC = [
    rule for i, (name, rule) in enumerate(TYPE_RULES) if name == "cosmetic" and i < WEAK_COSMETIC_AT
]


# (with the words of the whole-label tests that take them from this look-up)
LABEL_HINTS = Hints(
    [*SECTION_HINTS.words, *TYPE_HINTS.words, *TYPE_START_WORDS, *BLEND_WORDS, *STEM_HINTS]
)
NOT_READ = frozenset(
    [
        Section.IGNORED,
        Section.DIRECTIONS,
        Section.INTERACTIONS,
        Section.STRENGTHS,
        Section.OTHER_PRODUCTS,
        Section.REVIEWS,
        Section.STOPPED,
        Section.FREE_FROM,
    ]
)
# what names other products than this one, left out of the sentence reading too
NOT_OURS = frozenset([Section.OTHER_PRODUCTS, Section.REVIEWS, Section.STOPPED, Section.FREE_FROM])
LISTS = (Section.INGREDIENTS, Section.KIT)


def _without_other_products(text: str, parts: list[Part]) -> str:
    """The text for the sentence reading, less the products a shop sells beside this one."""
    others = [p.text for p in parts if p.section in NOT_OURS]
    if not others:
        return text
    text = normalise(text)  # the parts' text is normalised
    for other in others:
        text = text.replace(other, "\n")
    return text


# the salts of a mineral made for supplements, in English, French, German, Spanish and Italian
NUTRIENT_SALT = re.compile(r"glu[ck]onat|picolinat|bisglycinat", re.I)
# A nutrition table names vitamin B3 "niacin" (EU law's name, in English, German, French,
# Italian, Spanish and Polish) and the ingredient list gives its form
NIACIN_ROW = re.compile(r"(niacin[ae]?|niacyna)\b", re.I)


def _niacin_row(index: IngredientIndex, out: LabelAnalysis) -> None:
    """ "Niacina 16 mg" over a list naming nicotinamide: the row's amount is nicotinamide's."""
    for item in out.unrecognized:
        strength = first_strength(item) if NIACIN_ROW.match(item) else None
        if strength is None:
            continue
        named = next(
            (n for n in out.other_ingredients for f in index.find_all(n) if f.slug == NIACINAMIDE),
            None,
        )
        if named is not None:
            out.unrecognized.remove(item)
            out.other_ingredients.remove(named)
            add_active(out, NIACINAMIDE, item, strength.value)
        return


NIACINAMIDE = "niacinamide"


def _strengths_only(part: Part, index: IngredientIndex, out: LabelAnalysis) -> None:
    """The preamble read as items, keeping only strengths for actives already found."""
    if all(a.strength is not None for a in out.actives):
        return  # none lacks one: nothing it could read would be kept
    seen = LabelAnalysis(product_type=out.product_type)
    read_items(part, index, seen, has_active_section=False)
    for a in seen.actives:
        if a.strength is not None and any(
            b.ingredient == a.ingredient and b.strength is None for b in out.actives
        ):
            add_active(out, a.ingredient, a.name_on_label, a.strength)


# "Key actives: Redensyl 3%, Procapil 3%, Caffeine": the maker's own line of what the product
# holds, with amounts, above a list that gives a trade-name complex only by its parts' INCI names
KEY_ACTIVES = re.compile(
    r"^[ \t]*key (?:active ingredients|actives|ingredients)[ \t]*:(.*)$", re.I | re.M
)


def _key_actives(part: Part, index: IngredientIndex, out: LabelAnalysis) -> None:
    """The names of a key-actives line printed with a percentage, as actives."""
    for m in KEY_ACTIVES.finditer(part.text):
        for item in split_items(m.group(1), ",;|+"):
            strength = first_strength(item) if "%" in item else None
            found = index.find(item) if strength is not None else None
            if found is not None and strength is not None and not absent(item, found):
                add_active(out, found.slug, item, strength.value)


# Menthol is itself a US OTC drug's active (external analgesic, antipruritic, 21 CFR 348): in a
# Drug Facts box with a known active it cools and soothes the scalp, and is listed. The other
# file ingredients an inactive list names (panthenol, caffeine, niacinamide) stay other
# ingredients, as earlier reviews expect; and beside an active with no file (selenium sulfide)
# menthol is not listed either.
COUNTED_INACTIVES = frozenset(["menthol"])
# (and so on any medicine's label that lists its other ingredients apart: a Canadian one's
# "Non-medicinal ingredients", a Japanese one's "\u305d\u306e\u4ed6\u306e\u6210\u5206")
MEDICINES = frozenset(["otc_drug", "rx_drug"])
# the stems of menthol's names in content/ingredients/menthol.yaml, a cheap test before a look-up
MENTHOL_STEMS = (
    "menth",
    "mentol",
    "mentool",
    "\u043c\u0435\u043d\u0442\u043e\u043b",
    "\u30e1\u30f3\u30c8\u30fc\u30eb",
    "\u8584\u8377",
    "\uba58\ud1a8",
    "\u03bc\u03b5\u03bd\u03b8",
)


def _names_menthol(lower: str) -> bool:
    return any(stem in lower for stem in MENTHOL_STEMS)


def _counted_inactives(part: Part, index: IngredientIndex, out: LabelAnalysis) -> None:
    for item in split_items(part.text):
        if not _names_menthol(item.lower()):
            continue
        for f in index.find_all(item):
            if f.slug in COUNTED_INACTIVES and not absent(item, f):
                add_active(out, f.slug, item, None)
