"""The names a fuzzy look-up scores (name_reach) hold every one that reaches the cutoff, in the
order of all the names: the look-up finds what scoring every name near in length finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from anagen.products.ingredient_index import index_for
from anagen.products.name_reach import NameReach
from tests.products.label_corpus import KB

NAMES = ["minoxidil", "biotin", "biotinoyl", "finasteride", "zinc", "saw palmetto", "caffeine"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.text(alphabet=st.sampled_from(list("abcin ")), min_size=1, max_size=14), min_size=1
    ),
    st.text(alphabet=st.sampled_from(list("abcin ")), max_size=16),
    st.sampled_from([50, 80, 86, 95]),
)
def test_every_name_that_reaches_the_cutoff_is_within_reach(names, query, cutoff) -> None:
    reach = NameReach(names)
    near = reach.near(len(query), cutoff)
    within = reach.within_reach(query, cutoff, near)
    reaching = [n for n in near.names if fuzz.ratio(query, n) >= cutoff]
    assert set(reaching) <= set(within)
    assert within == [n for n in near.names if n in within]  # (in their order)


def test_misspelt_names_are_within_reach_and_most_names_are_not() -> None:
    index = index_for(KB)
    reach = index._reach
    scored = {80: 0, 86: 0}
    every = {80: 0, 86: 0}
    for name in [*NAMES, *index.choices[::7]]:
        for query in (name[1:], name[:-1] + "x", name[:2] + "e" + name[2:]):
            for cutoff in (80, 86):
                near = reach.near(len(query), cutoff)
                within = reach.within_reach(query, cutoff, near)
                assert {n for n in near.names if fuzz.ratio(query, n) >= cutoff} <= set(within)
                scored[cutoff] += len(within)
                every[cutoff] += len(near.names)
    # the point of it: at a name look-up's cutoff, most names near in length are not scored
    # (at the one-word cutoff, the pieces are too short to tell many apart)
    assert scored[86] < every[86] / 4
