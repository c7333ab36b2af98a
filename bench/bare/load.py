"""`python -m bench.bare.load SLUG TITLE FILE`: migrate the bare page's database and store one
article whose body is the HTML in FILE."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def main(slug: str, title: str, body_file: str) -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.bare.settings")
    import django

    django.setup()
    from django.core.management import call_command

    from bench.bare.models import Article

    call_command("migrate", interactive=False, verbosity=0)
    body = Path(body_file).read_text()
    Article.objects.update_or_create(slug=slug, defaults={"title": title, "body": body})
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
