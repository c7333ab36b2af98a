"""What a label's layout says, in any language: a list of free-from items, an INCI ingredient
list without a heading a rule knows, an option left unticked.

Word lists per language have carried over badly from one set of labels to the next; these
rules key on the shape of a line instead, and on INCI names, which are the same in every
language.
"""

from __future__ import annotations

import re

from anagen.products.ingredient_index import Found, IngredientIndex, fold, fold_each

# What free-from lists name in every language (folded, stems): parabens, silicones, sulphates
# ("sans silicone", "tanpa paraben", "Silikon içermez", "без парабенов", "χωρίς παραβένια")
FREE_FROM_STEM = re.compile(
    r"^(parab|silic|silik|sulfa|sulpha|sylik|парабен|силикон|сульфат|παραβ|σιλικ|θειικ)"
)
# what parts a line into items: commas, semicolons, a colon after a heading, bullets, ticks
ITEM_BREAKS = re.compile(r"[,;:|/\u00b7\u2022\u25aa\u25cf\u2713\u2714\u2705]+")
NOT_A_WORD = re.compile(r"[\W\d_]")


def free_from_words(
    text: str, index: IngredientIndex, found: set[str] | None = None
) -> frozenset[str]:
    """The words that say "without" on this label, learnt from its shape: a line of items of
    which two or more open (or close) with the same short word, one of them naming only what
    free-from lists name ("Tanpa minoxidil, tanpa paraben", "✓ Paraben içermez ✓ Silikon
    içermez"). The word is then a negation wherever the label puts it by a name. `found`: the
    words of a look-up of this very text in lower case that had STEM_HINTS among its words."""
    if found is not None and found.isdisjoint(STEM_HINTS):
        return frozenset()  # most labels: nothing to learn
    lower = text.lower()
    if found is None and not any(stem in lower for stem in STEM_HINTS):
        return frozenset()
    words: set[str] = set()
    for line in lower.split("\n"):
        if not any(stem in line for stem in STEM_HINTS):
            continue
        items = [item.split() for item in fold_each(ITEM_BREAKS.split(line))]
        items = [item for item in items if 2 <= len(item) <= 4]
        if len(items) > 8:
            continue  # a composition, not a list of what the product is without
        for end in (0, -1):
            rest = -1 if end == 0 else 0  # the word at the item's other end
            marked = [item for item in items if FREE_FROM_STEM.match(item[rest])]
            for word in {item[end] for item in marked}:
                sharing = sum(1 for item in items if item[end] == word)
                if sharing >= 2 and _a_negation_word(word, index):
                    words.add(word)
    return frozenset(words)


# the stems' openings to look for in the raw lower-case text before anything else is done
STEM_HINTS = ("parab", "silic", "silik", "sulfa", "sulpha", "sylik", "парабен", "силикон", "παραβ")


def _a_negation_word(word: str, index: IngredientIndex) -> bool:
    """A short word, neither a salt's first word nor an ingredient's name ("Sodium Sulfate,
    Sodium Benzoate" and "Zinc Sulfate, Zinc Oxide" share a word that is no negation)."""
    return (
        2 <= len(word) <= 10
        and NOT_A_WORD.search(word) is None
        and FREE_FROM_STEM.match(word) is None
        and not word.endswith("ium")  # a salt's cation: "Sodium", "Potassium", "Ammonium"
        and not index.find_all(word)
    )


def negated(item: str, found: Found, words: frozenset[str]) -> bool:
    """Whether the label's own word for "without" stands right before or after the name in
    the item (`words` from free_from_words)."""
    if not words:
        return False
    for piece in ITEM_BREAKS.split(item):
        folded = fold(piece)
        at = folded.find(f" {found.matched} ")
        if at < 0:
            continue
        before = folded[:at].split()[-1:]
        after = folded[at + len(found.matched) + 2 :].split()[:1]
        if not words.isdisjoint(before + after):
            return True
    return False


# Universal INCI names that almost every cosmetic's full ingredient list carries
INCI_MARKERS = frozenset(
    [
        "aqua",
        "water",
        "glycerin",
        "alcohol",
        "alcohol denat",
        "parfum",
        "fragrance",
        "phenoxyethanol",
        "sodium benzoate",
        "potassium sorbate",
        "citric acid",
        "tocopherol",
        "propanediol",
        "butylene glycol",
        "propylene glycol",
        "ethylhexylglycerin",
        "dimethicone",
        "sodium chloride",
        "sodium laureth sulfate",
        "cocamidopropyl betaine",
        "polysorbate 20",
        "polysorbate 80",
        "xanthan gum",
        "limonene",
        "linalool",
    ]
)


def an_inci_list(line: str) -> bool:
    """A line that is a cosmetic's full ingredient list whatever its heading's language: six
    or more comma-separated items, nearly all short names without amounts, two or more of
    them names an INCI list nearly always has ("Aqua", "Glycerin", "Parfum")."""
    if line.count(",") < 5:
        return False
    items = [item for item in fold_each(INCI_ITEM.split(line)) if item]
    if len(items) < 6:
        return False
    markers = sum(1 for item in items if item in INCI_MARKERS)
    short = sum(1 for item in items if len(item.split()) <= 6)
    return markers >= 2 and short >= 0.8 * len(items)


def a_cosmetics_list(text: str) -> bool:
    """Whether a line of the text is an INCI list in the names only cosmetics use ("Aqua",
    "Parfum"; a supplement's drops say "water", "natural flavour")."""
    lower = text.lower()
    if "aqua" not in lower and "parfum" not in lower:
        return False
    return any(
        ("aqua" in line or "parfum" in line) and an_inci_list(line) for line in lower.split("\n")
    )


# the items of a list, and the heading before a colon (not a decimal comma: "0,5 %")
INCI_ITEM = re.compile(r",(?!\d)|[;:.](?:\s|$)")

# An option box left empty, at a line's start: "□ Dutasteride 0.5 mg instead", "☐ Add ..."
UNTICKED_BOXES = "\u25a1\u2610\u274f\u274d"
UNTICKED = re.compile(rf"^[ \t]*[{UNTICKED_BOXES}]", re.M)


def unticked_only(text: str, index: IngredientIndex) -> set[str]:
    """The ingredients the label names only on lines of options left unchosen."""
    # (a box is looked for first: re tries a pattern that opens with ^ at every character)
    if not any(box in text for box in UNTICKED_BOXES) or UNTICKED.search(text) is None:
        return set()
    on_options: set[str] = set()
    elsewhere: set[str] = set()
    for line in text.split("\n"):
        named = {f.slug for f in index.find_all(line)}
        (on_options if UNTICKED.match(line) else elsewhere).update(named)
    return on_options - elsewhere
