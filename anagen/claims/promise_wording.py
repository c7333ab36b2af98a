"""The wording of promises about results: guaranteed, a cure, lasting after stopping, or
needing ongoing use.

Wording only, like patterns.py, which registers these lists under their kinds.
"""

from __future__ import annotations

from anagen.claims.words import HAIR_LOSS

# "You won't need finasteride afterwards" (the negation is part of it: no medicine after).
NO_MEDICINE_AFTER = (
    r"\b(won'?t|will not|don'?t|do not|never|no longer) (ever )?(need|have) (to take |to use )?"
    r"([\w-]+ ){0,4}(afterwards|again|after (the |your )?(surgery|procedure|transplant|operation))\b"
)

# Hair loss said to be over for good: "you will never have to worry about hair loss again",
# "you'll never go bald again" (of all the hair, not only what a treatment regrew or moved).
NO_MORE_LOSS = (
    rf"\bnever\b[^.;]{{0,40}}({HAIR_LOSS}|\bbald\w*|\b(lose|losing) (your |my |their |any )?hair)"
    r"[^.;]{0,15}\bagain\b|"
    # "hair loss after transplantation is nearly impossible"
    rf"{HAIR_LOSS}[^.;]{{0,12}}\b(after|following|post)[- ](a |the |your )?(hair )?(transplant\w*|surgery|"
    r"procedure|restoration|operation) (is|becomes) (nearly |almost |virtually |practically )?impossible\b"
)
# Hairs said never to be lost: "the transplanted hair will never fall out", "grafts won't ever
# shed" (lasting.py holds it to what the record says of moved hair)
NEVER_LOST = (
    r"\b(hairs?|grafts?)\b[^.;]{0,30}\b((will|would|should|does|do|can) )?(never|not ever|"
    r"won'?t ever|will not ever) (fall out|shed|be lost|thin out|drop out)\b"
)

# A single procedure said to be enough for good (lasting.py checks it against the record).
ONE_SESSION_ENOUGH = (
    r"\b(one|a single|just one|only one) ([\w-]+ )?(session|procedure|surgery|transplant|operation)\b "
    r"(is|was) (all (you|you'll|you will|anyone|most people|it takes)|(enough|it) (for (life|good)|forever))\b|"
    r"\bonly (ever )?need (one|a single) "
    r"(session|procedure|surgery|transplant|operation)\b"
)

GUARANTEED_RESULTS = [
    r"\bguarantee",
    r"\b(100|hundred)\s*% (effective|results|success)\b",
    r"\bworks? for (everyone|everybody|anyone)\b",
    r"\b(in|for) (every|each) (single )?(patient|user|man|woman|person|customer|case|client)\b",
    r"\b(in|for) all (patients|users|men|women|people|customers|cases|clients)\b",
    r"\bno matter (how bald|how much hair|the cause|your age)\b",
]

_NOT = ("won't", "will not", "does not", "doesn't", "cannot", "can't", "do not", "don't")
_ALONE = ("alone", "on their own", "on its own", "by themselves", "by itself")
_ALONE_NOT = "|".join(
    verb + "(?:" + "|".join(f"(?<={a} {n} {verb})" for a in _ALONE for n in _NOT) + ")"
    for verb in ("clear", "cure", "get rid of")
)

CURES_BALDNESS = [
    # the condition by name or its short name: "basically cure FFA", "cures telogen effluvium"
    r"\bcures?\b[^.]{0,40}\b(baldness|hair loss|alopecia|ringworm|tinea|effluvium|lichen planopilaris|"
    r"FFA|LPP|AGA|FPHL|CCCA|DLE)\b",
    r"\bthe cure for\b",
    # an infection said to be treated by it: "ketoconazole can also treat tinea capitis", "a
    # natural remedy for ringworm of the scalp" (not "doctors treat it with tablets": what it
    # is treated with is named after)
    r"\b(treats?|treated|treating|remed(y|ies) (for|against))\b[^.;]{0,40}\b(tinea capitis|scalp ringworm|"
    r"ringworm of the scalp)\b"
    r"(?! (with|using|by)\b)",
    # "the pills amount to a cure for the condition", "nothing short of a cure"
    r"\b(amounts? to|amounting to|adds? up to|tantamount to|nothing short of|nothing less than) "
    r"(a|an|the) ((real|true|total|complete|genuine|miracle|actual|permanent|lasting|virtual) )?cure\b",
    # "it's a cure", "basically a miracle cure": about the hair loss the text is about
    r"\b(it'?s|is|was|are|were|as|like) (basically |literally |honestly |truly )?(a|an|the) "
    r"((real|true|total|complete|genuine|miracle|actual|permanent|lasting) )?cure\b(?! for\b)",
    # not "ringworm cannot be cured by a cream alone", a denial (the passive wording below)
    r"\b(baldness|hair loss|alopecia( areata)?|ringworm|tinea)\b[^.]{0,30}(?<!\bcannot )(?<!\bcan't )(?<!\bnot )"
    r"(?<!\bnever )(?<!\bwon't )\b(can|will|is|be) (be |now be )?(cured|curable)\b",
    r"\b(cured|curable)\b[^.]{0,15}\b(baldness|hair loss|alopecia|ringworm|tinea)\b",
    r"\bclear (patchy )?alopecia\b",
    r"\bpermanent(ly)?\b[^.]{0,25}\b(results|regrowth|cure|solution)\b",
    r"\bend (baldness|hair loss) (for good|forever)\b",
    rf"\b(revers|end|stop|eliminat|banish|beat|defeat|solv)\w*\b[^.]{{0,10}}\b{HAIR_LOSS}[^.]{{0,15}}\b(permanently|for good|forever|once and for all)\b",
    r"\bpermanently\b[^.]{0,10}\b(revers|end|stop|eliminat|restor|regrow|solv)\w*",
    r"\bcures?\b(?= (it|this|that)\b)",
    r"\b(results|regrowth|gains?|new hair)\b[^.]{0,15}\b(are|is|will be|stays?|remains?) permanent\b",
    r"\b(clears?|eliminates?|kills?|gets? rid of|eradicates?)\b[^.]{0,20}\b(ringworm|tinea|fung\w*)\b",
    # the infection named before: "will clear the infection on its own"
    r"\b(clears?|eliminates?|gets? rid of|eradicates?) (up )?(the|an|your|this|that) (scalp )?infection\b",
    # the infection named earlier: "shampoo alone will not clear it" (the verb first, so the
    # look-behinds run only where it is)
    rf"\b(?:{_ALONE_NOT}) (it|the infection)\b",
    # the passive: "ringworm can't be cleared with a shampoo alone" (the wording starts after
    # the negation, so it reads as a denial; cure_denied checks the form against the record)
    r"(?:(?<=\bcan't be )|(?<=\bcannot be )|(?<=\bwon't be )|(?<=\bwill not be )|(?<=\bisn't ))"
    r"(cured|cleared|got rid of|gotten rid of)\b(?=[^.;]{0,40}\b(alone|on (its|their) own|by itself)\b)",
    # one form said to have done it: "healed after eight weeks of the shampoo alone"
    r"\b(healed|cleared( up)?|cured|gone)\b[^.;]{0,50}\b(shampoos?|creams?|lotions?|ointments?|sprays?|"
    r"foams?|gels?) alone\b",
]

LASTING_RESULTS = [
    r"\b(keep|kept|maintain|hold on to|retain)\w*\b[^.]{0,40}\b(even )?after (you )?(stop|quit|finish|end)\w*",
    r"\bno need to (keep|continue) (using|taking|applying)\b",
    r"\byours to keep\b|\b(keep|stay|remain)s?\b[^.]{0,30}\beven (if|when|after) (you )?(stop|quit|give up)\w*",
    r"\bkeeps? growing\b[^.]{0,20}\b(for years|for life|forever|permanently)\b",
    r"\b(native|remaining|surrounding|existing|rest of (your|the)) hair\b[^.]{0,40}\b(protected|safe from|won'?t (thin|fall|shed))",
    r"\b(protect|preserv|save|shield)\w*\b[^.]{0,15}\b(native|remaining|surrounding|existing|rest of (your|the)) hair\b",
    r"\b(protect|preserv|save|shield)\w*\b[^.]{0,15}\bhair around\b",
    # no medicine needed after a procedure: its result taken as lasting (promises.py)
    rf"{NO_MEDICINE_AFTER}",
    # "results from minoxidil are permanent": the treatment may be named between
    r"\b(hair|hairs|grafts?|results?|regrowth|gains?|hairline)\b( (from|of|with|on) [\w%.-]+( [\w%.-]+){0,2})? "
    r"(is|are|will be|stays?|remains?) (\w+ )?(permanent|lifelong)\b",
    r"\bresults (last|stay|remain)\b[^.]{0,25}\b(forever|for life|for good|after)\b",
    r"\b(results|hair|regrowth) (that )?(lasts?|stays?) (forever|for life|for good)\b",
    r"\b(hairline|hair|results?|regrowth|gains?)\b[^.]{0,15}\b(lasts?|stays?) (forever|for life|for good|a lifetime)\b",
    # "once the hair is back it stays back for good", "the hair stays put forever"
    r"\b(hairline|hair|hairs|results?|regrowth|gains?)\b[^.;]{0,25}\b(lasts?|stays?|remains?) (back|put|there|in place) "
    r"(forever|for life|for good|permanently)\b",
    r"\b(lifelong|lifetime) (results|hair|regrowth)\b",
    # a lasting result as what it gives: "the only treatment that delivers the permanent
    # result", "offers a lifelong outcome"
    r"\b(delivers?|gives?|offers?|provides?|achieves?|produces?|brings?)\b (you )?(a |the |truly |"
    r"genuinely )*(permanent|lifelong|life-long) (results?|outcomes?|regrowth)\b",
    # "transplanted hair will grow for the rest of your life"
    r"\b(grow|grows|growing|last|lasts|stay|stays|remain|remains)\b[^.;]{0,15}\bfor the rest of "
    r"(your|their|his|her|a) (life|lives|lifetime)\b",
    # "one top-up a year to keep their results for life"
    r"\b(keep|keeps|kept|keeping|maintain\w*|hold on to|retain\w*)\b[^.;]{0,25}\b(results?|hair|gains?|"
    r"regrowth|hairline)\b[^.;]{0,10}\b(for life|forever|for good|permanently|for a lifetime)\b",
    # moved hair said to grow on for good: "they will continue to grow for a lifetime",
    # "transplanted hair generally grows for life in its new location"
    r"\b(grow|grows|growing|survive|survives|surviving)\b[^.;]{0,15}\b(for (a |the |their |your )?lifetime|"
    r"for life|forever|permanently|for good)\b",
    # "these hairs are genetically programmed to be permanent", "made to last a lifetime"
    r"\b(programmed|designed|built|made|set|meant) to (be |last |stay |remain )?(permanent|forever|for life|lifelong|"
    r"a lifetime)\b",
    # a cause that makes it so: "which makes the result long-lasting, often permanent"
    r"\bmak(e|es|ing)\b (the |your |its |their |this )?(results?|hair|regrowth|outcomes?|gains?) (\w+ )?"
    r"(long[- ]lasting|permanent|lifelong)\b",
    r"\bone[- ]and[- ]done\b|\bnever need (a |another )?(second|another|more|further|repeat) (procedure|session|surgery|transplant|treatment)s?\b",
    # "one session is all you'll ever need", "you only need a single procedure"
    rf"{ONE_SESSION_ENOUGH}",
    r"\b(lasts?|stays?|remains?|persists?)\b[^.]{0,20}\bafter (you )?(stop|quit|finish)\w*",
    # "if you stop, the new hair will stay": the clause after the condition
    r"(?<=\bstop, )(the )?(new |regrown |extra )?(hair|results?|regrowth|gains?)\b[^.]{0,20}\b(will |would |should )?(stay|stays|remain|remains|last|lasts|stick around)\b",
    r"\b(stop|quit)\w*\b[^.]{0,40}\b(keep|maintain|retain)\w*\b[^.]{0,20}\b(results?|hair|gains?|gained|regrowth|regrown|progress)\b",
    # stopping named first: "even if you quit after a year your hairline stays locked in"
    r"\beven (if|when|after|though) (you )?(stop|quit|give up|come off)\w*\b[^.;]{0,50}"
    r"\b(stays?|remains?|lasts?|sticks? around|(is|are|stays?) locked in)\b",
    rf"{NO_MORE_LOSS}",
    rf"{NEVER_LOST}",
    # stopping said to be fine once it has worked: "it works, so you can stop after six months"
    r"\b(you )?(can|could|may|then) (safely |just )?(stop|quit|come off|drop)( (using|taking|applying))?"
    r"( (it|them|the \w+))? (after|once|when) (about |around |roughly )?(\d+|a|an|one|two|three|four|"
    r"five|six|nine|twelve|a few|several) (weeks?|months?|years?)\b",
    # "once it's back, it stays back": regrowth said to stay
    r"\b(it|hair|hairs|it all|results?|regrowth|hairline)('s| is| are)? (stays?|remains?|keeps?) back\b",
    # "stop the pills and the hair stays"
    r"\b(stop|quit|come off)\w*\b[^.]{0,40}\b(and|but) (the |your |my )?(new |regrown )?(hair|results?|regrowth|gains?) "
    r"(still )?(stays?|remains?|lasts?|sticks? around)\b",
]

# "stop using it", "stop the pills", but not another habit stopped: "stop eating junk food",
# "quit smoking"
NOT_OTHER_HABIT = r"(?! (?!using|taking|applying|treatment)\w+ing\b)"
NEEDS_ONGOING_USE = [
    r"\b(have|has|need|needs|must) to (keep|continue|go on) (using|taking|applying)\b",
    r"\bkeep (using|taking|applying) (it|them|\w+) to (keep|maintain)\b",
    r"\bonly (works?|lasts?) (as long as|while) you\b",
    # "effects last as long as you keep using the product", "the gains are kept for as long as
    # you continue treatment"
    r"\b(lasts?|last(ed|ing)|remains?|stays?|persists?|are kept|is kept|are maintained|is maintained)\b "
    r"(only )?(for )?(as long as|while) (you|they|people|patients|users) ((keep|continue|carry on|go on) (on )?(to )?"
    r"(using|taking|applying|use|take|apply|having|(the |your )?treatment)|stay on|are (still )?(using|taking|on))\b",
    # "it stops hair loss, but only as long as you take it"
    r"\bonly (for )?(as long as|while) (you|they|people) (keep |continue )?(to )?(use|take|apply|are (using|taking|on))\b",
    # "the effects of minoxidil are lost when you stop it"
    r"\b(results|gains?|hair|effects?|benefits?)( of [\w-]+)? (is|are|will be)? ?lost (if|when|after|once) you stop",
    r"\b(hair|gains?|results?|regrowth|growth)( (you|you've) (gained|grown|regrown|made|got))? (is|are|will be|gets?) (lost|gone|reversed)\b",
    # "the benefit fades once you stop", "if you stop, the gains disappear" (ONGOING_CONTEXT)
    r"\b(benefits?|gains?|results?|regrowth|effects?|new hair)\b[^.]{0,10}\b(fades?|fade away|"
    r"disappears?|vanish(es)?|wears? off|goes away|go away|stops|ends|ceases)\b",
    r"\b(has|have|needs?) to be (used|taken|applied) (long[- ]term|for life|indefinitely|continuously|for good)\b",
    # a label's own words: "Continued use is necessary or hair loss will begin again"
    r"\b(continued|continuous|ongoing|long[- ]term) use is (necessary|needed|required|essential|a must)\b",
    # "benefits are maintained only while it is continued", "results last only as long as you use it"
    r"\b(benefits?|gains?|results?|effects?|regrowth|improvements?)\b[^.;]{0,30}\b(only )?(maintained|kept|"
    r"sustained|preserved|retained|lasts?|persists?|continues?) only (while|as long as|for as long as)\b",
    # "stopping finasteride typically reverses gains", "discontinuing it undoes the regrowth"
    r"\b(stopping|quitting|discontinuing|discontinuation of|coming off)\b[^.;]{0,40}\b(revers(e|es|ed|ing)|"
    r"undo(es|ing)?|erases?|wipes? out)\b[^.;]{0,20}\b(gains?|results?|benefits?|regrowth|improvements?|progress)\b",
    # what is lost named after stopping: "if you stop taking it, you will lose the hair you
    # gained", "use it for life or you'll lose your results"; the gap leaves room for a clause
    # between ("once you stop taking the drugs, the hair loss will continue as it had before
    # and you may lose any new hair")
    r"\b(stop|stops|stopped|stopping|quit|quits|discontinue\w*|come off|give up|or)\b"
    + NOT_OTHER_HABIT
    + r"[^.;]{0,100}\byou('ll| will| would|"
    r"'d)? (\w+ )?(lose|shed) (the|any|all|your|all the|any of the|all of the) (new |regrown |extra )?(hair|gains?|"
    r"results?|regrowth|progress|benefits?|improvements?)\b",
    # the loss said to come back: "stop the treatment and your hair loss comes right back",
    # "once you stop, the thinning resumes", "the hair loss will continue as it had before"
    r"\b(stop|stops|stopped|stopping|quit|quits|discontinu\w*|ceas\w*|come off)\b"
    + NOT_OTHER_HABIT
    + r"[^.;]{0,60}\b(hair loss|shedding|thinning|balding|the loss)\b (will |would |may |is likely to )?"
    r"((comes?|come|coming) (right |straight |quickly )?back|resumes?|returns?|"
    # "continues" only as before: loss that goes on for a while after another drug is stopped
    # is no claim that a treatment must be kept up
    r"continues? (as (it )?(had |did |was )?(before|usual)|where it left off)|"
    r"(starts?|begins?|picks? up) (again|where it left off))\b",
    # the new hair said to fall out after stopping: "the hair you regrew will fall out once
    # you stop", "regrown hair will shed once you discontinue it"
    r"\b(hairs?|regrowth)\b[^.;]{0,30}\b(will |would |may |can )?(fall|falls|shed|sheds) ?(out)?\b[^.;]{0,10}"
    r"\b(once|when|if|after) (you )?(stop|quit|discontinu\w*|come off)\b" + NOT_OTHER_HABIT,
    # the loss said to follow stopping: "ceasing treatment will result in the eventual return
    # to your natural state of hair loss", "stopping it leads to the loss of any regrowth"
    r"\b(stop|stops|stopped|stopping|quit|quits|quitting|discontinu\w*|ceas\w*)\b"
    + NOT_OTHER_HABIT
    + r"[^.;]{0,30}\b(results? in|leads? to|led to|means|brings?( about)?|causes?) (the |a )?(\w+ )?(return|loss|"
    r"reversal|undoing)\b(?=[^.;]{0,40}\b(hair loss|hair|thinning|shedding|balding|gains?|results?|regrowth)\b)",
    r"\b(once|when|if|after) (you )?(stop|quit|discontinu\w*|come off)\w*\b"
    + NOT_OTHER_HABIT
    + r"[^.;]{0,50}\b(the |any |your )?"
    r"(new |regrown |extra )?(hairs?|regrowth)\b[^.;]{0,30}\b(will |would |may |can |is going to )?"
    r"(fall|falls|shed|sheds|disappear\w*|be lost)\b",
]
# A sentence about ongoing use names stopping, keeping on or how long: "results fade" alone,
# without "once you stop", is no claim that it must be kept up.
ONGOING_CONTEXT = (
    r"\b(stop\w*|quit\w*|ceas\w*|keep|continued?|discontinu\w*|go on|only|lost|gone|reversed|long[- ]term|for life|"
    r"indefinitely|continuous(ly)?|ongoing|maintain\w*|for good|forever|lose)\b"
)

# Evidence said to be still to come, of whether it works: "more research is needed to establish
# any benefits", "larger trials are required", "it needs further study", "the jury is still
# out" (not of its safety: "more research is needed on long-term risks" says nothing of benefit)
MORE_RESEARCH_NEEDED = (
    r"(?:\b(?:more|further|additional|larger|bigger|better|more rigorous|well-designed|high-quality|"
    r"controlled|randomi[sz]ed|human) (?:[\w-]+ ){0,2}?(?:research|studies|trials|evidence|data|"
    r"investigation|testing)\b (?:is |are )?(?:still |really |clearly |urgently )?(?:needed|required|"
    r"necessary|warranted)\b|\b(?:needs?|requires?|warrants?|calls? for|awaits?|merits?) (?:much )?"
    r"(?:more|further|additional|larger|bigger|better|more rigorous) (?:[\w-]+ ){0,2}?(?:research|study|"
    r"studies|trials|evidence|data|investigation|testing)\b|\bthe jury is (?:still )?out\b)"
    # (nor of a condition: "more research is needed into the causes of alopecia areata")
    r"(?![^.;]{0,40}\b(?:safety|safe|side[- ]effects?|risks?|harms?|dangers?|toxicity|causes?|"
    r"caused|origins?|genetics|prevalence)\b)"
)

# The evidence said to be lacking or thin: "there isn't enough evidence", "little scientific
# evidence", "the evidence is limited" (the negation is part of the claim, so it starts the wording)
LACKING_EVIDENCE = (
    rf"{MORE_RESEARCH_NEEDED}|"
    r"\b(isn'?t|is not|aren'?t|not|no|little|limited|insufficient|scant|sparse|thin|weak|too little|"
    r"a lack of|lacks?|lacking) (enough |sufficient |good |solid |strong |reliable |convincing |clear |"
    r"robust |much |any |real |conclusive |compelling |definitive |firm )?(scientific |clinical |human |medical |research )?evidence\b"
    r"(?! (of|for) (side[- ]effects?|harm|risks?|danger)\b)|"
    r"\b(evidence|research|data)\b( [^.;]{0,30}?)? (is|are|remains?) (still |very |rather |quite )?(limited|lacking|"
    r"insufficient|scant|sparse|thin|weak|scarce|inconclusive)\b|"
    # an advice page's words for it: "clinical studies have not demonstrated a significant
    # benefit", "there are no randomized, controlled trials", "only case reports support it"
    r"\b(studies|trials|research|data)\b (have|has|did|do|does)(n'?t| not) (yet )?(demonstrated|shown|found|"
    r"proven|established) (a |any )?(significant |clear |meaningful |real |consistent )?(benefit|effect|"
    r"improvement|difference)\b|"
    r"\bno (randomi[sz]ed|controlled|placebo-controlled|double-blind(ed)?)\b(,? (and |or )?(randomi[sz]ed|"
    r"controlled|placebo-controlled|double-blind(ed)?|clinical))* (trials?|studies)\b|"
    r"\bonly (a few |a handful of |some )?(case reports?|anecdotal (evidence|reports)|anecdotes|animal "
    r"(studies|research)|lab(oratory)? studies|small (studies|trials)) (support|back|suggest|show)\w*"
)

# Evidence denied outright, not called weak: "there is no clinical evidence that it works", "no
# studies have shown", "it has never been tested". A trial on file (grade C or better) shows such
# a denial false, where "no good evidence" or "little research" is borne out by a weak one.
NO_EVIDENCE_AT_ALL = (
    r"\b(no|zero|not any|(is|are)(n't| not) any) (clinical |scientific |published |medical |human )?"
    r"(evidence|proof|data|studies|study|research|trials?)\b"
    r"|\b(has|have)( not| n't)? never been (clinically |scientifically )?(studied|tested|trialled|trialed)\b"
)

# One study cited for a result: "one study in women with thinning hair found that biotin ...",
# "a small 2015 trial showed". Not proof claimed, so a body of evidence against it misleads
# rather than refutes (promises.rule_clinically_proven); a study that found nothing is no claim.
SINGLE_STUDY = (
    r"\b(one|a|an|another|a single) ([\w-]+ ){0,6}?(study|trial)\b[^.;]{0,60}?"
    r"\b(found|showed|shows|demonstrated|reported)\b(?! (no|little|nothing|none|neither)\b)"
)

# Proof said as a label: "a science-backed hair growth treatment", "research-backed formula".
# ("Has been shown to be effective" is left out: read as proof it is misleading against grade C
# evidence, where blind reviewers split between misleading and unsupported, and set 55's fell.)
PROOF_SAID = [
    r"\b(science|research|clinically|study|studies|data)[- ]backed\b",
]
