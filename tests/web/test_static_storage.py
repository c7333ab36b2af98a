"""Hashed static file names, as production serves them."""

from __future__ import annotations

import json
from pathlib import Path

from anagen.web.static_storage import HashedStaticStorage


def test_hashed_urls_come_from_the_manifest_and_are_remembered(tmp_path: Path) -> None:
    manifest = {"version": "1.1", "hash": "x", "paths": {"anagen/site.css": "anagen/site.0a1b.css"}}
    (tmp_path / "staticfiles.json").write_text(json.dumps(manifest))
    storage = HashedStaticStorage(location=str(tmp_path), base_url="/static/")
    assert storage.url("anagen/site.css") == "/static/anagen/site.0a1b.css"
    storage.hashed_files.clear()  # a second call does not read the manifest again
    assert storage.url("anagen/site.css") == "/static/anagen/site.0a1b.css"
