"""Reading a command's input (a path or `-`, with size and encoding checks) and printing JSON."""

from __future__ import annotations

import codecs
import json
import sys
from typing import Any

from anagen.cli.errors import BadInput

MAX_INPUT_BYTES = 5_000_000
MAX_IMPORT_BYTES = 500_000_000


def read_bytes(path: str, limit: int) -> bytes:
    """The bytes of FILE, or of standard input for `-` (DESIGN.md: every command that reads
    input takes either), refusing more than `limit`."""
    try:
        if path == "-":
            raw = sys.stdin.buffer.read(limit + 1)
        else:
            with open(path, "rb") as fh:
                raw = fh.read(limit + 1)
    except OSError as exc:
        raise BadInput(f"cannot read {path}: {exc.strerror}") from None
    if len(raw) > limit:
        raise BadInput(f"{path} is larger than {limit} bytes")
    return raw


def read_input(path: str) -> str:
    """The text of FILE, or of standard input for `-`; refuses what cannot be text."""
    raw = read_bytes(path, MAX_INPUT_BYTES)
    # A byte-order mark (Windows editors write one) is not part of the text.
    bom = len(codecs.BOM_UTF8) if raw.startswith(codecs.BOM_UTF8) else 0
    try:
        return raw[bom:].decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadInput(f"{path} is not valid UTF-8 (byte {bom + exc.start})") from None


def read_json(path: str) -> Any:
    try:
        return json.loads(read_input(path))
    except json.JSONDecodeError as exc:
        raise BadInput(
            f"{path} is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"
        ) from None


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
