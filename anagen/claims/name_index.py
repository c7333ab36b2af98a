"""entity_index(): the index of every name the content gives an ingredient or treatment (names,
synonyms, misspellings, plain wordings, shortened names), and the catalogue's device and brand
names for the one device treatment each stands for. No names are written in Python."""

from __future__ import annotations

import re
from functools import lru_cache

from anagen.claims.entities import Entity, EntityIndex
from anagen.knowledge.base import KnowledgeBase
from anagen.products.ingredient_index import fold

GENERIC_LAST = {"surgery", "procedure", "treatment", "therapy"}
# Everyday words for an injection: "steroid shots" are also "steroid jabs".
INJECTION_WORDS = ("injections", "shots", "jabs")
# "some of your own blood is spun": what a treatment is made from, in its summary.
OWN = re.compile(r"\byour own ([a-z]+)\b", re.I)


def _shorter(name: str) -> list[str]:
    """How ads shorten a treatment's full name: without its bracketed note ("Contact
    immunotherapy (DPCP or SADBE)"), and without a generic last word ("Hair transplant
    surgery") when two words or more remain."""
    bare = re.sub(r"\s*\([^)]*\)", "", name).strip()
    words = bare.split()
    out = [bare] if bare != name else []
    if len(words) >= 3 and words[-1].lower() in GENERIC_LAST:
        out.append(" ".join(words[:-1]))
    return out


def _other_injection_words(name: str) -> list[str]:
    """ "Steroid shots" is also said "steroid jabs" or "steroid injections"."""
    words = name.split()
    if len(words) < 2 or words[-1].lower() not in INJECTION_WORDS:
        return []
    return [" ".join([*words[:-1], w]) for w in INJECTION_WORDS if w != words[-1].lower()]


# "on its own" and "by themselves" say the same; content lists one wording of each phrase.
UNAIDED = ("on its own", "on their own", "by itself", "by themselves")


def _unaided(wording: str) -> list[str]:
    """ "grows back on its own" is also "grow back by themselves", "grows back by itself"..."""
    for ending in UNAIDED:
        if wording.endswith(f" {ending}"):
            verb, _, rest = wording[: -len(ending) - 1].partition(" ")
            verbs = {verb, verb[:-1] if verb.endswith("s") else f"{verb}s"}
            return [" ".join(filter(None, (v, rest, e))) for v in verbs for e in UNAIDED]
    return []


def _made_from(name: str, summary: str) -> list[str]:
    """How ads describe a treatment made from the patient's own body ("your own blood"): "own
    blood", and "own" with each word of its name the summary uses ("own platelets", "own
    plasma")."""
    m = OWN.search(summary)
    if m is None:
        return []
    folded = fold(summary)
    named = [w for w in fold(name).split() if len(w) >= 5 and w.isalpha() and w in folded]
    return [f"own {m.group(1).lower()}", *(f"own {w}" for w in named)]


def device_names(kb: KnowledgeBase, index: EntityIndex) -> dict[str, str]:
    """Names of the catalogue's devices ("Capillus272 Pro") and of brands that sell only such
    devices ("HairMax"), each to the one device treatment its own label and review name."""
    out: dict[str, str] = {}
    brands: dict[str, set[str | None]] = {}
    for p in kb.products.values():
        text = index.fold(" ".join([p.name, p.label_text, p.review or ""]))
        kinds = {e.slug for _, _, e in index.hits(text) if e.kind == "treatment"}
        kinds = {s for s in kinds if kb.treatments[s].category == "device"}
        slug = next(iter(kinds)) if len(kinds) == 1 and p.form == "device" else None
        if slug and not p.actives:
            out[re.sub(r"\s*\([^)]*\)", "", p.name)] = slug
        # a brand that also sells medicines or cosmetics is not a name for its devices
        brands.setdefault(p.brand, set()).add(slug if p.form == "device" else "other")
    for brand, slugs in brands.items():
        found = slugs - {None}
        if len(found) == 1 and "other" not in found:
            out.setdefault(brand, found.pop())
    return out


@lru_cache(maxsize=8)
def entity_index(kb: KnowledgeBase) -> EntityIndex:
    names: dict[str, Entity] = {}
    for t in kb.treatments.values():
        every = (t.name, *t.also_known_as, *t.plain_wordings, *_shorter(t.name))
        every += tuple(w for n in every for w in _other_injection_words(n))
        every += tuple(w for n in t.plain_wordings for w in _unaided(n))
        for name in (*every, *_made_from(t.name, t.summary)):
            folded = fold(name)
            if len(folded.strip()) > 2:
                names.setdefault(folded, Entity("treatment", t.slug, t.name))
    for ing in kb.ingredients.values():
        for name in (ing.name, ing.inci, ing.latin, *ing.synonyms, *ing.misspellings):
            if name and len(fold(name).strip()) > 2:
                names[fold(name)] = Entity("ingredient", ing.slug, ing.name)
    for name, slug in device_names(kb, EntityIndex(names)).items():
        t = kb.treatments[slug]
        # "Capillus272 Pro" is also written "Capillus 272 Pro"
        for spelling in {name, re.sub(r"(?<=[A-Za-z])(?=\d)", " ", name)}:
            if len(fold(spelling).strip()) > 2:
                names.setdefault(fold(spelling), Entity("treatment", t.slug, t.name))
    return EntityIndex(names)
