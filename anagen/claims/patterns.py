"""The wording of each claim kind, one pattern list per kind (first pattern that fits wins).

Wording only: the medical facts the claims are graded against live in the content files.
"""

from __future__ import annotations

from anagen.claims.vocab import Kind

HAIR_LOSS = r"(hair ?loss|hair fall|shedding|thinning|balding|baldness|alopecia|effluvium)"
NUMBER = r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
EXPERTS = (
    r"(doctors|dermatologists|physicians|trichologists|pharmacists|experts|specialists|surgeons)\b"
)
HARMS = r"(side[- ]effects|adverse (effects|events)|risks?|irritation|itch\w*|burning|redness|dryness|reactions?|upset)"
PATTERNS: dict[Kind, list[str]] = {
    Kind.LOWERS_DHT: [
        r"\bDHT[- ]?block",
        r"\bblock(s|ed|ing)?\b[^.]{0,40}\bDHT\b",
        r"\b(lower|reduc|inhibit|suppress|cut|decreas|stop|prevent|shut\w* down|shut\w* off|knock\w* out|neutrali[sz]|deactivat|mop\w* up)\w*\b[^.]{0,30}\b(DHT|dihydrotestosterone)\b",
        r"\bDHT\b[^.]{0,20}\b(inhibitor|blocker|reduc\w*|suppress\w*)",
        r"\b(block|inhibit|switch\w* off|shut\w* (down|off)|disabl|suppress)\w*\b[^.]{0,30}\b5-?(alpha|\u03b1|a)[- ]?reductase\b",
        r"\b5-?(alpha|\u03b1|a)[- ]?reductase (inhibitor|blocker)s?\b",
        r"\benzyme that (turns|converts|changes) testosterone (in)?to DHT\b",
    ],
    Kind.BLOCKS_ANDROGENS: [
        r"\banti-?androgen",
        r"\bcounteract\w*\b[^.]{0,30}\b(testosterone|DHT|androgens?|male hormones?)\b",
        r"\bblock\w*\b[^.]{0,30}\b(androgens?|testosterone|male hormones?|hair-loss hormones?|androgen receptors?)\b",
        r"\bandrogen[- ](blocker|blocking|receptor (blocker|antagonist))",
    ],
    Kind.REGROWS_HAIR: [
        r"\bre-?grow|\bregrew\b",
        r"\bgrow(s|ing)?\b[^.]{0,20}\bhair\b",
        # "hair growth products" is a shelf, not a promise
        r"\bhair (re)?growth\b(?! (products?|brands?|market|industry|category|aisle|companies|company|sites?|reviews?)\b)",
        r"\b(stimulat|promot|boost|encourag|accelerat|activat|kick-?start|jump-?start)\w*\b[^.]{0,12}\b(re)?growth\b",
        r"\bnew hair\b",
        r"\brestor\w*\b[^.]{0,20}\bhair(line)?\b",
        r"\b(hair|hairline|crown|part|temples)\b (is |are |will be |gets? |get )?(fully |completely )?restored\b",
        r"\bhair (can |will |to |may |could |should )?(grows?|grow(ing)?|comes?|coming) back\b",
        r"\bbring(s|ing)? back\b[^.]{0,20}\bhair\b|\b(bring|brings|bringing|brought) (the |your |their |his |her )?hair back\b",
        r"\b(grows?|grew|growing|comes?|came|coming) back\b",
        r"\bhair (to )?grow\b",
        r"\bregrow\w* spontaneously\b|\bspontaneous regrowth\b",
        r"\b(get|gets|got|getting)\b[^.]{0,40}\bhair back\b",
        r"\b(fill|fills|filled|filling) in\b",
        r"\b(creat|produc|generat|form)\w*\b[^.]{0,15}\bnew\b[^.]{0,10}\b(hairs?|follicles?)\b",
        r"\b(end(ed|s)? up with|had|have|has|saw|see|sees|got|gets?|kept|keeps?) (\w+ )?more hair\b"
        r"(?! ?(loss|fall|shedding|thinning))",
    ],
    Kind.STOPS_HAIR_LOSS: [
        rf"\bprotect\w*\b[^.]{{0,30}}\b(from|against)\b[^.]{{0,15}}\b{HAIR_LOSS}",
        rf"\b(stop|halt|prevent|end|reduc|slow|fight|combat|treat|relieve|revers|arrest)\w*\b[^.]{{0,25}}\b{HAIR_LOSS}",
        rf"\bhelps? (with|against|in) {HAIR_LOSS}",
        r"\banti[- ]?(hair[- ]?loss|thinning)\b",
        rf"\b{HAIR_LOSS}\b[^.]{{0,20}}\b(stops?|settles?|ends?|slows?|resolves?|goes away|calms? down|clears? up|eases? off)\b",
        r"\bused for hair loss\b",
        r"\b(works?|is effective|helps?)\b (for|in) (women|men|both men and women|both sexes)\b",
        r"\bworks? (on|for|against) (alopecia|scarring|patchy|bald patches|ringworm|traction|receding|crown)",
        r"\b(hold on to|holding on to|keep|keeps|keeping|retain|retains|save|saves)\b (their|your|his|her|the|more of (their|your)) (own )?hair\b",
    ],
    Kind.THICKENS_HAIR: [
        r"\bthick(er|en|ens|ening|ness)\b",
        r"\bfuller\b",
        r"\bdenser\b|\bdensity\b",
        r"\bvolumi",
    ],
    Kind.STIMULATES_FOLLICLES: [
        r"\b(stimulat|activat|reactivat|re-?awaken|awaken|energi[sz]|revitali[sz]|re-?wak|wake|reviv|rejuvenat)\w*\b[^.]{0,30}\bfollicles?\b",
    ],
    Kind.WORKS_IN_DAYS: [
        r"\b(by|in|at|from|before) (the end of )?(day|week|month) (\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b",
        r"\bgive (it|them|\w+( \w+)?) (just |only )?(\d+|one|two|three|four|five|six|a few) (days?|weeks?|months?)\b",
        r"\b(in|within|after|from) (just |only |the first |about |as little as |as few as |under |less than )?(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|a few|a couple of|few|several)"
        r"((-| to | or )(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))? ?(days?|weeks?|months?|fortnights?)\b",
        r"\b(after|from) (just |only )?(the )?(very )?(first|one|a single) (\w+ )?(use|session|application|treatment|wash)\b",
        r"\b(in|within|during|after) the (very )?first (few )?(days?|weeks?|month)\b",
        r"\b(by|in|within|during|after|before) the (second|third|fourth|fifth|sixth|\d+(st|nd|rd|th)) (day|week|month)\b",
        r"\b(in|within|after) (just |only |about |under |less than )?(a|one|two) fortnights?\b",
        r"\b\d+\s*(days?|weeks?)\b[^.]{0,30}\b(results?|see|notice|visible)",
        r"\b(about |at least )?(\d+|four|three|six) months of\b(?! (testing|tests|research|trials?|study|studies|development|work)\b)",
        r"\btakes? (about |at least |up to |only |just )?(\d+|one|two|three|four|five|six|a few|several) (days?|weeks?|months?)\b",
    ],
    Kind.PERCENT_SUCCESS: [
        r"\b\d{1,3}(\.\d+)?\s*%\s*(of )?(users|men|women|people|customers|participants|patients|adults|children|subjects|success|saw|reported|noticed|showed|experienced|effective|more|less|increase|reduction)",
        r"\b(in|for) \d{1,3}(\.\d+)?\s*% of\b",
        r"\b\d{1,3}(\.\d+)? ?(percent|per cent) of\b",
        r"\b\d+(\.\d+)?\s*(more |extra |new )?hairs?\s*(per|/|a|an)\s*(square centimet(re|er)|cm2|cm²|sq\.? ?cm)",
        r"\b(a|one|two|three) (third|quarter|fifth|half)s? of (the )?(users|men|women|people|customers|participants|patients|adults|children|subjects|those)\b",
        r"\bhalf (of )?(the )?(users|men|women|people|customers|participants|patients|adults|children|subjects)\b",
        r"\bby \d{1,3}(\.\d+)?\s*%",
        r"\b(hair counts?|hair density|density|regrowth|hair growth)\b[^.]{0,15}\b(rose|climbed|grew|increased|went up|jumped|improved)\b (by )?\d{1,3}(\.\d+)?\s*%",
        r"\b\d{1,3}(\.\d+)?\s*% (graft |hair )?(survival|success|satisfaction|regrowth|response) rates?\b",
        r"\b(survival|success|satisfaction|regrowth|response|take|cure|clearance) rates?\b[^.]{0,30}\b\d{1,3}(\.\d+)?\s*%",
        rf"\b{NUMBER}[ -](in|out[ -]of)[ -](\d+|two|three|four|five|ten)\b(?! (days?|weeks?|months?|years?)\b)"
        rf"(?! {EXPERTS})",
    ],
    Kind.FDA_APPROVED: [
        r"\bFDA[- ]approved\b",
        r"\bapproved by the FDA\b",
        r"\bFDA (has |have )approved\b",
        r"\b(regulators?|authorities|agency|agencies|MHRA|EMA|TGA|Health Canada)\b[^.]{0,20}\b(allowed|okayed|authori[sz]ed|licensed|approved)\b",
        r"\bFDA approval\b",
        r"\bapproved (for|to treat)\b[^.]{0,40}\b(hair|alopecia|baldness)\b",
        r"\ban approved\b|\bthe (only |first )?approved (option|treatment|medicine|drug|choice|pill|tablet)s?\b",
        r"\bapproved in\b",
        r"\bapproved (for|in) (both sexes|both men and women|men and women|women|men)\b",
        r"\bapproved (from|for) (the )?(age (of )?\d+|ages? \d+|(children|teens|teenagers|people) (aged |over )?\d+|\d+ and (up|over|older))\b",
        r"\bFDA[- ](registered|listed)\b|\b(registered|listed) with (the )?FDA\b",
        r"\bgreen[- ]light\b[^.]{0,20}\b(FDA|EMA|MHRA|regulators?)\b|\b(FDA|EMA|MHRA|regulators?)\b[^.]{0,20}\bgreen[- ]light\b",
        r"\blicensed (in|for|by)\b",
        r"\b(FDA|EMA|MHRA|regulators?)\b[^.]{0,20}\bsign(s|ed)? off\b",
        r"\boff[- ]label\b",
        r"\bFDA'?s? (blessing|seal of approval|stamp of approval)\b|\b(blessed|okayed|OK'?d) by the FDA\b",
        r"\blicensed\b[^.]{0,30}\bfor (hair|alopecia|bald)",
        r"\b(approved|licensed|authori[sz]ed)\b[^.]{0,30}\b(in|across) (the )?(US|USA|United States|UK|EU|Europe|Britain|Canada|Australia)\b",
        r"\blicensed\b[^.]{0,30}\bas an? (hair|blood|treatment|medicine|drug|tablet|pill)",
        r"\b(is|are|was|been|got|gets) (now )?(banned|outlawed|prohibited|illegal)\b",
        r"\b(available|sold|bought|buy|picked up|pick up|get|obtain)\b[^.]{0,40}\b(on prescription|by prescription|with a prescription|without (a )?prescription|over the counter|off the shelf|at (a |any )?(\w+ )?pharmac(y|ies)|pharmacy counter)\b",
        r"\b(a|an) (GSL|P|POM|pharmacy|pharmacy-only|prescription-only) (medicine|product|drug)\b",
        r"\bavailable (across|in|throughout) (the )?(EU|Europe|UK|US|USA|United States|Britain)\b",
    ],
    Kind.FDA_CLEARED: [
        r"\bFDA[- ]cleared\b",
        r"\bcleared by the FDA\b",
        r"\bFDA (has |have )?cleared\b",
        r"\bFDA clearance\b",
        r"\b510\s*\(k\)",
    ],
    Kind.PRESCRIPTION_STRENGTH: [
        r"\bprescription[- ]strength\b",
        r"\bprescription[- ]grade\b",
        r"\bprescription[- ]only\b",
        r"\bsame strength as (a )?prescription",
        r"\bneeds? a (doctor'?s )?prescription\b",
        r"\b(maximum|max|extra|clinical)[- ]strength\b",
        r"\b(strongest|highest strength|most potent)\b[^.]{0,40}\b(without (a )?prescription|over[- ]the[- ]counter|OTC|non-?prescription)",
        r"\bavailable (only )?(on|by|with) (a )?(doctor'?s )?prescription\b",
    ],
    Kind.CLINICALLY_PROVEN: [
        r"\b(clinically|scientifically|medically) (proven|tested|shown|validated|studied)\b",
        r"\bproven to\b",
        r"\bproven\b[^.]{0,40}\bto (regrow|grow|stop|work|help|reverse|thicken|restore)\b",
        r"\b(backed|supported) by\b[^.]{0,30}\b(trials?|studies|research|science|data)\b",
        r"\bclinical(ly)? (studies|trials) (show|prove)",
        r"\b(research|studies|trials?) (studies )?(have |has )?(shown|showed|show|proven)\b",
        r"\bshown in a (phase \d )?trial\b",
        r"\bproven in (\w+ ){0,2}(trials?|studies)\b",
        r"\blab(oratory)?[- ](proven|tested)\b",
        r"\b(strong|solid|robust|good|high-quality) (clinical |scientific )?evidence\b",
        r"\btested in (a |an |two |\d+ )?(human |clinical |randomi[sz]ed )?(trials?|study|studies)\b",
    ],
    Kind.DOCTOR_RECOMMENDED: [
        r"\b(doctor|dermatologist|physician|trichologist)s?[- ](recommended|approved|formulated|developed|trusted)\b",
        rf"\brecommended by\b[^.]{{0,25}}\b{EXPERTS}",
        r"\b#1 (doctor|dermatologist)",
        r"\b(doctors|dermatologists|experts|specialists|physicians|guidelines?)\b[^.]{0,25}\brecommend",
        r"\bfirst choice\b",
        r"\b(doctors?|dermatologists?|physicians?|experts?|pharmacists?|trichologists?) (trust|love|use|swear by|prescribe|choose)\b",
    ],
    Kind.NO_SIDE_EFFECTS: [
        r"\b(no|zero|without( any)?( causing)?|free (of|from)|avoids?( the)?) ([\w-]+ ){0,2}(side[- ]effects|adverse (effects|events)|risks?)\b",
        r"\bside[- ]effect[- ]free\b",
        r"\bnone of (them|these|those|it|the \w+) (has|have|causes?|carr(y|ies)|gives?) (any )?(side[- ]effects|adverse effects|risks?)\b",
        r"\b(does not|doesn't|won't|will not) cause (any )?side[- ]effects\b",
        r"\bcan'?t hurt\b",
        r"\bside[- ]effects (are )?no more common than\b",
        r"\b(no|zero|without( any)?) (scalp )?(irritation|itching|burning|redness|dryness)\b",
        r"\b(no|zero|without( any)?|free (of|from)|leaves? no) (visible |noticeable |obvious |linear |large |big |tell-?tale )?(scars?|scarring)\b",
        r"\b(won'?t|will not|don'?t|do not|never) (get|have|suffer|experience|cause|give you)\b(?: [\w-]+){0,3}? side[- ]effects\b",
        r"\b(no|without( an?)?|carr(y|ies) no) (boxed|black[- ]box) warning\b",
        r"\bnon-?irritating\b",
        r"\b(practically |virtually |almost |completely )?painless\b",
        r"\bnobody (stays|gets|feels|is) (sore|itchy|irritated)\b",
        r"\bnever leaves? (a |any )?(mark|marks|scar|scars|trace)\b",
        r"\b(easy|gentle|kind) on (the|your) (liver|kidneys?|stomach|heart)\b",
        r"\b(won'?t|will not|doesn'?t|does not|can'?t|cannot) affect (your |a man's |men's )?(fertility|sperm|libido|sex drive|mood|erections?)\b",
        r"\bno (\w+ )?warnings?\b(?! (sign|signs)\b)",
        r"\bonly (minor|mild|slight|light|temporary) (\w+ )?(side[- ]effects|adverse (effects|events)|reactions)\b",
        rf"\b{HARMS}[^.]{{0,40}}\bnothing (serious|dangerous|major)\b",
    ],
    Kind.NATURAL_SAFE: [
        r"\b(all[- ])?(natural|plant[- ]based|herbal)\b[^.]{0,40}\b(safe|gentle|harmless|can'?t hurt|worry[- ]free)\b",
        r"\b(safe|gentle)\b[^.]{0,30}\bnatural\b",
        r"\bchemical[- ]free\b",
        r"\bnatural (alternative|solution)\b",
        r"\b(harmless|completely safe|totally safe|perfectly safe|100\s*% safe|risk[- ]free)\b(?! (trial|returns?|purchase|guarantee|period)\b)",
    ],
    Kind.BETTER_THAN: [
        r"\b(better|stronger|faster|more effective|more powerful|superior|outperforms?)\b[^.]{0,10}\b(than|to)\b",
        r"\bmost effective\b",
        r"\bthe best (supplement|treatment|option|product|remedy|choice|oil|shampoo|pill) for\b",
        r"\b(beats?|outperform\w*|outranks?|outranked|surpass(es|ed)?)\b",
        r"\branked (above|below|higher|lower|ahead of|behind)\b",
        r"\b(doubl|tripl|quadrupl)(ed|es)\b[^.]{0,40}\bcompared (with|to)\b",
        r"\b(results?|works?|worked|acts?) (sooner|quicker|faster|later|more slowly) than\b",
        r"\b(grows?|grew|regrows?|regrew|gives?|gave) less hair\b",
        r"\b(less effective|less powerful|weaker|worse|inferior)\b[^.]{0,10}\b(than|to)\b",
        r"\bsuperior choice\b",
        r"\bsynergistic",
        r"\b(grows?|grew|regrows?|regrew|gives?|gave|gained?|produced?) (far |much |way |a lot )?more hair\b",
        r"\b(higher|greater|bigger|larger) (hair )?(counts?|gains?|density|regrowth|growth)\b[^.]{0,40}\bthan\b",
        r"\bworks? better\b",
        # "four times the hair count gain of", not "three times the usual dose"
        r"\b((two|three|four|five|six|seven|eight|nine|ten|\d+(\.\d+)?) times|twice) (the|as (much|many|large|big|great))"
        r"( [\w-]+){0,2} (hairs?|regrowth|growth|results?|gains?|counts?|improvements?|benefits?|effects?|response)\b",
        r"\b(cures?|cured|clears?|cleared|helps?|helped)\b (more|fewer) (\w+ ){0,2}than\b",
        r"\b(boost|enhanc|amplif|doubl|increas|improv|strengthen)\w*\b[^.]{0,12}\b(results?|effects?|efficacy|effectiveness|power|action) of\b",
    ],
    Kind.AS_GOOD_AS: [
        r"\bas (effective|good|powerful|strong) as\b",
        r"\brivals?\b",
        r"\bwork(s|ed)? (just |about )?(like|as well as)\b",
        r"\bworks? (just |about )?as well for (women|men)\b",
        r"\b(regrows?|grows?) hair (just |about )?as well as\b",
        r"\babout as well as\b",
        r"\bworks? (just |about )?as (reliably|effectively|fast|quickly)\b",
        r"\bas much hair as\b",
        r"\b(same|similar|equal|comparable) (results|effect\w*) (as|to)\b",
        r"\bnatural (minoxidil|finasteride)\b",
        # "the herbal equivalent of finasteride", not "equivalent to 5 mg"
        # ("substantially equivalent to" an earlier device is the wording of a clearance)
        r"(?<!substantially )(?<!\bas )\bequivalent (of|to)\b(?! (about |around |roughly )?\d)",
        r"\bnature'?s (own )?(answer|alternative|version|equivalent) to\b|\bnature'?s (own )?(minoxidil|finasteride|propecia|rogaine|regaine)\b",
        r"\btoe[- ]to[- ]toe\b|\bon (a )?par with\b|\bgoes? head[- ]to[- ]head\b",
        r"\bas much as\b(?! \d)",
        r"\b(the )?same\b[^.]{0,25}\b(power|strength|effect\w*|results?|benefits?|action)\b[^.]{0,5}\bas\b",
        r"\bas (effectively|reliably|quickly|powerfully|potently) as\b",
        # "the same 5% minoxidil as", "the same dose of finasteride as"
        r"\bthe same (\d+(\.\d+)?\s*%|\d+(\.\d+)? ?mg|dose|strength|amount|concentration)[^.]{0,20}\bas\b",
        r"\b(matched|matches|equall?ed|equals)\b(?! (placebo|sham|controls?|groups?|pairs?|for)\b)",
        r"\b(works?|worked|performs?|performed|acts?) (just |about )?equally( well)?\b|\bequally (effective|good|well|powerful)\b",
        r"\b(results?|gains?|effects?|improvements?|regrowth|growth|benefits?|counts?)\b[^.]{0,12}\b(close|comparable|equal|equivalent|similar) to\b",
        r"\b(swap|substitute|dupe|stand-in) for\b",
    ],
    Kind.DELIVERY_TECHNOLOGY: [
        r"\bnano(?!met)\w*",  # not "nanometres", a laser's wavelength
        r"\bliposom\w*",
        r"\b(better|more efficient|deeper|enhanced|faster) (delivery|absorption|penetration)\b",
        r"\b(absorb|penetrat)\w*\b[^.]{0,10}\b(deeper|better|faster|more)\b",
        r"\bpenetrat\w+\b[^.]{0,25}\b(deep|follicle|scalp)",
        r"\bdeliver(s|y)? (the drug|it)\b",
        r"\bhelps? (it|\w+) (work|absorb|penetrate) better\b",
        r"\b\w+[- ]free delivery\b",
    ],
    Kind.GUARANTEED_RESULTS: [
        r"\bguarantee",
        r"\b(100|hundred)\s*% (effective|results|success)\b",
        r"\bworks? for (everyone|everybody|anyone)\b",
        r"\b(in|for) (every|each) (single )?(patient|user|man|woman|person|customer|case|client)\b",
        r"\b(in|for) all (patients|users|men|women|people|customers|cases|clients)\b",
        r"\bno matter (how bald|how much hair|the cause|your age)\b",
    ],
    Kind.CURES_BALDNESS: [
        r"\bcures?\b[^.]{0,40}\b(baldness|hair loss|alopecia|ringworm|tinea)\b",
        r"\bthe cure for\b",
        r"\b(baldness|hair loss|alopecia( areata)?|ringworm|tinea)\b[^.]{0,30}\b(can|will|is|be) (be |now be )?(cured|curable)\b",
        r"\b(cured|curable)\b[^.]{0,15}\b(baldness|hair loss|alopecia|ringworm|tinea)\b",
        r"\bclear (patchy )?alopecia\b",
        r"\bpermanent(ly)?\b[^.]{0,25}\b(results|regrowth|cure|solution)\b",
        r"\bend (baldness|hair loss) (for good|forever)\b",
        rf"\b(revers|end|stop|eliminat|banish|beat|defeat|solv)\w*\b[^.]{{0,10}}\b{HAIR_LOSS}[^.]{{0,15}}\b(permanently|for good|forever|once and for all)\b",
        r"\bpermanently\b[^.]{0,10}\b(revers|end|stop|eliminat|restor|regrow|solv)\w*",
        r"\bcures?\b(?= (it|this|that)\b)",
        r"\b(results|regrowth|gains?|new hair)\b[^.]{0,15}\b(are|is|will be|stays?|remains?) permanent\b",
        r"\b(clears?|eliminates?|kills?|gets? rid of|eradicates?)\b[^.]{0,20}\b(ringworm|tinea|fung\w*)\b",
    ],
    Kind.NOURISHES_SCALP: [
        r"\bnourish\w*\b",
        r"\bfeeds? (the |your )?(follicles|roots|scalp)\b",
        r"\b(repair|strengthen|revitali[sz]e)\w*\b[^.]{0,20}\b(hair|scalp|roots)\b",
        r"\b(controls?|relieves?|clears?|prevents?|treats?|helps? (relieve|prevent|control))\b[^.]{0,40}\b(dandruff|flak\w*|itch\w*|scal(ing|p build)|psoriasis|dermatitis)\b",
        r"\bking of (the )?hair\b",
        r"\beasily absorbed\b",
        r"\bcontrol caspa\b|\banti-?dandruff\b",
    ],
    Kind.HARMS_OUTWEIGH: [r"\bside[- ]effects\b[^.]{0,40}\b(outweigh|far outweigh|exceed)\b"],
    Kind.SAFE_IN_PREGNANCY: [
        r"\bsafe\b[^.]{0,40}\b(pregnan\w*|breast-?feeding|nursing|conceiv\w*|trying for a baby)\b",
        r"\bsafe for (pregnant|breast-?feeding|nursing) (women|mothers|mums|moms)\b",
        r"\b(pregnant|expectant|expecting|nursing|breast-?feeding) (women|mothers|mums|moms|ladies)\b[^.]{0,20}\b(can|may)\b (safely )?(take|use|try)\b",
        r"\b(needs?|requires?) no (doctor'?s? |medical |GP'?s? |pharmacist'?s? )?(advice|approval|sign-off|say-so|check)\b[^.]{0,30}\b(pregnan\w*|breast-?feeding|nursing)",
        r"\bsafe\b[^.]{0,40}\b(expect(ing|ant) (mothers|mums|moms)|mums?-to-be|moms?-to-be)\b",
        r"\b(safe|gentle|fine|okay|ok)\b[^.]{0,30}\b(through|during|throughout|in) (your |a )?pregnan\w*",
        r"\b(safe|gentle|fine|okay|ok)\b[^.]{0,30}\b(while|when|if you'?re) (pregnant|nursing|breast-?feeding|expecting|trying for a baby|trying to conceive)\b",
        r"\b(fine|safe|okay|ok)\b[^.]{0,30}\b(keep|continue|carry on|go on) (breast-?feeding|nursing)\b",
        r"\b(fine|safe|okay|ok)\b[^.]{0,20}\b(get|getting|become|becoming) pregnant\b",
        r"(?<=\bnot )something to (take|use)\b[^.]{0,20}\b(pregnan\w*|breast-?feeding|nursing)",
        r"\bno need to stop\b[^.]{0,30}\b(pregnan\w*|breast-?feeding|nursing)|\b(don'?t|do not|won'?t) (need|have) to stop\b[^.]{0,30}\b(pregnan\w*|breast-?feeding|nursing)",
        # a warning against use: the claim's wording starts after the negation, which makes
        # it a denial that the medicine is safe then
        r"(?:(?<=\bdon't )|(?<=\bdont )|(?<=\bdo not )|(?<=\bnever )|(?<=\bmust not )|(?<=\bshould not )|(?<=\bshouldn't ))(be )?(take|taken|taking|use|used|using)\b[^.]{0,30}\b(pregnan\w*|trying for a baby|trying to conceive|breast-?feeding|nursing)\b",
        # a warning: wording after "should not" (a denial that it is safe), or "should stop it
        # first" and "wait ... before trying for a baby" (read as one by rule_pregnancy)
        r"(?:(?<=\bshouldn't )|(?<=\bshould not )|(?<=\bmust not )|(?<=\bmustn't )|(?<=\bnever ))(handle|touch|be handled|be touched)\b",
        r"\b(should|must|need to|needs to|have to|has to|ought to) (\w+ )?(stop|avoid|come off|quit)\b(?=[^.]{0,60}\b(pregnan\w*|conceiv\w*|trying for a baby|breast-?feeding|nursing|unborn|bab(y|ies))\b)",
        r"\b(pregnan\w*|conceiv\w*|trying for a baby|breast-?feeding|nursing)\b[^.]{0,30}\b(should|must|need to|needs to|have to|has to) (\w+ )?(stop|avoid|come off|quit)\b",
        r"\bwait\b[^.]{0,50}\bbefore (trying for a baby|trying to conceive|conceiving|getting pregnant|fathering)\b",
    ],
    Kind.CAUSES_SIDE_EFFECT: [
        r"(?<!\bthat )(?<!\bwhich )(?<!\bwhat )\b(cause|causes|trigger|triggers|lead to|leads to|result in|results in|throw off|throws off|interfere with|interferes with|distort|distorts)\b(?![^.]{0,20}\b(growth|regrowth|new hair|thicker|fuller)\b)(?! (as little as|as few as|just|only|under|less than|\d))",
        r"\b(makes?|leaves?|left) (you|your hair|hair|the scalp|your scalp)\b[^.]{0,10}\b(shed|fall out|itch|thin|dry|break|go grey|turn grey|irritat|dizz|light-?headed|faint|tired|sleepy|sick|nauseous|depress|anxious|gain weight|put on weight)\w*",
        r"\b(gives?|giving) (you |some people |users )?(headaches?|acne|rashe?s?|hives|palpitations|dizz\w+|nausea|diarrhoea|diarrhea|heartburn|spots|pimples|a rash)\b",
        r"\b(raises?|raising|lowers?|lowering|increases?|increasing|decreases?|decreasing|affects?|affecting|alters?|altering|hides?|hiding|masks?|masking)\b(?= (your |the |a |an |blood |some )?(PSA|potassium|blood pressure|cholesterol|lab|tests?|test results?|troponin|hormone|liver|kidney|heart rate|libido|sex drive|mood|sperm|fertility|prostate cancer)\b)",
        r"\b(linked|associated|tied) (to|with)\b",
        r"\b(thin|thins|irritate|irritates|dry|dries|burn|burns|sting|stings|stain|stains|darken|darkens|discolou?rs?|damage|damages|harm|harms|inflame|inflames)\b(?= (the |your |a )?(skin|scalp|eyes?|liver|kidneys?|lids?|eyelids?|iris|hair colou?r|clothes|clothing)\b)",
        r"\b(causes|triggers)\b[^.]{0,10}\b(itch\w*|irritation|shedding|headaches?|dizziness|swelling|rash\w*|acne|hair growth on)\b",
        r"\b(gets?|getting|develops?|developing|developed|experienc\w+|suffers?( from)?|suffered( from)?)\b(?! rid)(?: [\w-]+){0,3}? (side[- ]effects|adverse effects|dysfunction|impotence|erection problems|sexual problems|headaches?|rash\w*|dizziness|nausea|irritation|itch\w*|acne|swelling|infections?|gynaecomastia|gynecomastia|breast (growth|enlargement|tenderness))\b",
        r"\b(skews?|skewed|mess(es)? (with|up))\b",
        r"\b(turns?|turned|turning|darkens?|darkened)\b[^.]{0,30}\b(eyes?|iris(es)?|eyelids?|lids)\b|\b(eyes?|iris(es)?) (turn|go|become)s? (brown|darker)\b",
        r"\breactivat\w*\b[^.]{0,30}\b(infections?|tuberculosis|TB|hepatitis|shingles|virus)\b",
        r"\braises? (your |the )?(risk|chance|odds) of\b",
        r"\bend (up )?with\b[^.]{0,20}\b(extra|more|unwanted) (hair|body hair|facial hair)\b",
        r"\b(got|gets?|getting|became|becomes?|becoming|grew|grows?|went|goes|turned)\b (\w+ )?hairier\b|\bhairier (face|forehead|arms|legs|body|cheeks|chin|back|chest)\b",
        r"\bmakes? [\w']+( [\w']+)? (breasts?|chest|nipples?) (sore|tender|ache|hurt)\w*",
        r"\b(feel|feels|felt|get|gets|got)\s+(dizzy|light-?headed|sick|nauseous|faint|sleepy|drowsy)\b",
        r"\bmakes? (you|your|their|his|her|the|a man'?s|men'?s|women'?s)\b(?: [\w-]+){0,2}? (breasts?|chest|ankles?|feet|legs|face|hands?) (grow|swell|puff|enlarge|get bigger)\w*",
        r"\b(leave|leaves|left|gets?|got|develop\w*)\b(?: [\w-]+){0,3}? (dents?|dips?|dimples?|indentations?|pits?)\b",
        r"\b(hides?|hiding|masks?|masking)\b[^.]{0,30}\b(on|in) (a |your |the )?(blood |lab )?tests?\b",
        r"\b(knocks?|brings?|pushes?|drives?|halves?|halving|cuts?)\b (down )?(your |the |a )?(PSA|potassium|blood pressure|testosterone|DHT levels?)\b",
        r"\b(carr(y|ies)|has|have|comes? with) an? (boxed |black[- ]box |serious )?warning\b",
        r"\bexpect\b[^.]{0,25}\b(shedding|itch\w*|irritation|dryness|redness|side[- ]effects)\b",
        r"\bside[- ]effects?\b[^.]{0,25}\b(occurred|were (seen|reported|found)|happened)\b",
        r"\bside[- ]effects?\b[^.]{0,40}\b(affected|affect|occurred in|happened in|were seen in)\b",
    ],
    Kind.FEWER_SIDE_EFFECTS: [
        rf"\b(fewer|less|lower|reduced|reduces?|lessens?|minimi[sz]es?|gentler)\b[^.]{{0,30}}\b{HARMS}",
        # a side-effect comparison the other way round: "far more side effects than finasteride"
        rf"\bmore\b[^.]{{0,25}}\b{HARMS}[^.]{{0,10}}\bthan\b",
        r"\b(caused|causes|cause|gave|gives|give|brought|brings|led to|leads to)\b (far |much |many |way )?"
        r"more (\w+ ){0,2}(side[- ]effects|body hair|facial hair|hair growth on|headaches?|dizziness|"
        r"swelling|irritation|itch\w*|rash\w*|sexual problems)",
        r"\bbetter tolerated\b",
    ],
    Kind.LASTING_RESULTS: [
        r"\b(keep|kept|maintain|hold on to|retain)\w*\b[^.]{0,40}\b(even )?after (you )?(stop|quit|finish|end)\w*",
        r"\bno need to (keep|continue) (using|taking|applying)\b",
        r"\byours to keep\b|\b(keep|stay|remain)s?\b[^.]{0,30}\beven (if|when|after) (you )?(stop|quit|give up)\w*",
        r"\bkeeps? growing\b[^.]{0,20}\b(for years|for life|forever|permanently)\b",
        r"\b(native|remaining|surrounding|existing|rest of (your|the)) hair\b[^.]{0,40}\b(protected|safe from|won'?t (thin|fall|shed))",
        r"\b(protect|preserv|save|shield)\w*\b[^.]{0,15}\b(native|remaining|surrounding|existing|rest of (your|the)) hair\b",
        r"\b(hair|hairs|grafts?|results?|regrowth|gains?|hairline)\b (is|are|will be|stays?|remains?) (\w+ )?(permanent|lifelong)\b",
        r"\bresults (last|stay|remain)\b[^.]{0,25}\b(forever|for life|for good|after)\b",
        r"\b(results|hair|regrowth) (that )?(lasts?|stays?) (forever|for life|for good)\b",
        r"\b(hairline|hair|results?|regrowth|gains?)\b[^.]{0,15}\b(lasts?|stays?) (forever|for life|for good|a lifetime)\b",
        r"\b(lifelong|lifetime) (results|hair|regrowth)\b",
        r"\bone[- ]and[- ]done\b|\bnever need (a |another )?(second|another|more|further|repeat) (procedure|session|surgery|transplant|treatment)s?\b",
        r"\b(lasts?|stays?|remains?|persists?)\b[^.]{0,20}\bafter (you )?(stop|quit|finish)\w*",
        # "if you stop, the new hair will stay": the clause after the condition
        r"(?<=\bstop, )(the )?(new |regrown |extra )?(hair|results?|regrowth|gains?)\b[^.]{0,20}\b(will |would |should )?(stay|stays|remain|remains|last|lasts|stick around)\b",
        r"\bstop\w*\b[^.]{0,40}\b(keep|maintain|retain)\w*\b[^.]{0,15}\b(results?|hair|gains?|regrowth)\b",
    ],
    Kind.NEEDS_ONGOING_USE: [
        r"\b(have|has|need|needs|must) to (keep|continue|go on) (using|taking|applying)\b",
        r"\bkeep (using|taking|applying) (it|them|\w+) to (keep|maintain)\b",
        r"\bonly (works?|lasts?) (as long as|while) you\b",
        r"\b(results|gains?|hair) (is|are|will be)? ?lost (if|when|after) you stop",
        r"\b(hair|gains?|results?|regrowth|growth)( (you|you've) (gained|grown|regrown))? (is|are|will be|gets?) (lost|gone|reversed)\b",
    ],
    Kind.DEFICIENCY_CAUSES_LOSS: [
        rf"\b(deficien\w*|lack of [\w-]+( [\w-]+)?|low (levels? of )?[\w-]+( [\w-]+)?( levels?)?)\b[^.]{{0,20}}\b(cause[sd]?|causing|leads? to|triggers?|results? in|is behind|(is |are )?(linked|associated|tied) (to|with)|contributes? to)\b[^.]{{0,30}}{HAIR_LOSS}",
        rf"{HAIR_LOSS}[^.]{{0,30}}\b(caused|triggered) by\b[^.]{{0,30}}\bdeficien\w*",
        rf"{HAIR_LOSS}[^.]{{0,30}}\b(due to|from|linked to)\b[^.]{{0,6}}\b(a |an )?[\w-]+( [\w-]+)? deficien\w*",
        rf"{HAIR_LOSS}[^.]{{0,30}}\bmore likely to have (low|too little|a lack of)\b",
        rf"\b(deficien\w*|lack of [\w-]+( [\w-]+)?|low (?!dose|level|light|tension|cost|price)(levels? of )?[\w-]+( [\w-]+)?( levels?)?)\b[^.]{{0,10}}"
        rf"\b(is|are|was|were) (much |far |twice as |three times as )?(more )?(common|frequent|likely|prevalent)"
        rf"\b[^.]{{0,30}}{HAIR_LOSS}",
    ],
    Kind.SAFE_FOR_GROUP: [
        r"\bsafe\b[^.]{0,30}\bfor (men|women|children|kids|teens|teenagers|adolescents|everyone|all ages|people with)\b",
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
    ],
    Kind.SUITS_EVERYONE: [
        r"\bworks? (on|for) (everyone|everybody|all (people|users|skin types|hair types))\b",
        r"\b(suitable|safe|works?|good|ideal|made)\b[^.]{0,15}\bfor (all|every|any) (skin|hair|scalp) (types?|colou?rs?|tones?)\b",
        r"\b(covers?|covering|suits?|fits?|cleared for|approved for)\b[^.]{0,10}\b(all|every|any) (skin|hair|scalp) (types?|colou?rs?|tones?)\b",
        rf"\b(every|all|any) (single )?(types?|kinds?|forms?|causes?) of {HAIR_LOSS}",
    ],
}
# Wording that only makes a claim in a sentence about its effect: "within 30 days" is a
# promise of results only next to results, not in "free returns within 30 days".
CONTEXT: dict[Kind, str] = {
    # a refund policy alone ("backed by our 90-day money-back guarantee") promises no result
    Kind.GUARANTEED_RESULTS: r"\b(results?|see|notice\w*|regrow\w*|grow\w*|hair(line)?|restor\w*|thick\w*|full\w*|"
    r"works?|effective|success\w*|everyone|everybody|anyone|every|all|flak\w*|dandruff|itch\w*)\b",
    Kind.WORKS_IN_DAYS: r"\b(results?|see|seen|notice\w*|visible|hair(line)?|grow\w*|regrow\w*|regrew|thick\w*|works?|"
    r"working|improv\w*|difference|shedding|loss|cure\w*|clear\w*|effect\w*|energi[sz]\w*|"
    r"stimulat\w*|activat\w*|wak\w*|restor\w*)\b",
}
# Wording that is about a harm, not a benefit, in a sentence that names a harm and no benefit:
# "9 out of 10 men get erectile dysfunction" gives a harm rate, not a success rate, and side
# effects "that persist after stopping" are not lasting results.
HARM_WORDS = (
    rf"\b({HARMS}|dysfunction|impoten\w*|erections?|libido|sex drive|headaches?|dizz\w*|"
    r"rash\w*|nausea|swelling|infections?|depress\w*|body hair|facial hair|hypertrichosis|"
    r"heart attacks?|strokes?|cancers?|blood clots?|(extra|more|increased) shedding|"
    r"(extra|unwanted) hair|hair on (their|your|the) (face|body))\b"
)
BENEFIT_WORDS = (
    r"\b(results?|regrow\w*|grow\w*|thick\w*|full\w*|dens\w*|hair counts?|gains?|improv\w*|"
    r"success\w*|effective\w*|works?|worked|saw|noticed|satisf\w*|recover\w*|stopped losing)\b"
)
ABOUT_HARM: dict[Kind, tuple[str, str]] = {
    Kind.PERCENT_SUCCESS: (HARM_WORDS, BENEFIT_WORDS),
    Kind.CLINICALLY_PROVEN: (HARM_WORDS, BENEFIT_WORDS),
    Kind.LASTING_RESULTS: (HARM_WORDS, BENEFIT_WORDS),
    # "can cause extra shedding in the first few weeks": when a harm shows, not a promise
    Kind.WORKS_IN_DAYS: (HARM_WORDS, BENEFIT_WORDS),
}
# Comparison wordings that make a claim only with something named to compare against:
# "matched minoxidil", not "matches your skin tone"; "works equally well", not "works equally
# well on wet or dry hair".
NEEDS_COMPARATOR = r"\b(matched|matches|equall?ed|equals|equally|swap|substitute|dupe|stand-in)\b"
# A result against a placebo, sham or no treatment: "more hair than people using fake devices".
PLACEBO_COMPARED = (
    r"\b(than|versus|vs|compared (with|to)|against|over|while|whereas|as (much|many)( [\w-]+){0,2} as)\b"
    r"[^.;]{0,40}\b(placebos?|sham|fake|dummy|"
    r"vehicle|look-?alike|inactive|untreated|no treatment|nothing at all|doing nothing)\b"
)
# When one wording fits two kinds, the narrower claim is the one made.
SUPERSEDES = {
    Kind.HARMS_OUTWEIGH: {Kind.NO_SIDE_EFFECTS, Kind.BETTER_THAN},
    Kind.CURES_BALDNESS: {Kind.STOPS_HAIR_LOSS},
    Kind.LOWERS_DHT: {Kind.STOPS_HAIR_LOSS},
    Kind.NO_SIDE_EFFECTS: {Kind.CAUSES_SIDE_EFFECT, Kind.FEWER_SIDE_EFFECTS},
    Kind.SAFE_IN_PREGNANCY: {Kind.SAFE_FOR_GROUP, Kind.NATURAL_SAFE},
    Kind.SAFE_FOR_GROUP: {Kind.NATURAL_SAFE},
    Kind.FEWER_SIDE_EFFECTS: {Kind.CAUSES_SIDE_EFFECT},
    Kind.DEFICIENCY_CAUSES_LOSS: {Kind.CAUSES_SIDE_EFFECT, Kind.STOPS_HAIR_LOSS},
    Kind.LASTING_RESULTS: {Kind.GUARANTEED_RESULTS, Kind.NEEDS_ONGOING_USE, Kind.STOPS_HAIR_LOSS},
}
