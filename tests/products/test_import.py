"""Importers: documented CSV and Open Beauty Facts JSONL; bad rows reported and skipped, good
rows land, the same file twice changes nothing, an interrupted import leaves no half-product."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from anagen.cli.dispatch import main
from anagen.products.models import Product
from anagen.web.models import SearchDoc

pytestmark = pytest.mark.django_db

HEADER = "name,brand,form,regulatory_type,label_text,conditions,price_band,source_url\n"
GOOD = (
    'Test Foam,Acme,foam,otc_drug,"Drug Facts Active ingredient Minoxidil 5% w/v Purpose '
    'Hair regrowth",androgenetic-alopecia,low,https://example.org/a\n'
)


def _write(tmp_path: Path, text: str | bytes, name: str = "c.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode())
    return path


def test_good_rows_land_and_bad_rows_are_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad_form = 'Bad,Acme,bottle,otc_drug,"x",,,\n'
    bad_condition = 'Bad2,Acme,foam,otc_drug,"x",baldness,,\n'
    bad_url = 'Bad3,Acme,foam,otc_drug,"x",,,http://insecure\n'
    path = _write(tmp_path, HEADER + GOOD + bad_form + bad_condition + bad_url)
    assert main(["import-products", str(path), "--format", "csv"]) == 0
    out, err = capsys.readouterr()
    assert "1 created" in out and "3 skipped" in out
    assert "row 3: form:" in err and "row 4: conditions:" in err and "row 5: source_url:" in err
    product = Product.objects.get(slug="acme-test-foam")
    assert product.analysis["actives"][0]["strength"] == "5%" and product.overall > 0


def test_importing_the_same_file_again_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, HEADER + GOOD)
    main(["import-products", str(path), "--format", "csv"])
    capsys.readouterr()
    before = list(Product.objects.values_list("slug", "overall", "label_text"))
    assert main(["import-products", str(path), "--format", "csv", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["counts"]["unchanged"] == 1 and report["counts"]["created"] == 0
    assert list(Product.objects.values_list("slug", "overall", "label_text")) == before


def test_duplicate_codes_in_one_file_are_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, HEADER + GOOD + GOOD)
    main(["import-products", str(path), "--format", "csv"])
    assert "row 3: code: duplicate of row 2" in capsys.readouterr().err


def test_a_row_with_bad_encoding_is_skipped_and_the_rest_land(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    latin1 = 'Cr\xe8me,Acme,serum,cosmetic,"Ingredients: aqua, caffeine",,,\n'.encode("latin-1")
    path = _write(tmp_path, (HEADER + GOOD).encode() + latin1)
    main(["import-products", str(path), "--format", "csv"])
    assert "is not valid UTF-8" in capsys.readouterr().err
    assert Product.objects.filter(slug="acme-test-foam").exists()


def test_a_bad_header_exits_2_with_a_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, "title,maker\nx,y\n")
    assert main(["import-products", str(path), "--format", "csv"]) == 2
    assert "header lacks" in capsys.readouterr().err


def test_open_beauty_facts_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = [
        {
            "code": "3600550000001",
            "product_name": "Caffeine Shampoo",
            "brands": "Acme,Acme Labs",
            "ingredients_text": "Aqua, Sodium Laureth Sulfate, Caffeine",
            "categories_tags": ["en:shampoos"],
            "quantity": "250 ml",
        },
        "not json",
        {"code": "", "product_name": "No code"},
    ]
    raw = "\n".join(json.dumps(x) if isinstance(x, dict) else x for x in lines)
    path = _write(tmp_path, raw, "obf.jsonl")
    assert main(["import-products", str(path), "--format", "obf-jsonl"]) == 0
    err = capsys.readouterr().err
    assert "row 2: (line): is not valid JSON" in err and "row 3: code:" in err
    p = Product.objects.get(slug="obf-3600550000001")
    assert p.form == "shampoo" and p.analysis["actives"][0]["ingredient"] == "caffeine"


def test_an_interrupted_import_leaves_no_half_written_product(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Stopped after the second batch's products are inserted but before their search
    documents: that batch is rolled back whole, the first batch stays complete."""
    from anagen.products import services

    rows = "".join(GOOD.replace("Test Foam", f"Foam {n}") for n in range(4))
    path = _write(tmp_path, HEADER + rows)
    monkeypatch.setattr(services, "IMPORT_BATCH", 2)
    real = services.index_new_products
    calls = {"n": 0}

    def crash_on_second(products: list[Product]) -> None:
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt  # the process is stopped half-way through a batch
        real(products)

    monkeypatch.setattr(services, "index_new_products", crash_on_second)
    with pytest.raises(KeyboardInterrupt):
        main(["import-products", str(path), "--format", "csv"])
    imported = Product.objects.filter(origin=Product.Origin.IMPORT)
    assert sorted(imported.values_list("slug", flat=True)) == ["acme-foam-0", "acme-foam-1"]
    assert all(p.analysis and p.score for p in imported)
    keys = set(SearchDoc.objects.filter(kind="product").values_list("key", flat=True))
    assert keys == {f"product:{p.pk}" for p in Product.objects.all()}
    # Running the same file again finishes the job.
    monkeypatch.setattr(services, "index_new_products", real)
    assert main(["import-products", str(path), "--format", "csv"]) == 0
    assert Product.objects.filter(origin=Product.Origin.IMPORT).count() == 4
    keys = set(SearchDoc.objects.filter(kind="product").values_list("key", flat=True))
    assert keys == {f"product:{p.pk}" for p in Product.objects.all()}


def test_a_changed_row_updates_its_product_and_search_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["import-products", str(_write(tmp_path, HEADER + GOOD)), "--format", "csv"])
    before = Product.objects.get(slug="acme-test-foam")
    changed = GOOD.replace("Minoxidil 5% w/v", "Minoxidil 2% w/v")
    capsys.readouterr()
    main(["import-products", str(_write(tmp_path, HEADER + changed)), "--format", "csv"])
    assert "1 updated" in capsys.readouterr().out
    after = Product.objects.get(slug="acme-test-foam")
    assert after.pk == before.pk and after.updated > before.updated
    assert after.analysis["actives"][0]["strength"] == "2%"
    doc = SearchDoc.objects.get(key=f"product:{after.pk}")
    assert "Test Foam" in doc.title


def test_a_curated_product_wins_over_an_import_of_the_same_slug(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    curated = Product.objects.filter(origin=Product.Origin.CONTENT).first()
    assert curated is not None, "the test database is loaded with the curated catalogue"
    row = f'{curated.name},{curated.brand},foam,otc_drug,"Minoxidil 2% w/v",{curated.slug},,\n'
    header = "name,brand,form,regulatory_type,label_text,slug,conditions,price_band\n"
    main(["import-products", str(_write(tmp_path, header + row)), "--format", "csv"])
    assert "1 unchanged" in capsys.readouterr().out
    again = Product.objects.get(pk=curated.pk)
    assert again.label_text == curated.label_text and again.origin == Product.Origin.CONTENT


def test_worker_processes_store_exactly_what_one_process_stores(tmp_path: Path) -> None:
    """The parallel path (spawned workers loading the same content) is only an optimisation:
    every stored field must match the in-process evaluation."""
    from django.conf import settings

    from anagen.knowledge import runtime
    from anagen.products import services
    from anagen.products.importers import read_csv
    from anagen.products.synthetic import csv_text, synthetic_products

    kb = runtime.get_kb()
    raw = csv_text(synthetic_products(60, kb, seed=3)).encode()
    columns = ["slug", "analysis", "score", "claims", "overall", "efficacy", "category"]

    def stored() -> list[tuple[object, ...]]:
        return list(
            Product.objects.filter(origin=Product.Origin.IMPORT)
            .order_by("slug")
            .values_list(*columns)
        )

    services.import_products(read_csv(raw, set(kb.conditions)), kb, workers=1)
    alone = stored()
    Product.objects.filter(origin=Product.Origin.IMPORT).delete()
    report = services.import_products(
        read_csv(raw, set(kb.conditions)),
        kb,
        content_dir=settings.ANAGEN_CONTENT_DIR,
        workers=2,
    )
    assert report.counts["created"] == 60
    assert stored() == alone and len(alone) == 60


def test_progress_counts_records_not_lines() -> None:
    from anagen.products.importers import count_records

    multi_line = HEADER + 'A,B,foam,otc_drug,"line one\nline two\nline three",,,\n' + GOOD
    assert count_records(multi_line.encode(), "csv") == 2
    assert count_records(b'{"code": "1"}\n\n{"code": "2"}\n', "obf-jsonl") == 2


def test_a_negative_worker_count_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, HEADER + GOOD)
    assert main(["import-products", str(path), "--format", "csv", "--workers", "-1"]) == 2
    assert "--workers" in capsys.readouterr().err


def test_long_names_import_and_an_over_long_slug_is_a_row_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A derived slug may run to 110 characters and is also the row's code: it must fit the
    column on PostgreSQL too (SQLite does not check lengths)."""
    long_name = "Extra Strength Thickening Minoxidil Topical Aerosol Foam For Men " * 2
    long_row = f'{long_name.strip()},Acme,foam,otc_drug,"Minoxidil 5% w/v",,,\n'
    header = "name,brand,form,regulatory_type,label_text,slug,conditions,price_band\n"
    bad_slug = f'Short,Acme,foam,otc_drug,"x",{"s" * 121},,\n'
    path = _write(tmp_path, header + long_row + bad_slug)
    assert main(["import-products", str(path), "--format", "csv"]) == 0
    out, err = capsys.readouterr()
    assert "1 created" in out and "1 skipped" in out
    assert "row 3: slug: is longer than 120 characters" in err
    assert len(Product.objects.get(name=long_name.strip()).code) > 64


def test_an_unclosed_quote_is_named_not_blamed_on_a_missing_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Without strict reading the open quote swallows every later row into one name, silently.
    unclosed = '"Open Foam,Acme,foam,otc_drug,x,,,\n'
    later = "Later Foam,Acme,foam,otc_drug,Minoxidil 5%,,,\n"
    path = _write(tmp_path, HEADER + GOOD + unclosed + later)
    assert main(["import-products", str(path), "--format", "csv"]) == 0
    err = capsys.readouterr().err
    assert "row 3: (row): a quoted field is never closed" in err
    assert Product.objects.filter(slug="acme-test-foam").exists()


def test_a_stray_quote_inside_a_field_is_a_row_error_and_later_rows_land(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stray = 'Stray Foam,Acme,foam,otc_drug,"5%" strength,,,\n'
    path = _write(tmp_path, HEADER + stray + GOOD)
    assert main(["import-products", str(path), "--format", "csv"]) == 0
    assert 'row 2: (row): has a quote (") inside a field' in capsys.readouterr().err
    assert Product.objects.filter(slug="acme-test-foam").exists()


def test_a_column_named_twice_is_refused_rather_than_one_value_dropped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, HEADER.replace("\n", ",name\n") + GOOD.replace("\n", ",Other\n"))
    assert main(["import-products", str(path), "--format", "csv"]) == 2
    assert "'name' twice" in capsys.readouterr().err
    assert not Product.objects.filter(brand="Acme").exists()


@pytest.mark.parametrize("delimiter", [";", "\t"])
def test_a_header_split_by_another_delimiter_says_which(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], delimiter: str
) -> None:
    path = _write(tmp_path, HEADER.replace(",", delimiter) + GOOD.replace(",", delimiter))
    assert main(["import-products", str(path), "--format", "csv"]) == 2
    assert f"seems to use {delimiter!r}" in capsys.readouterr().err


def test_a_catalogue_can_come_from_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # DESIGN.md: every command that reads input takes a path or `-`.
    import io
    import sys

    stdin = io.TextIOWrapper(io.BytesIO((HEADER + GOOD).encode()))
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main(["import-products", "-", "--format", "csv"]) == 0
    assert "1 created" in capsys.readouterr().out
    assert Product.objects.filter(slug="acme-test-foam").exists()
