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


class Memo:
    def __init__(self) -> None:
        self.seen: dict[Hashable, Any] = {}

    def get(self, key: Hashable, work: Callable[..., T], *args: Any) -> T:
        """work(*args), computed the first time `key` is asked of `work`: the key holds every
        argument that can differ between two calls within the text."""
        try:
            return self.seen[work, key]  # type: ignore[no-any-return]
        except KeyError:
            value = self.seen[work, key] = work(*args)
            return value
