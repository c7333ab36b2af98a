"""What a page shows beyond the record: numbered references and prose rendered with them.

Pure: runs at load time, once per entity, so a request never renders Markdown.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from anagen.knowledge.base import KnowledgeBase
from anagen.knowledge.citations import render
from anagen.knowledge.schema import Condition, Source, Treatment


@dataclass(frozen=True)
class RenderedPage:
    prose_html: str
    references: list[dict[str, Any]]


def reference_entry(n: int, source: Source) -> dict[str, Any]:
    entry = source.model_dump(mode="json", exclude_none=True)
    entry.update(n=n, link=source.link)
    return entry


def render_page(kb: KnowledgeBase, kind: str, model: Treatment | Condition) -> RenderedPage:
    key = f"{kind}:{model.slug}"
    ids = kb.references_of(key, model)
    numbering = {sid: n for n, sid in enumerate(ids, start=1)}
    html = render(kb.prose.get(key, ""), numbering)
    refs = [reference_entry(numbering[sid], kb.sources[sid]) for sid in ids]
    return RenderedPage(html, refs)
