"""The static export: every public page written, and no broken internal link in it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from anagen.web.export import DYNAMIC_PREFIXES, export_static

pytestmark = pytest.mark.django_db
LINK = re.compile(r'(?:href|src)="(/[^"#?]*)')


def test_export_writes_every_public_page_with_no_broken_links(tmp_path: Path) -> None:
    count = export_static(tmp_path)
    pages = list(tmp_path.rglob("*.html"))
    assert count >= 200 and len(pages) >= 200
    assert (tmp_path / "treatments" / "minoxidil-topical" / "index.html").exists()
    assert (tmp_path / "sitemap.xml").exists()
    broken = set()
    for page in pages:
        for link in LINK.findall(page.read_text()):
            if link.startswith(DYNAMIC_PREFIXES) or link.startswith("//"):
                continue  # served by the application behind the same host
            target = tmp_path / link.lstrip("/")
            if not (target.is_file() or (target / "index.html").is_file()):
                broken.add((page.relative_to(tmp_path).as_posix(), link))
    assert not broken, sorted(broken)[:20]


def test_exporting_onto_a_file_exits_2_with_a_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from anagen.cli.dispatch import main

    target = tmp_path / "site.html"
    target.write_text("keep me")
    assert main(["export-static", str(target)]) == 2
    assert "cannot write" in capsys.readouterr().err and target.read_text() == "keep me"
