"""Work on a sentence that depends only on what is passed in, done once per text.

Ads repeat themselves (the same tagline under every product, the same bullets on every page), and
the same sentence with the same subjects always gives the same kinds, names and findings, so a
repeat is looked up instead of worked out again. Each key holds every input that varies within
one text; what is fixed for the whole text (knowledge base, index, context) is left out, which is
why a Memo lives only as long as one check_claims() call.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, TypeVar

T = TypeVar("T")
_UNSET = object()  # no value worked out yet (None is a value: a sentence with no claim)


class Memo:
    def __init__(self) -> None:
        self.seen: dict[Hashable, Any] = {}

    def get(self, key: Hashable, work: Callable[..., T], *args: Any) -> T:
        """work(*args), computed the first time `key` is asked of `work`: the key holds every
        argument that can differ between two calls within the text."""
        # a look-up with a default, not try/except: most keys are new, and raising costs more
        value = self.seen.get((work, key), _UNSET)
        if value is _UNSET:
            value = self.seen[work, key] = work(*args)
        return value  # type: ignore[no-any-return]


def forget_sentences() -> None:
    """Empty the caches that outlive a call and are keyed by a sentence's text (the per-kb
    indexes stay). The site keeps them, since real ads repeat their lines from page to page;
    the benchmark empties them between its passes over the same texts, so that a second pass
    measures the checking rather than these caches."""
    for cached in sentence_caches():
        cached.cache_clear()


def sentence_caches() -> tuple[Any, ...]:
    # Imported here: the engine imports this module, and the others sit below the engine.
    from anagen.claims.anycase import plain_copy
    from anagen.claims.clause_subjects import _breaks as clause_breaks
    from anagen.claims.clause_subjects import _named
    from anagen.claims.condition_course import _words as condition_words
    from anagen.claims.condition_subject import _a_prevalence, _nothing_credited
    from anagen.claims.countries import regions_in
    from anagen.claims.engine import _claims_in, _finding
    from anagen.claims.entities import _mentions_in, _names_in
    from anagen.claims.evidence import _named_otherwise, conditions_in, routes_in, treatments_of
    from anagen.claims.harms import _stems
    from anagen.claims.modality import _breaks as modal_breaks
    from anagen.claims.modality import _foreign_denial_words

    return (
        plain_copy,
        clause_breaks,
        _named,
        treatments_of,
        routes_in,
        conditions_in,
        _named_otherwise,
        _stems,
        modal_breaks,
        _foreign_denial_words,
        regions_in,
        condition_words,
        _names_in,
        _mentions_in,
        _nothing_credited,
        _a_prevalence,
        _claims_in,
        _finding,
    )
