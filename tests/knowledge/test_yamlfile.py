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


@pytest.mark.parametrize(
    ("text", "key", "line"),
    [
        ("slug: a\nname: b\nname: c\n", "name", 3),
        ("slug: a\nevidence:\n- grade: A\n  grade: B\n", "grade", 4),
    ],
)
def test_a_key_given_twice_is_refused_with_its_line(
    tmp_path: Path, text: str, key: str, line: int
) -> None:
    # YAML itself keeps the last value and drops the first without a word.
    path = tmp_path / "twice.yaml"
    path.write_text(text)
    doc, problem = yamlfile.read_yaml(path, "twice.yaml")
    assert doc is None and problem is not None
    assert (problem.field, problem.line) == (key, line) and "twice" in problem.message


def test_aliases_are_not_mistaken_for_repeated_keys(tmp_path: Path) -> None:
    path = tmp_path / "alias.yaml"
    path.write_text("a: &x {k: 1}\nb: *x\nc: [*x, *x]\n")
    doc, problem = yamlfile.read_yaml(path, "alias.yaml")
    assert problem is None and doc is not None
