"""Guides: Markdown files with a short YAML front matter, cited like every other prose.

Read and rendered once at load time; a page only fills a template.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from anagen.knowledge.citations import cited_ids, order_references, render, uncited_blocks
from anagen.knowledge.problems import Problem
from anagen.knowledge.schema import GuideMeta, Source
from anagen.knowledge.yamlfile import parse, read_text

FRONT = re.compile(r"\A---\n(.*?)\n---\n", re.S)
WORDS_PER_MINUTE = 200


@dataclass(frozen=True)
class Guide:
    slug: str
    meta: GuideMeta
    body: str
    html: str
    references: tuple[dict[str, Any], ...]
    reading_minutes: int


def load_guides(
    folder: Path, shown: Any, sources: dict[str, Source], problems: list[Problem]
) -> dict[str, Guide]:
    from anagen.knowledge.pages import reference_entry

    guides: dict[str, Guide] = {}
    if not folder.is_dir():
        return guides
    for path in sorted(folder.glob("*.md")):
        name = shown(path)
        text, problem = read_text(path, name)
        if text is None:
            problems.append(problem or Problem(name, 1, "(file)", "unreadable"))
            continue
        m = FRONT.match(text)
        if not m:
            problems.append(
                Problem(name, 1, "(front matter)", "a guide starts with --- front matter ---")
            )
            continue
        try:
            meta = GuideMeta.model_validate(parse(m.group(1))[1])
        except (yaml.YAMLError, ValidationError) as exc:
            problems.append(Problem(name, 2, "(front matter)", str(exc).splitlines()[0]))
            continue
        body = text[m.end() :]
        offset = text[: m.end()].count("\n")
        bad = False
        for line, sid in cited_ids(body):
            if sid not in sources:
                problems.append(
                    Problem(
                        name, line + offset, "citation", f"source {sid!r} is not in sources.yaml"
                    )
                )
                bad = True
        for block in uncited_blocks(body):
            problems.append(
                Problem(
                    name,
                    block.line + offset,
                    "citation",
                    f"paragraph cites no source: {block.text!r}",
                )
            )
            bad = True
        if bad:
            continue
        ids = order_references([[sid for _, sid in cited_ids(body)]])
        numbering = {sid: n for n, sid in enumerate(ids, start=1)}
        minutes = max(
            1, math.ceil(len(re.sub(r"\[@[^\]]*\]", "", body).split()) / WORDS_PER_MINUTE)
        )
        guides[path.stem] = Guide(
            path.stem,
            meta,
            body,
            render(body, numbering),
            tuple(reference_entry(numbering[s], sources[s]) for s in ids),
            minutes,
        )
    return guides
