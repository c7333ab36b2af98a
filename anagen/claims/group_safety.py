"""Safety for a group of people (men, women, teenagers, young children, people with heart
disease) and in pregnancy or breastfeeding: judged on the recorded contraindications."""

from __future__ import annotations

import re

from anagen.claims.group_wording import BAN, TRYING, UNSUITED
from anagen.claims.harms import harms
from anagen.claims.judgement import Claim, Judgement, judged, main_slug, treatments
from anagen.claims.regulatory import MINOR_WORDS, YOUNGER_COVERED
from anagen.claims.vocab import Verdict
from anagen.knowledge.base import KnowledgeBase
from anagen.knowledge.schema import Contraindication
from anagen.knowledge.vocab import RegulatoryStatus

GROUPS = [
    # (and in German, Spanish, French, Italian and Portuguese: "für Frauen ungeeignet")
    (
        "male",
        re.compile(r"\b(men|male|man|guys?|boys?|männer[n]?|hombres|hommes|uomini|homens)\b", re.I),
    ),
    (
        "female",
        re.compile(
            r"\b(women|female|woman|ladies|girls?|frauen|mujeres|femmes|donne|mulheres)\b", re.I
        ),
    ),
    (
        "under_18",
        # young people, or a label's restriction to adults ("adults only")
        re.compile(rf"\b({MINOR_WORDS}|adults only|for adults)\b", re.I),
    ),
    (
        "under_12",
        re.compile(
            r"\b(as young as|aged?|from age) ([1-9]|1[01])\b|\bunder (12|twelve)\b|\byoung children\b|"
            r"\b([1-9]|1[01])[- ]year[- ]olds?\b",
            re.I,
        ),
    ),
    ("heart_disease", re.compile(r"\bheart\b", re.I)),
    ("liver_disease", re.compile(r"\bliver\b", re.I)),
    ("depression", re.compile(r"\bdepress\w*", re.I)),
]
PREGNANCY_WORDS = [
    (
        "pregnant_or_planning",
        re.compile(
            rf"\b(pregnan\w*|conceiv\w*|{TRYING}|expect(ing|ant)|(mums?|moms?)-to-be)\b",
            re.I,
        ),
    ),
    ("breastfeeding", re.compile(r"\b(breast-?feeding|nursing|lactat\w*)\b", re.I)),
]
EVERYONE = re.compile(r"\b(everyone|everybody|all ages|anyone)\b", re.I)

# "Should stop it before trying to conceive", "wait six months before trying for a baby", "may
# be harmful if used while pregnant": a warning, so the claim is that it is not safe then; a
# recorded rule to avoid or take care backs it.
HARM_SAID = re.compile(r"\b(harmful|unsafe|dangerous|risky|(may|can|could|might) harm)\b", re.I)
WARNING = re.compile(
    rf"\b(stop|avoid|come off|quit|wait|not (become|get|fall) pregnant|against|only (if|when))\b|"
    rf"{HARM_SAID.pattern}|"
    # contraindicated or advised against, in the languages the wordings read ("contraindicada en
    # mujeres embarazadas", "déconseillé pendant la grossesse", "sconsigliato in gravidanza")
    r"\b(contraindicat\w*|contra-?indicad\w*|contre-indiqu\w*|controindicat\w*|kontraindiziert\w*|"
    r"d[eé]conseill\w*|sconsigliat\w*|afgeraden|"
    "sak\u0131ncal\u0131)",  # (Turkish, its dotless i)
    re.I,
)
NO_NEED = re.compile(
    r"\b(no need|don'?t|do not|won'?t|will not|not)\b(?! (become|get|fall) pregnant)", re.I
)
# Conceiving named with men: the rule for fathering a child, not for pregnancy.
MOTHER = re.compile(r"\b(women|woman|mothers?|mums?|moms?|she|her|ladies)\b", re.I)
FATHER = re.compile(r"\b(men|man|fathers?|fathering|dads?|husbands?|boyfriends?)\b", re.I)

# A caution that warns of harm to the baby ("the labels warn it may be harmful"): calling it
# safe then contradicts the label, not just overstates it.
HARM_WARNING = re.compile(r"\b(may|can|could) (be )?harm\w*|\bnot recommended\b", re.I)


def rule_pregnancy(claim: Claim, kb: KnowledgeBase) -> Judgement:
    """Safety in pregnancy or breastfeeding is judged on the recorded contraindications."""
    factors = {f for f, words in PREGNANCY_WORDS if words.search(claim.sentence)} or {
        f for f, _ in PREGNANCY_WORDS
    }
    # "for men and women: safe while pregnant" is about the women
    if (
        "pregnant_or_planning" in factors
        and FATHER.search(claim.sentence)
        and not MOTHER.search(claim.sentence)
    ):
        factors = (factors - {"pregnant_or_planning"}) | {"fathering_a_child"}
    warning = bool(WARNING.search(claim.wording)) and not NO_NEED.search(claim.wording)
    for e, t in treatments(claim, kb):
        named = [c for c in t.contraindications if factors & {str(a) for a in c.applies_to}]
        # the strictest recorded rule for the state the claim names
        c = next((c for c in named if c.level == "avoid"), named[0] if named else None)
        if c is not None and warning:
            # "may be harmful" overstates a record that only asks for a doctor's advice
            overstated = (
                HARM_SAID.search(claim.wording)
                and c.level != "avoid"
                and not HARM_WARNING.search(c.text)
            )
            verdict = Verdict.MISLEADING if overstated else Verdict.SUPPORTED
            return judged(verdict, c.text, c.sources, e.slug)
        if c is not None:
            verdict = (
                Verdict.FALSE
                if c.level == "avoid" or HARM_WARNING.search(c.text)
                else Verdict.MISLEADING
            )
            return judged(verdict, c.text, c.sources, e.slug)
    return judged(
        Verdict.UNSUPPORTED,
        "We have no recorded evidence on safety in pregnancy or "
        "breastfeeding; absence of data is not proof of safety.",
        (),
        main_slug(claim),
    )


# "Labelled for adults only": a restriction, which a recorded rule to avoid or take care backs.
RESTRICTED = re.compile(r"\badults\b", re.I)
BANNED = re.compile(BAN, re.I)
# Safe without any limit: "completely safe for kids", "100% safe"
UTTERLY_SAFE = re.compile(
    r"\b(completely|totally|perfectly|entirely|absolutely|100\s*%|fully|utterly) (safe|harmless)\b",
    re.I,
)


def rule_safe_for_group(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    """Safe for a group ("for men too"): judged on the contraindications for that group. A ban
    ("should steer clear of it") holds where the record says to avoid it, and overstates a
    caution; a ban naming no group we know is not checked."""
    named = {factor for factor, words in GROUPS if words.search(claim.sentence)}
    everyone = bool(EVERYONE.search(claim.sentence))
    restricted = bool(RESTRICTED.search(claim.wording))
    banned = bool(BANNED.match(claim.wording))
    if banned and not named:
        return None
    if not claim.entities and UNFIT.match(claim.wording):
        return None  # "this chair is unsuitable for women"
    licensed = None if restricted else _licensed(named, claim, kb)
    if banned and licensed is not None:
        return judged(Verdict.FALSE, *licensed)  # "unsuitable for women", of one licensed for them
    levels = [("avoid", Verdict.SUPPORTED), ("caution", Verdict.MISLEADING)] if banned else []
    for level, verdict in levels or [("avoid", Verdict.FALSE), ("caution", Verdict.MISLEADING)]:
        verdict = Verdict.SUPPORTED if restricted else verdict
        for e, t in treatments(claim, kb):
            for c in t.contraindications:
                if c.level == level and (everyone or _applies(named, c)):
                    if restricted and level == "caution" and YOUNGER_COVERED.search(c.text):
                        # "for adults only" of a medicine the record allows from age 12
                        return judged(Verdict.FALSE, c.text, c.sources, e.slug)
                    return judged(verdict, c.text, c.sources, e.slug)
    if licensed is not None:
        return judged(Verdict.SUPPORTED, *licensed)
    if not banned and not restricted and UTTERLY_SAFE.search(claim.sentence):
        # no rule for the group, but "completely safe" for anyone hides the serious harms
        # recorded for it
        for e, t in treatments(claim, kb):
            serious = harms(t, serious_only=True)
            if serious:
                text = (
                    f"Not without risk: {t.name} has recorded serious side effects, such as "
                    f"{serious[0].name.lower()}."
                )
                return judged(Verdict.MISLEADING, text, serious[0].sources, e.slug)
    return judged(
        Verdict.UNSUPPORTED,
        "We have no recorded evidence on its safety for this group; absence of data is not proof of safety.",
        (),
        main_slug(claim),
    )


UNFIT = re.compile(UNSUITED, re.I)
# A rule recorded for pregnancy that the label gives for all women: "The label says it is not
# for women, and ..."
NOT_FOR_WOMEN = re.compile(r"\bnot (for|to be (used|taken) by|indicated (for|in)) women\b", re.I)


def _applies(named: set[str], c: Contraindication) -> bool:
    if named & {str(a) for a in c.applies_to}:
        return True
    return "female" in named and bool(NOT_FOR_WOMEN.search(c.text))


# A sex's own hair loss: a medicine licensed for it is meant for that sex.
HAIR_LOSS_OF = {"female": "female-pattern-hair-loss", "male": "androgenetic-alopecia"}
LICENSED = (RegulatoryStatus.APPROVED_RX, RegulatoryStatus.APPROVED_OTC)


def _licensed(
    named: set[str], claim: Claim, kb: KnowledgeBase
) -> tuple[str, tuple[str, ...], str] | None:
    """The licence of a medicine of the claim for the hair loss of the one sex it names, and
    nothing more."""
    sexes = named & set(HAIR_LOSS_OF)
    if len(sexes) != 1 or len(named) != 1:
        return None  # "men with depression": a group the licence does not speak for
    condition = HAIR_LOSS_OF[sexes.pop()]
    for e, t in treatments(claim, kb):
        for r in t.regulatory:
            if r.status in LICENSED and condition in r.conditions:
                return f"Licensed for it: {r.text}", tuple(r.sources), e.slug
    return None
