"""The wording of claims about what a treatment does: lowers DHT, blocks androgens, regrows,
stops loss, thickens, stimulates follicles, and what kind of medicine it is.

Wording only, like patterns.py, which registers these lists under their kinds.
"""

from __future__ import annotations

from anagen.claims.words import HAIR_LOSS, right_after
from anagen.claims.working_signs import SIGN_OF_WORKING_WORDING

LOWERS_DHT = [
    r"\bDHT[- ]?block",
    r"\bblock(s|ed|ing)?\b[^.]{0,40}\b(DHT|dihydrotestosterone)\b",
    r"\b(lower|reduc|inhibit|suppress|cut|decreas|stop|prevent|shut\w* down|shut\w* off|knock\w* out|neutrali[sz]|deactivat|mop\w* up)\w*\b[^.]{0,30}\b(DHT|dihydrotestosterone)\b",
    # a "DHT detox": DHT said to be washed out of the scalp or follicles
    r"\b(flush|detox|purg|drain|wash|draw|pull|clear|remov|eliminat|strip)\w*\b[^.]{0,15}\b(DHT|dihydrotestosterone)\b"
    r"|\b(DHT|dihydrotestosterone)\b[^.]{0,5}\b(detox|cleanse|flush)",
    r"\bDHT\b[^.]{0,20}\b(inhibitor|blocker|reduc\w*|suppress\w*)",
    r"\b(block|inhibit|switch\w* off|shut\w* (down|off)|disabl|suppress)\w*\b[^.]{0,30}\b5-?(alpha|\u03b1|a)[- ]?reductase\b",
    r"\b5-?(alpha|\u03b1|a)[- ]?reductase (inhibitor|blocker)s?\b",
    r"\benzyme that (turns|converts|changes) testosterone (in)?to DHT\b",
]

BLOCKS_ANDROGENS = [
    r"\banti-?androgen",
    r"\bcounteract\w*\b[^.]{0,30}\b(testosterone|DHT|androgens?|male hormones?)\b",
    r"\b(switch\w* off|shut\w* (down|off)|neutrali[sz]\w*|cancel\w* out|undo\w*)\b[^.]{0,30}"
    r"\b(testosterone|androgens?|male hormones?)\b",
    r"\bblock\w*\b[^.]{0,30}\b(androgens?|testosterone|male hormones?|hair-loss hormones?|androgen receptors?)\b",
    r"\bandrogen[- ](blocker|blocking|receptor (blocker|antagonist))",
    # what the hormone does, not how much of it there is: "inhibits the effects of DHT on the
    # follicle", "blocks DHT's action" (kind_precedence drops the lowers-DHT reading inside it)
    r"\b(block|inhibit|counter|neutrali[sz]|cancel\w* out|oppos|limit|dampen|interfer\w* with|"
    r"protect\w* (the |your )?(hair|follicles?|roots?) (from|against))\w*\b (the )?(harmful |negative |"
    r"damaging |bad |hair-damaging )?(effects?|actions?|impact|influence) of (DHT|dihydrotestosterone|"
    r"testosterone|androgens?|male hormones?)\b",
    r"\b(block|inhibit|counter|neutrali[sz]|limit|dampen)\w*\b (the )?(DHT|dihydrotestosterone|"
    r"testosterone)'s (harmful |negative |damaging )?(effects?|actions?|impact|influence)\b",
    # the hormone kept from its receptor or its target: "prevents DHT from binding to the
    # follicles", "stops testosterone from attacking the roots"
    r"\b(prevent|stop|keep|block|hinder)\w*\b (the )?(DHT|dihydrotestosterone|testosterone|androgens?)\b"
    r"( hormones?)? from (binding|linking|attaching|latching|docking|reaching|attacking|damaging|shrinking)\b",
    # the hormones named before, or by what they do: "counteracts these hormones", "blocks the
    # hormones behind hair loss" (in a text on hair loss, the androgens)
    r"\b(counteract|block|neutrali[sz]|inhibit)\w*\b[^.]{0,20}\b(these|those|such) hormones\b",
    r"\b(counteract|block|neutrali[sz]|inhibit|control|regulat|suppress|tam(e|es|ing))\w*\b[^.]{0,20}"
    r"\bthe hormones? (that|which|behind|responsible)\b"
    r"[^.]{0,30}\b(hair loss|balding|baldness|thinning|shedding)\b",
]

# Treatment in general denied, naming none: "no treatment can do anything about it" (the
# wording starts after the "no", which makes it a denial; any_treatment.py)
ANY_TREATMENT = (
    r"(?:(?<=\bno )|(?<=\bnot any )|(?<=\bnot a single )|(?<=\bnone of the ))"
    r"(treatments?|medicines?|medications?|drugs?|products?) (can|will|could|is going to) "
    r"(do anything|help|work)\b(?= (about|for|with|on|against) \w)"
)
# A treatment that works, in general: "no effective treatment", "an effective and safe
# treatment has remained elusive" (any_treatment.py); not "no effective treatment other than
# minoxidil", which names the ones that work
GOOD_TREATMENT = (
    r"(effective|proven|reliable|real|working|successful)( (and|or) (safe|proven|effective|lasting|"
    r"reliable))? (treatments?|medicines?|medications?|therap(y|ies)|remed(y|ies)|options?|drugs?|"
    r"solutions?)\b(?![^.;]{0,40}\b(other than|besides|apart from|aside from|except|beyond)\b)"
)
# said of hair loss ("no proven remedy for oily hair" is not)
NO_GOOD_TREATMENT = rf"(?<=\bno ){GOOD_TREATMENT}(?=[^.;]{{0,50}}\b{HAIR_LOSS})"
TREATMENT_ELUSIVE = (
    rf"\b{GOOD_TREATMENT}[^.;]{{0,40}}\b(remains?|remained|has been|have been|is|are|proved|"
    r"proven) (still )?elusive\b"
)
# A plain denial that a treatment works at all: "minoxidil does not work", "finasteride doesn't
# help hair loss", "is not effective", "has no effect on hair loss". The wording starts after the
# negation, so it is read as a denial (a bare "works" asserts nothing: "works by widening
# vessels"); it must end the clause or name hair loss, so "doesn't work for everyone", "may not
# work for you" and "won't work on a receding hairline" keep their own meanings.
_ON_HAIR_LOSS = (
    r"(?:(?:for|on|with|against|in) )?(?:treating )?(?:your |the |any )?"
    rf"(?:(?:male |female )?pattern |androgen\w* )?(?:hair|{HAIR_LOSS})\b"
)
_CLAUSE_END = r" *(?:[.!;:)]|,? (?:and|but|so)\b|$)"
_NEGATIONS = [r"\bnot ", "n't ", r"\bnever ", r"\bnor "]
_CAUTIONS = (r"\bmay not ", r"\bmight not ")  # "might not work": a caution about one's own result
_VERB_END = rf"(?=(?: at all| much)?(?:{_CLAUSE_END}| {_ON_HAIR_LOSS}))"
_EFFECTIVE_END = rf"\b(?=(?: at all)?(?:{_CLAUSE_END}| {_ON_HAIR_LOSS}))"
_DEGREES = [
    "very",
    "really",
    "particularly",
    "remarkably",
    "especially",
    "that",
    "all that",
    "at all",
]
_DEGREE = "(?:" + "|".join(_DEGREES) + ")"
_ADVERBS = ["really", "actually", "even", "ever", "seem to", "appear to"]
_WORKS_OR_EFFECTIVE = rf"(?:(?:works?|help){_VERB_END}|(?:{_DEGREE} )?effective{_EFFECTIVE_END})"
_NO = [r"\bno ", r"\bzero "]
_ON_HAIR = rf"\b(?= (?:on|for|against) (?:your |the )?(?:hair|{HAIR_LOSS})\b)"
WORKS_DENIED = "|".join(
    [
        right_after(_ADVERBS, _NEGATIONS, f" {_WORKS_OR_EFFECTIVE}", _CAUTIONS),
        right_after(["works", "work", "help"], _NEGATIONS, _VERB_END, _CAUTIONS),
        right_after(_DEGREES, _NEGATIONS, f" effective{_EFFECTIVE_END}", _CAUTIONS),
        right_after(["effective"], _NEGATIONS, _EFFECTIVE_END, _CAUTIONS),
        right_after(
            ["real", "proven", "measurable", "noticeable"],
            _NO,
            rf" (?:effect|impact|benefit)s?{_ON_HAIR}",
        ),
        right_after(
            ["effects", "effect", "impacts", "impact", "benefits", "benefit"], _NO, _ON_HAIR
        ),
    ]
)
REGROWS_HAIR = [
    ANY_TREATMENT,
    WORKS_DENIED,
    SIGN_OF_WORKING_WORDING,  # "it means the medication is working" (working_signs.py)
    # "brings back edges gone for years", "brought my hairline back"
    r"\b(brings?|brought|bringing|grows?|grew) back (your |my |her |his |their |the |lost |thinning |thin |bald )?"
    r"(edges|hairline|temples|bald (spots?|patches))\b",
    # or named between: "grows your edges back", "regrew her temples back"
    r"\b(bring|brings|brought|bringing|grow|grows|grew|growing|regrow|regrows|regrew) (your |my |her |his |their |"
    r"the |those )?(edges|hairline|temples|bald (spots?|patches)|crown) back\b",
    # what was lost taken back: "reclaim your hairline", "regain a full head of hair"
    r"\b(reclaim|regain|win back|take back)\w* (your |a |their |my |his |her )?(full |thick\w* |fuller |lost )?"
    r"(head of hair|hairline|hair|crown|edges)\b(?! (care|products?|routine|colou?r|style)\b)",
    r"\bre-?grow|\bregrew\b",
    # not "the immune system attacks growing hair roots"
    r"\bgrow(s|ing)?\b[^.]{0,20}\bhair\b(?! (roots?|follicles?|cells?|bulbs?)\b)",
    # "hair growth products" is a shelf, not a promise
    # nor is the hair's own cycle: "stress can disrupt the hair growth cycle"
    r"\bhair (re)?growth\b(?! (products?|brands?|market|industry|category|aisle|companies|company|sites?|reviews?|"
    r"cycles?|phases?)\b)",
    # hair named with another growth: "aids hair and nail growth"
    r"\bhair (and|&) (nails?|skin|(eye)?lash(es)?|(eye)?brows?) growth\b",
    r"\b(stimulat|promot|boost|encourag|accelerat|activat|kick[- ]?start|jump[- ]?start)\w*\b[^.]{0,12}\b(re)?growth\b",
    # growth in other words: "promotes hair development", "supports hair production"
    r"\b(stimulat|promot|boost|encourag|support|aid)\w*\b[^.]{0,12}\bhair (development|production)\b",
    # not "a new hair-care routine" or "new hair products": something new to use, not hair
    r"\bnew hair\b(?![- ](care|routines?|products?|styles?|cuts?|dryers?|brush(es)?|tools?|"
    r"colou?rs?|dyes?|regimens?|salons?|stylists?|accessor\w*|ties?|clips?))",
    r"\brestor\w*\b[^.]{0,20}\bhair(line)?\b",
    # "shown potential to promote hair restoration": restoration as what it brings about
    r"\b(promot|stimulat|boost|encourag|aid|support)\w* (hair|hairline) restoration\b",
    r"\b(hair|hairline|crown|part|temples)\b (is |are |will be |gets? |get )?(fully |completely )?restored\b",
    r"\bhair (can |will |to |may |could |should )?(grows?|grow(ing)?|comes?|coming) back\b",
    r"\bbring(s|ing)? back\b[^.]{0,20}\bhair\b|\b(bring|brings|bringing|brought) (the |your |their |his |her |those |these |that |lost |any )?((\w+ )?hairs?|hairline|edges) back\b",
    # not "stop the condition from ever coming back"
    r"(?<!\bfrom )(?<!\bfrom ever )\b(grows?|grew|growing|comes?|came|coming) back\b",
    r"\b(see|saw|sees|notice|noticed|get|got) (their |your |the |some )?hair return\b|\bhair (returns|returned)\b",
    r"\bhair (to )?grow\b",
    # a result read from counts: "significantly improved hair counts", "increased hair density
    # by 20%", "hair counts rose", "an increase in hair count" (more than another: BETTER_THAN)
    r"\b(increas|improv|rais|boost|rais|enhanc|lift)\w* ((the|their|mean|average|total|terminal) )*hair "
    r"(counts?|density|densities|numbers?)\b",
    r"\bhair (counts?|density) (\w+ )?(rose|rises|increased|increases|improved|improves|went up|grew|climbed)\b",
    r"\b(increases?|improvements?|rises?|gains?) in ((the|their|mean|average|total|terminal) )*hair "
    r"(counts?|density)\b",
    # "Microneedling is an effective treatment for male & female pattern hair loss"
    rf"\b(an? |the )?(effective|proven|successful|powerful) (treatment|therapy|remedy|solution)s? (for|against)\b"
    rf"(?=[^.;]{{0,40}}\b{HAIR_LOSS})",
    # "finasteride is effective for hair loss", "has proven highly effective in treating
    # thinning hair" (the wording starts at "effective", so "is not effective for hair loss" is
    # a denial)
    rf"(?:(?<=\bis )|(?<=\bare )|(?<=\bbe )|(?<=\bbeen )|(?<=\bwas )|(?<=\bwere )|(?<=\bvery )|(?<=\bhighly )|"
    rf"(?<=\bquite )|(?<=\bclinically )|(?<=\bequally ))effective (for|against|in|at) (treating |fighting |"
    rf"combating |reversing |tackling )?(your |the |many |most )?(cases of |types of |forms of )?"
    rf"(male |female |pattern |androgenetic |patchy |postpartum )*{HAIR_LOSS}",
    r"\bregrow\w* spontaneously\b|\bspontaneous regrowth\b",
    r"\b(get|gets|got|getting)\b[^.]{0,40}\bhair back\b",
    r"\b(fill|fills|filled|filling) (back )?in\b",
    r"\b(creat|produc|generat|form)\w*\b[^.]{0,15}\bnew\b[^.]{0,10}\b(hairs?|follicles?)\b",
    # hair made again by follicles that had stopped: "producing healthy, strong hair once more"
    r"\b(produc|generat|grow|sprout|yield)\w*\b[^.;]{0,25}\bhairs? (once more|once again|again)\b",
    r"\b(end(ed|s)? up with|had|have|has|saw|see|sees|got|gets?|kept|keeps?) (\w+ )?more hair\b"
    r"(?! ?(loss|fall|shedding|thinning))",
    # someone's own hair credited with growing: "my hair grew two inches" (not "hair grows
    # about a centimetre a month", a fact about hair in general)
    r"\b(my|your|his|her|their) hair (grew|has grown|have grown|is growing|was growing)\b",
    # "biotin helps hair unless you lack it": help for hair itself, not its shine or styling
    r"\b(help|helps|helped) (the |your )?hair\b(?= *([,.;:!?]|$|unless\b|if\b|in (people|those|anyone)\b))",
    # treatment in general denied or said to be out of reach (any_treatment.py)
    NO_GOOD_TREATMENT,
    TREATMENT_ELUSIVE,
]

STOPS_HAIR_LOSS = [
    rf"\bprotect\w*\b[^.]{{0,30}}\b(from|against)\b[^.]{{0,30}}\b{HAIR_LOSS}",
    # "your own hair is protected too": the wording starts at "protected", so a recorded "is not
    # protected" reads as a denial (denials.py); not "protected from the sun"
    r"(?:(?<=\bis )|(?<=\bare )|(?<=\bstays )|(?<=\bremains )|(?<=\bbe )|(?<=\bnot )|(?<=\bget ))"
    r"protected\b(?! (from|against) (?!(further |more |future )?(hair )?(loss|thinning|balding|shedding|falling)))"
    # about hair loss, not colour or heat: "protected ... will not fall", "... can go on thinning"
    r"(?=[^.]{0,60}\b(fall\w*|thin\w*|shed\w*|loss|los(e|ing)|bald\w*|recede\w*|receding)\b)",
    # the verb and the loss in one clause: not "once you stop the pill, hair loss may go on"
    rf"\b(stop|halt|prevent|end|reduc|slow|fight|combat|treat|relieve|revers|arrest|cut|curb|lessen|halv|minimi[sz]|"
    rf"decreas|diminish|tackl|battl|defeat|overcom|conquer)\w*\b[^.,;]{{0,25}}\b{HAIR_LOSS}",
    # the loss named by how far it has gone: "slows the progression of male pattern baldness"
    rf"\b(stop|halt|slow|arrest|delay|reduc|curb|check)\w*\b (the |its |further )?(progression|progress|advance|"
    rf"spread|march) of\b[^.;]{{0,25}}\b{HAIR_LOSS}",
    # a farewell to the loss: "say goodbye to thinning hair", "bid farewell to hair fall"
    rf"\b((say|wave|kiss|bid) (goodbye|farewell|bye)|so long) to\b[^.;]{{0,15}}\b{HAIR_LOSS}",
    # less of it seen: "less hair fall after the first month", "fewer hairs in your brush"
    r"\b(less|fewer|reduced|lower)\b (hair ?fall|shedding|hair shedding|hair loss|thinning)\b"
    r"|\b(less|fewer) hairs? (in|on|down) (your |the |my )?(brush|hairbrush|comb|drain|plughole|pillow|pillowcase|"
    r"shower|sink|floor|hands?)\b",
    # the inflammation behind scarring hair loss brought under control
    r"\b(settl|calm|control|quiet)\w*\b[^.]{0,25}\b(folliculitis decalvans|lichen planopilaris|frontal fibrosing alopecia|discoid lupus)\b",
    rf"\bhelps? (with|against|in) {HAIR_LOSS}",
    # "may be beneficial for individuals with certain types of hair loss", "helps hair loss"
    r"\b(helps?|helped|beneficial|helpful|useful) (for |to )?((people|those|individuals|patients|women|men|"
    r"anyone) (with|suffering from|experiencing) )?((certain|some|many|most) (types|kinds|forms) of )?"
    rf"((male|female|pattern|androgenetic|postpartum|patchy) ){{0,3}}{HAIR_LOSS}\b"
    # not what is about hair loss: "useful for anyone with hair loss questions"
    r"(?! (questions?|queries|concerns|worries|forums?|products?|communit\w*|advice|blogs?|sites?)\b)",
    r"\banti[- ]?(hair[- ]?loss|thinning)\b",
    rf"\b{HAIR_LOSS}\b[^.]{{0,20}}\b(stops?|stopped|settles?|ends?|slows?|resolves?|goes away|calms? down|clears? up|eases? off)\b",
    r"\bused for hair loss\b",
    # the loss as the subject of a passive: "baldness is prevented", "further shedding can be
    # halted", "thinning was significantly slowed down"
    rf"\b{HAIR_LOSS} (is|are|was|were|gets?|got|(can|will|may|might|could|should) (be|get)|(has|have) been) "
    r"(\w+ )?(prevented|stopped|halted|arrested|slowed|curbed|reversed|reduced|blocked|kept at bay|"
    r"held at bay|kept in check|put to an end)\b",
    r"\b(works?|is effective|helps?)\b (for|in) (many |most |some |lots of )?(women|men|both men and women|both sexes)\b",
    r"\bworks? (on|for|against) (alopecia|scarring|patchy|bald patches|ringworm|traction|receding|crown)",
    r"\b(hold on to|holding on to|keep|keeps|keeping|retain|retains|save|saves)\b (their|your|his|her|the|more of (their|your)) (own )?hair\b"
    # not the hair kept in a state: "keeps your hair healthy and protected from breakage"
    r"(?! (healthy|shiny|soft|smooth|clean|fresh|hydrated|moisturi[sz]ed|protected|looking|tangle-free|"
    r"frizz-free|in (place|shape|check)|out of)\b)",
    # the hair as subject: "so your hair stops falling out"
    r"\bhair (stops?|stopped|stopping) (falling|shedding|thinning|coming out)\b",
    # the hair as object: "stops hair from falling out", "keeps your hair from thinning"
    r"\b(stop|prevent|keep)\w* (your |the |their |my )?hair from (falling|shedding|thinning|coming out)\b",
    # the edge of the hair named instead of the loss: "stopped her hairline receding", "the
    # parting stopped widening"
    r"\b(stop|halt|arrest|prevent|slow)\w*\b (the |your |my |their |her |his )?(hairline|temples?|crown|parting)s?\b"
    r"[^.]{0,15}\b(reced\w*|thinn\w*|widen\w*|moving back|creeping back)\b",
    r"\b(hairline|temples?|crown|parting)s? (stops?|stopped|stopping) (reced\w*|thinn\w*|widen\w*|moving back|creeping back)\b",
]

# Volume given by how the hair is cut or dressed ("the volumising haircuts that got me through
# it", "fuller-looking layers"): a look a hairdresser makes, not hair made thicker.
_NOT_A_HAIRSTYLE = (
    r"(?!\w*(-looking)? (hair)?(cuts?|haircuts?|hairstyles?|styles?|blow-?dry|blow-?drys|"
    r"blow-?dries|blowouts?|layers|layering|fringes?|bangs|updos?|hairdos?|trims?)\b)"
)
# The hair's thickness or density as what a tool or test reads ("graduated tines to measure the
# thickness around the head", "a scan that measures hair density"): a quantity, not a result.
_MEASURING = (
    "measure",
    "measures",
    "measured",
    "measuring",
    "gauge",
    "gauges",
    "assess",
    "assesses",
)


def _not_measured(noun: str) -> str:
    return "".join(
        f"(?<!{verb} {whose}{noun})"
        for verb in _MEASURING
        for whose in ("", "the ", "your ", "hair ", "the hair ", "your hair ")
    )


THICKENS_HAIR = [
    r"\bthick(er|en|ens|ening)\b",
    rf"\bthickness\b{_not_measured('thickness')}",
    rf"\bfuller\b{_NOT_A_HAIRSTYLE}",
    rf"\bdenser\b|\bdensity\b{_not_measured('density')}",
    rf"\bvolumi{_NOT_A_HAIRSTYLE}",
    r"\bmore thick\b",  # "make hair more thick" in translated or learner's English
    # more of the scalp covered: "improves scalp coverage", "better hair coverage at the crown"
    r"\b(improv|increas|boost|better|enhanc|fuller|greater|more)\w* (scalp |hair )coverage\b",
    # the hair's own volume made greater: "helps increase the volume of the hair", "boosts hair
    # volume" (not the follicle's size, STIMULATES_FOLLICLES, nor a styling product's lift)
    r"\b(increas|boost|improv|enhanc|restor|doubl|gain)\w*\b[^.;]{0,20}\b(hair volume|volume of "
    r"(the |your |their )?hair)\b(?! follicles?)",
    # "rebuilds thinning hair from within": thinning hair made whole again (not "repairs damaged
    # hair", a cosmetic's promise about breakage)
    r"\b(rebuild|repair|renew|revive|rejuvenat)\w*\b[^.]{0,15}\b(thinning|thinned|sparse) hair\b",
]

STIMULATES_FOLLICLES = [
    r"\b(stimulat|activat|reactivat|re-?awaken|awaken|energi[sz]|revitali[sz]|re-?wak|wake|reviv|rejuvenat|"
    r"reinvigorat|invigorat)\w*\b[^.]{0,30}\bfollicles?\b",
    # the follicle itself built anew: "rebuild your follicles", "repairs damaged follicles"
    r"\b(rebuil|repair|regenerat|renew|restor|heal)\w*\b (\w+ ){0,2}?(hair )?follicles?\b",
    # resting follicles set going: "tells dormant follicles to get back to work"
    r"\b(sleepy|sleeping|dormant|resting|lazy|inactive|idle|tired|weak) (hair )?follicles\b[^.;]{0,20}\b(get back to work|"
    r"back to work|start (growing|producing|working)( again)?|grow again|wake up|spring (back )?to life|come back to life)\b",
    # the stimulation named as a noun: "natural hair follicle stimulation", "follicle activation"
    r"\b(hair[- ])?follic(le|ular) (stimulation|activation|reactivation|regeneration|rejuvenation)\b",
    # "can cause growth of the hair follicles", "the regrowth of dormant follicles"
    r"\b(growth|regrowth|regeneration) of (the |new |your |dormant |inactive )?(hair )?follicles\b",
    # the follicles moved into growth: "induce inactive hair follicles to get into an active
    # growth phase", "pushes resting follicles back into the anagen phase"
    r"\b(induc|push|nudg|mov|shift|coax|prompt|trigger|send|bring|return)\w*\b[^.;]{0,40}\bfollicles?\b[^.;]{0,25}"
    r"\b(into|to enter|to re-?enter|to get into|to go into) (an? |the |their )?(active |new )?(growth|growing|"
    r"anagen) (phase|stage|cycle)\b",
    # more or deeper follicles: "can increase the number and depth of hair follicles"
    r"\b(increas|boost|rais|doubl|multipl)\w* (the )?(number|count|depth|size|density)( and (number|count|depth|"
    r"size|density))? of (hair )?follicles\b",
    # the follicles named first: "floods dormant follicles with blood and wakes them up",
    # "follicles are reactivated"
    r"\bfollicles?\b[^.;]{0,40}\b(reactivat|re-?awaken|awaken|re-?wak|wak(e|es|ing)|woke|reviv|"
    r"energi[sz]|revitali[sz]|rejuvenat)\w*\b",
    # the hair cycle: "doubles the length of the growth phase", "keeps hairs in anagen longer"
    # (whole phrases, so the literal prefilter passes over the many sentences saying "growth")
    r"\b(lengthen|extend|prolong|doubl|stretch|increas|boost)\w*\b[^.]{0,30}\b(growth phase|"
    r"growth stage|growing phase|anagen phase|anagen stage)\b",
    r"\b(growth phase|growth stage|anagen phase|anagen stage)\b[^.]{0,20}\b(longer|lengthen\w*|"
    r"extended|prolonged)\b",
    # the cycle set going again: "kick start the growth cycle in follicles that are resting"
    r"\b(restart|re-start|kick[- ]?start|jump[- ]?start|reboot|reset|reignit|re-ignit)\w*\b[^.]{0,20}"
    r"\b(hair|growth|growing|anagen) (cycle|phase)\b",
    # the follicle's size: "doubles follicle size", "bigger follicles", "reverses miniaturisation"
    r"\b(enlarg|doubl|tripl|increas|boost|grow|widen|thicken|plump|restor)\w*\b[^.]{0,20}\b(hair )?"
    r"(follicles?|follicular) (size|diameter|volume|width|depth)\b",
    r"\b(bigger|larger|enlarged|fatter|plumper|thicker|full-size|full-sized)\b[^.]{0,15}\bfollicles\b",
    r"\b(size|diameter|volume) of (the |your |their )?(hair )?follicles\b",
    r"\b(makes?|making|made)\b[^.]{0,15}\bfollicles (bigger|larger|thicker|fatter)\b",
    # shrunken follicles made whole, not the shrinking itself ("DHT shrinks follicles")
    r"\b(enlarg|restor|plump|rescu|rebuild|repair|revers|undo|undoes)\w*\b[^.]{0,15}\b(shrunken|shrunk|shrinking|"
    r"miniaturi[sz]ed|tiny|dormant) (hair )?follicles\b",
    r"\b(revers|undo|undoes|undid|halt|stop|repair)\w*\b[^.]{0,20}\bminiaturi[sz]\w*",
    # a hormone's harm to the follicle undone: "reversed the stunting effect of testosterone on
    # follicles", "counters what DHT does to the follicle"
    r"\b(revers|counter|undo|undoes|undid|offset|neutrali[sz]|cancel)\w*\b[^.]{0,50}\b(testosterone|DHT|"
    r"dihydrotestosterone|androgens?)\b[^.]{0,40}\bfollicles?\b",
]

# The kinds of medicine an ingredient's recorded properties name (knowledge.vocab.Property),
# each with its wording; mechanism.rule_drug_class reads the property the claim's wording names.
DRUG_CLASSES = {
    "antifungal": r"anti-?fungals?\b",
    "jak_inhibitor": r"(JAK|janus kinase)[- ](inhibitor|blocker)s?\b",
    "immunosuppressant": r"(immuno-?|immune[- ])suppress\w*",
    "vasodilator": r"vasodilat\w*",
}
# Fungi and yeasts by name, as everyday words and labels call them.
FUNGI = r"fung\w*|yeasts?|Malassezia|Pityrosporum|Trichophyton|Microsporum|dermatophytes?"
DRUG_CLASS_WORDS = "|".join(DRUG_CLASSES.values())
DRUG_CLASS = [
    # "it is mainly an antifungal", "acts as a vasodilator" ("is not an antifungal" denies it:
    # left to the reader, as the record names what a medicine is, not all it is not)
    rf"\b(is|are|was|were|acts as|works as|being)( \w+ly)? (a |an )?((?!not |never |no )[\w-]+ ){{0,2}}"
    rf"({DRUG_CLASS_WORDS})",
    # "ketoconazole, an antifungal, ..."
    rf", (a|an) ([\w-]+ ){{0,2}}({DRUG_CLASS_WORDS})",
    # "its antifungal action", "immune-suppressing effects"
    rf"\b({DRUG_CLASS_WORDS})\w* (properties|property|action|activity|effects?)\b",
    r"\b(widen|dilat|open)\w*\b[^.]{0,15}\bblood vessels\b",
    # "boosts blood flow to the follicles": what a vasodilator does
    r"\b(boost|increas|improv|stimulat|enhanc|promot)\w*\b[^.]{0,15}\b(blood flow|blood supply|circulation)\b",
    r"\b(suppress|dampen|damp down|calm)\w*\b[^.]{0,15}\bimmune (system|response)\b",
    # "used to treat infections caused by Malassezia": what an antifungal does
    rf"\b(treat|prevent|clear|fight|kill|cure)\w*\b[^.]{{0,25}}\b({FUNGI}) infections?\b",
    rf"\binfections? caused by (a |the )?({FUNGI})",
]
