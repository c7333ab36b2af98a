"""find_kinds(): what a sentence claims. One pattern list per claim kind, registered in a dict;
the patterns are wording, not medical facts (those live in the content files)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from anagen.claims.vocab import Kind

_R = re.IGNORECASE
GROWTH = r"(hair|new hair|regrowth|follicles?)"
PATTERNS: dict[Kind, list[str]] = {
    Kind.LOWERS_DHT: [
        r"\bDHT[- ]?block",
        r"\bblock(s|ed|ing)?\b[^.]{0,40}\bDHT\b",
        r"\b(lower|reduc|inhibit|suppress|cut|decreas|stop|prevent)\w*\b[^.]{0,30}\b(DHT|dihydrotestosterone)\b",
        r"\bDHT\b[^.]{0,20}\b(inhibitor|blocker|reduc\w*|suppress\w*)",
    ],
    Kind.BLOCKS_ANDROGENS: [
        r"\banti-?androgen",
        r"\bblock\w*\b[^.]{0,30}\b(androgens?|testosterone|male hormones?|hair-loss hormones?|androgen receptors?)\b",
        r"\bandrogen[- ](blocker|blocking|receptor (blocker|antagonist))",
    ],
    Kind.REGROWS_HAIR: [
        r"\bre-?grow",
        r"\bgrow(s|ing)?\b[^.]{0,20}\bhair\b",
        r"\bhair (re)?growth\b",
        r"\bnew hair\b",
        r"\brestor\w*\b[^.]{0,20}\bhair\b",
    ],
    Kind.STOPS_HAIR_LOSS: [
        r"\b(stop|halt|prevent|end|reduc|slow|fight|combat|treat|relieve)\w*\b[^.]{0,25}\b(hair ?loss|hair fall|shedding|thinning|balding|baldness)\b",
        r"\banti[- ]?(hair[- ]?loss|thinning)\b",
        r"\bused for hair loss\b",
    ],
    Kind.THICKENS_HAIR: [
        r"\bthick(er|en|ens|ening|ness)\b",
        r"\bfuller\b",
        r"\bdenser\b|\bdensity\b",
        r"\bvolumi",
    ],
    Kind.STIMULATES_FOLLICLES: [
        r"\b(stimulat|activat|reactivat|awaken|energi[sz]|revitali[sz]|wake)\w*\b[^.]{0,30}\bfollicles?\b",
    ],
    Kind.WORKS_IN_DAYS: [
        r"\b(in|within|after|from) (just |only |the first |about )?(\d+|one|two|three|four|five|six|a) ?(days?|weeks?|months?)\b",
        r"\b(after|from) (just |only )?(the )?(very )?(first|one|a single) (use|session|application|treatment|wash)\b",
        r"\b\d+\s*(days?|weeks?)\b[^.]{0,30}\b(results?|see|notice|visible)",
        r"\b(about |at least )?(\d+|four|three|six) months of\b",
    ],
    Kind.PERCENT_SUCCESS: [
        r"\b\d{1,3}(\.\d+)?\s*%\s*(of )?(users|men|women|people|customers|participants|patients|adults|children|subjects|success|saw|reported|noticed|showed|experienced|effective|more|less|increase|reduction)",
        r"\b(in|for) \d{1,3}(\.\d+)?\s*% of\b",
        r"\bby \d{1,3}(\.\d+)?\s*%",
        r"\b(one|two|three|nine) in (two|three|four|ten)\b",
    ],
    Kind.FDA_APPROVED: [
        r"\bFDA[- ]approved\b",
        r"\bapproved by the FDA\b",
        r"\bFDA approval\b",
        r"\bapproved (for|to treat)\b[^.]{0,40}\b(hair|alopecia|baldness)\b",
        r"\ban approved\b",
    ],
    Kind.FDA_CLEARED: [
        r"\bFDA[- ]cleared\b",
        r"\bcleared by the FDA\b",
        r"\bFDA clearance\b",
        r"\b510\s*\(k\)",
    ],
    Kind.PRESCRIPTION_STRENGTH: [
        r"\bprescription[- ]strength\b",
        r"\bprescription[- ]grade\b",
        r"\bprescription[- ]only\b",
        r"\bsame strength as (a )?prescription",
        r"\bneeds? a (doctor'?s )?prescription\b",
    ],
    Kind.CLINICALLY_PROVEN: [
        r"\b(clinically|scientifically|medically) (proven|tested|shown|validated|studied)\b",
        r"\bproven to\b",
        r"\bclinical(ly)? (studies|trials) (show|prove)",
        r"\b(research|studies|trials?) (studies )?(have |has )?(shown|showed|show)\b",
        r"\bshown in a (phase \d )?trial\b",
    ],
    Kind.DOCTOR_RECOMMENDED: [
        r"\b(doctor|dermatologist|physician|trichologist)s?[- ](recommended|approved|formulated|developed|trusted)\b",
        r"\brecommended by (doctors|dermatologists|physicians)\b",
        r"\b#1 (doctor|dermatologist)",
        r"\b(doctors|dermatologists|experts|specialists|physicians|guidelines?)\b[^.]{0,25}\brecommend",
        r"\bfirst choice\b",
    ],
    Kind.NO_SIDE_EFFECTS: [
        r"\b(no|zero|without( any)?( causing)?|free (of|from)|avoids?( the)?) (known |serious |major |reported |significant |proven )?(side[- ]effects|adverse (effects|events)|risks?)\b",
        r"\bside[- ]effect[- ]free\b",
        r"\b(does not|doesn't|won't|will not) cause (any )?side[- ]effects\b",
        r"\bcan'?t hurt\b",
        r"\bside[- ]effects (are )?no more common than\b",
    ],
    Kind.NATURAL_SAFE: [
        r"\b(all[- ])?natural\b[^.]{0,40}\b(safe|gentle|harmless|can'?t hurt)\b",
        r"\b(safe|gentle)\b[^.]{0,30}\bnatural\b",
        r"\bchemical[- ]free\b",
        r"\bnatural (alternative|solution)\b",
    ],
    Kind.BETTER_THAN: [
        r"\b(better|stronger|faster|more effective|more powerful|superior|outperforms?)\b[^.]{0,10}\b(than|to)\b",
        r"\bmost effective\b",
        r"\b(beats|outperforms|outranks?)\b",
        r"\bsuperior choice\b",
        r"\bsynergistic",
    ],
    Kind.AS_GOOD_AS: [
        r"\bas (effective|good|powerful|strong) as\b",
        r"\bworks? (just |about )?(like|as well as)\b",
        r"\b(regrows?|grows?) hair (just |about )?as well as\b",
        r"\babout as well as\b",
        r"\b(same|similar|equal|comparable) (results|effect\w*) (as|to)\b",
        r"\bnatural (minoxidil|finasteride)\b",
    ],
    Kind.DELIVERY_TECHNOLOGY: [
        r"\bnano\w*",
        r"\bliposom\w*",
        r"\b(better|more efficient|deeper|enhanced|faster) (delivery|absorption|penetration)\b",
        r"\bpenetrat\w+\b[^.]{0,25}\b(deep|follicle|scalp)",
        r"\bdeliver(s|y)? (the drug|it)\b",
        r"\bhelp it work better\b",
        r"\b\w+[- ]free delivery\b",
    ],
    Kind.GUARANTEED_RESULTS: [
        r"\bguarantee",
        r"\b(100|hundred)\s*% (effective|results|success)\b",
        r"\bworks for everyone\b",
    ],
    Kind.CURES_BALDNESS: [
        r"\bcures?\b[^.]{0,40}\b(baldness|hair loss|alopecia|ringworm|tinea)\b",
        r"\bthe cure for\b",
        r"\bclear (patchy )?alopecia\b",
        r"\bpermanent(ly)?\b[^.]{0,25}\b(results|regrowth|cure|solution)\b",
        r"\bend (baldness|hair loss) (for good|forever)\b",
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
        r"\bsafe\b[^.]{0,25}\b(during|in|while) (pregnancy|pregnant|breast-?feeding|nursing)\b",
        r"\bsafe for (pregnant|breast-?feeding|nursing) (women|mothers|mums|moms)\b",
    ],
}
COMPILED = {kind: [re.compile(p, _R) for p in pats] for kind, pats in PATTERNS.items()}
# When one wording fits two kinds, the narrower claim is the one made.
SUPERSEDES = {
    Kind.HARMS_OUTWEIGH: {Kind.NO_SIDE_EFFECTS, Kind.BETTER_THAN},
    Kind.CURES_BALDNESS: {Kind.STOPS_HAIR_LOSS},
    Kind.LOWERS_DHT: {Kind.STOPS_HAIR_LOSS},
}


@dataclass(frozen=True)
class KindMatch:
    kind: Kind
    start: int
    end: int


def find_kinds(sentence: str) -> list[KindMatch]:
    found: dict[Kind, KindMatch] = {}
    for kind, patterns in COMPILED.items():
        for pattern in patterns:
            m = pattern.search(sentence)
            if m:
                found[kind] = KindMatch(kind, m.start(), m.end())
                break
    for strong, weaker in SUPERSEDES.items():
        if strong in found:
            for k in weaker:
                found.pop(k, None)
    return sorted(found.values(), key=lambda k: k.start)
