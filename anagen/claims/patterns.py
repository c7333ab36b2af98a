"""The wording of each claim kind, one pattern list per kind (first pattern that fits wins).

Wording only: the medical facts the claims are graded against live in the content files.
"""

from __future__ import annotations

from anagen.claims.approximation import ABOUT
from anagen.claims.comparison_wording import AS_GOOD_AS, BETTER_THAN
from anagen.claims.condition_course import CONDITION_FACT
from anagen.claims.efficacy_wording import (
    BLOCKS_ANDROGENS,
    DRUG_CLASS,
    LOWERS_DHT,
    REGROWS_HAIR,
    STIMULATES_FOLLICLES,
    STOPS_HAIR_LOSS,
    THICKENS_HAIR,
)
from anagen.claims.foreign_wording import (
    FOREIGN,
    ONGOING_UNSPACED,
    ONGOING_WORDS,
    RESULT_UNSPACED,
    RESULT_WORDS,
)
from anagen.claims.group_wording import (
    CANNOT_TAKE,
    NOT_FOR_YOU,
    NOT_ITS_KIND_NAMED,
    PREGNANCY_NAMED,
    SAFE_FOR_GROUP,
    SAFE_IN_PREGNANCY,
    SUITS_EVERYONE,
)
from anagen.claims.harm_wording import (
    CAUSES_SIDE_EFFECT,
    FEWER_SIDE_EFFECTS,
    NO_SIDE_EFFECTS,
    ON_TREATMENT,
    RELIEF,
    SHEDDING_EXPECTED,
    SYMPTOM_RELIEF,
)
from anagen.claims.prices import PRICE, PRICE_COMPARED
from anagen.claims.promise_wording import (
    CURES_BALDNESS,
    GUARANTEED_RESULTS,
    LACKING_EVIDENCE,
    LASTING_RESULTS,
    NEEDS_ONGOING_USE,
    ONGOING_CONTEXT,
    PROOF_SAID,
    SINGLE_STUDY,
)
from anagen.claims.regulatory_wording import (
    AGENCY,
    DENIED_BY_AGENCY,
    FDA_APPROVED,
    FDA_CLEARED,
    PRESCRIPTION_STRENGTH,
)
from anagen.claims.style_harms import STYLE
from anagen.claims.usage_wording import USAGE
from anagen.claims.vocab import Kind
from anagen.claims.words import HAIR_LOSS

NUMBER = r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
# the words that say evidence is strong ("no conclusive evidence" is LACKING_EVIDENCE)
STRONG_EVIDENCE = (
    r"(strong|solid|robust|good|high-quality|conclusive|compelling|convincing|definitive|overwhelming|"
    r"substantial|irrefutable|consistent|clear)"
)
EXPERTS = (
    r"(doctors|dermatologists|physicians|trichologists|pharmacists|experts|specialists|surgeons)\b"
)
PATTERNS: dict[Kind, list[str]] = {
    Kind.LOWERS_DHT: LOWERS_DHT,
    Kind.BLOCKS_ANDROGENS: BLOCKS_ANDROGENS,
    Kind.REGROWS_HAIR: REGROWS_HAIR,
    Kind.STOPS_HAIR_LOSS: STOPS_HAIR_LOSS,
    Kind.THICKENS_HAIR: THICKENS_HAIR,
    Kind.STIMULATES_FOLLICLES: STIMULATES_FOLLICLES,
    Kind.WORKS_IN_DAYS: [
        r"\b(by|in|at|from|before) (the end of )?(day|week|month) (\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b",
        r"\bgive (it|them|\w+( \w+)?) (just |only )?(\d+|one|two|three|four|five|six|a few) (days?|weeks?|months?)\b",
        # not how fast it comes in the post: "ships in 2 days", "delivered within a week"
        r"(?<!ships )(?<!shipped )(?<!shipping )(?<!delivered )(?<!delivery )(?<!arrives )(?<!dispatched )"
        rf"\b(in|within|after|from|as early as|as soon as|between|until|at) (just |only |the first |{ABOUT}|as little as |as few as |under |less than )?(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|a few|a couple of|few|several)"
        r"((-| to | or | and )(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))? ?(days?|weeks?|months?|fortnights?)\b",
        # Spanish units in a mixed-language advert: "in just 7 días", "en 2 semanas"
        r"\b(in|within|en) (just |only |solo |sólo |apenas )?\d+ (días|dias|semanas|meses)\b",
        r"\b(after|from) (just |only )?(the )?(very )?(first|one|a single) (\w+ )?(use|session|application|treatment|wash)\b",
        r"\b(in|within|during|after) the (very )?first (few )?(days?|weeks?|month)\b",
        r"\b(by|in|within|during|after|before) the (second|third|fourth|fifth|sixth|\d+(st|nd|rd|th)) (day|week|month)\b",
        r"\b(in|within|after) (just |only |about |under |less than )?(a|one|two) fortnights?\b",
        r"\b(by|before|after|within|from) (the|their|your|its) (second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th) "
        r"(monthly )?(delivery|bottle|box|pack|refill|shipment|jar|tub|tube|kit)\b",
        r"\b\d+\s*(days?|weeks?)\b[^.]{0,30}\b(results?|see|notice|visible)",
        r"\b(about |at least )?(\d+|four|three|six) months of\b(?! (testing|tests|research|trials?|study|studies|development|work)\b)",
        # "it usually takes 3 to 6 months", "wait 4 to 6 months": a range, read at its end
        rf"\b(takes?|wait) ({ABOUT}|at least |up to |only |just )?(\d+|one|two|three|four|five|six|a few|several)"
        r"((-| to | or )(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))? (days?|weeks?|months?)\b",
        # a year as the wait: "it can take up to a year to see full results"
        rf"\b(takes?|wait) ({ABOUT}|at least |up to |as long as |only |just )?(a|one|a full|a whole) year\b",
    ],
    Kind.PERCENT_SUCCESS: [
        r"\b\d{1,3}(\.\d+)?\s*%\s*(of )?(users|men|women|people|customers|participants|respondents|patients|adults|children|subjects|grafts|success|saw|reported|noticed|showed|experienced|effective|more|less|increase|reduction)",
        # "in 1-2% of cases": a range too
        r"\b(in|for) (\d{1,3}(\.\d+)?-)?\d{1,3}(\.\d+)?\s*% of\b",
        # the group named by what they did: "60% who use minoxidil", "80% of those who tried it"
        r"\b\d{1,3}(\.\d+)?\s*(%|percent|per cent) (of (those|people|men|women|patients|users|participants|"
        r"customers|subjects) )?who (use|used|uses|took|take|takes|tried|try|applied|apply|received|completed|"
        r"started|followed)\b",
        # the group described first: "helped over 90% of otherwise healthy women" (not how many
        # a condition affects: "50% of white men have some balding")
        rf"\b(helped|helps|worked for|works for|benefit(ed|s)?|improved)\b ({ABOUT}|over |more than |"
        r"nearly |almost |up to )?\d{1,3}(\.\d+)?\s*% of ([\w-]+ ){1,2}(users|men|women|people|customers|"
        r"participants|respondents|patients|adults|subjects)\b",
        r"\b\d{1,3}(\.\d+)? ?(percent|per cent) of\b",
        r"\b\d+(\.\d+)?\s*(more |extra |new )?hairs?\s*(per|/|a|an)\s*(square centimet(re|er)|cm2|cm²|sq\.? ?cm)",
        r"\b(a|one|two|three) (third|quarter|fifth|half)s? of (the )?(users|men|women|people|customers|participants|patients|adults|children|subjects|those)\b",
        r"\bhalf (of )?(the )?(users|men|women|people|customers|participants|patients|adults|children|subjects)\b",
        # a rise with its bound: "by 15%", "by up to 15%", "by as much as 400%"
        rf"\bby (up to |as much as |{ABOUT}|nearly |almost |over |more than )?\d{{1,3}}(\.\d+)?\s*%",
        rf"\bby (up to |as much as |{ABOUT}|nearly |almost |over |more than )?\d{{1,3}}(\.\d+)? ?(percent|per cent)\b",
        r"\b(hair counts?|hair density|density|regrowth|hair growth)\b[^.]{0,15}\b(rose|climbed|grew|increased|went up|jumped|improved)\b (by )?\d{1,3}(\.\d+)?\s*%",
        r"\b\d{1,3}(\.\d+)?\s*% (graft |hair )?(survival|success|satisfaction|regrowth|response) rates?\b",
        # "99% graft survival" needs no "rate": what survives says what it is a share of
        r"\b\d{1,3}(\.\d+)?\s*% (graft|hair|follicle) survival\b",
        r"\b(survival|success|satisfaction|regrowth|response|take|cure|clearance) rates?\b[^.]{0,30}\b\d{1,3}(\.\d+)?\s*%",
        # a share in words with the result it had: "most patients had their hair back"
        r"\b(most|the majority|nearly all|almost all|virtually all) (of )?(the |its |their )?(patients|people|users|"
        r"men|women|adults|children|teens|participants|those)\b[^.;]{0,60}\b(hair back|full head of hair|"
        r"regr[eo]w|grew (back|their hair))",
        # not a product that is "2-in-1" or "3-in-1"
        rf"\b(?!\w+-in-(1|one)\b){NUMBER}[ -](in|out[ -]of)[ -](\d+|two|three|four|five|ten)\b(?! (days?|weeks?|months?|years?)\b)"
        rf"(?! {EXPERTS})",
    ],
    Kind.FDA_APPROVED: FDA_APPROVED,
    Kind.FDA_CLEARED: FDA_CLEARED,
    Kind.PRESCRIPTION_STRENGTH: PRESCRIPTION_STRENGTH,
    Kind.CLINICALLY_PROVEN: [
        r"\b(clinically|scientifically|medically)[- ](proven|tested|shown|validated|studied)\b",
        r"\bproven to\b",
        # proof said with no one doing it: "it was recently shown that caffeine has a favourable
        # impact on hair growth" (of a benefit, not "it has been shown that stress causes hair loss")
        r"\bit (is|was|has been|had been) (now |recently |already |long |clearly |repeatedly |"
        r"scientifically |clinically )*(shown|proven|proved|demonstrated|established|confirmed) that\b"
        r"(?=[^.;]{0,80}\b(regrow\w*|grow\w*|thick\w*|densit\w*|favou?rable|effective|works?|"
        r"improv\w*|reduc\w*|stops?|prevent\w*|benefit\w*)\b)",
        r"\b(the |a )?proven (fix|solution|remedy|treatment|answer|formula|method|way|option|choice|therapy)\b",
        r"\bproven\b[^.]{0,40}\bto (regrow|grow|stop|work|help|reverse|thicken|restore)\b",
        r"\b(backed|supported) by\b[^.]{0,30}\b(trials?|studies|research|science|data)\b",
        r"\bclinical(ly)? (studies|trials) (show|prove)",
        r"\b(research|studies|trials?) (studies )?(have |has )?(shown|showed|show|proven)\b",
        # one trial's result told as proof: "a placebo-controlled study demonstrated significant
        # increases in hair growth" (not "demonstrated no benefit")
        r"\b(study|trial) (has |have )?(demonstrated|demonstrates|confirmed|confirms)\b(?! (no|not|little|any)\b)",
        r"\bshown in a (phase \d )?trial\b",
        # one study cited for a result: "one study in women with thinning hair found that ..."
        # (promises.SINGLE_STUDY; not "one study found no benefit")
        SINGLE_STUDY,
        # "been shown to improve hair growth in studies", "shown by several trials to help"
        r"\bshown\b[^.;]{0,40}\b(in|by) ((several|many|multiple|numerous|some|clinical|scientific|recent|"
        r"human) )*(studies|trials|research)\b",
        r"\bproven in ([\w-]+ ){0,3}(trials?|studies)\b",
        r"\blab(oratory)?[- ](proven|tested)\b",
        # a track record offered as proof: "boasting a proven track record in ...", "proven results"
        r"\b(a |its |their |with )?proven (results|efficacy|effectiveness)\b|\b(a |its |their |with )?proven "
        r"(track record|history|success)\b(?=[^.;]{0,40}\b(hair|regrow\w*|grow\w*|loss|thinning|shedding|"
        r"bald\w*|alopecia)\b)",
        # the evidence said to be lacking, a claim that it is weak (promises.LACKING): "there isn't
        # enough evidence to rate biotin's effectiveness", "evidence is limited" (before the
        # wording of strong evidence, which a denial would otherwise reach)
        rf"{LACKING_EVIDENCE}",
        # evidence said to be strong, one or more words for it: "robust and conclusive evidence",
        # "compelling, consistent scientific evidence"
        rf"\b{STRONG_EVIDENCE}((,| and|, and) {STRONG_EVIDENCE})* (clinical |scientific |medical |"
        r"research )?evidence\b",
        # a body of research said to bear a treatment out: "published literature confirms the
        # safety of PRP", "clinical data have validated its effectiveness", "research establishes
        # that it works" (one study is SINGLE_STUDY; "has not confirmed" is no proof claimed)
        r"\b(research|studies|trials|literature|evidence|science|data|findings)\b"
        r"(?: (?!not\b|never\b|yet\b|no\b|needed\b|required\b|necessary\b)[\w-]+){0,6}? (confirm(s|ed)?|demonstrat(es|ed)|establish(es|ed)|"
        r"validat(es|ed)|substantiat(es|ed)|prov(es|ed)|verif(ies|ied))\b"
        r"(?= (that|both|its|their|the (safety|efficacy|effectiveness|benefits?|value|use)|how well)\b)",
        *PROOF_SAID,
        r"\btested in (a |an |two |\d+ )?(human |clinical |randomi[sz]ed )?(trials?|study|studies)\b",
        # what the trials found, said to be mixed: a claim that the evidence is weak
        r"\b(mixed|conflicting|inconsistent|contradictory) (results|findings|evidence)\b",
        r"\b(evidence|results|findings|data|research|studies|trials)\b[^.]{0,30}\b(is|are|has been|have been|"
        r"remains?|so far) (\w+ )?(mixed|conflicting|inconsistent|contradictory)\b",
    ],
    Kind.DOCTOR_RECOMMENDED: [
        r"\b(doctor|dermatologist|physician|trichologist)s?[- ](recommended|approved|formulated|developed|trusted)\b",
        rf"\brecommended by\b[^.]{{0,25}}\b{EXPERTS}",
        r"\b#1 (doctor|dermatologist)",
        r"\b(doctors|dermatologists|experts|specialists|physicians|guidelines?)\b[^.]{0,25}\brecommend",
        r"\bfirst choice\b",
        # "a first-line option": a guideline's place for it, not "your first line of defence"
        r"\bfirst[- ]line\b(?! of\b)",
        r"\b(doctors?|dermatologists?|physicians?|experts?|pharmacists?|trichologists?) (trust|love|use|swear by|prescribe|choose)\b",
        # made or vouched for by experts: "developed by doctors", "formulated by a trichologist"
        r"\b(developed|formulated|created|designed|invented|endorsed|backed|vetted|loved|trusted|chosen|preferred|"
        r"praised|favou?red) by (\w+ ){0,3}"
        r"(doctors?|dermatologists?|physicians?|trichologists?|pharmacists?|surgeons?|scientists)\b",
        # hair professionals vouching for a product for thinning hair (not for a comb for wet hair)
        r"\b(stylists|hairdressers|hair stylists|barbers|colou?rists|salon (pros|professionals))\b[^.]{0,25}"
        r"\b(recommend|swear by|trust|love)\w*\b[^.]{0,50}\b(thinning|hair loss|shedding|(re)?growth|bald\w*|"
        r"alopecia|thicker|fuller)",
    ],
    Kind.NO_SIDE_EFFECTS: NO_SIDE_EFFECTS,
    Kind.NATURAL_SAFE: [
        r"\b(all[- ])?(natural|plant[- ]based|herbal|drug[- ]free|hormone[- ]free|non-?hormonal|made from plants|"
        r"plant[- ]derived|botanical)\b[^.]{0,40}\b(safe|gentle|harmless|can'?t hurt|worry[- ]free|nothing to (worry about|"
        r"fear)|no need to worry)\b",
        r"\b(safe|gentle)\b[^.]{0,30}\bnatural\b",
        # "chemical-free", "free from harsh chemicals"
        r"\bchemical[- ]free\b|\bfree (from|of) (any )?((harsh|nasty|toxic|harmful|synthetic|artificial) )*chemicals\b",
        r"\bnatural (alternative|solution)\b",
        # made from the body's own tissue, so safe: "PRP is safe as it uses your own blood",
        # "since the fat is your own, there is no risk"
        r"\bsafe\b[^.;]{0,30}\b(as|because|since) (it|they|this|the \w+) (uses?|comes? from|is made from|"
        r"(is|are) (taken|derived|made) from) (your|their|the patient'?s|a patient'?s|his|her) (own )?"
        r"(blood|plasma|cells|fat|tissue|body)\b",
        r"\b(uses?|using|from|made from|derived from) (your|their|the patient'?s|a patient'?s) own "
        r"(blood|plasma|cells|fat|tissue)\b[^.;]{0,40}\b(safe|harmless|no risks?|risk[- ]free)\b",
        # the reason in other words: "safe, because only your cells are being used", "harmless
        # since the platelets come from your own body"
        r"\b(safe|harmless|risk[- ]free|no risks?)\b[^.;]{0,30}\b(as|because|since|given that)\b[^.;]{0,30}"
        r"\b(your|their|the patient'?s|a patient'?s|his|her|the body'?s|your body'?s) (own )?(blood|plasma|"
        r"cells|fat|tissue|platelets|growth factors|body)\b",
        # a long history offered as proof of safety: "It is safe and has been used for over 30 years"
        r"\b(is|are|it's|they're) (very |perfectly |completely )?safe\b[^.;]{0,30}\b(used|prescribed|around|on the market|in use)"
        r"\b[^.;]{0,12}\b(for )?(over |more than |decades|generations|\d+ years)",
        r"\b(harmless|completely safe|totally safe|perfectly safe|100\s*% safe|risk[- ]free)\b(?! (trial|returns?|purchase|guarantee|period)\b)",
        # natural things' long use offered as proof of safety: "natural products have been used
        # since ancient times and have been proven safe"
        r"\b(natural|plant[- ]based|herbal|traditional)\b[^.;]{0,30}\b(used|relied on|around) (for|since)\b"
        # (not "used for centuries, but that does not make them safe")
        r"(?:(?!\b(?:not|never|but)\b|n't\b)[^.;]){0,50}\b(safe|harmless|gentle)\b",
    ],
    Kind.BETTER_THAN: BETTER_THAN,
    Kind.AS_GOOD_AS: AS_GOOD_AS,
    Kind.DELIVERY_TECHNOLOGY: [
        r"\bnano(?!met)\w*",  # not "nanometres", a laser's wavelength
        r"\bliposom\w*",
        r"\b(better|more efficient|deeper|enhanced|faster) (delivery|absorption|penetration)\b",
        r"\b(absorb|penetrat)\w*\b[^.]{0,10}\b(deeper|better|faster|more)\b",
        r"\bpenetrat\w+\b[^.]{0,25}\b(deep|follicle|scalp)",
        # "reaches three times deeper into the scalp than LEDs"
        r"\b(reach|go|get|travel|sink|work)\w*\b[^.]{0,25}\bdeeper\b",
        r"\bdeliver(s|y)? (the drug|it)\b",
        r"\bhelps? (it|\w+) (work|absorb|penetrate) better\b",
        r"\b\w+[- ]free delivery\b",
    ],
    Kind.GUARANTEED_RESULTS: GUARANTEED_RESULTS,
    Kind.CURES_BALDNESS: CURES_BALDNESS,
    Kind.NOURISHES_SCALP: [
        r"\bnourish\w*\b",
        r"\bfeeds? (the |your )?(follicles|roots|scalp)\b",
        r"\b(repair|strengthen|revitali[sz]e)\w*\b[^.]{0,20}\b(hair|scalp|roots)\b",
        r"\b(controls?|relieves?|clears?|prevents?|treats?|combat\w*|fights?|fighting|tackl\w*|sooth\w*|calms?|"
        r"helps? (relieve|prevent|control|combat|fight|tackle|soothe|calm))\b[^.]{0,40}\b(dandruff|flak\w*|itch\w*|scal(ing|p build)|psoriasis|dermatitis)\b",
        SYMPTOM_RELIEF,
        r"\bking of (the )?hair\b",
        r"\beasily absorbed\b",
        # a label's "anti-dandruff" is a claim; "an anti-dandruff shampoo" names a kind of product
        r"\bcontrol caspa\b|(?<!\ban )\banti-?dandruff\b",
    ],
    Kind.HARMS_OUTWEIGH: [r"\bside[- ]effects\b[^.]{0,40}\b(outweigh|far outweigh|exceed)\b"],
    Kind.SAFE_IN_PREGNANCY: SAFE_IN_PREGNANCY,
    Kind.CAUSES_SIDE_EFFECT: CAUSES_SIDE_EFFECT,
    Kind.FEWER_SIDE_EFFECTS: FEWER_SIDE_EFFECTS,
    Kind.LASTING_RESULTS: LASTING_RESULTS,
    Kind.NEEDS_ONGOING_USE: NEEDS_ONGOING_USE,
    Kind.DEFICIENCY_CAUSES_LOSS: [
        # "no evidence extra biotin improves hair unless you are deficient": a help that is
        # said to depend on a lack, as the lack is what causes the loss it mends
        r"\b(helps?|improves?|benefits?|works?|useful|effective|regrow\w*|boost\w*)\b[^.;]{0,60}"
        r"\b(unless|except (when|if|in)|only (if|when|in|for|with))\b[^.;]{0,25}"
        r"\b(deficien\w*|lack of|low in|low levels)\b",
        # "most people with thinning hair are low in it": how common the lack is
        r"\b(most|many|nearly all|almost all|the majority of|lots of) (people|women|men|those|of us)\b"
        rf"[^.]{{0,40}}{HAIR_LOSS}[^.]{{0,20}}\b(are|is) (\w+ )?(low|deficient|lacking|short) (in|on)\b",
        # "hair that's falling out because of a true biotin deficiency"
        rf"\b({HAIR_LOSS}|falling out|fall out)\b[^.]{{0,30}}\bbecause of (a |an )?(true |real |genuine )?"
        r"[\w-]+( [\w-]+)? deficien\w*",
        rf"\b(deficien\w*|lack of [\w-]+( [\w-]+)?|low (levels? of )?[\w-]+( [\w-]+)?( levels?)?)\b[^.]{{0,20}}\b(cause[sd]?|causing|leads? to|triggers?|results? in|is behind|(is |are )?(linked|associated|tied) (to|with)|contributes? to)\b[^.]{{0,30}}{HAIR_LOSS}",
        rf"{HAIR_LOSS}[^.]{{0,30}}\b(caused|triggered) by\b[^.]{{0,30}}\bdeficien\w*",
        # "a lack of X is one of the commonest reasons women lose their hair": a cause, and how common
        r"\b(deficien\w*|lack of [\w-]+( [\w-]+)?)\b[^.]{0,40}\b(reasons?|causes?|culprits?)\b[^.]{0,30}"
        rf"({HAIR_LOSS}|\b(lose|losing|lost) (their|your|our|her|his|the) hair\b)",
        rf"{HAIR_LOSS}[^.]{{0,30}}\b(due to|from|linked to)\b[^.]{{0,6}}\b(a |an )?[\w-]+( [\w-]+)? deficien\w*",
        rf"{HAIR_LOSS}[^.]{{0,30}}\bmore likely to have (low|too little|a lack of)\b",
        # the lack as a condition, the loss what follows: "if you're deficient you may have some
        # hair loss", "people who are low in iron can lose hair"
        r"\b((if|when|once) (you'?re|you are|you become|someone is|a person is|people are|"
        r"they are|they'?re)|(people|those|women|men|anyone) who (are|is|become)) (\w+ )?(deficient|"
        r"low in|lacking in)\b[^.;]{0,40}\b(have|get|develop|experience|notice|see|lose|losing|shed)\b"
        rf"[^.;]{{0,20}}({HAIR_LOSS}|\b(their|your|the|some) hair\b)",
        # German: "ein Mangel an Biotin ... kann zu Haarausfall führen", "Eisenmangel verursacht
        # Haarausfall"
        r"mangel\b[^.]{0,150}?(\bführ\w* ([\w-]+ ){0,3}?zu Haarausfall\b|\bzu Haarausfall\b[^.]{0,40}?\bführen\b|"
        r"\b(verursach|auslös)\w* ([\w-]+ ){0,2}?Haarausfall\b)",
        rf"\b(deficien\w*|lack of [\w-]+( [\w-]+)?|low (?!dose|level|light|tension|cost|price)(levels? of )?[\w-]+( [\w-]+)?( levels?)?)\b[^.]{{0,10}}"
        rf"\b(is|are|was|were) (much |far |twice as |(\w+ (to \w+ )?)?times (as )?)?(more )?(common|frequent|likely|prevalent)"
        rf"\b[^.]{{0,30}}{HAIR_LOSS}",
    ],
    Kind.SAFE_FOR_GROUP: SAFE_FOR_GROUP,
    Kind.USAGE: USAGE,
    Kind.SUITS_EVERYONE: SUITS_EVERYONE,
    # a price is a recorded fact too (prices.py), of the treatment rather than the condition
    Kind.CONDITION_FACT: [*CONDITION_FACT, PRICE, PRICE_COMPARED],
    Kind.DRUG_CLASS: DRUG_CLASS,
}
# The same kinds in other languages: after the English wordings, which keep their order.
PATTERNS |= {kind: [*PATTERNS[kind], *wordings] for kind, wordings in FOREIGN.items()}
# Registry order settles ties at one start (find_kinds sorts stably): a comparison first, as the
# wider claim, so "regrows hair as well as minoxidil" reads as one before it reads as regrowth.
_FIRST = (Kind.BETTER_THAN, Kind.AS_GOOD_AS)
PATTERNS = {k: PATTERNS[k] for k in (*_FIRST, *(k for k in PATTERNS if k not in _FIRST))}
# Wording that only makes a claim in a sentence about its effect: "within 30 days" is a
# promise of results only next to results, not in "free returns within 30 days".
CONTEXT: dict[Kind, str] = {
    Kind.NEEDS_ONGOING_USE: rf"{ONGOING_CONTEXT}|\b({ONGOING_WORDS})\b|{ONGOING_UNSPACED}",
    # a refund policy alone ("backed by our 90-day money-back guarantee") promises no result
    Kind.GUARANTEED_RESULTS: r"\b(results?|see|notice\w*|regrow\w*|grow\w*|hair(line)?|restor\w*|thick\w*|full\w*|"
    r"works?|effective|success\w*|dens\w*|everyone|everybody|anyone|every|all|flak\w*|dandruff|itch\w*|"
    # a promise that the condition will not return ("guaranteed to stop it ever coming back")
    r"(ever|never) (come|comes|coming) back|never returns?|relapse\w*|permanent\w*|forever|for good|"
    # a transplant's grafts promised to take: "100% of your grafts will survive"
    r"grafts?|surviv\w*)\b",
    Kind.WORKS_IN_DAYS: r"\b(results?|see|seen|notic\w*|visible|hair(line|s)?|grow\w*|regrow\w*|regrew|thick\w*|works?|"
    r"working|improv\w*|difference|shedding|loss|cure\w*|clear\w*|effect\w*|benefit\w*|energi[sz]\w*|"
    r"stimulat\w*|activat\w*|wak\w*|restor\w*|"
    rf"{RELIEF}|{RESULT_WORDS})\b|{RESULT_UNSPACED}",
}
# Comparison wordings that make a claim only with something named to compare against:
# "matched minoxidil", not "matches your skin tone"; "works equally well", not "works equally
# well on wet or dry hair".
NEEDS_COMPARATOR = (
    r"\b(matched|matches|equall?ed|equals|equally|swap|substitute|dupe|stand-in|comparabl[ey]|similarly|"
    r"similar( (in|for)( its)? \w+)? (to|with)|on (a )?par)\b"
)
# A result against a placebo, sham or no treatment: "more hair than people using fake devices".
PLACEBO_COMPARED = (
    r"\b(than|versus|vs|compared (with|to)|against|over|while|whereas|as (much|many)( [\w-]+){0,2} as|"
    r"beats?|beaten|beating|outperform\w*|outdid|bested)\b"
    r"[^.;]{0,40}\b(placebos?|sham|fake|dummy|saline( injections?)?|"
    r"vehicle|look-?alike|inactive|untreated|no treatment|nothing at all|doing nothing)\b"
)
# Wording that is a claim of a kind only in a sentence that also holds the context, wherever
# it stands ("If you could get pregnant, ... isn't for you": the state comes first, in a clause
# the claim's wording cannot reach back into). (kind, wording, context); tried only when the
# kind has no match yet and the prefilter finds the context's words in the sentence.
CONDITIONED: list[tuple[Kind, str, str]] = [
    (Kind.SAFE_IN_PREGNANCY, NOT_FOR_YOU, PREGNANCY_NAMED),
    (Kind.SAFE_IN_PREGNANCY, CANNOT_TAKE, PREGNANCY_NAMED),
    (Kind.USAGE, NOT_FOR_YOU, NOT_ITS_KIND_NAMED),
    # "more hair in users of laser devices than in users of fake look-alike devices": a
    # result against sham or placebo, which is a claim that it works
    (
        Kind.REGROWS_HAIR,
        r"\bmore (hair|hairs|regrowth|hair growth|new hair)\b[^.;]{0,60}\bthan\b",
        PLACEBO_COMPARED,
    ),
    # shedding at the start foretold as a thing to expect, while a treatment is taken: "some
    # shedding may be expected", "initial shedding is normal", "you may notice some shedding"
    (Kind.CAUSES_SIDE_EFFECT, SHEDDING_EXPECTED, ON_TREATMENT),
    # "extensions are a damage-free way to add volume": said of a hairstyle (style_harms.py)
    (Kind.NO_SIDE_EFFECTS, r"\b(damage|harm|breakage)[- ]free\b", STYLE.pattern),
    # (the context names the verb too, which the prefilter can look for: agency names are short)
    (
        Kind.FDA_APPROVED,
        DENIED_BY_AGENCY,
        rf"\b{AGENCY}\b[^.]{{0,40}}\b(approved|authori[sz]ed|licensed|okayed|approves?|authori[sz]es?|licenses?)\b",
    ),
    # "hair loss is normal, but there are things you can do to stop it": a way to stop it promised
    (
        Kind.STOPS_HAIR_LOSS,
        r"\b(things|ways|steps|tips|something)\b[^.;]{0,25}\bto (stop|halt|prevent|slow down) (it|them|this)\b",
        rf"{HAIR_LOSS}",
    ),
    # "while there is no consensus on the success rate, it sits between 70-90%": the rate
    # said in its own clause, where it "sits" (a doubt about it earlier denies nothing)
    (
        Kind.PERCENT_SUCCESS,
        r"\b(it|the rate|which|this) (sits|lies|ranges|falls) (somewhere )?(between|from|around|at|"
        r"about)\b[^.;]{0,10}\b\d{1,3}(\.\d+)?\s*%",
        r"\b(survival|success|satisfaction|regrowth|response|cure) rates?\b",
    ),
]
