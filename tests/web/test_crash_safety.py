"""Crash safety: the production server is killed with SIGKILL in the middle of concurrent
review posts and a product import; after a restart the database is intact, no row is
half-written, and every write the server acknowledged is there.

Runs against a fresh SQLite file, or a fresh PostgreSQL database when the suite runs on
PostgreSQL (DATABASE_URL set), so both engines are covered by the two CI runs.
"""

from __future__ import annotations

import csv
import http.client
import http.cookiejar
import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.servers import free_port, wait_until_serving

ANAGEN = [sys.executable, "-m", "anagen.cli"]
USERS = [f"crash{i}" for i in range(6)]
PASSWORD = "a-long-pass-phrase-crash"
TREATMENTS = [
    "minoxidil-topical",
    "minoxidil-oral-low-dose",
    "finasteride-oral",
    "finasteride-topical",
    "dutasteride-oral",
    "ketoconazole-shampoo",
    "low-level-laser-therapy",
    "platelet-rich-plasma",
]
IMPORT_ROWS = 3000  # large enough that the kill lands mid-import

VERIFY = """
import json
from anagen.community.models import Review
from anagen.products.models import Product
reviews = [
    {"user": r.author.username, "treatment": r.treatment.slug, "text": r.text,
     "duration": r.duration_months, "status": r.status}
    for r in Review.objects.select_related("author", "treatment")
]
products = [
    {"name": p.name, "label_text": p.label_text, "actives": len(p.analysis.get("actives", [])),
     "overall": p.overall}
    for p in Product.objects.filter(brand="Crashco")
]
print(json.dumps({"reviews": reviews, "products": products}))
"""

USERS_SCRIPT = "from django.contrib.auth.models import User\n" + "".join(
    f"User.objects.create_user({u!r}, '{u}@example.org', {PASSWORD!r})\n" for u in USERS
)


@pytest.fixture
def server_env(tmp_path: Path) -> Iterator[dict[str, str]]:
    env = {
        **os.environ,
        "ANAGEN_SECRET_KEY": "crash-test-" + "x" * 50,
        "ANAGEN_DEBUG": "0",
        "ANAGEN_SECURE_COOKIES": "0",
        "ANAGEN_SSL_REDIRECT": "0",
        "ANAGEN_VAR_DIR": str(tmp_path / "var"),
        "DJANGO_SETTINGS_MODULE": "anagen.settings",
    }
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith("postgres"):
        import psycopg

        name = f"anagen_crash_{os.getpid()}"
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name}")
            conn.execute(f"CREATE DATABASE {name}")
        env["DATABASE_URL"] = url.rsplit("/", 1)[0] + "/" + name
        yield env
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    else:
        env["DATABASE_URL"] = f"sqlite:///{tmp_path / 'crash.sqlite3'}"
        yield env


def _start(env: dict[str, str], port: int, log: Path) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen(
        [*ANAGEN, "serve", "--bind", f"127.0.0.1:{port}", "--workers", "2"],
        env=env,
        stdout=log.open("ab"),
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its own process group, so SIGKILL reaches every worker
    )
    wait_until_serving(proc, f"http://127.0.0.1:{port}/", log)
    return proc


def _kill(proc: subprocess.Popen[bytes]) -> None:
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


class Member:
    """One signed-in visitor with their own cookies, talking plain HTTP to the server."""

    def __init__(self, base: str, username: str) -> None:
        self.base = base
        self.last = ""  # what the last post got, to explain a shortfall
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.jar), _NoRedirect()
        )
        self.opener.open(f"{base}/accounts/login/", timeout=30).read()
        status, location = self._post(
            "/accounts/login/", {"username": username, "password": PASSWORD}
        )
        assert status == 302 and "/accounts/login/" not in location, (status, location)

    def _csrf(self) -> str:
        return next(c.value for c in self.jar if c.name == "csrftoken")

    def _post(self, path: str, data: dict[str, str]) -> tuple[int, str]:
        body = urllib.parse.urlencode({**data, "csrfmiddlewaretoken": self._csrf()}).encode()
        try:
            with self.opener.open(f"{self.base}{path}", body, timeout=30) as r:
                return r.status, ""
        except urllib.error.HTTPError as e:  # 3xx land here because redirects are not followed
            return e.code, e.headers.get("Location", "")

    def post_review(self, slug: str, text: str) -> bool:
        """True when the server acknowledged the review (redirect back to the treatment)."""
        self.opener.open(f"{self.base}/reviews/treatment/{slug}/", timeout=30).read()
        self.last = "posting"
        status, location = self._post(
            f"/reviews/treatment/{slug}/",
            {
                "condition": "androgenetic-alopecia",
                "duration_months": "7",
                "effectiveness": "3",
                "side_effects_rating": "4",
                "value": "3",
                "recommend": "yes",
                "text": text,
                "website": "",
            },
        )
        self.last = f"{status} {location}"
        return status == 302 and location.startswith(f"/treatments/{slug}/")


def _write_import(path: Path) -> None:
    with path.open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["name", "brand", "form", "regulatory_type", "label_text", "conditions"])
        for i in range(IMPORT_ROWS):
            w.writerow(
                [
                    f"Crash Foam {i}",
                    "Crashco",
                    "foam",
                    "otc_drug",
                    f"Drug Facts Active ingredient Minoxidil 5% w/v Purpose Hair regrowth lot {i}",
                    "androgenetic-alopecia",
                ]
            )


def _manage(env: dict[str, str], code: str) -> str:
    out = subprocess.run(
        [*ANAGEN, "manage", "shell", "-c", code],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert out.returncode == 0, out.stderr[-3000:]
    return out.stdout


def test_sigkill_mid_write_loses_no_acknowledged_write(
    server_env: dict[str, str], tmp_path: Path
) -> None:
    port = free_port()
    log = tmp_path / "server.log"
    server = _start(server_env, port, log)  # migrates and loads the content first
    try:
        _manage(server_env, USERS_SCRIPT)
        base = f"http://127.0.0.1:{port}"
        members = [Member(base, u) for u in USERS]
        feed = tmp_path / "import.csv"
        _write_import(feed)

        acknowledged: list[tuple[str, str, str]] = []
        lock = threading.Lock()
        enough = threading.Event()

        def write_all(member: Member, username: str) -> None:
            for slug in TREATMENTS:
                text = f"Review by {username} of {slug}: steady use for seven months."
                try:
                    ok = member.post_review(slug, text)
                except (urllib.error.URLError, OSError, http.client.HTTPException) as exc:
                    # the server is gone, maybe half-way through a page (IncompleteRead):
                    # nothing unacknowledged counts
                    member.last = f"{member.last}: {exc!r} after {time.monotonic() - began:.1f} s"
                    return
                if ok:
                    with lock:
                        acknowledged.append((username, slug, text))
                        if len(acknowledged) >= len(USERS) * len(TREATMENTS) // 3:
                            enough.set()

        began = time.monotonic()
        importer = subprocess.Popen(
            [*ANAGEN, "import-products", str(feed), "--format", "csv"],
            env=server_env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        with ThreadPoolExecutor(len(members)) as pool:
            futures = [pool.submit(write_all, m, u) for m, u in zip(members, USERS, strict=True)]
            deadline = time.monotonic() + 120
            while not enough.wait(0.05):
                done = [f for f in futures if f.done()]
                if len(done) == len(futures) or time.monotonic() > deadline:
                    for f in done:
                        f.result()  # a writer's own error explains the shortfall best
                    raise AssertionError(
                        f"only {len(acknowledged)} reviews were acknowledged after "
                        f"{time.monotonic() - began:.1f} s; import running: "
                        f"{importer.poll() is None}; last answers: {[m.last for m in members]}"
                    )
            _kill(server)  # part-way: other posts are in flight right now
            if importer.poll() is None:
                _kill(importer)
            for f in futures:
                f.result()
    finally:
        if server.poll() is None:
            _kill(server)
    with lock:
        acked = list(acknowledged)
    assert acked, "nothing was acknowledged"

    # Restart: the server must come back on the same database.
    server = _start(server_env, port, log)
    _kill(server)

    url = server_env["DATABASE_URL"]
    if url.startswith("sqlite"):
        with sqlite3.connect(url.removeprefix("sqlite:///")) as db:
            assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)

    state = json.loads(_manage(server_env, VERIFY).strip().splitlines()[-1])
    stored = {(r["user"], r["treatment"]): r for r in state["reviews"]}
    for user, slug, text in acked:
        row = stored.get((user, slug))
        assert row is not None, f"acknowledged review lost: {user} on {slug}"
        assert row["text"] == text
    for row in state["reviews"]:  # acknowledged or not, every stored row is whole
        assert row["text"].startswith("Review by ") and row["text"].endswith("seven months.")
        assert row["duration"] == 7 and row["status"] == "pending"
    for product in state["products"]:
        assert product["label_text"].endswith(product["name"].replace("Crash Foam ", "lot "))
        assert product["actives"] == 1 and product["overall"] > 0
