"""The engine commands: a file or standard input in, one pure engine's result out as text or as
the API's JSON (assess, check-claims, analyze-label). None needs a database."""

from __future__ import annotations

import argparse

from anagen.cli.environment import content_dir
from anagen.cli.errors import BadInput
from anagen.cli.streams import print_json, read_input, read_json
from anagen.knowledge.loader import load_content


def cmd_assess(args: argparse.Namespace) -> int:
    from anagen.assessment.engine import assess
    from anagen.assessment.inputs import InputError
    from anagen.assessment.report import as_text
    from anagen.assessment.result import to_json

    data = read_json(args.file)
    try:
        result = assess(data, load_content(content_dir(args)))
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
    report = check_claims(text, load_content(content_dir(args)), args.product_type)
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
    result = analysis_json(analyze_label(text, index_for(load_content(content_dir(args)))))
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
