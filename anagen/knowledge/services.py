"""Every write of the knowledge app: syncing validated content into the database.

All of it happens in one transaction after the whole content set validated, so a broken set
leaves the database exactly as it was, and loading the same files twice changes nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import models, transaction

from anagen.knowledge import models as m
from anagen.knowledge import runtime
from anagen.knowledge.base import KnowledgeBase
from anagen.knowledge.loader import load_content
from anagen.knowledge.pages import render_page
from anagen.knowledge.vocab import GRADE_ORDER, Grade
from anagen.web.cache import bump_version


@dataclass
class SyncReport:
    counts: dict[str, dict[str, int]] = field(default_factory=dict)

    def add(self, table: str, action: str) -> None:
        self.counts.setdefault(table, {"created": 0, "updated": 0, "deleted": 0, "unchanged": 0})
        self.counts[table][action] += 1

    @property
    def changed(self) -> bool:
        return any(c["created"] or c["updated"] or c["deleted"] for c in self.counts.values())

    def __str__(self) -> str:
        parts = [
            f"{table}: {c['created']} created, {c['updated']} updated, {c['deleted']} deleted, "
            f"{c['unchanged']} unchanged"
            for table, c in self.counts.items()
        ]
        return "content loaded. " + "; ".join(parts)


def load_and_sync(content_dir: Path | None) -> SyncReport:
    """Validate `content_dir` (default: settings) and sync it; raises ContentError on problems."""
    kb = load_content(content_dir or settings.ANAGEN_CONTENT_DIR)
    report = sync_to_db(kb)
    runtime.set_kb(kb)
    bump_version()
    return report


@transaction.atomic
def sync_to_db(kb: KnowledgeBase) -> SyncReport:
    report = SyncReport()
    _sync(
        m.Source,
        "key",
        {
            sid: {
                "kind": str(s.kind),
                "title": s.title,
                "year": s.year,
                "data": s.model_dump(mode="json", exclude_none=True),
            }
            for sid, s in kb.sources.items()
        },
        report,
    )
    conditions = _sync(
        m.Condition,
        "slug",
        {slug: _page_fields(kb, "condition", c) for slug, c in kb.conditions.items()},
        report,
    )
    treatments = _sync(
        m.Treatment,
        "slug",
        {
            slug: {**_page_fields(kb, "treatment", t), "category": str(t.category)}
            for slug, t in kb.treatments.items()
        },
        report,
    )
    _sync(
        m.Ingredient,
        "slug",
        {
            slug: {"name": i.name, "data": i.model_dump(mode="json")}
            for slug, i in kb.ingredients.items()
        },
        report,
    )
    _sync_evidence(kb, conditions, treatments, report)
    from anagen.products.services import sync_curated

    for action, n in sync_curated(kb).items():
        for _ in range(n):
            report.add("product", action)
    from anagen.web.search_index import index_pages

    index_pages(kb)  # page documents for site search, in the same transaction
    return report


def _page_fields(kb: KnowledgeBase, kind: str, model: Any) -> dict[str, Any]:
    page = render_page(kb, kind, model)
    return {
        "name": model.name,
        "summary": model.summary,
        "last_reviewed": model.last_reviewed,
        "data": model.model_dump(mode="json"),
        "prose_html": page.prose_html,
        "references": page.references,
    }


def _sync(
    model: type[models.Model], key: str, wanted: Mapping[str, dict[str, Any]], report: SyncReport
) -> dict[str, Any]:
    """Upsert rows by `key` and delete the rows whose key is no longer wanted."""
    table = model._meta.model_name or model.__name__
    existing = {getattr(obj, key): obj for obj in model._default_manager.all()}
    for stale in set(existing) - set(wanted):
        existing.pop(stale).delete()
        report.add(table, "deleted")
    for k, fields in wanted.items():
        obj = existing.get(k)
        if obj is None:
            existing[k] = model._default_manager.create(**{key: k}, **fields)
            report.add(table, "created")
        elif _differs(obj, fields):
            for name, value in fields.items():
                setattr(obj, name, value)
            obj.save()
            report.add(table, "updated")
        else:
            report.add(table, "unchanged")
    return existing


def _differs(obj: models.Model, fields: dict[str, Any]) -> bool:
    return any(getattr(obj, name) != value for name, value in fields.items())


def _sync_evidence(
    kb: KnowledgeBase, conditions: dict[str, Any], treatments: dict[str, Any], report: SyncReport
) -> None:
    wanted: dict[tuple[str, str], dict[str, Any]] = {}
    for t in kb.treatments.values():
        for e in t.evidence:
            wanted[(t.slug, e.condition)] = {
                "grade": str(e.grade),
                "rank": GRADE_ORDER.index(Grade(e.grade)),
                "summary": e.summary,
            }
    existing = {
        (ev.treatment.slug, ev.condition.slug): ev
        for ev in m.Evidence.objects.select_related("treatment", "condition")
    }
    for stale in set(existing) - set(wanted):
        existing[stale].delete()
        report.add("evidence", "deleted")
    for (tslug, cslug), fields in wanted.items():
        ev = existing.get((tslug, cslug))
        if ev is None:
            m.Evidence.objects.create(
                treatment=treatments[tslug], condition=conditions[cslug], **fields
            )
            report.add("evidence", "created")
        elif _differs(ev, fields):
            for name, value in fields.items():
                setattr(ev, name, value)
            ev.save()
            report.add("evidence", "updated")
        else:
            report.add("evidence", "unchanged")
