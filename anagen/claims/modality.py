"""Hedged, negated and non-asserted wording: "may help" is not "regrows"; "does not regrow" is a
denial, and so are "it's a myth that it regrows hair" and "anyone who says it regrows hair is
wrong"; "if it is designed for hair growth" and "Want thicker hair?" assert nothing.

Each is scoped to the clause the claim's wording sits in, so "no prescription needed, regrows
hair" is not read as a denial of regrowth.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from anagen.claims.anycase import AnyCase, AnyCaseMatches
from anagen.claims.evidence_denial import DENIED_JUST_BEFORE
from anagen.claims.foreign_facts import EVIDENCE_LACKING, MUST_NOT
from anagen.claims.prefilter import Needs

# Searched once or twice for every claim: run on the lower-case sentence (anycase.py).
HEDGES = AnyCase(
    r"\b(may|might|could|can help|helps?|supports?|is believed|are believed|"
    r"is thought|are thought|reportedly|possibly|potentially|designed to|aims? to|usually|typically|"
    r"formulated to|promotes?|promoting|"
    # the same in other languages (foreign_wording.py): can, could, helps, promotes, usually
    r"kann|können|könnte|könnten|hilft|helfen|fördert|unterstützt|meist|meistens|peut|peuvent|pourrait|"
    r"pourraient|aident|favorise|favorisent|généralement|può|possono|potrebbe|potrebbero|aiuta|"
    r"aiutano|favorisce|generalmente|puede|pueden|podría|podrían|ayuda|ayudan|favorece|pode|podem|"
    r"poderia|ajuda|ajudam|geralmente|kan|kunnen|zou|zouden|helpt|bevordert|meestal|genellikle|"
    r"\w+[ae]bilir\w*|"
    # and in foreign_wording_more.py's: Polish, Czech, Russian, Swedish, Norwegian, Indonesian, Arabic
    r"może|mogą|pomaga|pomagają|zwykle|může|mohou|pomáhá|obvykle|может|могут|помогает|помогают|"
    r"обычно|hjälper|brukar|vanligtvis|hjelper|vanligvis|dapat|bisa|membantu|biasanya|mungkin|قد|"
    r"يساعد|تساعد|"
    # and Ukrainian and Vietnamese
    r"може|можуть|допомагає|допомагають|допоможе|зазвичай|có thể|giúp|hỗ trợ|thường)\b"
)
NEGATION = AnyCase(
    r"\b(not|no|none|never|cannot|can't|doesn't|don't|isn't|aren't|won't|without|shouldn't|mustn't|"
    r"didn't|wasn't|weren't|hasn't|haven't|couldn't|wouldn't|"
    r"neither|nor|fails? to|rather than|instead of|"
    # the same in other languages (Italian "non": NON_BEFORE)
    r"nicht|kein|keine|keinen|keiner|keines|nie|niemals|pas|jamais|aucun|aucune|nessun|nessuno|"
    r"nessuna|nunca|ningún|ninguna|ninguno|não|nem|nenhum|nenhuma|niet|geen|nooit|değil|asla|"
    r"nigdy|nikdy|не|нет|никогда|inte|aldrig|ikke|aldri|tidak|bukan|لا|لن|لم|ليس|ليست|ні|ніколи|"
    r"không|chẳng|chưa)\b"
)
# Italian "non" before the verb, pronoun or quote it denies ("non ferma la caduta", "non “cura”"),
# which the English "non" ("non surgical") never stands before: the word after it is read, past
# the few words NEGATION is searched in.
NON_BEFORE = re.compile(
    r"\bnon (?=[\"“«']|(è|ha|hanno|va|vanno|si|può|possono|sono|fa|fanno|dà|deve|devono|viene|vengono|"
    r"ne|ci|come|serve|funziona|funzionano|cura|ferma|blocca|riduce|previene|provoca|causa|"
    r"contiene|dovrebbe|dovrebbero|esiste|esistono|stimola|favorisce|aumenta|migliora|contrasta|"
    r"rallenta|arresta|combatte|evita|impedisce|aiuta|ispessisce|rinforza)\b)",
    re.I,
)


def _non_before(sentence: str, begin: int, start: int) -> bool:
    if "non " not in sentence[begin:start].lower():
        return False
    m = NON_BEFORE.search(sentence, begin, min(len(sentence), start + 12))
    return m is not None and m.start() < start


# A negation that follows the verb it denies, in German, French, Dutch and Turkish ("stoppt den
# Haarausfall nicht", "ne freine pas la chute", "remt haaruitval niet", "güvenli değil"): looked
# for inside the wording and just after it. Words that are part of a claim's own wording
# ("sans danger", "keine Nebenwirkungen") are not in it.
NEGATION_AFTER = AnyCase(r"\b(nicht|pas|jamais|niet|nooit|değil|inte|ikke)\b")
# Czech writes "not" as part of the verb ("nezastavuje", "nepomáhá", "nemůže"): the verbs of the
# claims foreign_wording_more.py reads, and the helping verbs before them, with "ne" in front
# (looked for only in a sentence with letters beyond English's, as any Czech one has).
# ("nemá", has not, is left out: "nemá vedlejší účinky" is a claim of its own.)
FUSED_NEGATION = AnyCase(
    r"\bne(pomáh|pomůž|pomoh|působ|účinkuj|funguj|zabír|zastav|zpomal|omez|sniž|brzd|zabraňuj|"
    r"zabrán|předcház|stimul|podpor|povzbuz|urychl|potlač|blokuj|způsob|vyvol|léč|vylé|obnov|"
    r"dokáž|dokáz|umí|může|mohou|lze|ní\b|jsou\b)\w*"
)
# Where a clause starts: punctuation, or a word that begins a new statement. A hedge reaches
# across "and" ("may help thicken and regrow hair"); a negation does not ("no harsh chemicals
# and regrows hair").
CLAUSE_BREAK = AnyCaseMatches(
    r"[,;:!?()\[\]\u2013\u2014]|\s-\s|\b(but|while|whereas|although|though|yet|so|because|which|that)\b"
)
AND_BREAK = AnyCaseMatches(r"\b(and|plus|also)\b")
# A claim the sentence puts in someone else's mouth to reject it: "It's a myth that ...",
# "Anyone who tells you ... is wrong", "Don't believe ads that say ...".
DISCLAIMED_BEFORE = re.compile(
    r"^\W*((it'?s|it is|that'?s) (a )?(myth|lie|not true|untrue|false)|"
    r"(don'?t|do not|never) (believe|trust|fall for)|"
    r"(contrary to|despite) (what|popular|the)\b[^,]{0,30},)",
    re.I,
)
# A claim others make, set aside before the writer's own word: "Despite claims that rice water
# strengthens hair, there is no evidence ...", "In spite of rumours that ...".
DISCLAIMED_LEAD = re.compile(
    r"^\W*(despite|in spite of|contrary to) (the |all the |many |some |popular |online )?(claims?|"
    r"rumou?rs?|promises?|reports?|assertions?) that\b[^,;.]{0,80}[,;]",
    re.I,
)
DISCLAIMER_FRAME = re.compile(
    r"^\W*(anyone|anybody|whoever|those|people|sites?|ads?|adverts?|companies|brands|sellers|"
    r"clinics|influencers)\b[^.]{0,20}?\b(who|that)\s+(tells?|says?|claims?|promises?|insists?)\b",
    re.I,
)
DISCLAIMER_END = re.compile(
    r"\b(is|are)\s+(wrong|lying|mistaken|misinformed|misleading you|not telling the truth)\W*$",
    re.I,
)


# A claim reported and then rebutted in the same sentence: "someone claimed it is FDA-approved,
# but it isn't", "my cousin swears biotin regrows hair, which is a myth". The rebuttal is short
# and ends its clause, so "but it doesn't work for women" (a claim of its own) is not one.
REPORTED = re.compile(
    r"\b(claim(s|ed|ing)?|says?|saying|said|told (me|us|her|him|them|everyone)|swears?|swearing|swore|"
    r"insist(s|ed|ing)?|reckons?|posted|wrote|promis(es|ed|ing)|advertis(es|ed|ing)|believes?|believed|"
    r"heard|read)\b( that)?",
    re.I,
)
REBUTTED = re.compile(
    r"[,;]?\s*\b(but|which|yet|and)\s+(it|that|this|they|he|she|which)?\s*"
    r"((is|are|was|were)n't|(is|are|was|were) not|(does|do|did|ca|wo|has|have)n't|(does|do|did) not|"
    r"(is|was|'s) (just |simply |completely |totally )?(false|wrong|a myth|not true|untrue|nonsense|a lie|"
    r"misleading|rubbish))( (true|so|the case|right|correct|at all))?\s*(?=[;,.!:)\u2014]|$)",
    re.I,
)
# The rebuttal's own words ("isn't", "a myth"): most sentences hold none and skip the search,
# which would otherwise try its optional opening at every position.
REBUTTAL_WORDS = Needs(REBUTTED.pattern)


def _disclaimed_span(sentence: str) -> tuple[int, int]:
    """Where the claims the sentence says are wrong begin and end; empty when there are none."""
    before = DISCLAIMED_BEFORE.match(sentence)
    if before:
        return before.end(), len(sentence) + 1
    lead = DISCLAIMED_LEAD.match(sentence)
    if lead:
        return 0, lead.end()
    frame = DISCLAIMER_FRAME.match(sentence)
    if frame and DISCLAIMER_END.search(sentence):
        return frame.end(), len(sentence) + 1
    rebuttal = REBUTTED.search(sentence) if REBUTTAL_WORDS.met(sentence) else None
    if rebuttal:
        reported = REPORTED.search(sentence, 0, rebuttal.start())
        if reported:
            return reported.end(), rebuttal.start()
    return len(sentence) + 1, len(sentence) + 1


# (and "wenn", "falls", "indien", "eğer": if, in German, Dutch and Turkish)
CONDITIONAL = re.compile(
    r"\W*(if|unless|whether|wenn|falls|sofern|indien|eğer)\b", re.I
)  # used with .match(pos)
# A negation that reaches across "that": "not that it works as well as minoxidil", "there is
# no evidence that it regrows hair", "no randomised trials have shown that it helps", "doesn't
# mean that it is safe".
NOT_THAT = re.compile(
    r"\b(not|(no|little|limited|insufficient|scant|weak) (good |real |reliable |strong |solid |clear |"
    r"convincing |scientific )?(evidence|proof|sign|data)( to (suggest|show|support|prove))?|"
    r"no ((large|good|proper|published|randomi[sz]ed|controlled|placebo-controlled|clinical|human|"
    r"scientific|quality|high-quality)[ -])*(trials?|studies|research)( (to|that) (suggest|show|support|"
    r"prove)s?| (have |has )?(shown|proven|proved|showing|proving|suggesting|show|prove))?|"
    r"(n't|not) (mean|prove|show|guarantee)s?)\s+that$",
    re.I,
)


# A denial of evidence in German, French, Spanish, Italian and Portuguese: "no hay evidencia
# científica de que ...", "aucune étude n'a prouvé que ..." (foreign_facts.py)
FOREIGN_EVIDENCE_DENIES = AnyCase(rf"(?:{EVIDENCE_LACKING})[^.;]{{0,80}}$")
# A "must not" inside a warning's wording: "las embarazadas no deben usar"
FOREIGN_MUST_NOT = AnyCase(MUST_NOT)
# the words one of which each of the two needs, looked for once a sentence (English text
# holds none of them, so it pays one automaton pass)
FOREIGN_DENIAL_WORDS = Needs(f"(?:{EVIDENCE_LACKING})|(?:{MUST_NOT})")


@lru_cache(maxsize=64)
def _foreign_denial_words(sentence: str) -> bool:
    return FOREIGN_DENIAL_WORDS.met(sentence)


# A hedged denial that reaches past the few words a plain negation may stand before the claim:
# "current evidence does not support their effectiveness in restoring hair" (and "there isn't
# enough evidence to rate it": evidence_denial.DENIED_JUST_BEFORE).
EVIDENCE_DENIES = re.compile(
    r"\b(evidence|data|research|studies|trials)\b[^.;,]{0,20}?\b(does not|doesn't|do not|don't|did not|"
    r"didn't|fails? to|failed to) (support|show|back( up)?|prove|confirm)\b[^.;,]{0,45}$",
    re.I,
)


@lru_cache(maxsize=64)
def _breaks(sentence: str) -> tuple[list[int], list[int], tuple[int, int]]:
    """Ends of every clause break, and of every "and", in the sentence, and where the claims
    it says are wrong begin and end."""
    return (
        [m.end() for m in CLAUSE_BREAK.finditer(sentence)],
        [m.end() for m in AND_BREAK.finditer(sentence)],
        _disclaimed_span(sentence),
    )


def clause_start(sentence: str, start: int, at_and: bool = False) -> int:
    """Where the clause holding position `start` begins."""
    breaks, ands, _ = _breaks(sentence)
    i = bisect_right(breaks, start)
    last = breaks[i - 1] if i else 0
    if at_and:
        j = bisect_right(ands, start)
        if j and ands[j - 1] > last:
            last = ands[j - 1]
    return last


# A denial that trails the clause it denies: "... whether it grows hair, which of course it
# doesn't", "claimed to stop shedding, which they do not": a relative clause that only negates.
TRAILING_DENIAL = re.compile(
    r"[^,.;]{0,20}, which (of course |obviously |clearly |sadly )?(it|they|this|that|he|she) "
    r"(of course |obviously |clearly |certainly )?(doesn't|does not|don't|do not|didn't|did not|can't|cannot|won't|will not|isn't|is not|"
    r"aren't|are not)\W*$",
    re.I,
)
# A claim the writer passes on from its seller, or reports: "according to the company's
# website", "Theradome, reportedly, has ...": hedged wherever it stands in the sentence.
SELLER_SAYS = re.compile(
    r"\baccording to (the |its |their )?(company|maker|manufacturer|brand|seller)s?('s?)?\b|"
    r"\breportedly\b",
    re.I,
)
UNTIL = re.compile(r"until\b", re.I)  # used with .match(pos), at the claim's own wording
# An exception inside the claim's own wording: "no evidence it helps unless you are deficient"
# denies the help in general and affirms it under the exception, which is the claim.
EXCEPTED = re.compile(r"\b(unless|except (when|if|in|for)|only (if|when))\b", re.I)


# A fact told as a question, which asserts it: "Did you know that it affects one in three?"
TOLD_AS_QUESTION = re.compile(
    r"^\W*(did|do) you (know|reali[sz]e)\b(?! (whether|if|how|what|why|when|which|who|where)\b)",
    re.I,
)


def _across_that(sentence: str, begin: int) -> int:
    """Where a clause begins, read back past a "that" it opens with: "little research to show
    that it works" denies what follows "that"."""
    if sentence[max(0, begin - 4) : begin].lower() == "that":
        return clause_start(sentence, begin - 5)
    return begin


@dataclass(frozen=True, slots=True)
class Reading:
    asserted: bool
    negated: bool
    hedged: bool


def _word_end(sentence: str, at: int) -> int:
    """`at`, or the end of the word it cuts: re takes a search's end as the text's end, where \\b
    matches, so a window cut inside "integrity" would find Swedish "inte" ("not")."""
    while at < len(sentence) and sentence[at].isalnum():
        at += 1
    return at


def read(sentence: str, start: int, end: int) -> Reading:
    """How the sentence puts the claim worded at [start, end).

    Not asserted: a question, or wording inside an if/unless clause that the sentence goes on
    after ("if a laser is designed for hair growth, ..."), unless the wording runs on past it. Negated: a negation word in the few
    words before the wording, in its clause and after any "and". Hedged: a hedge word in its
    clause, before or inside the wording ("may help thicken and regrow").
    """
    breaks, ands, (disclaimed_from, disclaimed_to) = _breaks(sentence)
    i = bisect_right(breaks, start)
    begin = breaks[i - 1] if i else 0
    # wording that runs on from the if-clause into the main clause ("if you stop taking it, you
    # keep the hair you regrew") asserts what follows the condition
    asked = sentence.rstrip().endswith("?") and not TOLD_AS_QUESTION.match(sentence)
    # wording that holds the condition itself ("if you're deficient you may have some hair
    # loss") says what follows from it: the whole conditional is the claim
    asserted = not asked and (
        (condition := CONDITIONAL.match(sentence, begin)) is None
        or i == len(breaks)
        or end > breaks[i]
        or start < condition.end()
    )
    j = bisect_right(ands, start)
    negation_begin = max(ands[j - 1] if j and ands[j - 1] > begin else begin, start - 30)
    # "It's a myth that biotin regrows hair": the claim is denied; denied twice, asserted
    clause_end = breaks[i] if i < len(breaks) else len(sentence)
    negated = bool(
        NEGATION.found(sentence, negation_begin, start)
        or _non_before(sentence, negation_begin, start)
        or NEGATION_AFTER.found(sentence, start, _word_end(sentence, min(clause_end, end + 25)))
        or (not sentence.isascii() and FUSED_NEGATION.found(sentence, negation_begin, end))
        or (begin and NOT_THAT.search(sentence, max(0, begin - 70), begin))
        or EVIDENCE_DENIES.search(sentence, begin, start)
        or (
            _foreign_denial_words(sentence)
            and (
                FOREIGN_EVIDENCE_DENIES.found(sentence, begin, start)
                or FOREIGN_MUST_NOT.found(sentence, start, end)
            )
        )
        or DENIED_JUST_BEFORE.found(sentence, _across_that(sentence, begin), start)
    ) != (disclaimed_from <= start < disclaimed_to)
    # the writer's own denial after a claim reported ("they say it regrows hair, which it doesn't")
    negated = negated or bool(", which" in sentence and TRAILING_DENIAL.match(sentence, end))
    # "results won't be seen until 3 weeks" says when they come, not that they never do
    negated = negated and not UNTIL.match(sentence, start)
    negated = negated and not EXCEPTED.search(sentence, start, end)
    hedged = HEDGES.found(sentence, begin, end) or bool(
        ("ccording to" in sentence or "eportedly" in sentence) and SELLER_SAYS.search(sentence)
    )
    return Reading(asserted, negated, hedged)
