"""Load and validate the content directory into a `KnowledgeBase`.

Two phases: read and check every file, collecting every problem; only a clean set becomes a
knowledge base. Nothing here touches the database (see `services.sync_to_db`).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from anagen.assessment.rules import AssessmentRules
from anagen.assessment.vocab import UNCLEAR
from anagen.knowledge.base import KnowledgeBase
from anagen.knowledge.citations import cited_ids, uncited_blocks
from anagen.knowledge.guides import load_guides
from anagen.knowledge.problems import ContentError, Loc, Problem, field_name
from anagen.knowledge.schema import (
    ChangelogEntry,
    ChangelogFile,
    Condition,
    Ingredient,
    Source,
    SourcesFile,
    Treatment,
)
from anagen.knowledge.yamlfile import YamlDoc, read_text, read_yaml
from anagen.products.schema import Product

M = TypeVar("M", bound=BaseModel)

# Fields whose values name another entity: field -> the collection it must exist in.
REFERENCE_FIELDS: dict[str, str] = {
    "condition": "conditions",
    "conditions": "conditions",
    "treatment": "treatments",
    "treatments": "treatments",
    "ingredients": "ingredients",
    "components": "products",
}

ENTITY_DIRS: dict[str, type[BaseModel]] = {
    "conditions": Condition,
    "treatments": Treatment,
    "ingredients": Ingredient,
    "products": Product,
}
PROSE_DIRS = ("conditions", "treatments")


def default_content_dir() -> Path:
    return Path(__file__).resolve().parents[2] / "content"


class _Collector:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.problems: list[Problem] = []

    def shown(self, path: Path) -> str:
        try:
            return str(path.relative_to(Path.cwd()))
        except ValueError:
            return str(path)

    def validate(self, doc: YamlDoc, model: type[M]) -> M | None:
        try:
            return model.model_validate(doc.data)
        except ValidationError as exc:
            for err in exc.errors():
                loc: Loc = tuple(err["loc"])
                msg = err["msg"].removeprefix("Value error, ")
                self.problems.append(doc.problem(loc, field_name(loc), msg))
            return None


def load_content(root: Path | None = None) -> KnowledgeBase:
    """Validate every file under `root`; raise `ContentError` listing every problem."""
    root = Path(root or default_content_dir())
    col = _Collector(root)
    if not root.is_dir():
        raise ContentError([Problem(str(root), 1, "(dir)", "content directory does not exist")])

    sources = _load_sources(col, root / "sources.yaml")
    if col.problems and not sources:
        # Every fact cites sources.yaml: unread, each citation would be reported as unknown
        # too, burying its one real problem under thousands of lines.
        raise ContentError(col.problems)
    docs: dict[str, dict[str, tuple[YamlDoc, BaseModel]]] = {}
    for kind, model in ENTITY_DIRS.items():
        docs[kind] = _load_entities(col, root / kind, model)
    prose = _load_prose(col, root, docs, sources)

    changelog_doc, changelog = _load_changelog(col, root / "changelog.yaml")
    rules_doc, rules = _load_rules(col, root / "assessment.yaml")
    guides = load_guides(root / "guides", col.shown, sources, col.problems)

    known = {kind: set(items) for kind, items in docs.items()}
    checked = [doc for items in docs.values() for doc, _ in items.values()]
    for doc in [*checked, *([changelog_doc] if changelog_doc else [])]:
        _check_references(col, doc, doc.data, (), known, sources)
    if rules_doc:
        # The assessment may also answer "unclear", which is not a condition file.
        with_unclear = {**known, "conditions": known["conditions"] | {UNCLEAR}}
        _check_references(col, rules_doc, rules_doc.data, (), with_unclear, sources)
    _check_synonyms(col, docs["ingredients"])
    if col.problems:
        raise ContentError(col.problems)
    return KnowledgeBase(
        sources=MappingProxyType(sources),
        conditions=MappingProxyType(_models(docs["conditions"], Condition)),
        treatments=MappingProxyType(_models(docs["treatments"], Treatment)),
        ingredients=MappingProxyType(_models(docs["ingredients"], Ingredient)),
        products=MappingProxyType(_models(docs["products"], Product)),
        prose=MappingProxyType(prose),
        changelog=tuple(sorted(changelog, key=lambda e: e.date, reverse=True)),
        assessment=rules,
        guides=MappingProxyType(guides),
    )


def _models(items: dict[str, tuple[YamlDoc, BaseModel]], model: type[M]) -> dict[str, M]:
    return {slug: m for slug, (_, m) in sorted(items.items()) if isinstance(m, model)}


def _load_sources(col: _Collector, path: Path) -> dict[str, Source]:
    doc, problem = read_yaml(path, col.shown(path))
    if doc is None:
        col.problems.append(problem or Problem(col.shown(path), 1, "(file)", "missing"))
        return {}
    parsed = col.validate(doc, SourcesFile)
    if parsed is None:
        return {}
    out: dict[str, Source] = {}
    for i, src in enumerate(parsed.sources):
        if src.id in out:
            col.problems.append(
                doc.problem(
                    ("sources", i, "id"), f"sources[{i}].id", f"duplicate source id {src.id!r}"
                )
            )
        out[src.id] = src
    return out


def _load_changelog(col: _Collector, path: Path) -> tuple[YamlDoc | None, list[ChangelogEntry]]:
    """The optional list of evidence updates."""
    if not path.exists():
        return None, []
    doc, problem = read_yaml(path, col.shown(path))
    if doc is None:
        col.problems.append(problem or Problem(col.shown(path), 1, "(file)", "unreadable"))
        return None, []
    parsed = col.validate(doc, ChangelogFile)
    return doc, list(parsed.entries) if parsed else []


def _load_rules(col: _Collector, path: Path) -> tuple[YamlDoc | None, AssessmentRules | None]:
    """The assessment's sourced rules."""
    doc, problem = read_yaml(path, col.shown(path))
    if doc is None:
        col.problems.append(problem or Problem(col.shown(path), 1, "(file)", "unreadable"))
        return None, None
    return doc, col.validate(doc, AssessmentRules)


def _load_entities(
    col: _Collector, folder: Path, model: type[BaseModel]
) -> dict[str, tuple[YamlDoc, BaseModel]]:
    out: dict[str, tuple[YamlDoc, BaseModel]] = {}
    if not folder.is_dir():
        col.problems.append(Problem(col.shown(folder), 1, "(dir)", "folder is missing"))
        return out
    for path in sorted(folder.iterdir()):
        if path.suffix == ".md" or path.name.startswith("."):
            continue
        shown = col.shown(path)
        if path.suffix != ".yaml":
            col.problems.append(Problem(shown, 1, "(file)", "only .yaml and .md files belong here"))
            continue
        doc, problem = read_yaml(path, shown)
        if doc is None:
            col.problems.append(problem or Problem(shown, 1, "(file)", "unreadable"))
            continue
        parsed = col.validate(doc, model)
        if parsed is None:
            continue
        slug = str(parsed.slug)
        if slug != path.stem:
            col.problems.append(
                doc.problem(
                    ("slug",), "slug", f"slug {slug!r} must match the file name {path.stem!r}"
                )
            )
        elif slug in out:
            col.problems.append(doc.problem(("slug",), "slug", f"duplicate slug {slug!r}"))
        else:
            out[slug] = (doc, parsed)
    return out


def _load_prose(
    col: _Collector,
    root: Path,
    docs: dict[str, dict[str, tuple[YamlDoc, BaseModel]]],
    sources: dict[str, Source],
) -> dict[str, str]:
    prose: dict[str, str] = {}
    for kind in PROSE_DIRS:
        folder = root / kind
        for slug in docs.get(kind, {}):
            path = folder / f"{slug}.md"
            shown = col.shown(path)
            if not path.exists():
                col.problems.append(Problem(shown, 1, "(file)", f"prose for {slug!r} is missing"))
                continue
            text, problem = read_text(path, shown)
            if text is None:
                col.problems.append(problem or Problem(shown, 1, "(file)", "unreadable"))
                continue
            for line, sid in cited_ids(text):
                if sid not in sources:
                    col.problems.append(
                        Problem(shown, line, "citation", f"source {sid!r} is not in sources.yaml")
                    )
            for block in uncited_blocks(text):
                col.problems.append(
                    Problem(
                        shown, block.line, "citation", f"paragraph cites no source: {block.text!r}"
                    )
                )
            prose[f"{kind[:-1]}:{slug}"] = text
        if folder.is_dir():
            for path in folder.glob("*.md"):
                if path.stem not in docs.get(kind, {}):
                    col.problems.append(
                        Problem(
                            col.shown(path), 1, "(file)", f"no {path.stem}.yaml beside this prose"
                        )
                    )
    return prose


def _check_references(
    col: _Collector,
    doc: YamlDoc,
    data: Any,
    loc: tuple[str | int, ...],
    known: dict[str, set[str]],
    sources: dict[str, Source],
) -> None:
    if isinstance(data, list):
        for i, item in enumerate(data):
            _check_references(col, doc, item, (*loc, i), known, sources)
        return
    if not isinstance(data, dict):
        return
    for key, value in data.items():
        here = (*loc, key)
        if key == "sources" and loc:
            for i, sid in _strings(value):
                if sid not in sources:
                    col.problems.append(
                        doc.problem(
                            (*here, i),
                            field_name((*here, i)),
                            f"source {sid!r} is not in sources.yaml",
                        )
                    )
        elif key in REFERENCE_FIELDS or (key == "sources" and not loc):
            target = "sources" if key == "sources" else REFERENCE_FIELDS[key]
            pool = set(sources) if target == "sources" else known[target]
            for i, ref in _strings(value):
                if ref not in pool:
                    at = here if isinstance(value, str) else (*here, i)
                    col.problems.append(
                        doc.problem(at, field_name(at), f"unknown {target[:-1]} {ref!r}")
                    )
        else:
            _check_references(col, doc, value, here, known, sources)


def _strings(value: Any) -> Iterator[tuple[int, str]]:
    if isinstance(value, str):
        yield 0, value
    elif isinstance(value, list):
        yield from ((i, v) for i, v in enumerate(value) if isinstance(v, str))


def _check_synonyms(col: _Collector, ingredients: dict[str, tuple[YamlDoc, BaseModel]]) -> None:
    owner: dict[str, str] = {}
    for slug, (doc, model) in sorted(ingredients.items()):
        assert isinstance(model, Ingredient)
        names = [model.name, *model.synonyms, *model.misspellings]
        names += [n for n in (model.inci, model.latin) if n]
        for name in dict.fromkeys(n.casefold() for n in names):
            if name in owner and owner[name] != slug:
                col.problems.append(
                    doc.problem(
                        ("synonyms",), "synonyms", f"{name!r} also names ingredient {owner[name]!r}"
                    )
                )
            owner.setdefault(name, slug)
