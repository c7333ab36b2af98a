"""The `anagen` command line: parse arguments, call an engine or a service, print.

Commands that read input take a path or `-`; they exit 0 on success and 2 on bad input with a
one-line reason on standard error. `check-content` and `export-kb` need no database.
"""

from __future__ import annotations

import argparse
import codecs
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from django.core.exceptions import ImproperlyConfigured

from anagen.knowledge.loader import load_content
from anagen.knowledge.problems import ContentError
from anagen.products.vocab import RegulatoryType
from anagen.serving import SERVERS

EXIT_BAD_INPUT = 2
EXIT_FAILED = 1


class BadInput(Exception):
    """Raised by a command for input it refuses; the message is printed on one line."""


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


def cmd_assess(args: argparse.Namespace) -> int:
    from anagen.assessment.engine import assess
    from anagen.assessment.inputs import InputError
    from anagen.assessment.report import as_text
    from anagen.assessment.result import to_json

    data = read_json(args.file)
    try:
        result = assess(data, load_content(_content_dir(args)))
    except InputError as exc:
        raise BadInput(f"invalid assessment input: {exc}") from None
    if args.json:
        print_json(to_json(result))
    else:
        print(as_text(result))
    return 0


def cmd_check_claims(args: argparse.Namespace) -> int:
    from anagen.claims.engine import check_claims
    from anagen.claims.report import report_json

    text = read_input(args.file)
    report = check_claims(text, load_content(_content_dir(args)), args.product_type)
    if args.json:
        print_json(report_json(report))
        return 0
    for f in report.findings:
        print(f"[{f.verdict}] {f.quote}\n    {f.kind}: {f.explanation}")
    print(f"{len(report.findings)} claim(s) found")
    return 0


def cmd_analyze_label(args: argparse.Namespace) -> int:
    from anagen.products.evaluate import analysis_json
    from anagen.products.ingredient_index import index_for
    from anagen.products.label import analyze_label

    text = read_input(args.file)
    result = analysis_json(analyze_label(text, index_for(load_content(_content_dir(args)))))
    if args.json:
        print_json(result)
        return 0
    print(f"type: {result['product_type']}")
    for a in result["actives"]:
        print(
            f"active: {a['ingredient']} {a['strength'] or '(no strength)'}  [{a['name_on_label']}]"
        )
    if result["proprietary_blend"]:
        print("proprietary blend: amounts hidden")
    for u in result["unrecognized"]:
        print(f"unrecognised: {u}")
    return 0


def cmd_import_products(args: argparse.Namespace) -> int:
    _django()
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
    _django()
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


def cmd_serve(args: argparse.Namespace) -> int:
    """Production serving: granian (or gunicorn), one worker per core, DEBUG off, hashed
    static files."""
    host, _, port = args.bind.rpartition(":")
    if not host or not port.isdigit() or int(port) > 65535:
        raise BadInput(f"--bind must be HOST:PORT (e.g. 127.0.0.1:8000), not {args.bind!r}")
    if args.workers < 0:
        raise BadInput("--workers must be 0 (one per core) or more")
    _django()
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


def cmd_backup(args: argparse.Namespace) -> int:
    _django()
    from anagen.web.backup import BackupError, backup

    try:
        backup(Path(args.file))
    except BackupError as exc:
        raise BadInput(str(exc)) from None
    print(f"backup written to {args.file}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    _django()
    from anagen.web.backup import BackupError, restore

    try:
        restore(Path(args.file))
    except BackupError as exc:
        raise BadInput(str(exc)) from None
    print(f"database restored from {args.file}")
    return 0


def cmd_export_static(args: argparse.Namespace) -> int:
    _django()
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


def _content_dir(args: argparse.Namespace) -> Path | None:
    return Path(args.dir) if getattr(args, "dir", None) else None


def cmd_check_content(args: argparse.Namespace) -> int:
    kb = load_content(_content_dir(args))
    print(
        f"content is valid: {len(kb.conditions)} conditions, {len(kb.treatments)} treatments, "
        f"{len(kb.ingredients)} ingredients, {len(kb.sources)} sources"
    )
    return 0


def cmd_export_kb(args: argparse.Namespace) -> int:
    kb = load_content(_content_dir(args))
    json.dump(kb.export(), sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 0


def cmd_kb_summary(args: argparse.Namespace) -> int:
    from anagen.knowledge.summary import summarize

    summary = summarize(load_content(_content_dir(args)))
    if args.json:
        json.dump(summary, sys.stdout, indent=1)
        sys.stdout.write("\n")
        return 0
    for key, value in summary.items():
        shown = len(value) if isinstance(value, list) and key != "investigational" else value
        print(f"{key.replace('_', ' ')}: {shown}")
    return 0


def _django(settings_default: str = "anagen.settings") -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", settings_default)
    import django

    django.setup()


def cmd_load_content(args: argparse.Namespace) -> int:
    _django()
    from anagen.knowledge.services import load_and_sync

    report = load_and_sync(_content_dir(args))
    print(report)
    return 0


def cmd_manage(argv: Sequence[str]) -> int:
    _django()
    from django.core.management import execute_from_command_line

    execute_from_command_line(["anagen", *argv])
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    # `anagen run` is the local, one-machine way in: DEBUG on unless the environment says otherwise.
    os.environ.setdefault("ANAGEN_DEBUG", "1")
    _django()
    from django.core.management import call_command

    from anagen.knowledge.services import load_and_sync

    call_command("migrate", interactive=False, verbosity=0)
    print(load_and_sync(None))
    call_command("runserver", f"127.0.0.1:{args.port}", use_reloader=False)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="anagen", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(
        name: str, func: Callable[[argparse.Namespace], int], help_: str
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_, description=help_)
        p.set_defaults(func=func)
        return p

    add(
        "check-content", cmd_check_content, "validate the content files without a database"
    ).add_argument("dir", nargs="?", help="content directory (default: the bundled content/)")
    add(
        "load-content",
        cmd_load_content,
        "validate and load the content files; nothing changes on error",
    ).add_argument("dir", nargs="?", help="content directory (default: the bundled content/)")
    add("export-kb", cmd_export_kb, "print the whole knowledge base as JSON").add_argument(
        "--dir", help="content directory (default: the bundled content/)"
    )
    assess_p = add("assess", cmd_assess, "assessment answers (JSON) in, the assessment out")
    assess_p.add_argument("file", help="a JSON file of answers, or - for standard input")
    assess_p.add_argument("--json", action="store_true", help="print JSON (the API's shape)")
    assess_p.add_argument("--dir", help="content directory (default: the bundled content/)")
    claims_p = add("check-claims", cmd_check_claims, "text in, every health claim graded out")
    claims_p.add_argument("file", help="a text file, or - for standard input")
    claims_p.add_argument("--json", action="store_true", help="print JSON (the API's shape)")
    claims_p.add_argument(
        "--product-type",
        choices=[str(t) for t in RegulatoryType],  # a typo would otherwise be ignored unseen
        help="the product's regulatory type, when the text is a product's marketing",
    )
    claims_p.add_argument("--dir", help="content directory (default: the bundled content/)")
    label_p = add(
        "analyze-label", cmd_analyze_label, "label text in, its actives and product type out"
    )
    label_p.add_argument("file", help="a text file, or - for standard input")
    label_p.add_argument("--json", action="store_true", help="print JSON (the API's shape)")
    label_p.add_argument("--dir", help="content directory (default: the bundled content/)")
    import_p = add(
        "import-products",
        cmd_import_products,
        "import a catalogue with a progress bar and a per-row error report",
    )
    import_p.add_argument("file", help="the catalogue file, or - for standard input")
    import_p.add_argument("--format", choices=["csv", "obf-jsonl"], required=True)
    import_p.add_argument("--json", action="store_true", help="print the report as JSON")
    import_p.add_argument(
        "--workers",
        type=int,
        default=0,
        help="processes that evaluate rows (default: one per core for large files; 1: none)",
    )
    synthetic = add(
        "generate-catalogue",
        cmd_generate_catalogue,
        "write a synthetic catalogue (products, reviewers, reviews) for benchmarks",
    )
    synthetic.add_argument("--products", type=int, default=100_000)
    synthetic.add_argument("--reviews", type=int, default=1_000_000)
    synthetic.add_argument("--seed", type=int, default=9, help="same seed, same catalogue")
    synthetic.add_argument(
        "--csv", help="write the products as an import-products CSV to this file instead"
    )
    synthetic.add_argument("--json", action="store_true", help="print the report as JSON")
    serve_p = add(
        "serve", cmd_serve, "serve in production under granian (DEBUG off, workers = cores)"
    )
    serve_p.add_argument("--bind", default="127.0.0.1:8000")
    serve_p.add_argument("--workers", type=int, default=0, help="default: one per core")
    serve_p.add_argument(
        "--server", choices=SERVERS, default="granian", help="HTTP server (default: granian)"
    )
    add("backup", cmd_backup, "write an online backup of the database to FILE").add_argument("file")
    add("restore", cmd_restore, "replace the database with the backup in FILE").add_argument("file")
    export_p = add(
        "export-static",
        cmd_export_static,
        "write every public read-only page as static HTML for a CDN or nginx",
    )
    export_p.add_argument("dir", help="the folder to write (created if missing)")
    summary = add(
        "kb-summary", cmd_kb_summary, "print counts that show how complete the knowledge base is"
    )
    summary.add_argument("--dir", help="content directory (default: the bundled content/)")
    summary.add_argument("--json", action="store_true", help="print JSON")
    run = add("run", cmd_run, "migrate, load content and serve the site on http://127.0.0.1:8000")
    run.add_argument("--port", type=int, default=8000)
    sub.add_parser(
        "manage", help="run a Django management command (e.g. createsuperuser)", add_help=False
    )
    return parser


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


if __name__ == "__main__":
    run_main()
