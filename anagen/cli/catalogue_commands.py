"""The product-catalogue commands: import-products reads a CSV or Open Beauty Facts file into the
database; generate-catalogue writes a synthetic one for benchmarks."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from anagen.cli.environment import setup_django
from anagen.cli.errors import BadInput
from anagen.cli.streams import MAX_IMPORT_BYTES, print_json, read_bytes
from anagen.knowledge.loader import load_content


def cmd_import_products(args: argparse.Namespace) -> int:
    setup_django()
    from django.conf import settings

    from anagen.knowledge import runtime
    from anagen.products.importers import FileError, count_records, read_csv, read_obf_jsonl
    from anagen.products.parallel import usable_cores
    from anagen.products.services import IMPORT_BATCH, import_products

    raw = read_bytes(args.file, MAX_IMPORT_BYTES)
    if args.workers < 0:
        raise BadInput("--workers must be 0 (automatic) or more")
    kb = runtime.get_kb()
    reader = read_csv if args.format == "csv" else read_obf_jsonl
    total = count_records(raw, args.format)
    # Worker processes pay off once there is more than a few batches' work.
    workers = args.workers or (usable_cores() if total >= 4 * IMPORT_BATCH else 1)
    try:
        report = import_products(
            reader(raw, set(kb.conditions)),
            kb,
            _progress(max(total, 1)),
            content_dir=settings.ANAGEN_CONTENT_DIR,
            workers=workers,
            expected_rows=total,
        )
    except FileError as exc:
        raise BadInput(str(exc)) from None
    sys.stderr.write("\n")
    for error in report.errors:
        print(error, file=sys.stderr)
    if args.json:
        print_json({"counts": report.counts, "errors": report.errors})
    else:
        print(report)
    return 0


def cmd_generate_catalogue(args: argparse.Namespace) -> int:
    """A synthetic catalogue for benchmarks: into the database, or as an import CSV."""
    if args.products < 0 or args.reviews < 0:
        raise BadInput("--products and --reviews must be 0 or more")
    if args.csv:
        from anagen.products.synthetic import synthetic_products, write_csv

        kb = load_content()
        try:
            with open(args.csv, "w", encoding="utf-8", newline="") as out:
                count = write_csv(synthetic_products(args.products, kb, args.seed), out)
        except OSError as exc:
            raise BadInput(f"cannot write {args.csv}: {exc.strerror}") from None
        print(f"{count} synthetic products written to {args.csv}")
        return 0
    setup_django()
    from django.core.management import call_command

    from anagen.knowledge import runtime
    from anagen.knowledge.services import load_and_sync
    from anagen.products.synthetic_db import SyntheticError, generate_catalogue

    call_command("migrate", interactive=False, verbosity=0)
    load_and_sync(None)

    def show(phase: str, done: int, total: int) -> None:
        sys.stderr.write(f"\r{phase}: {done}/{total}   ")
        sys.stderr.flush()

    try:
        report = generate_catalogue(
            runtime.get_kb(),
            products=args.products,
            reviews=args.reviews,
            seed=args.seed,
            progress=show,
        )
    except SyntheticError as exc:
        raise BadInput(str(exc)) from None
    sys.stderr.write("\n")
    if args.json:
        print_json(report.__dict__)
    else:
        print(report)
    return 0


def _progress(total: int) -> Callable[[int], None]:
    """A one-line progress bar on standard error, redrawn at most every 1% of the file."""
    step = max(1, total // 100)

    def show(done: int) -> None:
        if done % step == 0 or done == total:
            filled = min(30, 30 * done // total)
            sys.stderr.write(f"\r[{'#' * filled}{'.' * (30 - filled)}] {done}/{total} rows")
            sys.stderr.flush()

    return show
