"""Claims in words no kind's patterns know, caught by what they are about: a sentence that names
a treatment (or sells a product) and pairs an action with a part of the hair in any order
("rosemary oil wakes up sleepy roots", "wispy temples fill out in weeks", "it calms the
inflammation that drives thinning") claims the outcome that pair stands for. Graded like any
claim of that kind, from the treatment's record; a product content/ does not know is
unsupported.

Run only for a sentence no kind's wording caught, and only when it holds an action word of one
of the families below (one quick look), so the fallback adds nothing to most sentences.
"""

from __future__ import annotations

import re

from anagen.claims.anycase import AnyCase
from anagen.claims.entities import Mentions
from anagen.claims.kinds import KindMatch
from anagen.claims.vocab import Kind
from anagen.claims.words import HAIR_LOSS

# (kind, the action, what it acts on): both must be in the sentence, in either order.
FAMILIES: list[tuple[Kind, str, str]] = [
    # the follicle or root made to work: "wakes up sleepy roots", "revives miniaturised hairs",
    # "pushes resting follicles into a new growth cycle", "fortifies the hair bulb"
    (
        Kind.STIMULATES_FOLLICLES,
        r"\b(wak(e|es|ing)|woke|re-?awaken\w*|awaken\w*|reviv\w*|energi[sz]\w*|activat\w*|"
        r"reactivat\w*|fortif\w*|strengthen\w*|nourish\w*|rejuvenat\w*|recharg\w*|kick-?start\w*|"
        r"jump-?start\w*|push(es|ed|ing)?|switch(es|ed|ing)? on|turn(s|ed|ing)? on)\b",
        r"\b(follicles?|(hair )?roots|hair bulbs?|miniaturi[sz]ed hairs?|resting hairs?|"
        r"growth (cycle|phase|stage))\b",
    ),
    # a part of the hairline or brows coming back: "wispy temples fill out", "brought back
    # eyebrows and lashes"
    (
        Kind.REGROWS_HAIR,
        r"\b(fill(s|ed|ing)? (out|back|up)|brought back|bring(s|ing)? back|came back|comes? back|"
        r"regain\w*|recover\w*)\b",
        r"\b(temples|hairline|edges|eyebrows|brows|eyelashes|lashes|crown|bald (spots?|patches))\b",
    ),
    # the gap in the hair made smaller: "my part looks narrower", "less scalp showing"
    (
        Kind.THICKENS_HAIR,
        r"\b(part|parting|bald spots?|gaps?)\b[^.]{0,20}\b(narrower|smaller|less (visible|noticeable))\b|"
        r"\b(narrower|smaller) (part|parting|bald spots?|gaps?)\b|\bless scalp (showing|visible|shows)\b",
        r"\w",
    ),
    # the cause of the loss dealt with: "calms the inflammation that drives thinning"
    (
        Kind.STOPS_HAIR_LOSS,
        r"\b(calm|sooth|tackl|address|beat|fix|solv|target|counter|quell|tam|settl|clear)\w*\b",
        rf"\b(drives?|driving|causes?|causing|triggers?|behind|leads? to|fuels?|feeds?)\b[^.]{{0,20}}"
        rf"\b{HAIR_LOSS}",
    ),
]
ACTIONS = AnyCase("|".join(action for _, action, _ in FAMILIES))  # the one quick look
_FAMILIES = [(kind, re.compile(a, re.I), re.compile(o, re.I)) for kind, a, o in FAMILIES]
# A product the text sells, when no name in it is one the knowledge base knows.
PRODUCT = re.compile(
    r"\b(our|this|these|my|the) ([\w-]+ ){0,3}(serum|oil|tonic|shampoo|conditioner|product|formula|"
    r"blend|supplement|gummies|pills?|tablets?|capsules?|drops|spray|lotion|cream|foam|mask|"
    r"treatment|device|cap|helmet|comb|kit|tincture|elixir|ampoules?|extract)s?\b",
    re.I,
)


# A hope, not a claim: "I started it hoping it would wake up my roots".
UNREALISED = re.compile(
    r"\b(hop(e|es|ed|ing)|wish\w*|want\w*|expect\w*|supposed to|meant to)\b[^.;]{0,40}$", re.I
)


def recalled_kinds(sentence: str, mentions: Mentions) -> list[KindMatch]:
    """The outcome an action and a part of the hair claim together, when the sentence is about
    a treatment or a product; nothing otherwise."""
    if not (mentions.subjects or PRODUCT.search(sentence)):
        return []
    for kind, action, target in _FAMILIES:
        act = action.search(sentence)
        if act and target.search(sentence):
            if UNREALISED.search(sentence, 0, act.start()):
                return []
            return [KindMatch(kind, act.start(), act.end())]
    return []


# A hair-loss condition named outright: a clinician's statement about it ("the dermatologist
# said scalp ringworm mostly affects children") is checked against the condition's record
# (condition_course.py), which finds a claim only where a recorded fact says the same.
CONDITION_NAMED = AnyCase(
    r"\b(alopecia|areata|telogen|effluvium|ringworm|tinea|lichen planopilaris|frontal fibrosing|"
    r"cicatricial|scarring hair loss|androgenetic|pattern (hair loss|baldness|thinning))\b"
)


WORD = re.compile(r"[a-z]{4,}")
# words that say nothing of their own, and the conditions' names: what is left is the fact
PLAIN = frozenset(
    (
        *("that", "this", "with", "have", "from", "they", "their", "more", "most", "very", "also"),
        *("just", "your", "will", "been", "when", "than", "hair", "loss", "scalp", "pattern"),
        *("alopecia", "areata", "telogen", "effluvium", "ringworm", "tinea", "capitis", "lichen"),
        *("planopilaris", "frontal", "fibrosing", "cicatricial", "scarring", "androgenetic"),
        *("baldness", "thinning", "traction"),
    )
)
# What a clinician told the writer about the condition: a fact passed on as one ("our GP
# explained that it was ringworm, the most common ..."). A page's own description of a
# condition beside its offer is the setting of its claims, not one (the blind reviews agree).
CLINICIAN_SAID = re.compile(
    r"\b(doctor|dr|derm\w*|gp|nurse|trichologist|specialist|consultant|pharmacist|p(a)?ediatrician|"
    r"physician)s?\b[^.]{0,30}\b(said|says|told|tells|explained|explains|confirmed|mentioned|warned|"
    r"reminded)\b( (me|us|her|him|them))?( that)?\s*",
    re.I,
)
# A short statement ("it is more common in women") shares its few words with too many facts:
# only one that says this much is checked.
FACT_WORDS = 4


def clinician_on_condition(sentence: str) -> bool:
    """The quick look: a condition named and a clinician said to have said something."""
    return CONDITION_NAMED.found(sentence) and CLINICIAN_SAID.search(sentence) is not None


def recalled_condition_fact(sentence: str) -> list[KindMatch]:
    """What a clinician is said to have said about a condition, as a condition fact to check."""
    said_by = CLINICIAN_SAID.search(sentence)
    if sentence.rstrip().endswith("?") or said_by is None:
        return []
    said = {w for w in WORD.findall(sentence[said_by.end() :].lower()) if w not in PLAIN}
    if len(said) < FACT_WORDS:
        return []
    return [KindMatch(Kind.CONDITION_FACT, said_by.end(), len(sentence.rstrip()))]
