"""The site commands: run it locally, serve it in production, export it as static pages, and
pass anything else to Django's own management commands."""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence
from pathlib import Path

from anagen.cli.environment import setup_django
from anagen.cli.errors import BadInput


def cmd_run(args: argparse.Namespace) -> int:
    # `anagen run` is the local, one-machine way in: DEBUG on unless the environment says otherwise.
    os.environ.setdefault("ANAGEN_DEBUG", "1")
    setup_django()
    from django.core.management import call_command

    from anagen.knowledge.services import load_and_sync

    call_command("migrate", interactive=False, verbosity=0)
    print(load_and_sync(None))
    call_command("runserver", f"127.0.0.1:{args.port}", use_reloader=False)
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    """Production serving: granian (or gunicorn), one worker per core, DEBUG off, hashed
    static files."""
    host, _, port = args.bind.rpartition(":")
    if not host or not port.isdigit() or int(port) > 65535:
        raise BadInput(f"--bind must be HOST:PORT (e.g. 127.0.0.1:8000), not {args.bind!r}")
    if args.workers < 0:
        raise BadInput("--workers must be 0 (one per core) or more")
    setup_django()
    from django.core.management import call_command

    from anagen.serving import server_command

    call_command("migrate", interactive=False, verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    from anagen.knowledge.services import load_and_sync

    print(load_and_sync(None))
    workers = args.workers or os.cpu_count() or 2
    command = server_command("anagen.wsgi:application", args.bind, workers, args.server)
    os.execvp(command[0], command)
    return 0  # pragma: no cover - execvp does not return


def cmd_export_static(args: argparse.Namespace) -> int:
    setup_django()
    from django.core.management import call_command

    from anagen.knowledge.services import load_and_sync
    from anagen.web.export import export_static

    call_command("migrate", interactive=False, verbosity=0)
    load_and_sync(None)
    try:
        count = export_static(Path(args.dir))
    except OSError as exc:
        raise BadInput(f"cannot write {exc.filename or args.dir}: {exc.strerror}") from None
    print(f"exported {count} pages and their assets to {args.dir}")
    return 0


def cmd_manage(argv: Sequence[str]) -> int:
    setup_django()
    from django.core.management import execute_from_command_line

    execute_from_command_line(["anagen", *argv])
    return 0
