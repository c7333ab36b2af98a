"""Which sex a condition affects more, or that it affects both alike: "men are affected by hair
loss more often than women", "alopecia areata affects men and women equally", "touche davantage
les hommes". Held to what the condition's record says of the sexes (its words, or for pattern
hair loss its figures for men and women at the same age): supported when it says the same,
false when it says otherwise, unsupported when it says nothing of the sexes."""

from __future__ import annotations

import re

from anagen.claims.condition_duration import Facts
from anagen.claims.condition_prevalence import (
    MEN_WORDS,
    WOMEN_WORDS,
    pattern_like,
    recorded_shares,
)
from anagen.claims.evidence import DEFAULT_CONDITIONS
from anagen.claims.judgement import Claim, Judgement, judged
from anagen.claims.vocab import Verdict
from anagen.knowledge.base import KnowledgeBase

_SEX = rf"({MEN_WORDS}|{WOMEN_WORDS})"
# a sex as a group, not a part of it ("women with PCOS", "men who take it")
_WHOLE = r"(?! (who|with|that|whose|taking|using|on|wearing)\b)"
_AND = rf"(both )?(the )?{_SEX} and (the )?{_SEX}"
_BOTH = rf"({_AND}|both sexes|both genders|either sex|either gender)"
# the verbs of a condition reaching people: "affects", "strikes", "is seen in"
_REACHES = (
    r"(affects?|affecting|affected|strikes?|hits?|afflicts?|impacts?|targets?|touches|"
    r"occurs?( in)?|appears?( in)?|develops?( in)?|happens?( in)?|(is |are )?(seen|found) in|"
    r"common (in|among))"
)
_MORE = r"(more|less|fewer)"
_OFTEN = r"(often|frequently|commonly|likely|prone|susceptible|vulnerable|affected|at risk)"
# both alike: "affects men and women equally", "similar rates in men and women", "does not
# discriminate by gender", "as common in women as in men", "afecta por igual a hombres y mujeres"
ALIKE_WORDINGS = [
    rf"\b{_REACHES} {_BOTH}\b[^.;]{{0,40}}?\b(about |roughly |almost )?(equally|alike|in equal "
    r"(numbers|measure|proportions?)|at (similar|the same|equal) rates?|in (similar|the same) numbers)\b",
    rf"\b{_AND} (are|get|can be) (\w+ )?(equally|alike|just as) (affected|likely|prone|often|"
    r"susceptible|at risk)\b",
    rf"\b{_SEX} (are|get|can be) (affected )?(just |equally |every bit )?as (likely|prone|often|"
    rf"susceptible|much|commonly) (\w+ )?as {_SEX}\b",
    rf"\b(equally|just as) (common|prevalent|frequent|likely) (in|among|for) {_BOTH}\b",
    rf"\b(similar|equal|the same) (rates?|numbers|frequency|proportions?) (in|among|of) {_BOTH}\b",
    r"\b(does|do|did)(n't| not) discriminate (by|between|based on|on the basis of) "
    rf"(gender|sex|the sexes|{_SEX})\b",
    rf"\bas (common|prevalent|frequent|often|likely) (in|among|for) {_SEX} as (in |among |for )?{_SEX}\b",
    r"\bno (gender|sex) (difference|preference|predilection|bias|predominance)\b",
    # Spanish, French, German, Italian
    rf"\bpor igual (a|en|entre) (los |las )?({_SEX}|ambos sexos)\b",
    rf"\b{_SEX} y (a |las |los )?{_SEX} por igual\b",
    rf"\b(touche|affecte|concerne|atteint|frappe) (autant|indifféremment|également|aussi bien) (les )?{_SEX}\b",
    rf"\b{_SEX} und {_SEX} (sind )?(gleichermaßen|gleich häufig|gleich oft|ebenso häufig)\b",
    rf"\bgleichermaßen (bei )?{_SEX} und\b",
    rf"\b(colpisce|riguarda|interessa) (allo stesso modo|in egual misura|ugualmente) (gli |le )?{_SEX}\b",
]
# one sex more (or less): "more common in women", "men are affected by it more often than
# women", "affects women more than men", "mainly affects women", "female pattern hair loss is
# far less common than male pattern baldness", "Männer sind häufiger betroffen"
SKEWED_WORDINGS = [
    rf"\b{_MORE} (common|prevalent|frequent|usual|often seen|widespread) (in|among) (the )?{_SEX}\b{_WHOLE}",
    rf"\b{_SEX}{_WHOLE} (are|is|tend|get|gets|seem|appear|report|experience|develop|have|lose|go|"
    rf"suffer|can be|may be)\b[^.;]{{0,40}}?\b{_MORE} {_OFTEN}\b",
    rf"\b{_REACHES} (far |much )?{_MORE} {_SEX} than {_SEX}\b",
    rf"\b{_REACHES} {_SEX} (far |much |a lot )?{_MORE} (often |frequently |commonly )?than\b",
    rf"\b{_REACHES} (far |much )?{_MORE} (often |frequently |commonly )?(in|among) {_SEX}\b{_WHOLE}",
    r"\b(mostly|mainly|chiefly|largely|primarily|predominantly|typically|more often) "
    rf"({_REACHES} |in |among )(the )?{_SEX}\b{_WHOLE}",
    rf"\b{_REACHES} (mostly|mainly|chiefly|largely|primarily|predominantly) (the )?{_SEX}\b{_WHOLE}",
    rf"\b(female|male|women's|men's) (pattern )?(hair loss|baldness|balding|alopecia|thinning) (is|are) "
    rf"(far |much |a lot )?{_MORE} (common|prevalent|frequent|widespread) than\b",
    rf"\b(twice|three times|\w+ times) as (common|likely|frequent|prevalent) (in|among) {_SEX}\b",
    # German, French, Spanish, Italian
    rf"\b{_SEX} (sind )?(deutlich |viel |weitaus |etwas )?(häufiger|seltener|öfter)( von [^.;]{{0,30}}?)? "
    r"(betroffen|als)\b",
    rf"\b(häufiger|seltener|öfter) (bei|unter) {_SEX}\b|\bbei {_SEX} (am häufigsten|häufiger|seltener)\b",
    rf"\b(betrifft|trifft) (vor allem|hauptsächlich|überwiegend|eher|häufiger|öfter|mehr) (die )?{_SEX}\b",
    r"\b(touche|affecte|concerne|atteint|frappe) (davantage|plus souvent|surtout|principalement|"
    rf"majoritairement|essentiellement|plus|moins|moins souvent) (les )?{_SEX}\b",
    rf"\b(plus|moins) (fréquente?|courante?|répandue?) chez les {_SEX}\b",
    rf"\b(afecta|ataca) (más|menos|principalmente|sobre todo|mayormente|mayoritariamente|con más "
    rf"frecuencia) a (los |las )?{_SEX}\b",
    rf"\b(más|menos) (común|frecuente) (en|entre) (los |las )?{_SEX}\b",
    r"\b(colpisce|riguarda|interessa|compare|si manifesta) (principalmente|soprattutto|prevalentemente|"
    rf"maggiormente|più spesso|più frequentemente|meno)\b[^.;]{{0,25}}?\b{_SEX}\b",
    rf"\bpiù (comune|frequente|diffusa?) (negli|nei|nelle|tra gli|tra le|fra gli|fra le) {_SEX}\b",
]
# (each a pattern of its own in CONDITION_FACT, so the prefilter skips those whose words are absent)
SEX_SAID_WORDINGS = [*ALIKE_WORDINGS, *SKEWED_WORDINGS]
ALIKE = re.compile("|".join(ALIKE_WORDINGS), re.I)
SKEWED = re.compile("|".join(SKEWED_WORDINGS), re.I)
# the sex named first (the one said to be affected more or less) and a word that says "less"
FIRST_SEX = re.compile(rf"\b{_SEX}\b", re.I)
MEN = re.compile(rf"^({MEN_WORDS}|male|men's)$", re.I)
MOSTLY = 0.75  # of the ages compared where one sex has the higher share
LESS = re.compile(r"\b(less|fewer|seltener|moins|menos|meno)\b", re.I)


# hair loss at large said as a verb ("men lose their hair") or in other languages ("Haarausfall",
# "la calvitie"): pattern hair loss, as "hair loss" is (condition_prevalence.pattern_like)
HAIR_LOST = re.compile(
    r"\blos(e|es|ing) (their |his |her |your |the )?hair\b|\b(Haarausfall|Glatzen?|Glatzenbildung|calvitie|chute (des|de) cheveux|perte (des|de) cheveux|"
    r"calvicie|caída del (cabello|pelo)|calvizie|caduta dei capelli|perdita (dei|di) capelli)\b",
    re.I,
)


def sexes_said(text: str) -> str | None:
    """ "men", "women" (the one said to be affected more) or "alike"; None when it says none."""
    if ALIKE.search(text):
        return "alike"
    m = SKEWED.search(text)
    if m is None or not _whole_sex(text, m.start()):
        return None
    first = FIRST_SEX.search(m.group(0))
    if first is None:
        return None
    men = bool(MEN.match(first.group(0))) != bool(LESS.search(m.group(0)))
    return "men" if men else "women"


# the words that may stand before a sex said as a whole ("Men are ...", "In general, women
# ..."); any other ("Japanese and Chinese men are far less affected", "older men") names a part
# of it, set beside another part
_BEFORE_WHOLE = re.compile(
    r"(^|[,:;(\"“]|\b(the|and|but|while|whereas|that|so|because|since|although|though|overall|"
    r"generally|both|all|die|les|los|las|gli|le|i))\s*$",
    re.I,
)


def _whole_sex(text: str, at: int) -> bool:
    """A match that opens with a sex names all of it."""
    opens = FIRST_SEX.match(text, at) is not None
    return not opens or bool(_BEFORE_WHOLE.search(text[max(0, at - 20) : at]))


def sexes_judged(
    claim: Claim, named: list[str], kb: KnowledgeBase, facts: Facts
) -> Judgement | None:
    """The verdict on which sex a condition affects more, against its record; None when the
    claim says nothing of the sexes (or names a treatment, whose users it may be about)."""
    said = None if claim.entities else sexes_said(claim.sentence)
    if said is None:
        return None
    slugs = [s for s in named if s in kb.conditions and s not in DEFAULT_CONDITIONS]
    pattern = not named or any(s in DEFAULT_CONDITIONS for s in named)
    if not slugs and pattern and (pattern_like(claim) or HAIR_LOST.search(claim.sentence)):
        slugs = list(DEFAULT_CONDITIONS)  # pattern hair loss, in men and in women
    if not slugs:
        return None
    name = kb.conditions[slugs[0]].name.lower()
    recorded = _recorded(slugs, kb, facts)
    if recorded is None:
        text = f"The record of {name} says nothing of which sex it affects more."
        return judged(Verdict.UNSUPPORTED, text, ())
    stance, sentence, sources = recorded
    if stance == said:
        return judged(Verdict.SUPPORTED, f"The record of {name}: {sentence}", sources)
    return judged(Verdict.FALSE, f"The record of {name} says otherwise: {sentence}", sources)


def _recorded(
    slugs: list[str], kb: KnowledgeBase, facts: Facts
) -> tuple[str, str, tuple[str, ...]] | None:
    """What the record says of the sexes, with the sentence that says it: its words when they
    agree (scarring alopecias: "mainly women" in each kind), else its figures by sex."""
    found = [
        (stance, sentence, sources)
        for slug in slugs
        for text, sources in facts(kb, slug)
        for sentence in re.split(r"(?<=\.)\s+", text)
        if (stance := sexes_said(sentence)) is not None
    ]
    if found:
        return found[0] if len({f[0] for f in found}) == 1 else None
    return _by_figures(slugs, kb, facts)


def _by_figures(
    slugs: list[str], kb: KnowledgeBase, facts: Facts
) -> tuple[str, str, tuple[str, ...]] | None:
    """The sex with the higher share at three in four of the ages both are given at (within
    five years; "about 13% of women before the menopause" has no age to set beside one)."""
    men = recorded_shares(slugs, "men", kb, facts)
    women = recorded_shares(slugs, "women", kb, facts)
    pairs = [
        (sum(m[0]) / 2 - sum(w[0]) / 2, m, w)
        for m in men
        for w in women
        if m[2] is not None and w[2] is not None and abs(m[2] - w[2]) <= 5
    ]
    higher = sum(p[0] > 0 for p in pairs)
    if not pairs or MOSTLY * len(pairs) > max(higher, len(pairs) - higher):
        return None
    gap, m, w = next(p for p in pairs if (p[0] > 0) == (higher * 2 > len(pairs)))
    text = f"{m[1].strip()}; {w[1].strip()}"
    return ("men" if gap > 0 else "women", text, tuple(dict.fromkeys((*m[4], *w[4]))))
