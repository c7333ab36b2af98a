"""The wording of claims about who can use a treatment: in pregnancy, in a group, by everyone.

Wording only, like patterns.py, which registers these lists under their kinds.
"""

from __future__ import annotations

from anagen.claims.words import HAIR_LOSS

_SEXES = r"(women|men|frauen|männer[n]?|mujeres|hombres|femmes|hommes)"
UNSUITED = (
    rf"\b(unsuitable|unsuited|not suitable|not suited) (for|to) (use (by|in) )?(\w+ )?{_SEXES}\b|"
    rf"\b(ungeeignet|nicht geeignet) für (\w+ )?{_SEXES}\b|\bfür {_SEXES}\b( \w+)?( nicht geeignet| ungeeignet)\b|"
    rf"\bno (es |son |está |están )?(aptos?|aptas?|adecuad[oa]s?|indicad[oa]s?) para (las |los )?{_SEXES}\b|"
    rf"\b(déconseillée?s?|ne convien(nen)?t pas|pas adaptée?s?|inadaptée?s?) (aux|pour les) {_SEXES}\b"
)
# A ban: "should steer clear of", "you're not allowed to take" (the negation is part of it).
BAN = (
    r"\b(should|must|need to|needs to|had better|ought to) (\w+ )?(steer clear of|stay away from|avoid|"
    r"not (take|use)|never (take|use))\b|\b(not allowed to|forbidden to|banned from) (take|use)\b"
    # said unfit for a group: "unsuitable for women", and in German, Spanish and French ("für
    # Frauen ungeeignet", "no apto para mujeres", "déconseillé aux femmes")
    rf"|{UNSUITED}"
)

# Planning a pregnancy in its everyday wordings: "while you try for a baby", "planning a family"
TRYING = (
    r"(tr(y|ying|ies) (for a (baby|family)|to (conceive|get pregnant|have a baby))|"
    r"plan(ning|s)? (a|your|for a) (pregnancy|family|baby)|want(ing|s)? to (conceive|get pregnant))"
)

SAFE_IN_PREGNANCY = [
    # in Spanish: "apto para embarazadas", "seguro durante el embarazo y la lactancia"
    r"\b(apto|apta|aptos|aptas|seguro|segura|seguros|seguras)\b[^.]{0,25}\b(embarazadas?|embarazo|"
    r"lactancia|lactando|lactantes)\b",
    rf"\bsafe\b[^.]{{0,40}}\b(pregnan\w*|breast-?feeding|nursing|conceiv\w*|{TRYING})\b",
    r"\bsafe for (pregnant|breast-?feeding|nursing) (women|mothers|mums|moms)\b",
    # "safe for women, even if you're trying to get pregnant"
    r"\b(safe|fine|okay|ok)\b[^.]{0,60}\beven (if|when|while) (you'?re|you are|she'?s|she is|they'?re) "
    r"(pregnant|expecting|nursing|breast-?feeding|planning a pregnancy|trying (to get pregnant|to conceive|for a baby))\b",
    r"\b(pregnant|expectant|expecting|nursing|breast-?feeding) (women|mothers|mums|moms|ladies)\b[^.]{0,20}\b(can|may)\b (safely )?(take|use|try|handle|touch)\b",
    r"\b(needs?|requires?) no (doctor'?s? |medical |GP'?s? |pharmacist'?s? )?(advice|approval|sign-off|say-so|check)\b[^.]{0,30}\b(pregnan\w*|breast-?feeding|nursing)",
    r"\bsafe\b[^.]{0,40}\b(expect(ing|ant) (mothers|mums|moms)|mums?-to-be|moms?-to-be)\b",
    r"\b(safe|gentle|fine|okay|ok)\b[^.]{0,30}\b(through|during|throughout|in) (your |a )?pregnan\w*",
    rf"\b(safe|gentle|fine|okay|ok)\b[^.]{{0,30}}\b(while|whilst|when|if)( you'?re| you are| you)? (pregnant|nursing|breast-?feeding|expecting|{TRYING})\b",
    r"\b(fine|safe|okay|ok)\b[^.]{0,30}\b(keep|continue|carry on|go on) (breast-?feeding|nursing)\b",
    r"\b(fine|safe|okay|ok)\b[^.]{0,20}\b(get|getting|become|becoming) pregnant\b",
    # "she can take the same tablets while she is pregnant": use in pregnancy offered as fine
    r"\b(can|may|could)( safely| still| also)? (take|use|keep (taking|using)|carry on (taking|using))\b"
    r"[^.]{0,40}\b(while|when|during)\b( (she|you) (is|are|'re|'s))?[^.]{0,10}\b(pregnan\w*|expecting|breast-?feeding|nursing)\b",
    r"(?<=\bnot )something to (take|use)\b[^.]{0,20}\b(pregnan\w*|breast-?feeding|nursing)",
    r"\bno need to stop\b[^.]{0,30}\b(pregnan\w*|breast-?feeding|nursing)|\b(don'?t|do not|won'?t) (need|have) to stop\b[^.]{0,30}\b(pregnan\w*|breast-?feeding|nursing)",
    # a warning against use: the claim's wording starts after the negation, which makes
    # it a denial that the medicine is safe then
    rf"(?:(?<=\bdon't )|(?<=\bdont )|(?<=\bdo not )|(?<=\bnever )|(?<=\bmust not )|(?<=\bshould not )|(?<=\bshouldn't ))(be )?(take|taken|taking|use|used|using|continued|continuing|applied|applying)\b[^.]{{0,30}}\b(pregnan\w*|{TRYING}|breast-?feeding|nursing)\b",
    # a warning: wording after "should not" (a denial that it is safe), or "should stop it
    # first" and "wait ... before trying for a baby" (read as one by rule_pregnancy)
    r"(?:(?<=\bshouldn't )|(?<=\bshould not )|(?<=\bmust not )|(?<=\bmustn't )|(?<=\bnever ))(even |ever )?(handle|touch|be handled|be touched|father a child|father children)\b",
    rf"\b(should|must|need to|needs to|have to|has to|ought to) (\w+ )?(stop|avoid|come off|quit)\b(?=[^.]{{0,60}}\b(pregnan\w*|conceiv\w*|{TRYING}|breast-?feeding|nursing|unborn|bab(y|ies))\b)",
    rf"\b(pregnan\w*|conceiv\w*|{TRYING}|breast-?feeding|nursing)\b[^.]{{0,30}}\b(should|must|need to|needs to|have to|has to) (\w+ )?(stop|avoid|come off|quit)\b",
    rf"\bwait\b[^.]{{0,50}}\bbefore ({TRYING}|conceiving|getting pregnant|fathering)\b",
    # a warning of harm: "may be harmful if used while pregnant" (read as one by rule_pregnancy)
    r"\b(harmful|unsafe|dangerous|risky|(may|can|could|might) harm)\b[^.]{0,25}\b(if|when|while|during|in)\b"
    r"[^.]{0,20}\b(pregnan\w*|breast-?feeding|nursing)\b",
    # "should not become pregnant for a month after the last dose": a wait, read as one
    r"\b(should|must|need to|needs to|ought to) (not|avoid) (become|becoming|get|getting|fall|falling) pregnant\b",
    # an advice page's caution, the wording after the negation (a denial that it is advised
    # then): "is generally not recommended during pregnancy", "not advised while breastfeeding"
    rf"(?:(?<=\bnot )|(?<=\bnever ))(recommended|advised|advisable)\b[^.]{{0,30}}\b(pregnan\w*|{TRYING}|breast-?feeding|nursing)\b",
    # advice against it, or use only when worth the risk (read as a warning by rule_pregnancy):
    # "doctors advise against minoxidil use during pregnancy", "to be used during pregnancy
    # only if the benefit outweighs the risk"
    rf"\b(advis(e|es|ed|ing)|recommend(s|ed|ing)?|warn(s|ed|ing)?|caution(s|ed|ing)?) against\b[^.]{{0,40}}\b(pregnan\w*|{TRYING}|breast-?feeding|nursing)\b",
    r"\b(during|in|throughout) pregnancy only (if|when)\b",
    # its use then said to be fine: "considered compatible with breastfeeding"
    r"\bcompatible with (breast-?feeding|nursing|pregnancy)\b",
]

# The young, named as a group: "teenagers", "young children", "under-18s"
YOUNG = r"(very )?(young )?(teens|teenagers|adolescents|children|kids|toddlers|babies|infants|under[- ]18s)\b"

SAFE_FOR_GROUP = [
    # "safe for women", and a translated ad's singular: "safe also for woman to take"
    # (and for its use in them: "safe enough for off-label use in children")
    r"\bsafe\b[^.]{0,30}\bfor (([\w-]+ )?use (in|by) )?(men|women|(a )?(man|woman)\b(?! who\b)|children|kids|teens|teenagers|adolescents|everyone|all ages|people with)\b",
    r"\bsafe\b[^.]{0,30}\b(men|women) too\b",
    r"\b(women|men|children|kids|teens|teenagers)\b[^.]{0,20}\b(can|may)\b[^.]{0,10}\b(use|take)\b[^.]{0,30}\bsafely\b",
    r"\b(guys|men|ladies|women|teens|teenagers|kids|children)\b (can|may|should) (safely )?(use|take|try)\b",
    r"\b(kids|children|teens|teenagers|patients|people|users|anyone) as young as \d+\b",
    r"\b(prescribe|prescribes|give|gives|offer|offers)\b[^.]{0,40}\bfor (teens|teenagers|children|kids|under[- ]18s?|adolescents)\b",
    r"\b(good|great|ideal|suitable|safe|right) (option|choice|treatment|pick)s? for (teens|teenagers|adolescents|children|kids|young people|men|women)\b",
    r"\b(fine|ok|okay|suitable)\b[^.]{0,15}\bfor (guys|men|women|ladies|teens|teenagers|kids|children|adolescents)\b",
    r"(?:(?<=\bshouldn't )|(?<=\bshould not )|(?<=\bmust not )|(?<=\bcannot )|(?<=\bcan't ))be (taken|used) by (women|men|children|kids|teens|teenagers|anyone under)",
    r"\b(can|may) (take|use) (it |them )?from (the )?(age (of )?)?\d+\b",
    r"\b(fine|ok|okay|suitable|safe|good)\b[^.]{0,15}\bfor (a |an )?\d+[- ]year[- ]olds?\b",
    # a restriction: "for adults only" (read as one by rule_safe_for_group)
    r"\b(labell?ed|licensed|approved|meant|intended|sold|only) for adults( only)?\b|\badults only\b",
    # a ban on a group: "anyone with a heart condition should steer clear of it", "you're not
    # allowed to take it" (read as a restriction by rule_safe_for_group)
    rf"{BAN}",
    r"\b(good|great|ideal|suitable|right)\b[^.]{0,25}\b(option|choice|treatment|pick|pill|tablet|medicine|"
    r"drug)s? for (\w+ )?(men|women|guys|ladies|teens|teenagers|children|kids)\b",
    # a fit claimed for the young, who are seldom in trials: "perfect for teenagers who are
    # starting to thin", "a painless option even for young children", "gentle enough for kids"
    rf"\b(perfect|ideal|great|made|designed|gentle enough|mild enough|safe enough)\b[^.]{{0,15}}\bfor {YOUNG}",
    rf"\b(option|choice|treatment|pick|solution)s?\b[^.]{{0,10}}\beven for {YOUNG}",
]

# everyone, in so many words, as a result is promised to them
EVERYONE = (
    r"(everyone|everybody|every (single )?(one|user|person|patient|man|woman|client|customer|head|child|kid)|"
    r"any (user|person|patient|man|woman|child|kid|teen|teenager|age|one)|"
    r"all (users|people|patients|men|women|clients|customers))\b"
)

# A result promised at every stage of the loss, however far it has gone: "works at every stage
# of hair loss, even on a shiny bald scalp" (suitability.RESULT_FOR_ALL grades it)
EVERY_STAGE = (
    r"\b(works?|effective|helps?)\b[^.;]{0,15}\b(at|for|in|on) (every|all|any) (single )?stages?\b"
)
# A result promised at every age: "men of all ages will notice the difference" (suitability.
# RESULT_FOR_ALL grades it), not a study's range ("studied in men of all ages")
EVERY_AGE = (
    r"\b(men|women|people|users|patients|adults|everyone|anyone) (of )?(all|any|every) ages?\b[^.;]{0,20}?"
    r"\b(will|can|could|would|do|all) (notice|see|get|experience|enjoy|benefit|regrow|grow)\b"
)
# many kinds of something, short of all of them
MANY_KINDS = (
    r"(many|various|numerous|several|different|a (wide )?(range|variety) of|lots of) (different )?"
    r"(types?|kinds?|forms?|causes?)"
)
SUITS_EVERYONE = [
    r"\bworks? (on|for) (everyone|everybody|all (people|users|skin types|hair types))\b",
    r"\b(suitable|safe|works?|good|ideal|made)\b[^.]{0,15}\bfor (all|every|any) (skin|hair|scalp) (types?|colou?rs?|tones?)\b",
    r"\b(covers?|covering|suits?|fits?|cleared for|approved for)\b[^.]{0,10}\b(all|every|any) (skin|hair|scalp) (types?|colou?rs?|tones?)\b",
    rf"\b(every|all|any) (single )?(types?|kinds?|forms?|causes?) of {HAIR_LOSS}",
    # many kinds, short of all: "can help people with many different types of hair loss"
    rf"\b(help\w*|treat\w*|works?|effective|used|useful|suit\w*|appropriate|ideal|designed|formulated|"
    rf"good)\b[^.;]{{0,40}}\b{MANY_KINDS} of {HAIR_LOSS}",
    # "the perfect solution for everybody with thin hair"
    r"\b(solution|answer|fix|treatment|option|choice)\b[^.]{0,10}\bfor (everyone|everybody|anyone|anybody|all)\b",
    # a result promised to everyone: "fixes thinning in everyone", "helps every single user"
    rf"\b(fix(es|ed)?|cures?|cured|stops?|stopped|helps?|helped|regrows?|regrew|reverses?|reversed|solves?|"
    rf"solved|thickens?|thickened)\b[^.]{{0,40}}\b(in|for|on) {EVERYONE}",
    EVERY_STAGE,
    EVERY_AGE,
    # "Anyone experiencing mild to moderate hair loss can benefit from PRP treatments"
    r"\b(anyone|anybody|everyone|everybody)\b (experiencing|with|suffering|who (has|have|is|are)|dealing with|"
    r"struggling with|facing)\b[^.;]{0,40}\b(hair|thinning|balding|bald|shedding|alopecia)\w*\b[^.;]{0,20}?"
    r"\b(can|will|could|would) (benefit|be helped|be treated|be a (good )?candidate)\b",
    # "suitable for everyone over 18 with hair loss", "the right choice for anybody losing hair"
    # (said of hair loss: "suitable for anyone wanting a second opinion" is no such claim)
    # "accessible to everyone, both men and women, at any stage of baldness"
    r"\b((suitable|right|ideal|perfect|suits?) (choice |option |treatment )?for|(accessible|"
    r"appropriate) (to|for)) (everyone|everybody|anyone|anybody)\b[^.;]{0,50}\b(hair|thinning|"
    r"balding|bald|baldness|shedding|whatever the cause)\b",
    # fit for the loss however far it has gone: "suitable for every stage of hair loss" (a
    # result promised at every stage is EVERY_STAGE)
    rf"\b(suitable|accessible|available|appropriate|ideal|designed|right)\b[^.;]{{0,50}}\b(at|for|in) "
    rf"(every|all|any|various|different) (single )?stages? of ({HAIR_LOSS}|baldness|balding|thinning)",
    # a test result waved aside: "should take iron whether or not her ferritin is low"
    r"\b(whether or not|regardless of whether|no matter whether)\b[^.]{0,30}\b(low|deficien\w*|normal)\b",
    # "whatever their blood results say", "regardless of your ferritin levels"
    r"\b(whatever|regardless of|no matter what|irrespective of) (their|your|her|his|the|any) (blood|ferritin|"
    r"iron|vitamin d|thyroid|lab)( test)? ?(results?|levels?|tests?|numbers)\b",
]


# A main clause that turns someone away, after a clause naming who ("If there's any chance you
# could get pregnant, spironolactone isn't for you"): the wording starts after the negation, so
# it reads as a denial that the medicine suits them. Only a claim in a sentence that names the
# state (PREGNANCY_NAMED, NOT_ITS_KIND_NAMED: registered in patterns.CONDITIONED).
FOR_SOMEONE = (
    r"((the|a|an) ([\w-]+ ){0,2})?for (you|her|them|women|mothers|mums|moms|(this|that|such) "
    r"(hair loss|shedding|thinning))\b"
)
NOT_FOR_YOU = (
    r"(?:(?<=\bisn't )|(?<=\bis not )|(?<=\baren't )|(?<=\bare not )|(?<=\bnot ))" + FOR_SOMEONE
)
# "women who are pregnant cannot take this medication": a main clause that forbids it, in a
# sentence naming the state (registered in patterns.CONDITIONED); the wording starts after the
# negation, so it reads as a denial that it is safe then
CANNOT_TAKE = (
    r"(?:(?<=\bcannot )|(?<=\bcan't )|(?<=\bcan not )|(?<=\bmust not )|(?<=\bmustn't )|"
    r"(?<=\bshould not )|(?<=\bshouldn't )|(?<=\bmay not ))(be )?(take|taken|taking|use|used|using|continued|"
    r"continuing)\b(?! (care|place|part)\b)"
)
PREGNANCY_NAMED = rf"\b(pregnan\w*|conceiv\w*|{TRYING}|breast-?feeding|nursing)\b"
# Hair loss a treatment's record sends to a doctor first, as not the kind it treats ("if your
# shedding began after having a baby, this isn't the product for you"): (the claim's words, the
# record's words); usage.py reads them, NOT_FOR_YOU gives the wording.
NOT_ITS_KIND = [
    (
        r"\b(after|since|following) (having (a|the|your|her) baby|(giving )?birth|childbirth|"
        r"delivery|pregnancy)\b|\bpost-?partum\b|\bnew (mums?|moms?|mothers?)\b",
        r"\b(childbirth|giving birth|post-?partum)\b",
    ),
    (r"\b(sudden(ly)?|overnight)\b", r"\bsudden\b"),
    (r"\b(patchy|patches|round bald spots?)\b", r"\bpatchy\b"),
]
NOT_ITS_KIND_NAMED = "|".join(f"(?:{said})" for said, _ in NOT_ITS_KIND)
