"""The knowledge-base commands: check-content, export-kb and kb-summary need no database;
load-content validates and writes the content into it."""

from __future__ import annotations

import argparse
import json
import sys

from anagen.cli.environment import content_dir, setup_django
from anagen.cli.streams import print_json
from anagen.knowledge.loader import load_content


def cmd_check_content(args: argparse.Namespace) -> int:
    kb = load_content(content_dir(args))
    print(
        f"content is valid: {len(kb.conditions)} conditions, {len(kb.treatments)} treatments, "
        f"{len(kb.ingredients)} ingredients, {len(kb.sources)} sources"
    )
    return 0


def cmd_load_content(args: argparse.Namespace) -> int:
    setup_django()
    from anagen.knowledge.services import load_and_sync

    report = load_and_sync(content_dir(args))
    print(report)
    return 0


def cmd_export_kb(args: argparse.Namespace) -> int:
    print_json(load_content(content_dir(args)).export())
    return 0


def cmd_kb_summary(args: argparse.Namespace) -> int:
    from anagen.knowledge.summary import summarize

    summary = summarize(load_content(content_dir(args)))
    if args.json:
        json.dump(summary, sys.stdout, indent=1)
        sys.stdout.write("\n")
        return 0
    for key, value in summary.items():
        shown = len(value) if isinstance(value, list) and key != "investigational" else value
        print(f"{key.replace('_', ' ')}: {shown}")
    return 0
