"""The `anagen` command line: parse arguments, call an engine or a service, print.

(That first line is `anagen --help`'s description.) Every command with its options and help
text, in the order `anagen --help` lists them; each command lives in a `*_commands` module.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from anagen.cli.catalogue_commands import cmd_generate_catalogue, cmd_import_products
from anagen.cli.database_commands import cmd_backup, cmd_restore
from anagen.cli.engine_commands import cmd_analyze_label, cmd_assess, cmd_check_claims
from anagen.cli.knowledge_commands import (
    cmd_check_content,
    cmd_export_kb,
    cmd_kb_summary,
    cmd_load_content,
)
from anagen.cli.site_commands import cmd_export_static, cmd_run, cmd_serve
from anagen.products.vocab import RegulatoryType
from anagen.serving import SERVERS


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
