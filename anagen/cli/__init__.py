"""The `anagen` command line, one module per family of commands.

Commands that read input take a path or `-`; they exit 0 on success and 2 on bad input with a
one-line reason on standard error. `check-content` and `export-kb` need no database.
`dispatch.main` parses with `parser.build_parser`, runs the command and maps errors to exit codes.
"""

# The console script's entry point (pyproject.toml: `anagen = "anagen.cli:run_main"`), kept at the
# package so installed scripts and the package's own path stay the same.
from anagen.cli.dispatch import run_main

__all__ = ["run_main"]
