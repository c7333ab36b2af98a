"""The page benchmarks of issue 9, in one run and interleaved round by round: the same treatment
page served by

- nginx as a single static file (the limit every figure is divided by),
- nginx serving the static export with docs/deploy.md's configuration,
- the bare one-query Django page (bench/bare), uncached and with Django's per-view cache,
- anagen (`anagen serve`, 2 granian workers), page cache off and anonymous cache warm,
- and, as the record of the server choice, the bare page and anagen under 2 sync gunicorn
  workers,

each measured with wrk -t2 -c32 (requests/s, p50/p99) and wrk -t1 -c1 (ms per request).
"""

from __future__ import annotations

import html
import os
import re
import statistics
import subprocess
import sys
import tempfile
import urllib.request
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from anagen.serving import server_command
from bench import server
from bench.nginx import export_site, nginx, readable, static_file_site
from bench.profile import profile_workers
from bench.report import Figure, Report, num
from bench.wrk import WrkResult, wrk

SECONDS = float(os.environ.get("BENCH_WRK_SECONDS", "6"))
ONE_CONN_SECONDS = float(os.environ.get("BENCH_WRK_ONE_SECONDS", "3"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
# The ~800-word treatment page of issue 9 (its main text is about 800 words).
TREATMENT = os.environ.get("BENCH_TREATMENT", "pumpkin-seed-oil")
LARGEST = "minoxidil-topical"  # the longest treatment page, about 2,400 words


@dataclass
class Target:
    key: str
    name: str
    url: str
    one_connection: bool = True
    c32: list[WrkResult] = field(default_factory=list)
    c1: list[WrkResult] = field(default_factory=list)

    def rps(self) -> list[float]:
        return [r.rps for r in self.c32]


def run(report: Report) -> None:
    path = f"/treatments/{TREATMENT}/"
    with tempfile.TemporaryDirectory(prefix="anagen-bench-http-") as name, ExitStack() as stack:
        tmp = Path(name)
        var = tmp / "var"
        var.mkdir()
        page = _prepare(tmp, var, path)
        uncached = stack.enter_context(server.anagen_serve(var, page_cache=False, ready=path))
        cached = stack.enter_context(server.anagen_serve(var, page_cache=True, ready=path))
        bare = stack.enter_context(_bare_server(tmp / "bare.sqlite3", f"/a/{TREATMENT}/"))
        # The same under sync gunicorn workers: the record of the server choice.
        g_uncached, g_cached = (
            stack.enter_context(
                server.anagen_serve(var, page_cache=cache, ready=path, http_server="gunicorn")
            )
            for cache in (False, True)
        )
        g_bare = stack.enter_context(
            _bare_server(tmp / "bare.sqlite3", f"/a/{TREATMENT}/", "gunicorn")
        )
        sites = {
            "single": static_file_site(tmp / "single"),
            "export": export_site(tmp / "public", cached.port),
        }
        ports = stack.enter_context(nginx(sites))
        base = "http://127.0.0.1:"
        targets = [
            Target(
                "nginx", "nginx, the page as one static file", f"{base}{ports['single']}/page.html"
            ),
            Target(
                "export",
                "nginx serving the static export (docs/deploy.md)",
                f"{base}{ports['export']}{path}",
            ),
            Target("bare", "bare Django page, one query, uncached", bare.url(f"/a/{TREATMENT}/")),
            Target(
                "bare_cached", "bare Django page, per-view cache", bare.url(f"/cached/{TREATMENT}/")
            ),
            Target("anagen", "anagen treatment page, page cache off", uncached.url(path)),
            Target(
                "anagen_cached", "anagen treatment page, anonymous cache warm", cached.url(path)
            ),
            Target(
                "largest",
                f"anagen /treatments/{LARGEST}/, page cache off",
                uncached.url(f"/treatments/{LARGEST}/"),
                one_connection=False,
            ),
            Target(
                "g_bare",
                "gunicorn (sync): bare Django page, uncached",
                g_bare.url(f"/a/{TREATMENT}/"),
            ),
            Target(
                "g_bare_cached",
                "gunicorn (sync): bare Django page, per-view cache",
                g_bare.url(f"/cached/{TREATMENT}/"),
            ),
            Target(
                "g_anagen", "gunicorn (sync): anagen page, page cache off", g_uncached.url(path)
            ),
            Target(
                "g_anagen_cached", "gunicorn (sync): anagen page, cache warm", g_cached.url(path)
            ),
        ]
        for t in targets:  # warm every worker, cache and code path first
            wrk(t.url, connections=32, seconds=1)
        hit = urllib.request.urlopen(cached.url(path)).headers.get("X-Page-Cache", "none")
        load_before = os.getloadavg()[0]
        for _ in range(ROUNDS):
            for t in targets:
                t.c32.append(wrk(t.url, connections=32, seconds=SECONDS))
                if t.one_connection:
                    t.c1.append(wrk(t.url, connections=1, threads=1, seconds=ONE_CONN_SECONDS))
        by = {t.key: t for t in targets}
        _figures(report, by, page, hit, (load_before, os.getloadavg()[0]))
        _profiles(report, by, uncached, cached)


def _prepare(tmp: Path, var: Path, path: str) -> bytes:
    """Export the site; copy the page for nginx; give the bare app the same article body."""
    env = server._env(var)
    subprocess.run(
        [sys.executable, "-m", "anagen.cli", "export-static", str(tmp / "public")],
        env=env,
        cwd=server.ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    page = (tmp / "public" / path.strip("/") / "index.html").read_bytes()
    (tmp / "single").mkdir()
    (tmp / "single" / "page.html").write_bytes(page)
    main = re.search(rb"<main[^>]*>(.*)</main>", page, re.S)
    title = re.search(rb"<title>(.*?)</title>", page, re.S)
    (tmp / "body.html").write_bytes(main.group(1) if main else page)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "bench.bare.load",
            TREATMENT,
            # The page writes entities (&middot;); the bare template escapes its title itself.
            html.unescape((title.group(1) if title else b"Treatment").decode()),
            str(tmp / "body.html"),
        ],
        env={
            **os.environ,
            "BARE_DB": str(tmp / "bare.sqlite3"),
            "DJANGO_SETTINGS_MODULE": "bench.bare.settings",
        },
        cwd=server.ROOT,
        check=True,
    )
    readable(tmp)
    return page


@contextmanager
def _bare_server(db: Path, ready: str, http_server: str = "granian") -> Iterator[server.Server]:
    port = server.free_port()
    env = {**os.environ, "BARE_DB": str(db), "DJANGO_SETTINGS_MODULE": "bench.bare.settings"}
    command = server_command("bench.bare.wsgi:application", f"127.0.0.1:{port}", 2, http_server)
    with server.running(command, env, f"http://127.0.0.1:{port}{ready}") as proc:
        yield server.Server(port, proc.pid)


def _ratios(a: Target, b: Target) -> list[float]:
    """Round by round, so both sides of each ratio were measured seconds apart."""
    return [x / y if y else 0.0 for x, y in zip(a.rps(), b.rps(), strict=True)]


def _figures(
    report: Report, by: dict[str, Target], page: bytes, hit: str, load: tuple[float, float]
) -> None:
    nginx_t, bare = by["nginx"], by["bare"]
    rows = [
        "| served by | requests/s (32 conn) | x nginx static | x bare Django | ms/request (1 conn) "
        "| p50 ms (32) | p99 ms (32) | errors |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for t in by.values():
        median = Figure(t.name, "", t.rps()).median
        x_nginx = Figure("", "", _ratios(t, nginx_t)).median
        x_bare = Figure("", "", _ratios(t, bare)).median
        ms1 = Figure("", "", [r.ms_per_request for r in t.c1]).median if t.c1 else float("nan")
        p50 = Figure("", "", [r.p50_ms for r in t.c32]).median
        p99 = Figure("", "", [r.p99_ms for r in t.c32]).median
        errors = sum(r.errors for r in t.c32 + t.c1)
        rows.append(
            f"| {t.name} | {num(median)} | {num(x_nginx)} | {num(x_bare)} | {num(ms1)} "
            f"| {num(p50)} | {num(p99)} | {errors} |"
        )
        report.add(
            Figure(
                f"{t.name}: requests/s, 32 connections",
                "requests/s",
                t.rps(),
                note=f"{num(x_nginx)}x nginx static, {num(x_bare)}x bare Django; "
                f"p50 {num(p50)} ms, p99 {num(p99)} ms; errors {errors}",
            )
        )
    report.section(
        "HTTP pages, same run, interleaved rounds",
        f"The page: /treatments/{TREATMENT}/ ({len(page):,} bytes of HTML, "
        f"about {_words(page):,} words of text). wrk -t2 -c32 -d{SECONDS:g}s and -t1 -c1 "
        f"-d{ONE_CONN_SECONDS:g}s on 127.0.0.1, {ROUNDS} rounds, medians; ratios are taken "
        f"round by round. Two granian workers for every Django server (and two sync gunicorn "
        "workers in the rows so marked, the server anagen used before); nginx with "
        f"2 worker processes. The warm anonymous cache answered X-Page-Cache: {hit}. wrk shares "
        "the same 2 cores, so the nginx figure is bounded by the client as much as by nginx. "
        f"Load average (1 min) before the rounds {load[0]:.1f}, after {load[1]:.1f}: on a "
        "shared machine other work takes a share of the cores.\n\n" + "\n".join(rows),
    )
    _targets(report, by)


def _targets(report: Report, by: dict[str, Target]) -> None:
    nginx_t, bare, anagen, cached = by["nginx"], by["bare"], by["anagen"], by["anagen_cached"]
    add = report.add
    for name, over, under in (
        (
            "server choice: anagen page, cache warm, granian ÷ gunicorn",
            "anagen_cached",
            "g_anagen_cached",
        ),
        ("server choice: anagen page, page cache off, granian ÷ gunicorn", "anagen", "g_anagen"),
        ("both under gunicorn: anagen page, page cache off ÷ bare Django", "g_anagen", "g_bare"),
        ("both under gunicorn: anagen page, cache warm ÷ nginx static", "g_anagen_cached", "nginx"),
    ):
        add(Figure(name, "x", _ratios(by[over], by[under]), note="the record of the server choice"))
    add(
        Figure(
            "public page via nginx serving the export ÷ nginx single static file",
            "x",
            _ratios(by["export"], nginx_t),
            target=0.9,
            why="try_files and the regex locations of the deploy config cost nginx "
            "a little per request; the file is the same",
        )
    )
    add(
        Figure(
            "treatment page, page cache off ÷ nginx static",
            "x",
            _ratios(anagen, nginx_t),
            target=0.015,
            why=_WHY_UNCACHED,
        )
    )
    add(
        Figure(
            "treatment page, page cache off ÷ bare Django",
            "x",
            _ratios(anagen, bare),
            target=0.8,
            why=_WHY_UNCACHED,
        )
    )
    add(
        Figure(
            "treatment page, page cache off: time per request at 1 connection",
            "ms",
            [r.ms_per_request for r in anagen.c1],
            target=4.0,
            higher_is_better=False,
            why=_WHY_UNCACHED,
        )
    )
    add(
        Figure(
            "treatment page, cache warm ÷ nginx static",
            "x",
            _ratios(cached, nginx_t),
            target=0.05,
            why=_WHY_CACHED,
        )
    )
    add(
        Figure(
            "treatment page, cache warm: time per request at 1 connection",
            "ms",
            [r.ms_per_request for r in cached.c1],
            target=1.5,
            higher_is_better=False,
            why=_WHY_CACHED,
        )
    )
    add(
        Figure(
            "treatment page, cache warm: p99 ÷ p50 at 32 connections",
            "x",
            [r.p99_ms / r.p50_ms for r in cached.c32],
            target=1.5,
            higher_is_better=False,
            why="granian keeps the 32 connections open and serves whichever is ready, so "
            "the median falls well below a fair queue's while the slowest requests still wait "
            "behind the others: compare the gunicorn rows, whose sync workers accept one "
            "connection at a time in arrival order (a lower ratio from a higher median, with a "
            "p99 no better than granian's); the tail is queueing, not rendering. wrk shares the "
            "2 cores with the server, so a worker that loses its core for a scheduler slice "
            f"adds milliseconds to whatever waits on it: in the same rounds nginx serving one "
            f"file shows p99 ÷ p50 of {_tail(nginx_t):.1f}, gunicorn {_tail(by['g_anagen_cached']):.2f}",
        )
    )


def _tail(t: Target) -> float:
    return statistics.median(r.p99_ms / r.p50_ms for r in t.c32)


_WHY_UNCACHED = (
    "every request runs anagen's whole middleware stack (security headers, CSP, sessions, "
    "CSRF, auth, lock-out) and renders the page around its cached fragments (body, "
    "references, review box, navigation), where the bare page has Django's default "
    "middleware and one small template; see the profile below"
)
_WHY_CACHED = (
    "a cache hit still passes the whole middleware stack (security headers, CSP, sessions, "
    "CSRF, auth) and is read from the cache and unpickled; see the profile below"
)


def _words(page: bytes) -> int:
    text = re.sub(rb"<(script|style|svg)[^>]*>.*?</\1>", b" ", page, flags=re.S)
    main = re.search(rb"<main[^>]*>(.*)</main>", text, re.S)
    return len(re.sub(rb"<[^>]+>", b" ", main.group(1) if main else text).split())


def _profiles(
    report: Report, by: dict[str, Target], uncached: server.Server, cached: server.Server
) -> None:
    """A py-spy summary of one worker for each anagen configuration that missed a target."""
    missed = {f.name for f in report.figures if f.met is False}
    blocks = []
    for label, marker, srv, target in (
        ("page cache off", "page cache off:", uncached, by["anagen"]),
        ("anonymous cache warm", "cache warm", cached, by["anagen_cached"]),
    ):
        if not any(marker in name and "treatment page" in name for name in missed):
            continue
        workers = sorted(server.worker_rss_mb(srv.pid))
        if not workers:
            continue
        summary = profile_workers(
            workers, 5, lambda url=target.url: wrk(url, connections=32, seconds=6)
        )
        blocks.append(
            f"Treatment page, {label} (both workers, 5 s under wrk -c32):\n\n```\n{summary}\n```"
        )
    if blocks:
        report.section("Profiles of the missed HTTP targets (py-spy)", "\n\n".join(blocks))
