"""`anagen`'s entry point: parse, run the command, and turn what it raises into an exit code and
a message on standard error (never a traceback for input or configuration the user can fix)."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import Any

from django.core.exceptions import ImproperlyConfigured

from anagen.cli.errors import EXIT_BAD_INPUT, EXIT_FAILED, BadInput
from anagen.cli.parser import build_parser
from anagen.cli.site_commands import cmd_manage
from anagen.knowledge.problems import ContentError


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["manage"]:
        return cmd_manage(argv[1:])
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except ContentError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(
            f"content refused: {len(exc.problems)} problem(s); nothing was changed", file=sys.stderr
        )
        return EXIT_BAD_INPUT
    except BadInput as exc:
        print(f"anagen: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except ImproperlyConfigured as exc:
        # A missing setting (ANAGEN_SECRET_KEY, say) is one line to act on, not a traceback.
        print(f"anagen: {exc}", file=sys.stderr)
        return EXIT_FAILED


def run_main() -> Any:
    try:
        sys.exit(main())
    except BrokenPipeError:
        # The reader stopped early (`anagen export-kb | head`): no traceback. Python's own
        # recipe (signal module docs): point stdout at devnull so the exit flush is silent.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(EXIT_FAILED)
