"""The `anagen` command line: exit codes, JSON shapes, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from anagen.cli.dispatch import main


def test_export_kb_prints_the_design_shape(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export-kb"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"conditions", "treatments", "ingredients", "sources"} <= set(data)
    t = next(t for t in data["treatments"] if t["slug"] == "minoxidil-topical")
    assert {"slug", "name", "category", "evidence", "side_effects", "sources"} <= set(t)
    e = t["evidence"][0]
    assert {"condition", "grade", "summary", "sources"} <= set(e)
    s = data["sources"][0]
    assert {"id", "pmid", "doi", "url", "title", "year", "kind"} <= set(s)
    i = next(i for i in data["ingredients"] if i["slug"] == "minoxidil")
    assert "minoxidil-topical" in i["treatments"] and "synonyms" in i


def test_export_kb_treatments_carry_their_sources(capsys: pytest.CaptureFixture[str]) -> None:
    main(["export-kb"])
    data = json.loads(capsys.readouterr().out)
    for t in data["treatments"]:
        assert t["sources"], t["slug"]


def test_check_content_passes_on_the_real_content(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check-content"]) == 0
    assert "content is valid" in capsys.readouterr().out


def test_missing_content_dir_exits_2_with_a_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check-content", str(tmp_path / "nope")]) == 2
    assert "content directory does not exist" in capsys.readouterr().err


def test_console_script_runs_without_a_database() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "anagen.cli", "export-kb"],
        capture_output=True,
        text=True,
        check=True,
        env={"PATH": "/usr/bin:/bin"},
    )
    assert json.loads(out.stdout)["treatments"]


def test_anagen_run_migrates_loads_and_serves(tmp_path: Path) -> None:
    # What `make run` ends with: a fresh database, migrated and loaded, serving on 127.0.0.1.
    import os

    from tests.servers import free_port, wait_until_serving

    port = free_port()
    env = {**os.environ, "ANAGEN_VAR_DIR": str(tmp_path)}
    env.pop("DATABASE_URL", None)
    env.pop("ANAGEN_DEBUG", None)
    env.pop("DJANGO_SETTINGS_MODULE", None)
    log = tmp_path / "run.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "anagen.cli", "run", "--port", str(port)],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        page = wait_until_serving(proc, f"http://127.0.0.1:{port}/treatments/", log, 90).decode()
        assert "Minoxidil" in page
        assert (tmp_path / "anagen.sqlite3").is_file()
    finally:
        proc.terminate()
        proc.wait(timeout=15)


def test_kb_summary_counts_and_names_the_gaps(capsys: pytest.CaptureFixture[str]) -> None:
    from anagen.knowledge.loader import load_content

    kb = load_content()
    assert main(["kb-summary", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["treatments"] == len(kb.treatments) >= 45
    assert data["graded_pairs"] == sum(len(t.evidence) for t in kb.treatments.values())
    priceless = data["without_price_by_nature"]
    assert data["with_cost_band"] + len(data["without_cost_band"]) + len(priceless) == len(
        kb.treatments
    )
    assert {"watchful-waiting", "pyrilutamide"} <= set(priceless)
    assert all(not kb.treatments[slug].cost for slug in priceless)
    for slug in data["without_eu_status"]:
        assert all(r.region != "EU" for r in kb.treatments[slug].regulatory)
    assert "minoxidil-topical" not in data["without_eu_status"]
    assert "watchful-waiting" not in data["without_eu_status"] + data["without_us_status"]
    assert "pyrilutamide" not in data["without_eu_status"]  # in trials: approved nowhere
    unfunded = data["studies_without_funding"]
    assert unfunded and all(kb.sources[i].industry_funded is None for i in unfunded)
    assert "king-2022-nejm-brave-aa" not in unfunded  # its funder is recorded
    assert main(["kb-summary"]) == 0
    text = capsys.readouterr().out
    assert "without eu status:" in text and "grades without figures:" in text


def test_generate_catalogue_writes_an_import_csv_and_refuses_negative_counts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import csv

    path = tmp_path / "catalogue.csv"
    assert main(["generate-catalogue", "--csv", str(path), "--products", "25", "--seed", "2"]) == 0
    assert "25 synthetic products written" in capsys.readouterr().out
    with path.open(newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 25 and all(r["slug"].startswith("synthetic-") for r in rows)
    assert main(["generate-catalogue", "--products", "-1"]) == 2
    assert "must be 0 or more" in capsys.readouterr().err


def test_a_json_file_with_a_byte_order_mark_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Windows editors save UTF-8 with a BOM; json.loads refuses it, the text does not hold it.
    path = tmp_path / "answers.json"
    answers = {"sex": "male", "age": 30, "pattern": "crown", "stage": "N3"}
    answers |= {"duration_months": 12, "onset": "gradual", "family_history": True}
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(answers).encode())
    assert main(["assess", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["likely_condition"] == "androgenetic-alopecia"


def test_invalid_utf8_names_its_byte_after_a_byte_order_mark(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "label.txt"
    path.write_bytes(b"\xef\xbb\xbfMinoxidil \xff")
    assert main(["analyze-label", str(path)]) == 2
    assert "not valid UTF-8 (byte 13)" in capsys.readouterr().err


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "anagen.cli", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env or {"PATH": "/usr/bin:/bin"},
    )


def test_a_missing_setting_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    proc = _cli(
        "import-products", "x.csv", "--format", "csv", env={"ANAGEN_VAR_DIR": str(tmp_path)}
    )
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 1
    assert err.decode().strip().splitlines() == [err.decode().strip()]
    assert "ANAGEN_SECRET_KEY" in err.decode()


def test_a_reader_that_stops_early_causes_no_traceback() -> None:
    # `anagen export-kb | head`: the pipe closes before the output is written.
    proc = _cli("export-kb")
    assert proc.stdout is not None and proc.stdout.read(10)
    proc.stdout.close()
    assert proc.stderr is not None
    err = proc.stderr.read()
    proc.wait(timeout=60)
    assert b"Traceback" not in err


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--bind", "nonsense"], "--bind must be HOST:PORT"),
        (["--bind", "127.0.0.1:99999"], "--bind must be HOST:PORT"),
        (["--workers", "-3"], "--workers must be 0"),
    ],
)
def test_serve_refuses_bad_options_before_touching_the_database(
    args: list[str], says: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["serve", *args]) == 2
    assert says in capsys.readouterr().err


def test_an_unknown_product_type_is_refused_not_ignored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "advert.txt"
    path.write_text("Minoxidil cures baldness.")
    with pytest.raises(SystemExit) as exit_:
        main(["check-claims", str(path), "--product-type", "RX_DRUG"])
    assert exit_.value.code == 2 and "invalid choice: 'RX_DRUG'" in capsys.readouterr().err
