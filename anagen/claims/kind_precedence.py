"""Which claim is made when the wordings of two kinds are found in one sentence: the narrower
one. find_kinds (kinds.py) drops the weaker kind of each pair."""

from __future__ import annotations

from anagen.claims.vocab import Kind

# the stronger kind, found anywhere in the sentence, and the kinds it drops
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
# The same, only for a weaker wording found inside the stronger one's: "stop the treatment and
# your hair loss comes right back" is no promise to stop hair loss, but "finasteride stops hair
# loss, but only as long as you take it" makes both claims.
SUPERSEDES_WITHIN = {
    Kind.NEEDS_ONGOING_USE: {Kind.STOPS_HAIR_LOSS, Kind.REGROWS_HAIR},
    # "more than twice a day won't speed up your hair growth" (usage_wording.MORE_NO_BETTER)
    Kind.USAGE: {Kind.REGROWS_HAIR},
    # "inhibits the effects of DHT": the hormone's action blocked, not its level lowered
    Kind.BLOCKS_ANDROGENS: {Kind.LOWERS_DHT},
}
