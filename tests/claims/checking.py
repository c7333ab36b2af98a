"""The knowledge base the claim tests read, and the short reads of check_claims they share."""

from __future__ import annotations

from anagen.claims.engine import check_claims
from anagen.knowledge.loader import default_content_dir, load_content

KB = load_content(default_content_dir())


def verdicts(text: str, context: str | None = None) -> dict[str, str]:
    """kind -> verdict of each finding."""
    return {f.kind: f.verdict for f in check_claims(text, KB, context).findings}


def verdicts_and_entities(text: str) -> dict[str, tuple[str, str]]:
    """kind -> (verdict, entity) of each finding."""
    return {f.kind: (f.verdict, f.entity) for f in check_claims(text, KB).findings}
