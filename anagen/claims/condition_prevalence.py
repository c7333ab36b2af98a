"""How many people a condition affects, given as a figure: "studies show over 68% of new mothers
face some hair thinning", "one in three women will experience hair loss". Set against a record
that says the share is not known: a figure credited to studies the record says do not show it is
false; a bare figure has nothing behind it."""

from __future__ import annotations

import re

from anagen.claims.condition_duration import Facts
from anagen.claims.condition_rates import A_SHARE, far, near, shares_of
from anagen.claims.evidence import DEFAULT_CONDITIONS
from anagen.claims.foreign_wording import STRIKES
from anagen.claims.judgement import Claim, Judgement, judged
from anagen.claims.vocab import Verdict
from anagen.knowledge.base import KnowledgeBase

_GROUP = (
    r"(women|men|males|females|people|persons|individuals|adults|children|kids|girls|boys|new mothers|"
    r"mothers|moms|mums|mommies|patients|teens|caucasians|americans|population)"
)
# the record's word that nobody knows the share: "how many new mothers get it is not known"
SHARE_UNKNOWN = re.compile(
    r"\bhow (many|common|often)\b[^.:;]{0,60}\b(is|are) (not|un)known\b|\bno (good |reliable )?data\b",
    re.I,
)
# the figure credited to research: "studies indicate", "research shows", "surveys found"
CREDITED = re.compile(r"\b(stud(y|ies)|research|surveys?|data|trials?|statistics)\b", re.I)


def share_unknown(
    claim: Claim, named: list[str], kb: KnowledgeBase, facts: Facts
) -> Judgement | None:
    """The verdict on a figure for how many a condition affects, where its record says nobody
    knows; None when the record gives no such word (or the figure is a treatment's result)."""
    if claim.entities or not PREVALENCE_SHARE.search(claim.wording):
        return None
    for slug in named:
        if slug not in kb.conditions:
            continue
        fact = next((f for f in facts(kb, slug) if SHARE_UNKNOWN.search(f[0])), None)
        if fact is None:
            continue
        name = kb.conditions[slug].name.lower()
        if CREDITED.search(claim.sentence):
            return judged(Verdict.FALSE, f"The record of {name} says otherwise: {fact[0]}", fact[1])
        return judged(Verdict.UNSUPPORTED, f"The record of {name}: {fact[0]}", fact[1])
    return None


# How many a condition affects, as a figure, in a claim: "roughly 50 percent of men experience
# some hair loss by 50", "male pattern baldness affects around 50% of men", "1 in 3 women will
# have thinning hair" (a share of a group, a verb of having it, the hair loss)
_HAVING = (
    r"(have|has|get|gets|develop|develops|experience|experiences|face|faces|suffer( from)?|suffers( from)?|"
    r"show|shows|notice|notices|find|finds|see|sees|deal with|go through|lose|struggle with|battle|"
    r"end up with|will (have|get|see|develop|experience|face|lose|notice|find)|"
    r"are affected|will be affected|are (balding|bald|thinning))"
)
_LOSS = r"(hair ?loss|thinning|balding|baldness|alopecia|shedding|hair fall|bald|hair|the (disease|condition))"
# a share said without a figure: "most new mums", "the majority of men" (which a record that
# says nobody knows the share does not back either)
_MOST = r"(most|the majority of|a majority of|nearly all|almost all)"
_SHARE = rf"({A_SHARE}|{_MOST})"
# the months after a birth, which name the shedding they bring: "a third of women face it after
# giving birth" (straight after the verb of having it, so not "women face low moods after ...")
_AFTER_BIRTH = (
    r"((it|this|that) )?(after|following) (giving birth|childbirth|the birth|having (a|their) "
    r"bab(y|ies)|delivery|pregnancy)"
)
# (not a share of those who have it: "67% of women who suffer from hair loss also have PCOS")
PREVALENCE_SHARE_WORDING = (
    rf"\b{_SHARE}( of)? (all )?(the )?([\w-]+ ){{0,2}}{_GROUP}\b(?! (who|with|that|whose)\b)[^.;]{{0,40}}"
    rf"\b{_HAVING}\b([^.;]{{0,40}}\b{_LOSS}\b| {_AFTER_BIRTH}\b)|"
    rf"\b(affects?|afflicts?|strikes?|hits?|touches)\b [^.;]{{0,20}}\b{_SHARE}( of)? (all )?(the )?"
    rf"([\w-]+ ){{0,2}}{_GROUP}\b|"
    rf"\b{_SHARE}( of)? (all )?([\w-]+ ){{0,2}}{_GROUP}\b[^.;]{{0,20}}\b(are|will be|go|will go) "
    r"(balding|bald|thinning)\b"
)
# the words for men and for women, in English, German, French, Spanish, Italian and Portuguese
# (the group a share is of here; which sex a condition affects more in condition_sexes)
MEN_WORDS = r"(men|males?|boys|man|guys|Männer|Männern|hommes|hombres|varones|uomini|maschi|homens)"
WOMEN_WORDS = (
    r"(women|females?|girls|woman|ladies|mothers|moms|mums|Frauen|femmes|mujeres|donne|femmine|"
    r"mulheres)"
)
# The same in German, French, Spanish, Italian and Portuguese: "betrifft 60 bis 80% der
# Männer", "touche 70% des hommes", "afecta al 40% de los varones", "colpisce il 20% degli
# uomini", "atinge 50% dos homens"; the share and the group first, "un 60% de los varones ...
# presentan alopecia" (the verbs and articles of each language, so English text never runs it)
# (the verbs who a condition strikes is said with, foreign_wording.STRIKES, and a few a share
# takes besides: "leiden 60% der Männer", "interessa il 20% degli uomini")
_FOREIGN_STRIKES = (
    rf"({STRIKES}|leiden|toucherait|toucheraient|touchera|concernerait|concernera|afectar[ií]a|"
    r"afectar[aá]|interessa)"
)
_FOREIGN_SHARE = (
    r"\d{1,3}([.,]\d+)?\s?(%|prozent\b|pour cent\b|por ciento\b|per cento\b|por cento\b)"
)
_FOREIGN_OF = r"(der|des|de|de los|de las|del|dei|degli|delle|di|dos|das|do|da)"
_FOREIGN_GROUP = (
    rf"({MEN_WORDS}|{WOMEN_WORDS}|population|popolazione|poblaci[oó]n|popula[cç][aã]o|bevölkerung|"
    r"personnes|personas|persone|pessoas|menschen)"
)
_FOREIGN_HAVING = r"(presentan|padecen|sufren|souffrent|soffrono|sofrem|apresentam|padecem)"
FOREIGN_SHARE_WORDING = (
    rf"\b{_FOREIGN_STRIKES}\b[^.;]{{0,25}}\b{_FOREIGN_SHARE} {_FOREIGN_OF} ([\w-]+ ){{0,2}}?"
    rf"{_FOREIGN_GROUP}\b|\b{_FOREIGN_SHARE} {_FOREIGN_OF} ([\w-]+ ){{0,2}}?{_FOREIGN_GROUP}\b"
    rf"[^.;]{{0,40}}\b{_FOREIGN_HAVING}\b"
)
# (a wording of its own among a condition's facts, condition_course.CONDITION_FACT, so the
# literal prefilter keeps English text from it)
PREVALENCE_SHARE = re.compile(f"{PREVALENCE_SHARE_WORDING}|{FOREIGN_SHARE_WORDING}", re.I)
_MEN = re.compile(rf"\b{MEN_WORDS}\b", re.I)
_WOMEN = re.compile(rf"\b{WOMEN_WORDS}\b", re.I)
# an age the share is given at: "by age 50", "by the time they reach the age of 50", "over 65",
# "in their 50s" (not a range, "aged 6 to 21", which names a population)
_AGE = re.compile(
    r"\b(?:ages?|aged|by|before|over|above|under|until|between|reach(?:es|ing)?|turn(?:s|ing)?)"
    r"(?: the)?(?: time (?:they|you|he|she) (?:reach|turn)(?: the)?)?(?: age)?(?: of)? (\d{2})\b(?! to \d)|"
    r"\b(?:in|by) (?:their|his|her|your) (\d{2})s\b",
    re.I,
)


def prevalence(claim: Claim, named: list[str], kb: KnowledgeBase, facts: Facts) -> Judgement | None:
    """The verdict on a figure for how many a condition affects, against the figures its record
    gives for the same sex and age: near one is supported, far from every one false, between
    (or at an age the record gives no figure for) unsupported; None when the record gives no
    figure for that sex at all."""
    if claim.entities or not PREVALENCE_SHARE.search(claim.sentence):
        return None
    group = _group(claim.sentence)
    # (pattern hair loss, named by default for a sex, only for hair loss of no passing kind)
    slugs = [slug for slug in named if slug not in DEFAULT_CONDITIONS or pattern_like(claim)]
    if not named and group != "people" and pattern_like(claim):
        # the sex named in another language ("varones", "mulheres"), which names no condition
        # as "men" does (evidence.CONDITION_WORDS): pattern hair loss, as there
        slugs = ["androgenetic-alopecia"]
    if group == "women" and "androgenetic-alopecia" in slugs:
        slugs.append("female-pattern-hair-loss")  # androgenetic alopecia in women
    given = recorded_shares(slugs, group, kb, facts)
    said = _shares_at(claim.sentence)
    if not given or not said:
        return None
    # each share the claim gives, at its own age ("13% before the menopause, three in four over
    # 65"), held to the record's at that age
    found: list[tuple[Verdict, str, tuple[str, ...]]] = []
    for share, _, age in said:
        recorded = [
            (known, clause, sources)
            for known, clause, at, _, sources in given
            if age is None or (at is not None and abs(at - age) <= 5)
        ]
        same = next(((c, s) for known, c, s in recorded if near(share, known)), None)
        if same is not None:
            found.append(
                (Verdict.SUPPORTED, f"The record gives the same share: {same[0]}", same[1])
            )
        elif recorded and all(far(share, known) for known, *_ in recorded):
            _, clause, sources = recorded[0]
            found.append((Verdict.FALSE, f"The record gives another share: {clause}", sources))
        elif recorded:
            _, clause, sources = recorded[0]
            found.append(
                (Verdict.UNSUPPORTED, f"The record gives another share: {clause}", sources)
            )
        else:  # figures at other ages only: nothing to hold this one to
            _, _, _, sentence, sources = given[0]
            text = f"The record gives no figure at that age; it says: {sentence}"
            found.append((Verdict.UNSUPPORTED, text, sources))
    # the worst of them decides: one wrong figure makes the claim false
    order = (Verdict.FALSE, Verdict.UNSUPPORTED, Verdict.SUPPORTED)
    verdict, text, sources = min(found, key=lambda f: order.index(f[0]))
    return judged(verdict, text, sources)


def recorded_shares(
    slugs: list[str], group: str, kb: KnowledgeBase, facts: Facts
) -> list[tuple[tuple[float, float], str, int | None, str, tuple[str, ...]]]:
    """Each share the named conditions' records give for a group ("men", "women", "people"):
    the share, its clause, the age it is given at, its sentence and sources."""
    return [
        (share, clause, at, sentence, sources)
        for slug in slugs
        if slug in kb.conditions
        for text, sources in facts(kb, slug)
        for sentence in re.split(r"(?<=\.)\s+", text)
        if PREVALENCE_RECORDED.search(sentence) and _group(sentence) == group
        for share, clause, at in _shares_at(sentence)
    ]


# a record's sentence of how many have it: "In white men, about half are affected by age 50"
PREVALENCE_RECORDED = re.compile(
    r"\b(affected|affects|have (some degree of )?it|get it|show signs|do|puts the figure at|"
    r"found it in|have some pattern hair loss)\b",
    re.I,
)


# hair loss said of one sex with no condition named, and nothing of a passing kind: pattern loss
_PATTERN_LIKE = re.compile(
    r"\b(hair ?loss|thinning|balding|baldness|bald|alopecia|pattern|"
    # and its names in German, French, Spanish, Italian and Portuguese
    r"alop[eé]cie|alopezie|alop[eé]cia|haarausfall|glatze|calvitie|calvicie|calvizie|calv[ií]cie)\b",
    re.I,
)
_PASSING = re.compile(
    r"\b(temporary|postpartum|post-partum|giving birth|pregnan\w*|shedding|stress|illness|fever|"
    r"patch\w*|ringworm|braids?)\b",
    re.I,
)


def pattern_like(claim: Claim) -> bool:
    return bool(_PATTERN_LIKE.search(claim.sentence)) and not _PASSING.search(claim.sentence)


def _group(text: str) -> str:
    if _WOMEN.search(text):
        return "women"
    return "men" if _MEN.search(text) else "people"


_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
}
_UNITS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}
# "by the age of thirty-five": the age in words
_AGE_IN_WORDS = re.compile(
    rf"\b(?:age|aged|by|before|over|after|above|under|reach(?:es|ing)?|turn(?:s|ing)?)(?: the)?(?: age)?(?: of)? "
    rf"({'|'.join(_TENS)})(?:[- ]({'|'.join(_UNITS)}))?\b",
    re.I,
)


# the same in German, French, Spanish, Italian and Portuguese: "a partir de los 30 años", "über
# 50 Jahre", "plus de 50 ans", "oltre i 50 anni", "com mais de 80 anos"
_FOREIGN_AGE = re.compile(
    r"\b(?:a partir de (?:los|las|os|as)|mayores de|(?:de )?m[aá]s de|über|ab|plus de|après|"
    r"oltre (?:i|gli)|dopo (?:i|gli)|entro (?:i|gli)|com mais de|acima (?:de|dos)|a partir dos|"
    r"antes de (?:los|os)|avant|prima dei|vor dem) (\d{2})\.? (?:años|ans|anni|anos|jahren?|lebensjahr)\b",
    re.I,
)


def _age(text: str) -> int | None:
    m = _AGE.search(text) or _FOREIGN_AGE.search(text)
    if m:
        return int(next(g for g in m.groups() if g))
    w = _AGE_IN_WORDS.search(text)
    if w is None:
        return None
    return _TENS[w.group(1).lower()] + (_UNITS[w.group(2).lower()] if w.group(2) else 0)


def _shares_at(sentence: str) -> list[tuple[tuple[float, float], str, int | None]]:
    """Each share the sentence gives, with the age it is given at (the clause's own)."""
    return [(share, clause, _age(clause)) for share, clause in shares_of(sentence)]
