"""The wording of usage claims: the tests a medicine needs, how it is taken with food, how often
it is taken, whether more of it works faster, and what it must not be mixed with.

Wording only: usage.py grades each against the treatment's recorded usage and interactions, and
makes no finding where the record says nothing on the point.
"""

from __future__ import annotations

from anagen.claims.application_steps import STEP_WORDINGS
from anagen.claims.doctor_needed import NO_DOCTOR

# What a test before or during treatment looks for.
TESTED = (
    r"(blood|TB|tuberculosis|potassium|liver|kidney|lab|ferritin|ha?emoglobin|gene|genetic|"
    r"hepatitis|PSA)"
)
# The disease still active, flaring or spreading when a treatment is started or done: the
# moment a record's not_while rules out ("a transplant now, while the disease is still active").
WHILE_ACTIVE = (
    r"\b(while|whilst|when|as long as|even though|even if) (the |your |her |his |my |their )?"
    r"([\w-]+ ){0,2}?(disease|condition|inflammation|scarring|alopecia|it)\b (is |are )?(still )?"
    r"(active|flaring|spreading|inflamed|progressing)\b"
)
# "for men only", "adults-only": who a medicine is limited to
ONLY_FOR = (
    r"\b(for|in) (men|women|adults) only\b|\bonly (for|in) (men|women|adults)\b|"
    r"\b(men|women|adults)[- ]only\b"
)
# The part of the scalp a label is for: the receding front, or the crown on top.
FRONT_OF_SCALP = (
    r"(receding hairline|hairline|frontal (baldness|balding|hair ?loss|thinning|area|region|scalp)|"
    r"front of (the |your )?(head|scalp)|temples)"
)
CROWN_OF_SCALP = r"(crown|vertex|top of (the |your )?(head|scalp))"
# "not intended for frontal baldness", "labelled for the crown", "is not for a receding hairline"
SCALP_AREA = (
    r"\b((intended|meant|labell?ed|indicated|designed|recommended)( only)? (for|on)( use on)?|"
    # (the wording starts after "is not", so the "not" reads as a denial)
    r"(?:(?<=\bis )|(?<=\bare )|(?<=\bnot )|(?<=\bonly ))for( use on)?) (the |a |your )?(thinning (on|at) (the )?)?"
    rf"({FRONT_OF_SCALP}|{CROWN_OF_SCALP})\b"
)
# A daily dose: "you'll take one 1mg tablet per day", "the usual dose is 2 mg once a day" (not
# "men taking 5 mg a day had headaches", a trial's group)
DAILY_DOSE = (
    r"\b(take|takes|taken|dose|doses|dosage|prescribed|regimen)\b[^.;]{0,40}?"
    r"\b\d+(\.\d+)?\s?(mg|mcg)\b[^.;]{0,25}?\b((once |twice )?(a|per|each|every) day|(once |twice )?daily)\b"
)
# More of it, or more often, said not to work faster or better: "applying Regaine more than
# twice a day won't speed up your hair growth" (the denial is part of the wording, usage.py,
# and so is the growth it does not speed, which is no claim that it regrows hair)
MORE_NO_BETTER = (
    r"\b(more often|more frequently|more than (once|twice|\d+ times|three times) ((a|per|each) day|daily)|"
    r"more than (the )?(recommended|directed|prescribed|advised)( dose| amount)?|extra doses?|higher doses?|"
    r"double (the |your )?dose|(using|applying|taking|use|apply|take) more( of)?( \w+)?)\b[^.;]{0,30}?"
    r"\b(won'?t|will not|does not|doesn'?t|do not|don'?t|cannot|can'?t|isn'?t going to|is not going to)\b "
    r"(\w+ ){0,3}?(speed\w*|faster|quicker|sooner|better)\b"
    r"( up)?((( \w+){0,2} (hair ?growth|regrowth|results?|hair grow))\b)?"
)
USAGE = [
    # how it is put on: "apply to a dry scalp", "leave on for five minutes" (application_steps.py;
    # before the scalp's areas, which "on your scalp" would otherwise be read as)
    *STEP_WORDINGS,
    SCALP_AREA,
    DAILY_DOSE,
    WHILE_ACTIVE,
    ONLY_FOR,
    NO_DOCTOR,
    # the form a condition is said to need: "must be treated with oral medications", or to
    # be treated with as a rule: "ringworm of the scalp is treated with medicine taken by mouth"
    # (or the last of a list of what it is: "..., usually associated with itching and treated with")
    r"\b((must|has to|have to|needs? to|should) be treated|(is|are|and)( usually| normally| typically| generally|"
    r" always| mainly| mostly| best)? treated (with|using|by))\b[^.;]{0,80}\b(oral\w*|by mouth|tablets?|pills?|"
    r"topical\w*|creams?|shampoos?|injections?)\b",
    # "three months or more of daily use"
    r"\b(daily|weekly|nightly) (use|application|dosing)\b",
    # "you'll need a potassium blood test", "won't need regular blood tests"
    rf"\b(need|needs|needed|require|requires|required|get|gets)\b[^.]{{0,25}}\b{TESTED}\b"
    r"[^.]{0,15}\b(tests?|testing|counts?|checks?|checked|work|screening|monitoring)\b",
    r"\b(need|needs|require|requires)\b[^.]{0,15}\b(bloodwork|blood work|monitoring)\b",
    r"\b(tested|checked|screened) for\b[^.]{0,20}\b(TB|tuberculosis|hepatitis|infections?)\b",
    # "they check your blood counts before you start"
    r"\b(check|checks|checked|test|tests|tested|screen|screens|screened)\b[^.]{0,30}\bbefore "
    r"(you )?(start|starting|begin\w*|treatment)\b",
    # "only worth taking if a blood test shows your iron is low": a test before use
    r"\bonly (worth|useful|needed|helps?|works?)\b[^.]{0,40}\bif\b[^.]{0,40}\b(tests?|bloodwork)\b",
    # taken with or without food
    r"\b(on an empty stomach|without food|with (a |your )?(\w+ )?(food|meals?)|after (a |eating )?(\w+ )?(meal|breakfast|lunch|dinner|supper)|"
    r"with or without food|skip (breakfast|meals?))\b",
    # how often: "taken as a daily tablet", "applied once a week"
    r"\b(taken|take|takes|used|use|applied|apply|given|injected)\b[^.]{0,50}\b(daily|weekly|"
    r"once a (day|week)|twice a (day|week)|every (day|week)|each (day|week))\b",
    r"\b(daily|weekly) (tablet|pill|dose|capsule|injection|shot)s?\b",
    # more of it, or more often, to work faster
    MORE_NO_BETTER,
    r"\b(more often|more frequently|extra|more of it|higher doses?|double (the |your )?dose|"
    r"bigger doses?)\b[^.]{0,40}\b(speed\w*|faster|quicker|sooner|better)\b",
    # a course of sessions: "three sessions a few weeks apart", "4 rounds spaced a month apart"
    r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten)( or more)? ([\w-]+ )?(sessions|rounds|treatments|"
    r"injections|visits)\b[^.]{0,30}\b(apart|intervals?)\b",
    # how an operation is done: "done under local anaesthesia", "general anesthetic"
    r"\b(under|with|using|in) (a |only )?(local|general) (anaesthe|anesthe)\w*",
    # what it must not be mixed with
    r"\binteract(s|ed|ing|ions?)?\b",
    r"\b(make|makes|making)\b[^.]{0,40}\b(less effective|less reliable|work less well|weaker)\b",
    r"\b(while (on|taking|using)|together with|combined with|alongside|mixing|mixed with|"
    r"combining)\b[^.]{0,60}\b(dangerous|risky|unsafe|harmful|toxic)\b",
    r"\b(dangerous|risky|unsafe|harmful|toxic)\b[^.]{0,30}\b(while (on|taking|using)|together with|"
    r"combined with|alongside)\b",
]
