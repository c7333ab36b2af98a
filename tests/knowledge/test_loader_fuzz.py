"""Random and broken YAML never crashes the loader: each file is refused with its problems."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from anagen.knowledge import loader
from anagen.knowledge.schema import Treatment

yaml_like = st.one_of(
    st.text(max_size=300),
    st.lists(
        st.sampled_from(
            [
                "slug: x",
                "name: [",
                "- a",
                ":",
                "evidence:",
                "  - grade: Z",
                "\t",
                "sources: []",
                "{a: b",
                "'unclosed",
                "&anchor",
                "*alias",
                "!!python/object:os.system",
                "category: device",
                "? complex",
            ]
        ),
        max_size=12,
    ).map("\n".join),
    st.binary(max_size=200).map(lambda b: b.decode("latin-1")),
)


@settings(max_examples=300, deadline=None)
@given(yaml_like)
def test_random_files_never_crash_the_loader(text: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "treatments"
        folder.mkdir()
        (folder / "x.yaml").write_text(text, encoding="utf-8", errors="surrogateescape")
        collector = loader._Collector(Path(tmp))
        found = loader._load_entities(collector, folder, Treatment)
        assert found or collector.problems
        assert all(str(p).count(":") >= 3 for p in collector.problems)
