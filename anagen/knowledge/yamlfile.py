"""Reading one YAML file with line numbers kept, so every problem can name its line."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from anagen.knowledge.problems import Loc, Problem

MAX_FILE_BYTES = 1_000_000
# libyaml parses the content about twenty times faster than the pure-Python parser, which was
# most of `anagen run`'s start-up; PyYAML wheels ship it, the fallback keeps source builds working.
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class YamlDoc:
    path: str
    data: dict[str, Any]
    node: yaml.Node

    def line_of(self, loc: Loc) -> int:
        """The line of the deepest node that `loc` reaches (1-based)."""
        node = self.node
        line = node.start_mark.line + 1
        for key in loc:
            if isinstance(node, yaml.MappingNode):
                match = next((kv for kv in node.value if kv[0].value == str(key)), None)
                if match is None:
                    break
                line, node = match[0].start_mark.line + 1, match[1]
            elif isinstance(node, yaml.SequenceNode) and isinstance(key, int):
                if key >= len(node.value):
                    break
                node = node.value[key]
                line = node.start_mark.line + 1
            else:
                break
        return line

    def problem(self, loc: Loc, field: str, message: str) -> Problem:
        return Problem(self.path, self.line_of(loc), field, message)


def read_text(path: Path, shown: str) -> tuple[str | None, Problem | None]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return None, Problem(shown, 1, "(file)", f"cannot be read: {exc.strerror}")
    if len(raw) > MAX_FILE_BYTES:
        return None, Problem(shown, 1, "(file)", f"is larger than {MAX_FILE_BYTES} bytes")
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return None, Problem(shown, line, "(file)", "is not valid UTF-8")


def parse(text: str) -> tuple[yaml.Node | None, Any]:
    """The document's node tree (for line numbers) and its data, from one parse."""
    loader = LOADER(text)
    try:
        node = loader.get_single_node()
        return node, None if node is None else loader.construct_document(node)
    finally:
        loader.dispose()


def repeated_key(root: yaml.Node) -> tuple[str, int] | None:
    """The first key written twice in one mapping, with the line of its second use."""
    todo, seen = [root], set()
    while todo:
        node = todo.pop()
        if id(node) in seen:  # an alias shares its anchor's node
            continue
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            keys: set[object] = set()
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode) and key.value != "<<":
                    if key.value in keys:
                        return key.value, key.start_mark.line + 1
                    keys.add(key.value)
                todo.append(value)
        elif isinstance(node, yaml.SequenceNode):
            todo.extend(node.value)
    return None


def read_yaml(path: Path, shown: str) -> tuple[YamlDoc | None, Problem | None]:
    text, problem = read_text(path, shown)
    if text is None:
        return None, problem
    try:
        node, data = parse(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        return None, Problem(shown, line, "(file)", f"malformed YAML: {exc.problem or exc}")
    except yaml.YAMLError as exc:
        return None, Problem(shown, 1, "(file)", f"malformed YAML: {exc}")
    if not isinstance(data, dict) or node is None:
        return None, Problem(shown, 1, "(file)", "must be a YAML mapping of field: value")
    repeated = repeated_key(node)
    if repeated:  # YAML keeps the last value and drops the first without a word
        key, line = repeated
        return None, Problem(shown, line, key, "is given twice in the same mapping")
    bad_keys = [k for k in data if not isinstance(k, str)]
    if bad_keys:
        return None, Problem(shown, 1, "(file)", f"field names must be text, not {bad_keys[0]!r}")
    return YamlDoc(shown, data, node), None
