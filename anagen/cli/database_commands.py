"""The database commands: an online backup to a file, and a restore that replaces the database."""

from __future__ import annotations

import argparse
from pathlib import Path

from anagen.cli.environment import setup_django
from anagen.cli.errors import BadInput


def cmd_backup(args: argparse.Namespace) -> int:
    setup_django()
    from anagen.web.backup import BackupError, backup

    try:
        backup(Path(args.file))
    except BackupError as exc:
        raise BadInput(str(exc)) from None
    print(f"backup written to {args.file}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    setup_django()
    from anagen.web.backup import BackupError, restore

    try:
        restore(Path(args.file))
    except BackupError as exc:
        raise BadInput(str(exc)) from None
    print(f"database restored from {args.file}")
    return 0
