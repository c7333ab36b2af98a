"""The content is parsed by libyaml when PyYAML has it; it must read every content file exactly
as the pure-Python parser does, line numbers included, since problems name their line."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from anagen.knowledge import yamlfile

CONTENT = Path(__file__).resolve().parents[2] / "content"


def _lines(node: yaml.Node) -> list[tuple[int, int]]:
    out = [(node.start_mark.line, node.end_mark.line)]
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            out += _lines(key) + _lines(value)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            out += _lines(item)
    return out


def test_libyaml_is_used_when_present() -> None:
    # PyYAML's wheels carry libyaml; a build from source without it falls back, slower
    expected = getattr(yaml, "CSafeLoader", None) if yaml.__with_libyaml__ else yaml.SafeLoader
    assert yamlfile.LOADER is expected


@pytest.mark.parametrize("path", sorted(CONTENT.rglob("*.yaml")), ids=lambda p: p.name)
def test_content_reads_the_same_with_either_parser(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = path.read_text()
    node, data = yamlfile.parse(text)
    monkeypatch.setattr(yamlfile, "LOADER", yaml.SafeLoader)
    pure_node, pure_data = yamlfile.parse(text)
    assert data == pure_data
    assert _lines(node) == _lines(pure_node)


@pytest.mark.parametrize("loader", sorted({yamlfile.LOADER, yaml.SafeLoader}, key=str))
def test_broken_yaml_names_its_line_with_either_parser(
    tmp_path: Path, loader: type, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(yamlfile, "LOADER", loader)
    path = tmp_path / "broken.yaml"
    path.write_text("slug: a\nname: b\ngrades: [unclosed\nother: 1\n")
    doc, problem = yamlfile.read_yaml(path, "broken.yaml")
    assert doc is None and problem is not None
    assert "malformed YAML" in problem.message and problem.line >= 3
