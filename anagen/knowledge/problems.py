"""Problems found in content files, reported as `path:line: field: message`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

Loc = Sequence[str | int]


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.field}: {self.message}"


class ContentError(Exception):
    """The content set is refused whole; `problems` lists every reason."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = sorted(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def field_name(loc: Loc) -> str:
    """('evidence', 0, 'grade') -> 'evidence[0].grade'."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out or "(file)"
