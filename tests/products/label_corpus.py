"""Every real label the tests hold: the catalogue's and the blind reviews'. Tests of fast paths
run each shortcut over all of them against the plain form it replaces."""

from __future__ import annotations

from pathlib import Path

import yaml

from anagen.knowledge.loader import default_content_dir, load_content

KB = load_content(default_content_dir())
REVIEWS = sorted(Path(__file__).parent.glob("label_review*.yaml"))
TEXTS = [p.label_text for p in KB.products.values()] + [
    item["text"] for f in REVIEWS for item in yaml.safe_load(f.read_text())
]
