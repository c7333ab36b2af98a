"""A short py-spy profile of gunicorn workers under load, summed up in a few lines: where the
worker's time goes (by area of code) and the functions that take most of it.

py-spy comes with the `bench` extra (`make bench` installs it); without it, or without the
right to attach to a process, the summary says so and the benchmark goes on.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import threading
from collections import Counter
from collections.abc import Callable
from pathlib import Path

AREAS = (
    ("anagen (views, engines, templates tags)", re.compile(r"/anagen/")),
    ("Django templates", re.compile(r"django/template/")),
    ("Django ORM and database driver", re.compile(r"django/db/|sqlite3|psycopg")),
    ("Django request handling and middleware", re.compile(r"django/|whitenoise/|csp/|axes/")),
    ("HTTP server (granian or gunicorn: accept, parse, write)", re.compile(r"gunicorn/|granian/")),
)
LINE_NUMBER = re.compile(r":\d+\)$")
ROOT = str(Path(__file__).resolve().parents[1])


def summarize(raw: str, top: int = 8) -> str:
    """py-spy's raw (collapsed) stacks -> time by area (by the innermost known frame), the
    anagen functions with the most time under them, and the functions that spend most."""
    total = 0
    areas: Counter[str] = Counter()
    inclusive: Counter[str] = Counter()
    own: Counter[str] = Counter()
    for line in raw.splitlines():
        stack, _, count = line.rpartition(" ")
        if not count.isdigit():
            continue
        frames = [LINE_NUMBER.sub(")", f) for f in stack.split(";") if f.strip()]
        if not frames:
            continue
        n = int(count)
        total += n
        areas[_area(frames)] += n
        own[frames[-1]] += n
        for frame in set(frames):
            # Middleware wraps every view: its frames would top the list and say nothing.
            if "/anagen/" in frame and "Middleware.__call__" not in frame:
                inclusive[frame] += n
    if not total:
        return "py-spy recorded no samples"
    lines = [f"{total} samples; time by area (innermost frame):"]
    lines += [f"  {100 * n / total:5.1f}%  {a}" for a, n in areas.most_common()]
    lines.append("anagen functions with the most time under them (inclusive):")
    lines += [f"  {100 * n / total:5.1f}%  {_short(f)}" for f, n in inclusive.most_common(top)]
    lines.append("functions that spend the most themselves (self):")
    lines += [f"  {100 * n / total:5.1f}%  {_short(f)}" for f, n in own.most_common(top)]
    return "\n".join(lines)


def _area(frames: list[str]) -> str:
    for frame in reversed(frames):
        for name, pattern in AREAS:
            if pattern.search(frame):
                return name
    return "other (Python runtime, sockets, idle)"


def _short(frame: str) -> str:
    """`f (/…/site-packages/django/x.py)` -> `f (django/x.py)`; the same for the checkout."""
    return re.sub(rf"\((?:[^()]*?site-packages/|{re.escape(ROOT)}/)", "(", frame)


def py_spy() -> str | None:
    return shutil.which("py-spy") or shutil.which("py-spy", path=str(Path(sys.executable).parent))


def profile_workers(pids: list[int], seconds: int, load: Callable[[], object]) -> str:
    """Record every worker in `pids` for `seconds` while `load()` runs; one summary of all
    (the kernel decides which worker takes each request, so one worker alone may see few)."""
    binary = py_spy()
    if binary is None:
        return "py-spy is not installed (pip install -e '.[bench]'); no profile"
    with tempfile.TemporaryDirectory(prefix="anagen-pyspy-") as tmp:
        outs = [Path(tmp) / f"{pid}.txt" for pid in pids]
        recorders = [
            subprocess.Popen(
                [
                    binary,
                    "record",
                    "--pid",
                    str(pid),
                    "--duration",
                    str(seconds),
                    "--rate",
                    "200",
                    "--format",
                    "raw",
                    "--output",
                    str(out),
                    "--nonblocking",
                    "--full-filenames",
                ],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
            for pid, out in zip(pids, outs, strict=True)
        ]
        worker = threading.Thread(target=load)
        worker.start()
        errors = [r.communicate(timeout=seconds + 60)[1] for r in recorders]
        worker.join()
        raw = "\n".join(out.read_text() for out in outs if out.exists())
        if not raw:
            reason = b" ".join(errors).decode(errors="replace").strip()[-300:]
            return f"py-spy could not record: {reason}"
        return summarize(raw)
