"""rule_usage(): a claim about how a treatment is used, against its recorded usage.

Seven points a record can settle: the tests it needs (usage and prerequisite), food (usage), how
often it is taken (usage), whether more of it works faster (usage), the part of the scalp it is
labelled for (usage), what it must not be mixed with (interactions), and hair loss it is not
for (call_doctor). Where the record says nothing on the point there is no finding:
plain directions for something unrecorded are not a claim we can check.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from anagen.claims.application_steps import STEP, recorded_step
from anagen.claims.doctor_needed import NO_DOCTOR_RE, no_doctor_needed
from anagen.claims.figures import WORDS
from anagen.claims.group_wording import FOR_SOMEONE as FOR_SOMEONE_WORDING
from anagen.claims.group_wording import NOT_ITS_KIND
from anagen.claims.judgement import Claim, Judgement, judged, treatments
from anagen.claims.usage_wording import CROWN_OF_SCALP, DAILY_DOSE, FRONT_OF_SCALP, MORE_NO_BETTER
from anagen.claims.usage_wording import ONLY_FOR as ONLY_FOR_WORDING
from anagen.claims.usage_wording import WHILE_ACTIVE as WHILE_ACTIVE_WORDING
from anagen.claims.vocab import Verdict
from anagen.knowledge.base import KnowledgeBase
from anagen.knowledge.schema import Fact, Treatment

IC = re.IGNORECASE
# the kind of anaesthesia an operation is done under
WHILE_ACTIVE = re.compile(WHILE_ACTIVE_WORDING, IC)
ONLY_FOR = re.compile(ONLY_FOR_WORDING, IC)
ANAESTHESIA = re.compile(r"\b(local|general) (anaesthe|anesthe)\w*", IC)
INTERACTION = re.compile(
    r"interact|less effective|less reliable|less well|weaker|dangerous|risky|unsafe|harmful|toxic",
    IC,
)
DOSE = re.compile(DAILY_DOSE, IC)
NO_BETTER = re.compile(MORE_NO_BETTER, IC)
MILLIGRAMS = re.compile(r"(\d+(?:\.\d+)?)\s?(mg|mcg)\b(?! per k)", IC)
# a recorded range, "from 0.25 mg up to 5 mg", "25 mg to 200 mg", "2.5 to 5 mg"
DOSE_RANGE = re.compile(
    r"(\d+(?:\.\d+)?)\s?(?:mg )?(?:up )?to (\d+(?:\.\d+)?)\s?mg\b(?! per k)", IC
)
A_DAY = re.compile(r"\b(a|per|each|every) day\b|\bdaily\b", IC)
MORE = re.compile(r"\b(more|extra|higher|double|bigger)\b", IC)
FOOD = re.compile(r"\b(stomach|food|meals?|breakfast|lunch|dinner|supper)\b", IC)
TEST = re.compile(
    r"\b(tests?|tested|testing|checks?|checked|screen\w*|monitor\w*|bloodwork|blood work)\b", IC
)
# A test in the record, not a trial that "tested" a dose.
RECORD_TEST = re.compile(
    r"\b((blood|liver|kidney|potassium|gene|function|lab|ha?emoglobin) tests?|tests? (for|show)|"
    r"tested for|checked|checks? for|screen\w*|monitor\w*)\b",
    IC,
)
# What a claim says a test looks for, and how the record words it.
TEST_TARGETS = [
    (r"\b(TB|tuberculosis)\b", r"\b(TB|tuberculosis)\b"),
    (r"\bpotassium\b", r"\bpotassium\b"),
    (r"\bliver\b", r"\bliver\b"),
    (r"\bkidney\b", r"\bkidney\b"),
    (r"\bhepatitis\b", r"\bhepatitis\b"),
    (r"\bcounts?\b", r"\b(counts?|lymphocytes?|platelets?|neutrophils?)\b"),
    (r"\b(ferritin|ha?emoglobin|iron)\b", r"\b(ferritin|ha?emoglobin)\b"),
    (r"\bgene(tic)?\b", r"\bgene(tic)?\b"),
]
# A course of sessions: how many, and the gap between them ("three rounds, spaced several
# weeks apart"): the count, whether it is a least ("or more", "at least") and the gap's unit.
SESSIONS = re.compile(
    r"\b(?P<least>at least )?(?P<count>\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
    r"(?P<more> or more)? ([\w-]+ )?(sessions|rounds|treatments|injections|visits)\b[^.]{0,40}?"
    r"\b(?P<unit>days?|weeks?|months?)\b[^.]{0,10}\b(apart|intervals?)\b",
    IC,
)


# Food, from the claim and from the record: "with or without food" first, as it holds "food".
EITHER, WITH, EMPTY = "with or without food", "with food", "on an empty stomach"
FOOD_WAYS = [
    (EITHER, re.compile(r"\bwith or without (food|meals?)\b", IC)),
    (EMPTY, re.compile(r"\b(empty stomach|without food|skip (breakfast|meals?))\b", IC)),
    (
        WITH,
        re.compile(
            r"\b(with (a |your )?(\w+ )?(food|meals?|milk)|after (a |eating )?(\w+ )?(meal|breakfast|lunch|dinner|supper))\b",
            IC,
        ),
    ),
]
# How often; twice a day before once a day, whose wording ("daily") it can hold.
FREQUENCIES = [
    ("twice a day", r"twice (a day|daily)|two times a day"),
    ("once a week", r"once a week|weekly|every week|each week"),
    ("once a day", r"once a day|once daily|(?<!twice )daily|every day|each day"),
]
# The everyday names of medicines that interaction records name by class.
CLASSES = [
    (
        r"\b(ibuprofen|naproxen|diclofenac|aspirin|advil|nurofen|aleve|anti-?inflammator\w*|painkillers?)\b",
        r"\b(NSAIDs?|anti-inflammatory painkillers?)\b",
    ),
    (r"\b(birth[- ]control|contracepti\w*|the pill)\b", r"\b(birth[- ]control|contracepti\w*)\b"),
    (
        r"\b(blood[- ]thinners?|warfarin|anticoagulants?)\b",
        r"\b(warfarin|blood thinners?|coumarin)\b",
    ),
    (r"\bantacids?\b", r"\bantacids?\b"),
    (r"\bpotassium\b", r"\bpotassium\b"),
]


def _says(fact: Fact, t: Treatment) -> Judgement:
    return judged(Verdict.SUPPORTED, f"The record says: {fact.text}", fact.sources, t.slug)


def _contradicts(fact: Fact, t: Treatment) -> Judgement:
    return judged(
        Verdict.FALSE, f"The recorded facts say otherwise: {fact.text}", fact.sources, t.slug
    )


def _usage(t: Treatment) -> list[Fact]:
    return [*t.usage, *([t.prerequisite] if t.prerequisite else [])]


def _first(facts: Iterable[Fact], pattern: str) -> Fact | None:
    return next((f for f in facts if re.search(pattern, f.text, IC)), None)


def _tests(claim: Claim, t: Treatment) -> Judgement | None:
    """A test the record asks for; when the claim names what it looks for, that one."""
    facts = [f for f in _usage(t) if RECORD_TEST.search(f.text)]
    if not facts:
        return None
    for said, recorded in TEST_TARGETS:
        if re.search(said, claim.sentence, IC):
            fact = _first(facts, recorded)
            if fact is None:
                return judged(
                    Verdict.UNSUPPORTED,
                    f"The record asks for other checks, not this one: {facts[0].text}",
                    facts[0].sources,
                    t.slug,
                )
            return _says(fact, t)
    return _says(facts[0], t)


def _food_way(text: str) -> str | None:
    return next((way for way, pattern in FOOD_WAYS if pattern.search(text)), None)


def _food(claim: Claim, t: Treatment) -> Judgement | None:
    """Taken with food, without, or either way: the claim's way against the record's."""
    said = _food_way(claim.sentence)
    for fact in t.usage:
        recorded = _food_way(fact.text)
        if said and recorded:
            return _says(fact, t) if said == recorded else _contradicts(fact, t)
    return None


def _sessions(claim: Claim, t: Treatment) -> Judgement | None:
    """A course of sessions against the recorded one: the claimed count within what the record
    gives ("three or more" holds three and four) and the gap in the same unit. A different
    course is no finding: clinics vary, and the records say when there is no standard."""
    said = SESSIONS.search(claim.wording)
    if said is None:
        return None
    count = _count(said["count"])
    for fact in t.usage:
        recorded = SESSIONS.search(fact.text)
        if recorded is None or recorded["unit"].rstrip("s") != said["unit"].lower().rstrip("s"):
            continue
        least = _count(recorded["count"])
        open_ended = bool(recorded["more"] or recorded["least"])
        if count == least or (open_ended and count > least):
            return _says(fact, t)
    return None


def _count(word: str) -> int:
    return int(word) if word.isdigit() else WORDS[word.lower()]


def _frequency(claim: Claim, t: Treatment) -> Judgement | None:
    """How often: what the record says outright, or what it rules out ("not once a day")."""
    said = next((f for f, p in FREQUENCIES if re.search(rf"\b({p})\b", claim.wording, IC)), None)
    if said is None:
        return None
    pattern = dict(FREQUENCIES)[said]
    for fact in t.usage:
        if re.search(rf"\bnot ({pattern})\b", fact.text, IC):
            return _contradicts(fact, t)
    fact = _first(t.usage, rf"\b({pattern})\b")
    if fact is None:
        return None
    return _exception_as_rule(claim, said, fact, t) or _says(fact, t)


CLAUSE_END = re.compile(r"[,;:]|\b(and|but|while|whereas)\b", IC)
WORDS_OF = re.compile(r"[a-z%]{3,}|\d+%", IC)


def _exception_as_rule(claim: Claim, said: str, fact: Fact, t: Treatment) -> Judgement | None:
    """ "Minoxidil is applied once a day": how often only some use it (the women's foam), given
    as the rule when the record gives most of its forms or users another frequency, and the
    claim's clause names nothing of the direction it is true for ("half a capful", "foam").
    Misleading, not false: true of some."""
    pattern = rf"\b({dict(FREQUENCIES)[said]})\b"
    others = [f for f in t.usage if not re.search(pattern, f.text, IC) and _frequency_of(f)]
    if len(others) <= sum(1 for f in t.usage if _frequency_of(f) == said):
        return None
    at = claim.sentence.find(claim.wording)
    end = CLAUSE_END.search(claim.sentence, at + len(claim.wording)) if at >= 0 else None
    clause = _words(claim.sentence[: end.start() if end else len(claim.sentence)])
    # what the clause shares with the direction it matches names that direction when no other
    # direction has all of it: "5% products for women" is the women's 5% foam, although
    # "women" and "5%" each stand in another direction too
    named = clause & _words(re.sub(pattern, " ", fact.text, flags=IC))
    if named and not any(named <= _words(f.text) for f in others):
        return None
    text = f"Only for some: {fact.text} Otherwise: {others[0].text}"
    return judged(Verdict.MISLEADING, text, (*fact.sources, *others[0].sources), t.slug)


def _frequency_of(fact: Fact) -> str | None:
    """The first frequency of FREQUENCIES a direction names: "twice a day (or ... once a day)"
    is a twice-daily one."""
    return next((n for n, p in FREQUENCIES if re.search(rf"\b({p})\b", fact.text, IC)), None)


def _words(text: str) -> set[str]:
    return {w.lower() for w in WORDS_OF.findall(text)}


def _daily_dose(wording: str, t: Treatment) -> Judgement | None:
    """A daily dose in milligrams that a recorded daily dose, or a recorded range of them,
    takes in. A dose the record does not name is no finding: the records give the doses used
    for hair loss, not every dose a doctor may choose."""
    said = {(float(n), u.lower()) for n, u in MILLIGRAMS.findall(wording)}
    for fact in t.usage:
        if not A_DAY.search(fact.text):
            continue
        recorded = {(float(n), u.lower()) for n, u in MILLIGRAMS.findall(fact.text)}
        ranges = [(float(a), float(b)) for a, b in DOSE_RANGE.findall(fact.text)]
        if any(
            d in recorded or (u == "mg" and any(a <= n <= b for a, b in ranges))
            for d in said
            for n, u in [d]
        ):
            return _says(fact, t)
    return None


def _more(wording: str, t: Treatment) -> Judgement | None:
    """The record's word that using more, or more often, does not work better: a claim that
    it does is false, one that it doesn't (in its own wording) agrees."""
    fact = _first(t.usage, r"\bmore\b[^.]{0,30}\b(does not|doesn't|no) (work )?better\b")
    if fact is None:
        return None
    return _says(fact, t) if NO_BETTER.search(wording) else _contradicts(fact, t)


def _interaction(claim: Claim, t: Treatment) -> Judgement | None:
    """An interaction the record names, for a medicine the claim calls by its own or an
    everyday name ("ibuprofen" for the record's "NSAID painkillers")."""
    for said, recorded in CLASSES:
        if re.search(said, claim.sentence, IC):
            fact = _first(t.interactions, recorded)
            if fact:
                return _says(fact, t)
    return None


FOR_SOMEONE = re.compile(FOR_SOMEONE_WORDING, IC)


def _not_its_kind(claim: Claim, t: Treatment) -> Judgement | None:
    """ "It's for you even if your shedding began after a baby": the record sends that hair loss
    to a doctor as not the kind it treats (a denial, "isn't for you", is inverted to agree)."""
    for said, recorded in NOT_ITS_KIND:
        if re.search(said, claim.sentence, IC):
            fact = _first(t.call_doctor, recorded)
            if fact:
                text = f"The record sends this hair loss to a doctor first: {fact.text}"
                return judged(Verdict.FALSE, text, fact.sources, t.slug)
    return None


def rule_usage(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    """The point the claim's wording is about, settled by the first treatment whose record
    speaks to it; None when none does."""
    wording = claim.wording
    if NO_DOCTOR_RE.search(wording):
        return no_doctor_needed(claim, kb)
    for _, t in treatments(claim, kb):
        if STEP.search(wording):
            step = recorded_step(wording, t)
            found = _says(step, t) if step else None
        elif AREA.search(wording):
            found = _scalp_area(wording, t)
        elif WHILE_ACTIVE.search(wording):
            found = _while_active(t)
        elif ONLY_FOR.search(wording):
            found = _only_for(claim, t)
        elif ANAESTHESIA.search(wording):
            found = _anaesthesia(claim, t)
        elif FOR_SOMEONE.match(wording):
            found = _not_its_kind(claim, t)
        elif INTERACTION.search(wording):
            found = _interaction(claim, t)
        elif MORE.search(wording) and not TEST.search(wording):
            found = _more(wording, t)
        elif SESSIONS.search(wording):
            found = _sessions(claim, t)
        elif DOSE.search(wording):
            found = _daily_dose(wording, t) or _frequency(claim, t)
        elif FOOD.search(wording):
            found = _food(claim, t)
        elif TEST.search(wording):
            found = _tests(claim, t)
        else:
            found = _frequency(claim, t)
        if found:
            return found
    return None


def _only_for(claim: Claim, t: Treatment) -> Judgement | None:
    """ "For men only": the record's own restriction to that group backs it."""
    who = re.search(r"\b(men|women|adults)\b", claim.wording, IC)
    if who is None:
        return None
    fact = _first(_usage(t), rf"\b{who[1]}\b[^.]{{0,10}}\bonly\b|\bonly\b[^.]{{0,10}}\b{who[1]}\b")
    return _says(fact, t) if fact else None


# (the wording alone: SCALP_AREA's look-behind for "is not" does not reach into it)
AREA = re.compile(rf"\b(for|on)\b[^.;]{{0,25}}\b({FRONT_OF_SCALP}|{CROWN_OF_SCALP})\b", IC)
# the same part of the scalp in a record's words ("the top (crown) of the head")
AREAS = [
    re.compile(rf"\b{FRONT_OF_SCALP}|\bfront\b", IC),
    re.compile(rf"\b{CROWN_OF_SCALP}\b", IC),
]


def _scalp_area(wording: str, t: Treatment) -> Judgement | None:
    """ "Labelled for the crown", "intended for frontal baldness": the part of the scalp the
    recorded usage says it is for, or, after "not for", is not for (a denial is inverted)."""
    area = next((a for a in AREAS if a.search(wording)), None)
    for fact in t.usage if area else []:
        named = area.search(fact.text)
        if named is None:
            continue
        excluded = re.search(r"\bnot (for|on)\b[^.;()]{0,30}$", fact.text[: named.start()], IC)
        return _contradicts(fact, t) if excluded else _says(fact, t)
    return None


def _while_active(t: Treatment) -> Judgement | None:
    """ "Do it now, while the disease is still active": false where the evidence for some
    condition rules the treatment out while it is active (Evidence.not_while)."""
    for ev in t.evidence:
        if ev.not_while is not None:
            said = f"Not while it is active: {ev.not_while.text}"
            return judged(Verdict.FALSE, said, tuple(ev.not_while.sources), t.slug)
    return None


def _anaesthesia(claim: Claim, t: Treatment) -> Judgement | None:
    """ "Done under local anaesthesia": the kind the recorded usage names, or another."""
    said = ANAESTHESIA.search(claim.wording)
    for f in t.usage:
        recorded = ANAESTHESIA.search(f.text)
        if said and recorded:
            same = said.group(1).lower() == recorded.group(1).lower()
            verdict = Verdict.SUPPORTED if same else Verdict.FALSE
            return judged(verdict, f.text, f.sources, t.slug)
    return None
