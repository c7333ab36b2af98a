"""The wordings of a comparison with another treatment: better, stronger or faster than it,
ranked above it ("ranked first in a network meta-analysis"), or as good as it ("comparable to
2% minoxidil"). Which treatment is compared, and how it is graded, is comparative.py's."""

from __future__ import annotations

# "ranked first in a network meta-analysis", "came out on top" (rankings.py)
RANKED_FIRST_WORDING = (
    r"\b(ranked (first|top|highest|number one|no\.? ?1|1st)|ranked (as )?(the )?(#\s?1|number one|no\.? ?1)|ranked ([\w()-]+ ){1,3}(first|highest)|"
    r"came (out )?(on )?top|top[- ]ranked|took (first|top) (place|spot))\b"
)

BETTER_THAN = [
    r"\b(better|stronger|faster|more effective|more powerful|superior|outperforms?)\b[^.]{0,10}\b(than|to)\b",
    r"\bmost effective\b",
    r"\bthe (strongest|most powerful|most potent)\b[^.]{0,30}\b(treatments?|options?|remed(y|ies)|"
    r"products?|solutions?|fix|medicines?|drugs?)\b",
    r"\bthe best (supplement|treatment|option|product|remedy|choice|oil|shampoo|pill) for\b",
    r"\b(beats?|outperform\w*|outranks?|outranked|surpass(es|ed)?)\b",
    r"\branked ([\w%.-]+ ){0,4}?(above|below|higher|lower|ahead of|behind)\b",
    RANKED_FIRST_WORDING,
    r"\b(doubl|tripl|quadrupl)(ed|es)\b[^.]{0,40}\bcompared (with|to)\b",
    r"\b(results?|works?|worked|acts?) (sooner|quicker|faster|later|more slowly) than\b",
    # "will get you farther than those steroid shots"
    r"\b(gets?|got|take|takes|took) you (farther|further) than\b",
    r"\b(grows?|grew|regrows?|regrew|gives?|gave) less hair\b",
    r"(?<!\bno )(?<!\bnot any )(?<!\bnon-)(?<!\bnon)(?<!\bnot )"
    r"\b(less effective|less powerful|weaker|worse|inferior)\b[^.]{0,10}\b(than|to)\b",
    # equality denied: "minoxidil isn't as effective as finasteride" says the other is better
    r"\b(isn'?t|is not|aren'?t|are not|wasn'?t|was not|not) (nearly |quite |anywhere near )?as "
    r"(effective|good|powerful|strong|potent) as\b",
    r"\bsuperior choice\b",
    r"\bsynergistic",
    r"\b(grows?|grew|regrows?|regrew|gives?|gave|gained?|produced?|add(s|ed)?) (far |much |way |a lot )?more hair\b",
    # what a trial's group had: "those treated with rosemary oil had more hair growth after six
    # months than the minoxidil group" (against placebo: a claim that it works, kinds.py)
    r"\b(had|has|have|saw|sees|showed|shows|achieved|experienced|noticed|provides?|provided|delivers?|"
    r"delivered|yields?|yielded|produces?|produced|gives?|gave) (significantly |much |far |"
    r"considerably |a lot )?more (hair|hairs|hair growth|(hair )?regrowth|new hair)\b(?! ?(loss|fall|thinning|shedding))"
    r"[^.;]{0,60}\bthan\b(?! (before|at (the )?start|at baseline|they (had|did)))",
    # "increased hair counts more than finasteride did"
    r"\b(increas|rais|boost|improv|lift)\w* (the )?(total |mean |average |terminal )?(hair )?(counts?|density|growth|regrowth|thickness|"
    r"diameter) (far |much |significantly |considerably )?more than\b",
    r"\b(higher|greater|bigger|larger) (hair )?(counts?|gains?|density|regrowth|growth)\b[^.]{0,40}\bthan\b",
    r"\bworks? better\b",
    # "may offer more consistent results compared to topical treatments"
    r"\bmore (consistent|reliable|predictable|noticeable|visible|dramatic|effective) (results?|regrowth|"
    r"hair growth|growth|outcomes?)\b[^.]{0,20}\b(than|compared (to|with)|versus|vs)\b",
    # "works five times better", "three times more effective"
    r"\b((two|three|four|five|six|ten|\d+(\.\d+)?) ?(times|x)|twice as) (better|stronger|faster|more effective|"
    r"more powerful|fast|quickly|as (effective|strong|powerful|well))\b",
    # "four times the hair count gain of", not "three times the usual dose"
    r"\b((two|three|four|five|six|seven|eight|nine|ten|\d+(\.\d+)?) times|twice) (the|as (much|many|large|big|great))"
    r"( [\w-]+){0,2} (hairs?|regrowth|growth|results?|gains?|counts?|improvements?|benefits?|effects?|response)\b",
    r"\b(cures?|cured|clears?|cleared|helps?|helped)\b (more|fewer) (\w+ ){0,2}than\b",
    # "twice as strong as 2%", "works three times as well"
    r"\b(twice|(two|three|four|five|ten|\d+(\.\d+)?) times) as (strong|effective|powerful|potent)\b|"
    r"\bworks? (twice|(two|three|four|five|ten|\d+) times) as well\b",
    r"\b(boost|enhanc|amplif|doubl|increas|improv|strengthen)\w*\b[^.]{0,12}\b(results?|effects?|efficacy|effectiveness|power|action) of\b",
]

AS_GOOD_AS = [
    # likened to another treatment: "was comparable to 2% minoxidil", "proved similar in
    # efficacy to finasteride", "performed comparably to the foam" (another treatment must be
    # named: NEEDS_COMPARATOR; "no better than placebo" names none)
    r"\b(is|are|was|were|be|been|being|proved|proven|seems?|seemed|appears?|appeared|looks?) "
    r"(to be )?(just |about |roughly |broadly |largely |very |quite )?(comparable|similar|"
    r"on (a )?par) ((in|for) (its )?(efficacy|effectiveness|effect|results|benefit|outcomes?) )?(to|with)\b",
    r"\b(performed|performs?|worked|works?|did|does) (just |about |roughly )?(comparably|similarly) "
    r"(well )?(to|with|as)\b",
    # (not "twice as strong as": a multiple, which BETTER_THAN reads)
    r"(?<!\btwice )(?<!\btimes )\bas (effective|good|powerful|strong) as\b",
    # what it is as good at, between: "as effective at regrowing thinning hair as minoxidil",
    # "equally effective in regrowing hair as minoxidil"
    r"(?<!\btwice )(?<!\btimes )\b(as|equally) (effective|good|successful|powerful|potent|efficacious) "
    r"(at|in|for) [\w-]+( [\w-]+){0,3} as\b",
    # equality as a floor: "no less effective than finasteride", "not inferior to minoxidil"
    r"\b(no|not any) less (effective|powerful|potent|successful|efficacious) than\b|"
    r"\b(non-?inferior|not inferior) to\b",
    # the evidence claimed equal: "every bit as proven as finasteride"
    r"\bas (well[- ])?(proven|studied|researched|tested|established|evidence[- ]based) as\b",
    r"\brivals?\b",
    r"\bwork(s|ed)? (just |about )?(like|as well as)\b",
    r"\bwork(s|ed)? (just |about |every bit |equally )?as well (for|in) (women|men)\b",
    r"\b(regrows?|regrew|grows?|grew|regrown|grown) hair (just |about )?as well as\b",
    r"\babout as well as\b",
    # "just as effective—if not more—than its topical counterpart": at least as good
    r"\bas (effective|good|powerful|strong)\W+(if not|or even) (more|better)( so)?\W+(than|as)\b",
    # "work in a similar way as prescription medication": likened to a medicine
    r"\bwork(s|ed|ing)? in (a |much the )?(similar|same|comparable) (way|manner) (as|to)\b",
    # "can promote hair growth just as well as minoxidil"
    r"\b(promot|boost|stimulat|improv|encourag)\w* (hair )?(re)?growth (just |about |every bit )?as well as\b",
    r"\bworks? (just |about )?as (reliably|effectively|fast|quickly)\b",
    r"\bas much hair as\b",
    r"\b(same|similar|equal|comparable) ((therapeutic|clinical|treatment) )?(results|outcomes|effect\w*|"
    r"efficacy) (as|to)\b",
    # a trial's result reported: "a study compared rosemary oil to 2% minoxidil, showing that
    # the results were similar" (not a comparison with placebo, which is a failure to work)
    r"\bcompar(ed|es|ing)\b(?:(?!\b(placebo|sham|dummy|vehicle)\b)[^.;]){0,40}?\b(to|with|against|versus)\b"
    r"(?:(?!\b(placebo|sham|dummy|vehicle)\b)[^.;]){0,60}\b(results|outcomes|effects|gains|hair counts?|"
    r"improvements?)( \w+)? (were|was|are|is) (\w+ )?(similar|comparable|the same|equal|equivalent|alike)\b",
    r"\bnatural (minoxidil|finasteride)\b",
    # "the herbal equivalent of finasteride", not "equivalent to 5 mg"
    # ("substantially equivalent to" an earlier device is the wording of a clearance)
    r"(?<!substantially )(?<!\bas )\bequivalent (of|to)\b(?! (about |around |roughly )?\d)",
    r"\bnature'?s (own )?(answer|alternative|version|equivalent) to\b|\bnature'?s (own )?(minoxidil|finasteride|propecia|rogaine|regaine)\b",
    r"\btoe[- ]to[- ]toe\b|\bon (a )?par with\b|\bgoes? head[- ]to[- ]head\b",
    r"\bas much as\b(?! \d)",
    # "about as much as 2% minoxidil": likened to a strength of another medicine, which a bare
    # "as much as 50%" (a ceiling) is not
    r"\b(about|roughly|nearly|almost|just|every bit) as much as\b",
    # a result raised as far as another's: "raised hair counts as much as 2% minoxidil"
    r"\b(rais|increas|improv|boost|lift)\w* ((the|their|mean|average|total) )*hair (counts?|density) "
    r"(just |about )?as much as\b",
    # a likeness in how often it works: "cured children about as often as griseofulvin"
    r"\b(about|roughly|nearly|almost|just|every bit|equally) as (often|frequently|reliably) as\b",
    r"\b(the )?same\b[^.]{0,25}\b(power|strength|effect\w*|results?|benefits?|action)\b[^.]{0,5}\bas\b",
    r"\bas (effectively|reliably|quickly|powerfully|potently) as\b",
    # "the same 5% minoxidil as", "the same dose of finasteride as"
    r"\bthe same (\d+(\.\d+)?\s*%|\d+(\.\d+)? ?mg|dose|strength|amount|concentration)[^.]{0,20}\bas\b",
    r"\b(matched|matches|equall?ed|equals)\b(?! (placebo|sham|controls?|groups?|pairs?|for)\b)",
    r"\b(works?|worked|performs?|performed|acts?) (just |about )?equally( well)?\b|\bequally (effective|good|well|powerful)\b",
    r"\b(results?|gains?|effects?|improvements?|regrowth|growth|benefits?|counts?)\b[^.]{0,12}\b(close|comparable|equal|equivalent|similar) to\b",
    r"\b(swap|substitute|dupe|stand-in) for\b",
    # "proven equal to 5% minoxidil", "found to be non-inferior to"
    r"\b(proven|shown|found|judged) (to be )?(equal|equivalent|non-?inferior|not inferior) to\b",
]
