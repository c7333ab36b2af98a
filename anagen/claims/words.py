"""Word fragments that the wording of several claim kinds shares."""

from __future__ import annotations

HAIR_LOSS = r"(hair ?loss|hair fall|shedding|thinning|balding|baldness|alopecia|effluvium)"
