"""Broken content is refused whole, with `path:line: field: message`, and the DB is untouched."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from anagen.cli.dispatch import main
from anagen.knowledge.loader import load_content
from anagen.knowledge.models import Condition, Evidence, Source, Treatment
from anagen.knowledge.problems import ContentError

SLUG = "minoxidil-topical"


def _edit(content: Path, slug: str, change: Any) -> Path:
    path = content / "treatments" / f"{slug}.yaml"
    data = yaml.safe_load(path.read_text())
    change(data)
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
    return path


def _line_of(path: Path, needle: str) -> int:
    for i, line in enumerate(path.read_text().splitlines(), start=1):
        if needle in line:
            return i
    raise AssertionError(f"{needle!r} not in {path}")


def _db_state() -> tuple[Any, ...]:
    return (
        Source.objects.count(),
        Condition.objects.count(),
        Treatment.objects.count(),
        Evidence.objects.count(),
        tuple(Treatment.objects.order_by("slug").values_list("slug", "summary")),
    )


def _problems(content: Path) -> list[str]:
    with pytest.raises(ContentError) as info:
        load_content(content)
    return [str(p) for p in info.value.problems]


def _set_grade(d: dict[str, Any]) -> None:
    d["evidence"][0]["grade"] = "Z"


def _unknown_condition(d: dict[str, Any]) -> None:
    d["evidence"][0]["condition"] = "baldness-of-the-moon"


def _no_source(d: dict[str, Any]) -> None:
    d["evidence"][0]["sources"] = []


def _missing_source(d: dict[str, Any]) -> None:
    d["evidence"][0]["sources"] = ["pmid-0"]


def _unknown_field(d: dict[str, Any]) -> None:
    d["miracle"] = True


@pytest.mark.parametrize(
    ("change", "needle", "field", "message"),
    [
        (_set_grade, "grade: Z", "evidence[0].grade", "Input should be 'A', 'B', 'C', 'D' or 'X'"),
        (
            _unknown_condition,
            "baldness-of-the-moon",
            "evidence[0].condition",
            "unknown condition 'baldness-of-the-moon'",
        ),
        (_no_source, "sources: []", "evidence[0].sources", "at least 1 item"),
        (
            _missing_source,
            "pmid-0",
            "evidence[0].sources[0]",
            "source 'pmid-0' is not in sources.yaml",
        ),
        (_unknown_field, "miracle", "miracle", "Extra inputs are not permitted"),
    ],
    ids=[
        "unknown-grade",
        "unknown-slug",
        "fact-without-source",
        "source-not-in-file",
        "extra-field",
    ],
)
def test_broken_treatment_is_reported_with_path_line_field_and_message(
    content_copy: Path, change: Any, needle: str, field: str, message: str
) -> None:
    path = _edit(content_copy, SLUG, change)
    problems = _problems(content_copy)
    line = _line_of(path, needle)
    assert any(p.startswith(f"{path}:{line}: {field}: ") and message in p for p in problems), (
        problems
    )


def test_malformed_yaml_names_its_line(content_copy: Path) -> None:
    path = content_copy / "treatments" / f"{SLUG}.yaml"
    lines = path.read_text().splitlines()
    lines.insert(3, "name: [unclosed")
    path.write_text("\n".join(lines) + "\n")
    problems = _problems(content_copy)
    assert any(p.startswith(f"{path}:") and "malformed YAML" in p for p in problems), problems


def test_duplicate_source_id_is_refused(content_copy: Path) -> None:
    path = content_copy / "sources.yaml"
    data = yaml.safe_load(path.read_text())
    data["sources"].append(dict(data["sources"][0]))
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
    problems = _problems(content_copy)
    assert any("duplicate source id" in p and p.startswith(f"{path}:") for p in problems), problems


def test_slug_must_match_file_name(content_copy: Path) -> None:
    src = content_copy / "treatments" / f"{SLUG}.yaml"
    dup = content_copy / "treatments" / "copy-of-minoxidil.yaml"
    dup.write_text(src.read_text())
    (content_copy / "treatments" / "copy-of-minoxidil.md").write_text(
        (content_copy / "treatments" / f"{SLUG}.md").read_text()
    )
    problems = _problems(content_copy)
    assert any(p.startswith(f"{dup}:") and "must match the file name" in p for p in problems)


def test_uncited_paragraph_in_prose_is_refused(content_copy: Path) -> None:
    md = content_copy / "treatments" / f"{SLUG}.md"
    md.write_text(md.read_text() + "\nThis miracle regrows every hair in a week.\n")
    problems = _problems(content_copy)
    assert any(p.startswith(f"{md}:") and "cites no source" in p for p in problems), problems


def test_every_problem_is_reported_not_just_the_first(content_copy: Path) -> None:
    _edit(content_copy, SLUG, _set_grade)
    _edit(content_copy, "finasteride-oral", _unknown_condition)
    problems = _problems(content_copy)
    assert any("minoxidil-topical.yaml" in p for p in problems)
    assert any("finasteride-oral.yaml" in p for p in problems)


def test_binary_and_non_mapping_files_are_refused(content_copy: Path) -> None:
    (content_copy / "conditions" / "bad-bytes.yaml").write_bytes(b"slug: x\n\xff\xfe")
    (content_copy / "conditions" / "a-list.yaml").write_text("- just\n- a list\n")
    problems = _problems(content_copy)
    assert any("bad-bytes.yaml:2: (file): is not valid UTF-8" in p for p in problems), problems
    assert any("a-list.yaml:1: (file): must be a YAML mapping" in p for p in problems), problems


@pytest.mark.django_db
def test_cli_refuses_broken_content_and_leaves_the_database_unchanged(
    content_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _db_state()
    _edit(content_copy, SLUG, _set_grade)
    _edit(content_copy, "finasteride-oral", lambda d: d.update(summary="Changed summary."))

    assert main(["load-content", str(content_copy)]) == 2

    err = capsys.readouterr().err
    assert "evidence[0].grade" in err and "nothing was changed" in err
    assert _db_state() == before


@pytest.mark.django_db
def test_loading_twice_changes_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    from anagen.knowledge.services import load_and_sync

    before = _db_state()
    report = load_and_sync(None)
    assert not report.changed
    assert _db_state() == before


@pytest.mark.django_db
def test_a_removed_file_removes_its_rows(content_copy: Path) -> None:
    from anagen.knowledge.services import load_and_sync

    for suffix in (".yaml", ".md"):
        (content_copy / "treatments" / f"biotin{suffix}").unlink()
    for ing in (content_copy / "ingredients").glob("*.yaml"):
        data = yaml.safe_load(ing.read_text())
        if "biotin" in data.get("treatments", []):
            data["treatments"].remove("biotin")
            ing.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
    for t in (content_copy / "treatments").glob("*.yaml"):
        data = yaml.safe_load(t.read_text())
        comps = [c for c in data.get("comparisons", []) if c["treatment"] != "biotin"]
        if comps != data.get("comparisons", []):
            data["comparisons"] = comps
            t.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))

    log = content_copy / "changelog.yaml"
    entries = yaml.safe_load(log.read_text())
    entries["entries"] = [e for e in entries["entries"] if "biotin" not in e.get("treatments", [])]
    log.write_text(yaml.safe_dump(entries, sort_keys=False, allow_unicode=True))

    report = load_and_sync(content_copy)

    assert report.counts["treatment"]["deleted"] == 1
    assert not Treatment.objects.filter(slug="biotin").exists()
    assert not Evidence.objects.filter(treatment__slug="biotin").exists()


def test_an_effect_figure_must_use_the_numbers_its_text_gives() -> None:
    import pydantic

    from anagen.knowledge.schema import Figure

    ok = {
        "measure": "extra hair density vs placebo",
        "value": "+12.0 hairs/cm2 (95% credible interval 4.2 to 19.0)",
        "effect": {"metric": "hair-density-vs-control", "value": 12.0, "low": 4.2, "high": 19.0},
        "sources": ["x"],
    }
    assert Figure.model_validate(ok).effect is not None
    for bad_effect, reason in [
        ({"value": 13.0, "low": 4.2, "high": 19.0}, "does not appear"),
        ({"value": 12.0, "low": 4.2}, "both ends"),
        ({"value": 30.0, "low": 4.2, "high": 19.0}, "contain the value"),
        ({"value": 12.0, "metric": "made-up"}, "metric"),
    ]:
        data = {**ok, "effect": {**ok["effect"], **bad_effect}}  # type: ignore[dict-item]
        if "low" in bad_effect and "high" not in bad_effect:
            data["effect"].pop("high")  # type: ignore[union-attr]
        with pytest.raises(pydantic.ValidationError, match=reason):
            Figure.model_validate(data)


def test_a_broken_sources_file_is_the_one_problem_reported(content_copy: Path) -> None:
    # Every fact cites sources.yaml: reporting each citation as unknown too would bury the
    # real problem under thousands of lines.
    path = content_copy / "sources.yaml"
    path.write_text(path.read_text() + "- id: [unclosed\n")
    problems = _problems(content_copy)
    assert len(problems) == 1 and problems[0].startswith(f"{path}:"), problems[:3]
    assert "malformed YAML" in problems[0]
