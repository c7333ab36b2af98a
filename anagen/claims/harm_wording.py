"""The wording of side-effect claims: none at all, one caused, fewer than another treatment.

Wording only, like patterns.py, which registers these lists under their kinds.
"""

from __future__ import annotations

from anagen.claims.placebo_harms import HARM_VS_PLACEBO

HARMS = r"(side[- ]effects|adverse (effects|events)|risks?|irritation|itch\w*|burning|redness|dryness|reactions?|upset)"

# The nouns of harm as a whole, singular or plural: "side effect", "adverse reactions"
HARM_NOUNS = (
    r"(negative |adverse |serious |unwanted )?(side[- ]effects?|adverse (effects?|events?|reactions?)|"
    r"complications?)\b"
)

ONLY_HARM = (
    r"\bthe only (real |big |main |known |possible |notable )?(side[- ]effects?|risks?) (is|are)\b(?! (my|me|i)\b)|"
    # a downside or catch can be the price: the harm words say it is a side effect
    r"\bthe only (real |big |main )?(downsides?|drawbacks?|catch|negatives?) (is|are)\b(?! (my|me|i)\b)"
    r"(?=(?: [\w-]+){0,5}? (hair|itch\w*|irritation|headaches?|shedding|acne|rash\w*|dizz\w*|nausea|"
    r"swelling|dryness|redness|burning|upset|libido|erections?|breasts?|spots|pain|sting\w*|"
    r"side[- ]effects?)\b)|"
    # "no adverse effects seen with this therapy other than rare cases of allergy"
    r"\bno ([\w-]+ ){0,2}(side[- ]effects|adverse (effects|events|reactions)|complications)\b[^.;]{0,40}?"
    r"\b(other than|apart from|except( for)?|besides|beyond)\b"
)

# "side effects of PRP are extremely rare", "complications are very uncommon": harm as a
# whole said to be rare (one harm said to be rare, "hair loss is a rare side effect", is a rate)
RARE_SAID = (
    # (not "these types of side effects are uncommon": harms named before, given a rate)
    r"(?<!\bof )(?<!\bthese )(?<!\bthose )(?<!\bsuch )\b(side[- ]effects|adverse (effects|events|reactions)|complications)\b( (or|and) (side[- ]effects|"
    r"complications|adverse (effects|events|reactions)))?( (of|from|with|after) (the )?[\w-]+( [\w-]+)?)? "
    r"(are|were|tend to be|remain|seem to be) (usually |generally |very |extremely |exceedingly |quite |"
    r"incredibly )?(rare|uncommon|unusual|infrequent|almost unheard of|seldom seen|rarely seen)\b"
    # (not "uncommon but may include scalp irritation": harms owned up to)
    r"(?![^.;]{0,15}\b(include|includes|including|such as)\b)"
)

# "minimal side effects", "side effects are negligible": harm played down to next to none, not
# denied ("a few side effects" owns up to some; "fewer side effects" compares)
PLAYED_DOWN = (
    r"\b(minimal|negligible|very few|hardly any|barely any|next to no)\b (\w+ )?(side[- ]effects|"
    r"adverse (effects|events))\b|(?<!\ba )(?<!\bquite a )\bfew (\w+ )?(side[- ]effects|adverse (effects|events))\b|"
    r"\b(side[- ]effects|adverse (effects|events))\b( (of|from|with) [\w-]+( [\w-]+)?)? (are|were|tend to be|remain) (usually |generally |very |"
    r"extremely )?(minimal|negligible|few and far between)\b|" + RARE_SAID
)

# "DHT blockers are safe", "finasteride is safe, as long as you take it correctly": safety
# asserted bare, the clause's last word, which promises no harm worth naming (safety.py reads
# it as softer than "no side effects"); "safe for women", "safe when planning a family" are
# other kinds
SAFE_SAID = (
    r"\b(is|are|'s|'re) (generally |very |quite |perfectly )?safe\b"
    r"(?=\s*([.!]|$)|,? (as long as|provided)\b)"
)

NO_SIDE_EFFECTS = [
    SAFE_SAID,
    # not "avoid most side effects", a claim of fewer
    r"\b(no|zero|without( any)?( causing)?|free (of|from)|avoids?( the)?) (?!(most|many|much|some|several)\b)"
    r"([\w-]+ ){0,2}(side[- ]effects|adverse (effects|events)|risks?)\b",
    r"\bside[- ]effect[- ]free\b",
    # "surgery is very low risk": harm played down to next to none (a plain "low risk" compares)
    r"\b(very|extremely|incredibly|remarkably|exceptionally|ultra)[- ](low|minimal)[- ]risk\b|"
    r"\b(minimal|negligible) risks?\b(?! (of|for|to)\b)",
    # "sexual sides literally can't happen", "side effects simply cannot occur": harm ruled out
    r"\b([\w-]+ )?(side[- ]effects|sides)\b[^.,;]{0,20}\b(can'?t|cannot|can not|could not|couldn'?t|"
    r"won'?t ever|will never|never) (happen|occur)\b",
    # "sexual side effects are basically impossible", "sides are practically non-existent"
    r"\b([\w-]+ )?(side[- ]effects|sides)\b[^.,;]{0,20}\b(is|are|'re|be) (?!not\b|never\b)([\w-]+ )?(impossible|"
    r"non-?existent|unheard of|a myth)\b",
    r"\bno (systemic|whole-body|body-wide|internal|hormonal) (side[- ])?effects\b",
    # harm said never to have been reported: "there are never reported negative side effects",
    # "side effects have never been recorded", "not a single adverse event was reported"
    r"\bnever (been |once )?(reported|recorded|documented|observed|seen|noted)\b[^.;]{0,25}\b"
    rf"{HARM_NOUNS}",
    rf"{HARM_NOUNS}[^.;]{{0,25}}\b(has|have|had|was|were) (ever |yet )?(never|yet to be) (been )?"
    r"(reported|recorded|documented|observed|seen|noted)\b",
    rf"\b(not a single|not one|zero|no) (\w+ )?(reported|recorded|documented) {HARM_NOUNS}",
    # "none of it gets into your bloodstream": a skin product said to stay out of the body
    r"\b(none of it|nothing|none|not a drop|zero) (ever )?(gets|goes|enters|reaches|is absorbed|passes|"
    r"leaks) (in|into|through|to) (your |the )?(blood(stream)?|body|system|circulation)\b",
    r"\bnone of (them|these|those|it|the \w+) (has|have|causes?|carr(y|ies)|gives?) (any )?(side[- ]effects|adverse effects|risks?)\b",
    r"\b(does not|doesn't|won't|will not) cause (any )?side[- ]effects\b",
    r"\bcan'?t hurt\b",
    r"\bside[- ]effects (are )?no more common than\b",
    r"\b(no|zero|without( any)?) (scalp )?(irritation|itching|burning|redness|dryness)\b",
    r"\b(no|zero|without( any)?|free (of|from)|leaves? no) (any )?(visible |noticeable |obvious |linear |large |big |tell-?tale )?(scars?|scarring)\b",
    r"\b(won'?t|will not|don'?t|do not|never) (get|have|suffer|experience|cause|give you)\b(?: [\w-]+){0,4}? side[- ]effects\b",
    r"\b(no|without( an?)?|carr(y|ies) no) (boxed|black[- ]box) warning\b",
    r"\bnon-?irritating\b",
    r"\b(practically |virtually |almost |completely )?painless\b",
    r"\bnobody (stays|gets|feels|is) (sore|itchy|irritated)\b",
    r"\bnever leaves? (a |any )?(mark|marks|scar|scars|trace)\b",
    r"\b(easy|gentle|kind) on (the|your) (liver|kidneys?|stomach|heart)\b",
    r"\b(won'?t|will not|doesn'?t|does not|can'?t|cannot) affect (your |a man's |men's )?(fertility|sperm|libido|sex drive|mood|erections?)\b",
    r"\bno (\w+ )?warnings?\b(?! (sign|signs)\b)",
    # "won't give you unwanted hair on your face", "doesn't cause breast swelling"
    r"\b(won'?t|will not|doesn'?t|does not|can'?t|cannot|never) (give|cause|make|leave)( you)? (any )?"
    r"(unwanted|extra|excess) (hair|body hair|facial hair)\b",
    r"\bonly (minor|mild|slight|light|temporary) (\w+ )?(side[- ]effects|adverse (effects|events)|reactions)\b",
    PLAYED_DOWN,
    # "this form rarely causes side effects": harm as a whole played down to near none (a named
    # harm said to be rare, "rarely causes dizziness", is a rate: CAUSES_SIDE_EFFECT)
    r"\b(rarely|seldom|hardly ever|almost never|very rarely) (causes?|has|have|gives?|produces?|triggers?|"
    r"leads? to|results? in) (any )?(side[- ]effects|adverse (effects|events|reactions))\b",
    rf"\b{HARMS}[^.]{{0,40}}\bnothing (serious|dangerous|major)\b",
    # "the only downside is a little body hair": every other harm denied (one user's own
    # "the only downside I've had is acne" is a report of a harm, CAUSES_SIDE_EFFECT)
    ONLY_HARM,
]

# One harm by its name, as labels and reviews list them
NAMED_HARM = (
    r"(hypertrichosis|(increased |extra |excess |unwanted )?(body|facial) hair( growth)?|itch(ing|iness)|"
    r"(scalp |skin )?irritation|(scalp )?dryness|redness|headaches?|dizziness|light-?headedness|"
    r"(ankle |leg |facial )?swelling|fluid retention|o?edema|palpitations|(low|reduced|decreased) libido|"
    r"erectile dysfunction|erection problems|breast (tenderness|enlargement)|gynae?comastia|acne|nausea|"
    r"(skin )?rash(es)?|weight gain|contact dermatitis|sexual side[- ]effects)"
)
# The harms advice pages list by name, in more wordings than a label's ("impotence",
# "ejaculation problems", "increased hair loss")
LISTED_HARM = (
    rf"({NAMED_HARM}|impotence|ejaculat\w*( problems| disorders?)?|(sexual|erectile) (dysfunction|problems)|"
    r"(loss of |lower |low |reduced |decreased )(libido|sex drive|desire)|(increased |more |extra )"
    r"(hair ?loss|shedding)|depression|low mood|scalp (itch\w*|irritation|dryness|flaking)|(allergic )?reactions?)"
)
# a named harm given how often it comes: "hypertrichosis is common", "headaches are
# uncommon", "swelling occasionally occurs" (not "is not common": no rate said)
HARM_FREQUENCY = (
    rf"\b{NAMED_HARM}( \([^()]{{1,40}}\))? (is|are|was|were|remains?|tends? to be|seems? to be) "
    r"(very |quite |fairly |relatively |reasonably |pretty |also |more |most )?(common|uncommon|frequent|"
    r"infrequent|rare|usual)\b|"
    rf"\b{NAMED_HARM} (commonly|often|frequently|sometimes|occasionally|rarely|seldom) (occurs?|happens?|"
    r"develops?|appears?|shows? up)\b"
)

# Relief of a symptom, a result like regrowth: "settles the itching within the first week"
RELIEF = r"settl(e|es|ed|ing)|calm(s|ed|ing)?|sooth(e|es|ed|ing)|reliev(e|es|ed|ing)|eas(es|ed|ing)"
# A span of time after "results in": "in the first few weeks", "in 4 weeks", not "in weeks of
# shedding". Before it, "results" is the noun of a promise; before anything else, the verb of a harm.
A_SPAN_OF_TIME = (
    r"((the )?(first|next|coming|early) (few )?|(\d+|a|one|two|three|four|six|eight|twelve|several|a few) )?"
    r"(days?|weeks?|months?)\b(?! of\b)"
)

# Shedding at the start foretold (also the harm words that tell a time of harm from one of results)
SHEDDING_EXPECTED = (
    r"\b(initial|early|temporary|increased|extra|this|the initial|a period of) (hair )?shedding (phase )?"
    r"(is|may be|might be|can be|should be|will be|is often|is usually) (quite |perfectly |completely |"
    r"totally |very )?(expected|normal|common|to be expected|usual|a (good |normal |common )?sign)\b|"
    r"\b(some |a little |a bit of )?(hair )?shedding (may|might|can|should|is to) be expected\b|"
    r"\b(may|might|can|could|will|should|to) (also |initially |first )?(notice|see|experience|expect|get|have) "
    r"(some |a little |a bit of |a period of )?(initial |early |temporary |a little )?(hair )?shedding\b|"
    r"\b(normal|common|expected|usual) to (shed|lose) ((some|more|extra|a few|a little) )?((hairs?|more) )?"
    r"(at first|initially|early on|in the first|when (you )?(start|begin)|after (starting|beginning))"
)
# a treatment in use, which makes foretold shedding its harm: not "you may notice some shedding
# after a stressful event", the condition itself
ON_TREATMENT = (
    r"\b(start\w*|begin\w*|using|applying|taking|treatments?|therapy|medications?|medicines?|drugs?|"
    r"products?|serums?|foam|solution|tablets?|pills?|injections?|sessions?|effects?|kicks? in)\b"
)

CAUSES_SIDE_EFFECT = [
    # not a noun: "the most common cause" (condition_course.py), "after the trigger,"
    r"(?<!\bthat )(?<!\bwhich )(?<!\bwhat )(?<!\bcommon )(?<!\broot )(?<!\bunderlying )(?<!\bexact )(?<!\bactual )(?<!\bpossible )\b(cause|causes|trigger|triggers|lead to|leads to|result in|results in|throw off|throws off|interfere with|interferes with|distort|distorts)\b(?!\s*([,.;:!?)]|$))(?![^.]{0,20}\b(growth|regrowth|new hair|thicker|fuller|activation|stimulation)\b)(?! (as little as|as few as|just|only|under|less than|\d))"
    # the loss coming back after stopping is the need to keep on (NEEDS_ONGOING_USE), not a harm
    r"(?! (the |a )?(eventual |gradual )?(return|reversal) (of|to) (\w+ ){0,4}?(hair ?loss|shedding|thinning|balding|"
    r"baldness|the loss)\b)"
    # "see results in the first weeks": the noun and a time, not a harm that follows
    rf"(?! {A_SPAN_OF_TIME})",
    r"\b(makes?|leaves?|left) (you|(your|their|his|her|my|the) (hair|scalp)|hair)\b[^.]{0,10}\b(shed|fall out|itch|thin|dry|break|go grey|turn grey|irritat|dizz|light-?headed|faint|tired|sleepy|sick|nauseous|depress|anxious|gain weight|put on weight)\w*",
    r"\b(gives?|giving) (you |some people |users )?(headaches?|acne|rashe?s?|hives|palpitations|dizz\w+|nausea|diarrhoea|diarrhea|heartburn|spots|pimples|a rash)\b",
    r"\b(push(es|ing)? up|drives? up|raises?|raising|lowers?|lowering|increases?|increasing|decreases?|decreasing|affects?|affecting|alters?|altering|changes?|changing|skews?|skewing|hides?|hiding|masks?|masking)\b(?= (your |the |a |an |blood |some |many )?"
    # "alter the values of many blood labs": the readings of a test
    r"((values?|results?|readings?|levels?) (of|on|from) (your |the |a |an |many |some |most |certain )?"
    r"(blood |hormone |thyroid )?)?(PSA|potassium|blood pressure|cholesterol|labs?|tests?|test results?|troponin|hormone|liver|kidney|heart rate|libido|sex drive|mood|sperm|fertility|prostate cancer)\b)",
    r"\b(linked|associated|tied) (to|with)\b",
    # a verb, not the adjective of "apply to a dry scalp" or "on thin skin"
    r"(?<!\bto )(?<!\bon )(?<!\bonto )(?<!\binto )(?<!\ba )(?<!\bthe )(?<!\byour )"
    r"\b(thin|thins|irritate|irritates|dry|dries|burn|burns|sting|stings|stain|stains|darken|darkens|discolou?rs?|damage|damages|harm|harms|inflame|inflames)\b(?= (the |your |their |his |her |my |a )?(skin|scalp|eyes?|liver|kidneys?|lids?|eyelids?|iris|hair colou?r|clothes|clothing)\b)",
    r"\b(causes|triggers)\b[^.]{0,10}\b(itch\w*|irritation|shedding|headaches?|dizziness|swelling|rash\w*|acne|hair growth on)\b",
    r"\b(gets?|getting|develops?|developing|developed|experienc\w+|suffers?( from)?|suffered( from)?)\b(?! rid)(?: [\w-]+){0,3}? (side[- ]effects|adverse effects|dysfunction|impotence|erection problems|sexual problems|headaches?|rash\w*|dizziness|nausea|irritation|itch\w*|acne|swelling|infections?|gynaecomastia|gynecomastia|breast (growth|enlargement|tenderness))\b",
    r"\b(skews?|skewed|mess(es)? (with|up))\b",
    r"\b(turns?|turned|turning|darkens?|darkened)\b[^.]{0,30}\b(eyes?|iris(es)?|eyelids?|lids)\b|\b(eyes?|iris(es)?) (turn|go|become)s? (brown|darker)\b",
    r"\breactivat\w*\b[^.]{0,30}\b(infections?|tuberculosis|TB|hepatitis|shingles|virus)\b",
    r"\braises? (your |the )?(risk|chance|odds) of\b",
    # "the risk of retinal damage climbs to almost 20%": a harm's risk said to grow
    r"\b(risk|chance|odds) of\b[^.]{0,40}\b(climbs?|rises?|grows?|increases?|goes up|builds? up)\b",
    r"\bend (up )?with\b[^.]{0,20}\b(extra|more|unwanted) (hair|body hair|facial hair)\b",
    r"\b(got|gets?|getting|became|becomes?|becoming|grew|grows?|went|goes|turned)\b (\w+ )?hairier\b|\bhairier (face|forehead|arms|legs|body|cheeks|chin|back|chest)\b",
    r"\bmakes? [\w']+( [\w']+)? (breasts?|chest|nipples?) (sore|tender|ache|hurt)\w*",
    r"\b(feel|feels|felt|get|gets|got)\s+(dizzy|light-?headed|sick|nauseous|faint|sleepy|drowsy)\b",
    r"\bmakes? (you|your|their|his|her|the|a man'?s|men'?s|women'?s)\b(?: [\w-]+){0,2}? (breasts?|chest|ankles?|feet|legs|face|hands?) (grow|swell|puff|enlarge|get bigger)\w*",
    r"\b(leave|leaves|left|gets?|got|develop\w*)\b(?: [\w-]+){0,3}? (dents?|dips?|dimples?|indentations?|pits?)\b",
    r"\b(hides?|hiding|masks?|masking)\b[^.]{0,30}\b(on|in) (a |your |the )?(blood |lab )?tests?\b",
    r"\b(knocks?|brings?|pushes?|pulls?|drags?|drives?|halves?|halving|cuts?)\b (down )?(your |the |a )?(PSA|potassium|blood pressure|testosterone|DHT levels?)\b",
    r"\b(carr(y|ies)|has|have|comes? with) an? (boxed |black[- ]box |serious )?warning\b",
    # harm said to be frequent: "often have serious side effects" (a share, figures.py)
    r"\b(often|frequently|commonly|usually) (have|has|carry|carries|cause|causes|comes? with) "
    r"((serious|severe|dangerous|nasty|significant|major) )?(side[- ]effects|adverse effects)\b(?![- ]free)",
    r"\bexpect\b[^.]{0,25}\b(shedding|itch\w*|irritation|dryness|redness|side[- ]effects|"
    r"(more|extra|increased|some|temporary|initial) hair ?(fall|loss))\b",
    # "change the colour of your skin", "discolour the scalp"
    r"\b(chang|alter|affect)\w*\b (the )?(colou?r|pigment\w*|tone) of (your |the )?(skin|scalp|hair)\b",
    # "suicidal thoughts are now a confirmed side effect", "listed as a rare side effect"
    r"\b(is|are|was|were|became|becomes|as) (now |also |still )?(an? |the |one of the )?(?!not )([\w-]+ ){0,2}"
    r"(side[- ]effects?|adverse (effects?|reactions?))\b(?![- ]free)",
    r"\bside[- ]effects?\b[^.]{0,25}\b(occurred|were (seen|reported|found)|happened)\b",
    # a harm said to outlast the treatment: "these effects can persist even after stopping"
    r"\b(side[- ]effects?|these effects|the effects|such effects|adverse effects|symptoms)\b[^.;]{0,20}\b"
    r"(persist|linger|continu|remain)\w*\b[^.;]{0,20}\bafter (you )?(stop|quit|discontinu|ceas)\w*",
    r"\bside[- ]effects?\b[^.]{0,40}\b(affected|affect|occurred in|happened in|were seen in)\b",
    # "grow extra facial or body hair"
    r"\b(grow|grows|grew|growing|get|gets|got|develop\w*)\b (\w+ )?(extra|unwanted|excess) "
    r"((facial|body|face) (or (facial|body) )?)?hair\b",
    # "side effects are mild and wear off": what the harms are like
    r"\bside[- ]effects\b (are|were|tend to be) (usually |generally |mostly |only )?(mild|minor|short-lived|"
    r"temporary|brief)\b",
    # "a few men have reported breast tenderness"
    r"\b(reported|report|reports|noticed|experienced)\b(?: [\w-]+){0,2}? (breast (tenderness|enlargement|growth|"
    r"swelling)|sexual (problems|side effects)|erection problems|low libido|loss of libido|low mood|"
    r"palpitations|dizziness|headaches?)\b",
    # "the only downside I've had is some acne", "drawbacks were headaches"
    r"\b(downsides?|drawbacks?|side[- ]effects?)\b(?: [\w'-]+){0,4}? (is|was|are|were|has been|have been|included?)\b"
    r"(?: [\w-]+){0,3}? (acne|spots|pimples|headaches?|rash\w*|itch\w*|irritation|shedding|nausea|"
    r"dizziness|swelling|cholesterol|weight gain|redness|dryness|infections?|cold sores|hair on)\b",
    # a blood test result: "my cholesterol went up"
    r"\b(cholesterol|blood pressure|liver enzymes?|liver tests?|potassium|heart rate|CK|CPK)\b"
    r" (levels? )?(went|has gone|have gone|shot|crept|goes|go|rose|jumped) up\b",
    # an effect named as a harm: "a temporary effect may be initial rapid hair loss"
    # (and "an uncommon side effect of minoxidil is increased hair loss")
    r"\b(an?|one) (temporary|common|possible|known|early|initial|frequent|short-term|uncommon|rare|"
    r"less common|serious|main) (side[- ])?effects?( of [\w-]+)? "
    r"(may|can|might|could|will|is)( also)?( be| include)?\b[^.;]{0,30}\b(shedding|hair ?loss|hair fall|"
    r"itch\w*|irritation|redness|dryness|rash\w*|headaches?|dizziness|swelling)\b",
    # the harms said in a list, what they are: "the main side effects of finasteride are
    # decreased libido and erectile dysfunction", "common side effects include headaches"
    rf"\b(side[- ]effects?|adverse (effects?|reactions?|events?))\b( of [\w-]+( [\w-]+)?)? (are|include|includes)\b"
    rf"(?=[^.;]{{0,30}}\b{LISTED_HARM}\b)",
    # a named harm given its rate: "decreased libido and impotence occur in approximately 1-4%
    # of men", "breast tenderness was reported in under 1% of users"
    rf"\b{LISTED_HARM}\b( \([^()]{{1,30}}\))?[^.;]{{0,40}}?\b(occurs?|occurred|happens?|happened|"
    r"(is|are|was|were) (seen|reported|found|noted)|affects?|affected) in (only |just )?(about |approximately |"
    r"around |roughly |nearly |almost |up to |fewer than |less than |under |over )?\d+(\.\d+)?( ?(-|to) ?\d+"
    r"(\.\d+)?)? ?(%|percent|per ?cent| (in|out of) \d+)",
    # a list of harms: "reported adverse effects include decreased libido"
    r"\b(side[- ]effects|adverse (effects|reactions))\b (include|included|including)\b",
    # "Side effects related to the use of Nizoral are not common, but can include scalp itching"
    r"\b(side[- ]effects|adverse (effects|reactions))\b[^.;]{0,80}?\b(can|may|might|could) (also )?include\b",
    # a test thrown off: "can make thyroid tests give false results"
    r"\b(give|gives|giving|show|shows)\b (falsely |false|wrong|misleading|inaccurate) (\w+ )?(results?|readings?)\b",
    # what happens to a harm once the treatment stops: "it always clears once you stop"
    r"\b(side[- ]effects?|sides|it|they)\b[^.;]{0,20}\b(always|all|every|completely|fully)\b[^.;]{0,15}"
    r"\b(clears?|clear up|go(es)? away|disappears?|resolves?|reverses?|wears? off|vanish(es)?)\b"
    r"[^.;]{0,20}\b(once|when|after|if) (you |they |he |people )?(stop|quit|come off)",
    # a test result thrown off: "can make a troponin test look normal", "makes thyroid results
    # read wrong"
    r"\b(make|makes|making|made)\b (a |an |the |your |some )?([\w-]+ ){0,2}(tests?|results?|readings?|levels?)"
    r" (look|read|seem|appear|show|come back) (normal|fine|falsely|wrong|low|high|abnormal)\w*",
    # "can make some results falsely high or low"
    r"\b(make|makes|making|made)\b (a |an |the |your |some )?([\w-]+ ){0,2}(tests?|results?|readings?|levels?)"
    r" (falsely|wrongly|artificially|misleadingly) (high|low|raised|elevated|normal)\b",
    # a harm noticed: "some women notice extra shedding at first", "you may actually notice an
    # increase in hair loss"
    r"\b(notice|notices|noticed|noticing|see|sees|saw|get|gets|got|have|has|had|experienc\w+)\b "
    r"(some |a bit of |a little |a lot of |lots of )?((extra|more|increased|temporary) (shedding|hair fall)|"
    r"an? (temporary |short-lived |slight |small |brief |initial )?(increase|rise|spike|uptick|jump) in "
    r"(hair )?(shedding|hair ?loss|hair fall))\b",
    # a harm's rate given as rare: "very rare, seen in fewer than 1 in 100 women" (the figure is
    # weighed against the recorded one in placebo_harms.py)
    r"\b(rare|uncommon|unusual)\b[^.;]{0,20}\b(seen|occurring|happening|reported|affecting|affects?)"
    r" in (only |just )?(fewer than |less than |under |about |around )?(\d|one|a )",
    # a rate set against placebo's (placebo_harms.py)
    *HARM_VS_PLACEBO,
    HARM_FREQUENCY,
]

# A scalp symptom eased, with nothing compared and no cause named: "helps reduce itching",
# "soothes an itchy scalp" claim a benefit, not fewer side effects than something ("less
# itching than minoxidil", "lessens the irritation that could arise from the zinc sulfate").
SYMPTOM_RELIEF = (
    r"\b(reduc\w*|lessen\w*|minimi[sz]\w*|sooth\w*|calm\w*|eas(e|es|ing))\b "
    r"(the |any |an? |some |your )?((?!risks?\b|chances?\b|odds\b|likelihood\b)[\w-]+ ){0,2}?"
    r"(?<!stomach )(?<!gut )(itch\w*|irritation|burning|redness|dryness|flak\w*)\b"
    r"(?![^.;]*\b(than|compared|versus|vs|unlike|relative to|aris\w+|arises?|caused|brought on|"
    r"side[- ]effects?|from (the|this|that|its|their|using|taking))\b)"
)

FEWER_SIDE_EFFECTS = [
    rf"\b(fewer|less|lower|reduced|gentler)\b[^.]{{0,30}}\b{HARMS}",
    rf"\b(?!{SYMPTOM_RELIEF})(reduces?|lessens?|minimi[sz]es?)\b[^.]{{0,30}}\b{HARMS}",
    # a side-effect comparison the other way round: "far more side effects than finasteride"
    rf"\bmore\b[^.]{{0,25}}\b{HARMS}[^.]{{0,10}}\bthan\b",
    r"\b(caused|causes|cause|gave|gives|give|brought|brings|led to|leads to)\b (far |much |many |way )?"
    r"more (\w+ ){0,2}(side[- ]effects|body hair|facial hair|hair growth on|headaches?|dizziness|"
    r"swelling|irritation|itch\w*|rash\w*|sexual problems)",
    # "a better-tolerated alternative", "easier to tolerate than the foam"
    r"\b(better|more easily)[- ]tolerated\b|\b(easier to tolerate|more tolerable)\b",
    # another option's harms said to be left behind: "you skip the side effects that come with
    # pills", "none of the side effects of oral finasteride", "spares you the risks of surgery"
    rf"\b(skip|skips|avoid|avoids|escape|escapes|spares? (you|users|patients)|none of|free (of|from)) "
    rf"(all )?(the |its |their )?(\w+ )?{HARMS}\b[^.]{{0,10}}\b(of|that comes? with|from|linked to|"
    rf"you get (with|from)|associated with|seen with|caused by)\b",
    # most of another option's harms left behind: "so you avoid most systemic side effects"
    rf"\b(avoids?|skips?|escapes?|bypass(es)?|sidesteps?) (most|many|much|some|several) (of )?(the |its |their )?"
    rf"([\w-]+ ){{0,2}}{HARMS}",
    # "safer than minoxidil", "gentler on the body than the tablets"
    r"\b(safer|gentler|kinder)\b[^.]{0,25}\bthan\b",
    # harms said to be no worse than another option's: "the pill, with the same side effects",
    # "just as safe as the foam" (checked like a claim of fewer)
    rf"\b(the )?same (\w+ )?{HARMS}|\b(just |every bit |equally )?as safe as\b",
    # the comparison left to what came before: "the same drug as the foam, so just as safe"
    r"\b(just|every bit|equally) as safe\b",
]
