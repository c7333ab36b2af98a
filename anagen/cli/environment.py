"""What a command needs around it: Django set up (only for commands that touch the database or
the site), and the content directory it was pointed at."""

from __future__ import annotations

import argparse
import os
from pathlib import Path


def setup_django(settings_default: str = "anagen.settings") -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", settings_default)
    import django

    django.setup()


def content_dir(args: argparse.Namespace) -> Path | None:
    return Path(args.dir) if getattr(args, "dir", None) else None
