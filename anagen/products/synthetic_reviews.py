"""Synthetic community reviews for the benchmark catalogue: who reviewed what, with which ratings
and words, the same for the same seed.

Reviewers write about 25 reviews each, at most one per product and per treatment (as the
database requires); a few products and treatments draw most of the reviews, as on real sites.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Iterator, Sequence
from itertools import accumulate
from typing import NamedTuple

PER_AUTHOR = 25
TREATMENT_SHARE = 0.08
START = dt.datetime(2023, 1, 1, tzinfo=dt.UTC)
SPAN_SECONDS = 3 * 365 * 86_400
CONDITIONS = (
    ("androgenetic-alopecia", 60, ("N2", "N3", "N3V", "N4", "N5", "N6")),
    ("female-pattern-hair-loss", 25, ("L1", "L2", "L3")),
    ("telogen-effluvium", 10, ("",)),
    ("alopecia-areata", 5, ("",)),
)
STATUSES = (("approved", 90), ("pending", 7), ("rejected", 2), ("hidden", 1))
SIDE_EFFECTS = ("scalp itching", "dryness", "initial shedding", "headache", "irritation")
OPENERS = (
    "Used it for {m} months.",
    "I have been on this for {m} months.",
    "After {m} months:",
    "Started {m} months ago.",
)
EFFECTS = {
    1: ("No change at all.", "Did nothing for me, shedding carried on as before."),
    2: ("Maybe a little less shedding, hard to say.", "Very slow, not sure it is working."),
    3: ("Some thickening at the crown.", "Shedding slowed down after the third month."),
    4: ("Clear regrowth along the hairline.", "Noticeably thicker hair in photos."),
    5: ("Best thing I have tried; my dermatologist noticed too.", "Big difference at the crown."),
}
CLOSINGS = (
    "Would buy again.",
    "Too expensive for what it does.",
    "Greasy, so I use it at night.",
    "Easy to fit into a routine.",
    "",
    "",
)


class SyntheticReview(NamedTuple):
    author: int  # index of the reviewer, 0-based
    product: int | None  # index of the product in the synthetic catalogue
    treatment: str | None  # slug
    condition: str
    stage: str
    duration_months: int
    effectiveness: int
    side_effects_rating: int
    value: int
    side_effects: tuple[str, ...]
    recommend: bool
    text: str
    status: str
    created: dt.datetime


def authors_for(count: int) -> int:
    return max(1, math.ceil(count / PER_AUTHOR))


def synthetic_reviews(
    count: int, products: int, treatments: Sequence[str], conditions: set[str], seed: int = 9
) -> Iterator[SyntheticReview]:
    """`count` reviews of `products` products (by index) and of `treatments` (by slug)."""
    rng = random.Random(seed * 7919 + 1)
    known = [c for c in CONDITIONS if c[0] in conditions] or [("", 1, ("",))]
    kinds = known, list(accumulate(c[1] for c in known))
    statuses = [s for s, _ in STATUSES], list(accumulate(w for _, w in STATUSES))
    made = 0
    for author in range(authors_for(count)):
        want = min(PER_AUTHOR, count - made)
        for product, treatment in _targets(rng, want, products, treatments):
            yield _review(rng, author, product, treatment, kinds, statuses)
        made += want
        if made >= count:
            return


def _targets(
    rng: random.Random, want: int, products: int, treatments: Sequence[str]
) -> list[tuple[int | None, str | None]]:
    """`want` distinct things one person reviewed, most of them products."""
    chosen: dict[tuple[int | None, str | None], None] = {}
    attempts = 0
    while len(chosen) < want and attempts < want * 20:
        attempts += 1
        if treatments and (rng.random() < TREATMENT_SHARE or not products):
            key: tuple[int | None, str | None] = (
                None,
                treatments[int(len(treatments) * rng.random() ** 2)],
            )
        elif products:
            key = (int(products * rng.random() ** 3), None)  # a few bestsellers
        else:
            break
        chosen[key] = None
    for index in range(products):  # tiny catalogues: fill in order rather than loop for ever
        if len(chosen) >= want:
            break
        chosen.setdefault((index, None), None)
    return list(chosen)


def _review(
    rng: random.Random,
    author: int,
    product: int | None,
    treatment: str | None,
    kinds: tuple[list[tuple[str, int, tuple[str, ...]]], list[int]],  # and cumulative weights
    statuses: tuple[list[str], list[int]],  # names and cumulative weights
) -> SyntheticReview:
    condition, _, stages = rng.choices(kinds[0], cum_weights=kinds[1])[0]
    effectiveness = min(5, max(1, round(rng.gauss(3.3, 1.2))))
    effects = (rng.choice(SIDE_EFFECTS),) if rng.random() < 0.2 else ()
    months = rng.randint(1, 36)
    text = " ".join(
        t
        for t in (
            rng.choice(OPENERS).format(m=months),
            rng.choice(EFFECTS[effectiveness]),
            f"Had some {effects[0]} in the first weeks." if effects else "No side effects.",
            rng.choice(CLOSINGS),
        )
        if t
    )
    return SyntheticReview(
        author=author,
        product=product,
        treatment=treatment,
        condition=condition,
        stage=rng.choice(stages),
        duration_months=months,
        effectiveness=effectiveness,
        side_effects_rating=rng.randint(2, 5) if effects else rng.randint(4, 5),
        value=rng.randint(1, 5),
        side_effects=effects,
        recommend=effectiveness >= 4 or (effectiveness == 3 and rng.random() < 0.5),
        text=text,
        status=rng.choices(statuses[0], cum_weights=statuses[1])[0],
        created=START + dt.timedelta(seconds=rng.randrange(SPAN_SECONDS)),
    )
