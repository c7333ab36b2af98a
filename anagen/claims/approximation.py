"""How writers mark a number as rough, read the same wherever a count or a time is matched.

"about 3 months", "approximately 3 months", "approx. 3 months", "circa 3 months", "~3 months" and
"≈3 months" all say the same: one pattern fragment, so no claim pattern reads only some of them.
"""

from __future__ import annotations

# A word and its space, or a sign with an optional space; used before a number: "(ABOUT)?\d+".
ABOUT = r"(?:(?:about|around|roughly|approximately|approx\.|circa|ca\.) |[~\u2248\u223c] ?)"
