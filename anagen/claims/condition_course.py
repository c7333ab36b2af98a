"""A statement about a condition itself: when it starts and settles, what is usually behind it,
what it is called, who gets it and what most people with it have ("postpartum shedding starts
three to four months after the birth"). Supported when it restates a fact the condition's
record gives (its summary, a sign, a cited paragraph of its page, or two of these together);
with no such fact it is not graded, since a condition's record cannot show a claim it does not
mention is wrong."""

from __future__ import annotations

import re
from functools import lru_cache

from anagen.claims.condition_duration import (
    AFTER_DELAY,
    NUMBERS,
    PERMANENT_CONDITION,
    PERMANENT_CONDITION_WORDING,
    how_long,
)
from anagen.claims.condition_facts import DESTROYED_IN as DESTROYED
from anagen.claims.condition_facts import FOLLICLES_DESTROYED
from anagen.claims.condition_inheritance import INHERITANCE_WORDING
from anagen.claims.condition_outlook import LASTING_HARM_WORDING, REVERSIBLE_WORDING, outlook
from anagen.claims.condition_prevalence import (
    FOREIGN_SHARE_WORDING,
    PREVALENCE_SHARE_WORDING,
    prevalence,
    share_unknown,
)
from anagen.claims.condition_rates import course_rate
from anagen.claims.condition_sexes import SEX_SAID_WORDINGS, sexes_judged
from anagen.claims.condition_traits import TRAIT_WORDINGS
from anagen.claims.evidence import CONDITION_WORDS, conditions_named
from anagen.claims.foreign_wording import MOSTLY_WHO as FOREIGN_MOSTLY_WHO
from anagen.claims.hormone_levels import (
    HORMONE_CAUSE,
    LEVEL_CAUSE,
    LEVEL_CAUSED,
    hormone_cause,
    hormone_said_cause,
    level_cause,
)
from anagen.claims.judgement import Claim, Judgement, judged
from anagen.claims.prices import PRICE, PRICES_COMPARED, compared_price, recorded_price
from anagen.claims.vocab import Verdict
from anagen.knowledge.base import KnowledgeBase
from anagen.knowledge.citations import CITATION, cited_ids

# The commonest kind of hair loss, in any of its wordings ("the most common form of hair loss",
# "the leading cause of baldness"): read as one word on both sides, so that another "most
# common" of the record (its commonest nail change) cannot back it.
TOP_KIND = (
    r"\b(the )?(single )?(most common|commonest|most frequent|most prevalent|leading|number one|main) "
    r"(type|form|kind|cause)s? of (hair loss|alopecia|baldness|balding|hair thinning|thinning hair)\b"
)
NUMBER = re.compile(rf"\b(\d+|{'|'.join(NUMBERS)})\b", re.I)

# Details a record may not hold: who gets it mostly, said without "common" ("mostly occurs in
# women who braid tightly"), and how many hairs go a day ("lose up to 100 strands per day").
MOSTLY_WHO = (
    r"\b(mostly|mainly|chiefly|largely|primarily|predominantly|most often) (occurs?|occurring|happens?|"
    r"affects?|affecting|(is |are )?seen|develops?|strikes?)\b"
    rf"|{FOREIGN_MOSTLY_WHO}"
)
DAILY_COUNT = [
    r"\b(lose|loses|losing|shed|sheds|shedding)\b[^.;]{0,20}\b\d+( (to|or|and) \d+)?( or more)? "
    r"(strands|hairs)( of hair)? (a|per|each|every) day\b",
    r"\b\d+( (to|or|and) \d+)? (strands|hairs)( of hair)? (fall out|are shed|are lost) (a|per|each|every) day\b",
]
# Such a detail, when no fact of the record restates it, is one the record does not hold.
UNRECORDED_DETAIL = re.compile("|".join([MOSTLY_WHO, *DAILY_COUNT]), re.I)

CONDITION_FACT = [
    # when it starts, peaks or settles: "begins around three to four months after birth"
    # (units written out with what follows them, which keeps the literal prefilter selective)
    r"\b(starts?|begins?|peaks?|settles?|stops?|shows? up|appears?|kicks? in|shed|falls? out)\b[^.]{0,25}"
    r"\b(\d+|one|two|three|four|five|six|nine|twelve|a few|several)( (to|or) (\d+|two|three|four|five|six|"
    r"nine|twelve))? (weeks after|months after|years after|weeks later|months later|years later|"
    r"weeks following|months following)\b",
    # how it ends: "back to their usual fullness"
    r"\bback to (their|its|your|her|his|the) (usual|normal|former|previous|old) "
    r"(fullness|thickness|density|volume)\b",
    # "have their normal fullness back", "the hair comes back on its own within a year"
    r"\b(usual|normal|former|previous|old|full) (fullness|thickness|density|volume) back\b",
    r"\b(comes?|grows?|came|grew|coming|growing) back (on its own|by itself|without (any )?treatment)\b",
    # what is behind it: "the most common cause found"
    r"\b(the )?(most common|commonest|main|leading|usual) (known )?(cause|trigger|reason|hormone problem)s?\b",
    # where it ranks among kinds of hair loss: "the most common type of hair loss in women"
    rf"{TOP_KIND}",
    # what it is: "a kind of hair loss called traction alopecia"
    r"\b(a|the) (kind|type|form) of (hair loss|alopecia|hair shedding|baldness) (called|known as|named)\b",
    r"\b(a|the) (condition|problem|disorder) (called|known as|named)\b",
    # what kind of illness it is: "scalp ringworm is a fungal infection"
    r"\b(is|are) (an? |the )?(fungal|bacterial|viral|autoimmune|inherited|genetic|scarring|inflammatory) "
    r"(infection|condition|disease|disorder|problem)\b",
    # who gets it most: "most common in children before puberty"
    r"\b(most|more|especially|particularly|very) common (in|among)\b",
    MOSTLY_WHO,
    *DAILY_COUNT,
    # who gets it: "gets much more common with age", "about 13% of women have it"
    r"\b(gets?|becomes?|grows?|is|are) (much |far |a lot |even )?(more|less) common (with|as) "
    r"(age|you (get|grow) older|people (age|get older)|women age|men age)\b",
    r"\b(\d+(\.\d+)?\s?%|(one|two|three|four|\d+) in (three|four|five|ten|\d+)) of (women|men|people|adults|"
    r"children|girls|boys)\b[^.]{0,40}\b(have|has|get|develop|are affected)\b",
    # "over 68% of new mothers may face some hair thinning", "two-thirds of American men will
    # have some hair loss by 35", "afflicts 50 to 75% of the female population"
    # (condition_prevalence.py)
    PREVALENCE_SHARE_WORDING,
    FOREIGN_SHARE_WORDING,
    # "affects one-third of women of African descent": how many it affects, the verb first
    r"\baffects?\b (about |around |roughly |nearly |almost |up to |over |more than |as many as )?"
    r"(one[- ](third|quarter|half|fifth)|a (third|quarter|fifth)|half|(one|two|three|four|\d+) in "
    r"(two|three|four|five|ten|\d+)|\d+(\.\d+)?\s?%) of (all )?(women|men|people|adults|children|girls|boys)\b",
    # "among women over 65, around three in four have some degree of it": the group first
    r"\b(among|in) (women|men|people|adults|children|girls|boys)\b[^.]{0,30}\b((one|two|three|four|\d+) in "
    r"(two|three|four|five|ten|\d+)|\d+(\.\d+)?\s?%)[^.]{0,20}\b(have|has|get|develop|are affected)\b",
    # which sex it affects more, or both alike: "more common in women", "affects men and women
    # equally" (condition_sexes.py)
    *SEX_SAID_WORDINGS,
    # how it passes between people: "it spreads through shared brushes and pillows"
    r"\b(spreads?|spreading|passes|passed|caught|catch(es)?|transmitted)\b[^.;]{0,30}\b(through|by|via) "
    r"(shared|sharing|close contact|contact with|touching)\b",
    # what raises the risk: "the risk is higher when tight styles go on relaxed hair"
    r"\b(risk|chance|odds|likelihood)\b[^.]{0,30}\b(is|are|gets?|goes|rises?|becomes?) (\w+ )?(even |much |far )?"
    r"(higher|greater|bigger|raised|increased|lower|smaller)\b",
    # the risk said with what carries it: "tight styles on relaxed hair carry a higher risk"
    r"\b(carry|carries|carried|has|have|had|face|faces|bring|brings|give|gives) (a |an )?(much |far )?"
    r"(higher|greater|bigger|raised|increased|lower|smaller) (risk|chance|odds|likelihood)\b",
    # how it ends, said of the condition: "traction alopecia is totally reversible"
    rf"{REVERSIBLE_WORDING}",
    # where on the scalp it shows, or does not: "usually leaves the front hairline alone",
    # "spares the hairline", "the hairline creeps back"
    r"\b(leaves?|left|keeps?|kept)\b (the |your |her |his |their )?(front |frontal )?"
    r"(hairline|crown|temples|eyebrows|parting) (alone|intact|untouched|in place)\b",
    r"\bspar(es|ed|ing)? (the |your |her |his |their )?(front |frontal )?(hairline|crown|temples|eyebrows)\b",
    r"\b(hairline|temples)\b (\w+ ){0,2}?(crept|creeps?|creeping|moved?|moves|moving|receded|recedes?|"
    r"receding|gone|going|went) back\b|\b(hairline|temples) (is |are |has |have )?(receding|receded)\b",
    # how bad it can get: "can leave permanent bald spots", "may cause lasting scarring"
    LASTING_HARM_WORDING,
    PERMANENT_CONDITION_WORDING,
    # when it starts, the delay first: "about three months after my illness it started"
    r"\b(\d+|one|two|three|four|five|six|a few|several)( (to|or) (\d+|two|three|four|five|six))? "
    r"(weeks|months) (after|following)\b[^.;]{0,50}\b(started|began|starts?|begins?|kicked in)\b",
    # its cause said to be a hormone's amount: "results from changes in testosterone levels"
    # (hormone_levels.py)
    LEVEL_CAUSE,
    # what brings it on, the condition first: "it is usually triggered by illness or childbirth"
    # (condition_causes.py)
    r"\b(caused|triggered|brought on|set off|induced|precipitated|provoked|sparked) by\b",
    # who has what: "most women with pattern hair loss have normal hormone levels"
    r"\b(most women with|most men with|most people with|most patients with)\b[^.]{0,40}\b"
    r"(have|had|show|get)\b",
    # a male hormone named as its cause: "DHT is the main cause of hair loss" (hormone_levels.py)
    HORMONE_CAUSE,
    # what it does to the hair roots: "DHT works to kill hair follicles" (condition_facts.py;
    # last, so a cause or course said in the same sentence is read first)
    FOLLICLES_DESTROYED,
    # what it is: "an autoimmune disease", "it is contagious" (condition_nature.py)
    *TRAIT_WORDINGS,
    # where it is inherited from: "from your mother's side", "X-linked" (condition_inheritance.py)
    INHERITANCE_WORDING,
]

PRICED = re.compile(PRICE, re.I)
WORD = re.compile(r"[a-z]{4,}")
# words that carry no fact of their own ("usually", "around")
FILLER = {*("about", "around", "roughly", "usually", "typically", "often", "generally", "also")}
FILLER |= {*("normally", "commonly", "mostly")}  # how often, as "usually" (not "normal fullness")
FILLER |= {*("when", "there", "their", "they", "this", "that", "with", "have", "from", "most")}
FILLER |= {*("into", "then", "than", "back", "will", "were", "been", "being", "just", "does")}
FILLER |= {*("even", "much", "really", "very", "quite")}  # how strongly, not what
# everyday names of a condition, which its record says as "it" (its own names: _name_words)
FILLER |= {
    *("hair", "loss", "pattern", "shedding", "thinning", "alopecia", "postpartum", "balding")
}
FILLER |= set(NUMBERS)
# a definition's own words: "a kind of hair loss called ...", "a condition called ..."
FILLER |= {*("kind", "sort", "type", "form", "called", "known", "named", "condition")}
# the frame a fact is put in, not the fact: "myth busting:", "most find their hair ..."
FILLER |= {*("myth", "myths", "busting", "find", "finds", "having")}
# hearsay and a pointer back ("apparently that combo ..."): how the writer came by it
FILLER |= {*("apparently", "supposedly", "combo")}
# one fact, two wordings: "begins" and "starts", "usual" and "normal" fullness
SAME = {"begin": "start", "usual": "norma", "shedd": "shed"}
# phrases that say one thing in many words, read as one word on both sides
PHRASES = [
    (re.compile(TOP_KIND, re.I), " topkind "),
    # "worn for months on end" is "worn for a long time"
    (
        re.compile(
            r"\bfor (many |several |long )?(months|years|stretches|periods)( on end| at a time)?\b|"
            r"\bfor (a long|too long) (time|period|stretch)\b|\bfor too long\b|"
            r"\blong[- ](term|lasting)\b",
            re.I,
        ),
        " longterm ",
    ),
    # "not gone for good" (a myth corrected) is "temporary", which turns no fact around
    (re.compile(r"\bnot (gone |lost )?(for good|forever|permanent\w*)\b", re.I), " temporary "),
    # "the hair comes back on its own" is "regrew"
    (
        re.compile(r"\bregr[eo]w\w*|\b(comes?|came|coming|grows?|grew|growing) back\b", re.I),
        " regrowth ",
    ),
    # a part of the scalp left alone is one "kept": "leaves the front hairline alone", "spares it"
    (
        re.compile(
            r"\b(leaves?|left|keeps?) (the |your |her |his |their )?((front|frontal) )?"
            r"(hairline|crown|temples|eyebrows|parting) (alone|intact|untouched|in place)\b|"
            r"\bspar(es|ed|ing)? (the |your |her |his |their )?((front|frontal) )?"
            r"(hairline|crown|temples|eyebrows)\b",
            re.I,
        ),
        r" kept \3\5\9\11 ",
    ),
    # a hairline that "crept back" or "is receding" is one that "moves back"
    (
        re.compile(
            r"\b(crept|creeps?|creeping|moved|moving|receded|recedes?|receding|gone|going|went) back\b|"
            r"\breced(es|ed|ing)\b",
            re.I,
        ),
        " moves back ",
    ),
    # hair "coming out in clumps" is shedding
    (
        re.compile(
            r"\b(comes?|came|coming|falls?|fell|falling) out( in (clumps|handfuls|chunks))?\b",
            re.I,
        ),
        " shedding ",
    ),
    # a contrast set beside the fact ("a fungal infection, not a worm,"): what it is not
    (re.compile(r",\s*not (a|an|the) [\w-]+( [\w-]+)?\s*(?=[,;.]|$)", re.I), " "),
]
# words that turn a fact around: a claim holding one its fact lacks says something else
TURNING = re.compile(
    r"\b(not|no|never|none|always|all|every|rarely|seldom|only|abnormal\w*|permanent\w*|forever)\b",
    re.I,
)
SHARE = 0.75  # of the claim's words that its fact must hold
PAIR_SHARE = 0.85  # of the claim's words that two facts together must hold


def _plain(text: str) -> str:
    for phrase, word in PHRASES:
        text = phrase.sub(word, text)
    return text


@lru_cache(maxsize=4096)  # a record's facts are read again for every claim set against them
def _words(text: str) -> frozenset[str]:
    stems = (w[:5] for w in WORD.findall(_plain(text).lower()) if w not in FILLER)
    return frozenset(SAME.get(w, w) for w in stems)


def _numbers(text: str) -> frozenset[str]:
    return frozenset(NUMBERS.get(n.lower(), n) for n in NUMBER.findall(text))


@lru_cache(maxsize=16)
def _facts(kb: KnowledgeBase, slug: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Its summary and signs, then each cited paragraph of its page ("how common it is")."""
    c = kb.conditions[slug]
    paragraphs = []
    for block in re.split(r"\n\s*\n", kb.prose.get(f"condition:{slug}", "")):
        cited = tuple(dict.fromkeys(sid for _, sid in cited_ids(block)))
        if cited and not block.lstrip().startswith("#"):
            text = re.sub(r"\s+([.,;:])", r"\1", " ".join(CITATION.sub("", block).split()))
            paragraphs.append((text, cited))
    return (
        (c.summary, tuple(c.sources)),
        *((s.text, tuple(s.sources)) for s in c.signs),
        *paragraphs,
    )


facts_of = _facts  # the same facts, read by the rules on a condition's causes


@lru_cache(maxsize=16)
def _name_words(kb: KnowledgeBase, slug: str) -> frozenset[str]:
    """The condition's own names ("telogen effluvium"), which its record calls "it"."""
    c = kb.conditions[slug]
    return _words(" ".join([c.name, *c.also_known_as]))


def _restates(claim: str, fact: str, name: frozenset[str], share: float = SHARE) -> bool:
    said = _words(claim) - name
    held = _words(fact)
    if not said or len(said & held) < share * len(said) or not _numbers(claim) <= _numbers(fact):
        return False
    fact_turns = {w.lower() for w in TURNING.findall(_plain(fact))}
    return all(w.lower() in fact_turns for w in TURNING.findall(_plain(claim)))


# Who said it, before what was said: "she told us (that) ...", "my dermatologist explained
# that ...". The fact is what follows; the frame's words are not the record's.
REPORTED_BY = re.compile(
    r"^[^,;.]{0,40}?\b(told (me|us|her|him|them)|says|said|explained|explains|mentioned|"
    r"confirmed|warned( me| us)?|reminded( me| us)?)( that)?\s+",
    re.I,
)


# What the writer did or thought about it, after the fact: "..., so I've pushed for a referral",
# "..., which is why she wasn't worried". Not the record's words, so not held against the fact.
WRITER_TAIL = re.compile(
    r"[,;]\s*(so|which is why|that's why|and so)\s+(i|i've|i'm|i'll|we|we've|we're|she|he|my|our)\b.*$",
    re.I,
)


def rule_condition_fact(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    if PRICED.search(claim.wording):
        return recorded_price(claim, kb)
    if PRICES_COMPARED.search(claim.wording):
        return compared_price(claim, kb)
    named = conditions_named(claim.sentence, kb)
    if LEVEL_CAUSED.search(claim.wording):
        return level_cause(claim, named or list(claim.topics[:1]), kb, _facts)
    if hormone_said_cause(claim) and not DESTROYED.search(claim.sentence):
        return hormone_cause(claim, named, kb, _facts)
    sexes = sexes_judged(claim, named or list(claim.topics[:1]), kb, _facts)
    if sexes is not None:
        return sexes  # (a denial, "it is not more common in men", the engine turns round)
    if claim.negated:
        return _undenied(claim, named or list(claim.topics[:1]), kb)
    share = share_unknown(claim, named or list(claim.topics[:1]), kb, _facts)
    if share is not None:
        return share
    common = prevalence(claim, named or list(claim.topics[:1]), kb, _facts)
    if common is not None:
        return common
    rate = course_rate(claim, named or list(claim.topics[:1]), kb, _facts)
    if rate is not None:
        return rate
    told = outlook(claim.wording, claim.sentence, named or list(claim.topics[:1]), kb, _facts)
    if told is not None:
        return told
    if AFTER_DELAY.search(claim.wording) or PERMANENT_CONDITION.search(claim.wording):
        for slug in named or claim.topics[:1]:
            lasts = how_long(claim.wording, _facts(kb, slug)) if slug in kb.conditions else None
            if lasts is not None:
                return lasts
    said = claim.sentence
    frame = REPORTED_BY.match(said)
    if frame and claim.wording in said[frame.end() :]:
        said = said[frame.end() :]
    tail = WRITER_TAIL.search(said)
    if tail and claim.wording in said[: tail.start()]:
        said = said[: tail.start()]
    if not named and claim.topics and claim.wording in said:
        # "Her brothers should be checked, since it spreads through shared brushes": about the
        # condition named before; the clause holding the claim is what must restate a fact
        # (words that turn a fact around count from the whole sentence)
        named, said = list(claim.topics[:1]), _clause(said, said.index(claim.wording))
        kept = {w.lower() for w in TURNING.findall(said)}
        if any(w.lower() not in kept for w in TURNING.findall(claim.sentence)):
            return None
    if not named and not claim.topics and claim.wording in said:
        # "this kind of shedding usually starts 3 to 4 months after the illness": no condition
        # named, so the clause holding the claim must restate a fact of one of the records
        said = _clause(said, said.index(claim.wording))
        named = list(kb.conditions) if len(_words(said)) >= 3 else []
    found = _restated(said, named, kb)
    if found is None and claim.wording in said:
        # "..., it sounds like telogen effluvium, and this kind of shedding usually settles
        # within three to six months": the clause holding the claim restates the fact, another
        # clause naming the condition frames it (words that turn a fact around count from the
        # whole sentence)
        clause = _clause(said, said.index(claim.wording))
        kept = {w.lower() for w in TURNING.findall(clause)}
        turned = any(w.lower() not in kept for w in TURNING.findall(claim.sentence))
        # (when someone is reported saying it, "my GP said female pattern hair loss leaves the
        # front hairline alone, which is why ...", the clause may name the condition itself: a
        # fact passed on, the rest being what the writer makes of it. A page's own description
        # of a condition is the setting of its claims, not one.)
        framed = clause != said and (frame is not None or not CONDITION_WORDS.matching(clause))
        if framed and not turned and len(_words(clause)) >= 3:
            found = _restated(clause, named, kb)
        if found is None and not turned:
            # "since most women with it have a hormone imbalance, ...": the clause says the
            # opposite of a fact, whatever the clauses around it say
            found = _contradicted(clause, named, kb)
    if found is None and named and UNRECORDED_DETAIL.search(claim.wording):
        text = "The record of this condition gives no such detail."
        return judged(Verdict.UNSUPPORTED, text, ())
    return found


# A word and its opposite: a claim that restates a fact with one swapped for the other says
# the opposite of the record ("most women with it have a hormone imbalance" against "most
# women with it have normal hormone levels").
OPPOSITES = {"imbalance": "normal", "imbalanced": "normal", "abnormal": "normal"}
OPPOSITE = re.compile(rf"\b({'|'.join(OPPOSITES)})\b", re.I)


def _restated(said: str, named: list[str], kb: KnowledgeBase) -> Judgement | None:
    """Supported when `said` restates a fact (or two together) of a named condition's record."""
    for slug in named:
        if slug not in kb.conditions:
            continue
        name = kb.conditions[slug].name
        facts = _facts(kb, slug)
        for text, sources in facts:
            if _restates(said, text, _name_words(kb, slug)):
                return judged(Verdict.SUPPORTED, f"The record of {name.lower()}: {text}", sources)
        both = _two_facts(said, facts, _name_words(kb, slug))
        if both is not None:
            text, sources = both
            return judged(Verdict.SUPPORTED, f"The record of {name.lower()}: {text}", sources)
    return None


# A fact denied: "it is not passed on through shared brushes" against "it spreads through
# shared brushes". The clause holding the claim, read without its one "not", must restate a
# fact that has none; the engine turns the verdict round (a denial of a fact is false).
DENIAL = re.compile(r"\b(not|never)\b|(?<=[a-z])n't\b", re.I)
# "it doesn't spread": the verb as the fact would say it
DENIED_VERB = re.compile(r"\b(does|do|did|is|are|was|were|can|will)(n't| not| never)\b", re.I)


def _undenied(claim: Claim, named: list[str], kb: KnowledgeBase) -> Judgement | None:
    """The verdict on the claim said without its denial (supported when the record says it)."""
    if claim.wording not in claim.sentence:
        return None
    said = _clause(claim.sentence, claim.sentence.index(claim.wording))
    if len(DENIAL.findall(said)) != 1:
        return None  # the denial is in another clause, or doubled
    plain = DENIAL.sub(" ", DENIED_VERB.sub(r"\1", said))
    if len(_words(plain)) < 3:
        return None
    for slug in named:
        if slug in kb.conditions:
            for text, sources in _facts(kb, slug):
                if not DENIAL.search(text) and _restates(plain, text, _name_words(kb, slug)):
                    name = kb.conditions[slug].name.lower()
                    return judged(Verdict.SUPPORTED, f"The record of {name}: {text}", sources)
    return None


def _contradicted(said: str, named: list[str], kb: KnowledgeBase) -> Judgement | None:
    """False when `said` restates a fact of a named condition's record with a word turned
    into its opposite."""
    opposite = OPPOSITE.sub(lambda m: OPPOSITES[m.group(0).lower()], said)
    if opposite == said:
        return None
    for slug in named:
        if slug in kb.conditions:
            for text, sources in _facts(kb, slug):
                if _restates(opposite, text, _name_words(kb, slug)):
                    name = kb.conditions[slug].name.lower()
                    return judged(
                        Verdict.FALSE, f"The record of {name} says otherwise: {text}", sources
                    )
    return None


CLAUSE_BREAK = re.compile(r"[,;:]|\b(since|because|as|so|and|but|while)\b", re.I)


def _clause(sentence: str, at: int) -> str:
    """The clause of a sentence that holds position `at`."""
    start = max((m.end() for m in CLAUSE_BREAK.finditer(sentence, 0, at)), default=0)
    end = CLAUSE_BREAK.search(sentence, at)
    return sentence[start : end.start() if end else len(sentence)]


def _two_facts(
    claim: str, facts: tuple[tuple[str, tuple[str, ...]], ...], name: frozenset[str]
) -> tuple[str, tuple[str, ...]] | None:
    """A claim joining two recorded facts ("tight braids" from one, "along the hairline" from
    another): held to a higher share of its words, each fact adding some of them."""
    said = _words(claim) - name
    if len(said) < 4:
        return None
    covers = [(said & _words(text), text, sources) for text, sources in facts]
    covers = [c for c in covers if len(c[0]) >= 2]
    for i, (a, text_a, src_a) in enumerate(covers):
        for b, text_b, src_b in covers[i + 1 :]:
            if a <= b or b <= a or len(a | b) < PAIR_SHARE * len(said):
                continue
            joined = f"{text_a} {text_b}"
            if _restates(claim, joined, name, PAIR_SHARE):
                return joined, tuple(dict.fromkeys((*src_a, *src_b)))
    return None
