"""The wording of regulatory claims: approved, cleared, prescription strength.

Wording only, like patterns.py, which registers these lists under their kinds.
"""

from __future__ import annotations

# the full name too, as pages spell it, or misspell it ("the Food and Drug Association")
AGENCY = (
    r"(FDA|Food and Drug (Administration|Association)|regulators?|authorities|agency|agencies|MHRA|"
    r"EMA|TGA|Health Canada)"
)
# "The FDA has not (yet) approved PRP", "regulators haven't licensed it", "the FDA does not
# approve topical finasteride": the verb after the negation, read when an agency is named
# (patterns.CONDITIONED)
DENIED_BY_AGENCY = (
    r"(?:(?<=\bnot )|(?<=\bnever )|(?<=n't )|(?<=\bnot yet )|(?<=n't yet ))"
    r"(approved|authori[sz]ed|licensed|okayed|approves?|authori[sz]es?|licenses?)\b"
)
# medicines approved for a condition, none named: "no approved drugs for alopecia areata",
# "nor drugs approved for its treatment" (condition_approvals.py judges them)
APPROVED_MEDICINES_FOR = (
    r"\bapproved (drugs?|medicines?|medications?|treatments?|therap(y|ies)|pills?) (for|to treat)\b|"
    r"\b(drugs?|medicines?|medications?|treatments?|therap(y|ies)|pills?) (that are |which are |are |is )?"
    r"(currently )?approved (for|to treat)\b"
)
FDA_APPROVED = [
    r"\bFDA[- ]approved\b",
    r"\bapproved by (the )?(US |U\.S\. )?FDA\b",  # "approved by FDA since 2009" too
    r"\bFDA (has |have )approved\b",
    # the gap holds no negation: "the FDA has not approved PRP" is worded from the verb on
    # (DENIED_BY_AGENCY), so the denial stands before the claim as in "PRP is not approved"
    rf"\b{AGENCY}\b(?:(?!\bnot\b|\bnever\b|n't\b)[^.]){{0,20}}\b(allowed|okayed|authori[sz]ed|licensed|approved)\b",
    r"\bFDA approval\b",
    # the agency said to stand behind it: "which has FDA backing", "FDA-backed", "backed by the FDA"
    r"\b(FDA|MHRA|EMA)[- ](backed|backing|endorsed|support)\b|\b(backed|endorsed) by (the )?(US |U\.S\. )?(FDA|MHRA|EMA)\b",
    # the agency by its full name or as a body: "approved by regulatory bodies such as the FDA"
    r"\bapproved by (the )?(regulators?|regulatory (bodies|agencies|authorities)|health (authorities|"
    r"regulators)|(U\.?S\.? )?Food and Drug Administration)\b",
    # "meets the same FDA standards as approved drugs"
    r"\b(meets?|meeting|met|held to|up to) (the )?(same |strict |all |full )?FDA (standards|requirements|rules)\b",
    APPROVED_MEDICINES_FOR,
    r"\bapproved (for|to treat)\b[^.]{0,40}\b(hair|alopecia|baldness)\b",
    r"\ban approved\b|\bthe (only |first )?approved (option|treatment|medicine|drug|choice|pill|tablet)s?\b",
    r"\bapproved in\b",
    r"\bapproved (anywhere|everywhere|worldwide|globally)\b",
    # still in development, so not yet approved: "still in phase 3 trials", "an experimental
    # drug" (regulatory.in_trials)
    r"\b(still|currently|only) (being )?(tested|studied|trialled|trialed|in (clinical |human |late-stage |"
    r"phase \w+ )?(trials?|testing|development))\b",
    r"\b(is|are|remains?) (still )?(an? )?(experimental|investigational)\b",
    r"\b(is|are) (now |currently |still )?in phase (\d|I{1,3}|one|two|three)\b",
    r"\bapproved (for|in) (both sexes|both men and women|men and women|women|men)\b",
    r"\bapproved (for|in) (use in )?(children|kids|teens|teenagers|adolescents|young people)\b",
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
    # not a rule of conduct for a while: "smoking is prohibited for 48 hours before the operation"
    r"\b(is|are|was|been|got|gets) (now )?(banned|outlawed|prohibited|illegal)\b"
    r"(?! (for (\d+|a|an|one|two|three|several|the first|the next) [\w-]+|during|until|before|after|while|within)\b)",
    r"\b(available|sold|bought|buy|picked up|pick up|get|obtain)\b[^.]{0,40}\b(on prescription|by prescription|with a prescription|without (a )?prescription|over the counter|off the shelf|at (a |any )?(\w+ )?pharmac(y|ies)|pharmacy counter)\b",
    r"\b(a|an) (GSL|P|POM|pharmacy|pharmacy-only|prescription-only) (medicine|product|drug)\b",
    r"\bavailable (across|in|throughout) (the )?(EU|Europe|UK|US|USA|United States|Britain)\b",
    # an approval for another use, in any form: "already approved as a cream for acne" (checked
    # against the uses the recorded decisions name); not a loan or a refund
    r"\bapproved (only )?(as (an? )?([\w%.-]+ ){1,3})?(for|to (treat|grow|lower|prevent|control)) (?!(a |an |your )?(financ\w*|credit|loans?|"
    r"payments?|refunds?|returns?|discounts?|membership|insurance|delivery|shipping)\b)",
]

FDA_CLEARED = [
    r"\bFDA[- ]cleared\b",
    r"\bcleared by (the )?(US |U\.S\. )?FDA\b",
    r"\bFDA (has |have )?cleared\b",
    r"\bFDA clearance\b",
    r"\b(FDA|Food and Drug Administration)\b[^.]{0,25}\bclearance\b",  # "the FDA gives its clearance"
    r"\b510\s*\(k\)",
]

PRESCRIPTION_STRENGTH = [
    r"\bprescription[- ]strength\b",
    r"\bprescription[- ]grade\b",
    r"\bprescription[- ]only\b",
    r"\bsame strength as (a )?prescription",
    r"\bneeds? a (doctor'?s )?prescription\b",
    r"\b(maximum|max|extra|clinical)[- ]strength\b",
    r"\b(strongest|highest strength|most potent)\b[^.]{0,40}\b(without (a )?prescription|over[- ]the[- ]counter|OTC|non-?prescription)",
    r"\bavailable (only )?(on|by|with) (a )?(doctor'?s )?prescription\b",
    # the status said of the medicine: "finasteride is a prescription drug", "these are all
    # prescription medicines", "it requires a prescription"
    r"(?<!\bthere )\b(is|are|'s|was|were) (all |both |only |strictly )?(a |an )?prescription(-only)? "
    r"(drugs?|medicines?|medications?|meds|treatments?)\b",
    r"\brequires? (a )?(doctor'?s |medical )?prescription\b",
]
