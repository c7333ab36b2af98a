"""Documentation stays complete: every content field and every CLI command is documented."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel

from anagen.cli.parser import build_parser
from anagen.knowledge import schema

ROOT = Path(__file__).resolve().parents[1]


def _fields(model: type[BaseModel]) -> set[str]:
    return set(model.model_fields)


def test_content_readme_documents_every_schema_field() -> None:
    text = (ROOT / "content" / "README.md").read_text()
    models = [
        schema.Source,
        schema.Condition,
        schema.Treatment,
        schema.Ingredient,
        schema.Evidence,
        schema.Figure,
        schema.SideEffect,
        schema.Contraindication,
        schema.Regulatory,
        schema.Cost,
        schema.Comparison,
        schema.Strength,
        schema.PropertyFact,
    ]
    missing = {f"{m.__name__}.{f}" for m in models for f in _fields(m) if f"`{f}`" not in text}
    assert not missing, missing


def test_readme_documents_every_cli_command_and_the_two_setup_commands() -> None:
    text = (ROOT / "README.md").read_text()
    assert "make run" in text and "make test" in text
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    for name in sub.choices:  # type: ignore[union-attr]
        assert f"anagen {name}" in text, name


def test_readme_guarantees_name_test_files_that_exist() -> None:
    import re

    text = (ROOT / "README.md").read_text()
    named = re.findall(r"`(tests/[\w/]+\.py)`", text)
    assert len(named) >= 7
    assert [p for p in named if not (ROOT / p).is_file()] == []
