"""Run nginx for a benchmark: our own config, pid file, logs and temp paths in a temporary
folder, listening on 127.0.0.1 only; never the system service.

Two kinds of site: one static file (the limit every page is compared with), and the static
export served the way docs/deploy.md says (export first, everything else to the application).
"""

from __future__ import annotations

import contextlib
import subprocess
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

from bench.server import free_port
from bench.wrk import find_tool

CONFIG = """
worker_processes 2;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log warn;
daemon off;
events {{ worker_connections 4096; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    tcp_nopush on;
    # As docs/deploy.md advises; for both sites, so the single file stays the limit.
    open_file_cache max=10000 inactive=60s;
    open_file_cache_valid 60s;
    keepalive_requests 100000;
    client_body_temp_path {tmp}/body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
{servers}
}}
"""


def static_file_site(root: Path) -> str:
    """Serve the files under `root` and nothing else."""
    return f"root {root};\nlocation / {{ try_files $uri =404; }}"


# The paths docs/deploy.md passes to the application, each as a prefix location.
APP_PREFIXES = (
    "api",
    "assessment",
    "claims",
    "search",
    "accounts",
    "reviews",
    "moderation",
    "admin",
    "products/compare",
    "report-error",
    "editorial",
)


def export_site(root: Path, app_port: int) -> str:
    """docs/deploy.md's server block, less TLS: the export first, the rest to the application."""
    app = f"http://127.0.0.1:{app_port}"
    proxied = "\n".join(f"location /{p}/ {{ proxy_pass {app}; }}" for p in APP_PREFIXES)
    return f"""root {root};
open_file_cache_errors on;
proxy_set_header Host $host;
proxy_set_header X-Forwarded-Proto $scheme;
location /static/ {{ expires 1y; add_header Cache-Control "public, immutable"; }}
{proxied}
location / {{
    if ($args) {{ proxy_pass {app}; }}
    try_files ${{uri}}index.html $uri $uri/index.html @app;
}}
location @app {{ proxy_pass {app}; }}"""


def readable(path: Path) -> None:
    """nginx's workers run as an unprivileged user when started by root: let them read."""
    path.chmod(0o755)
    for p in path.rglob("*"):
        p.chmod(0o755 if p.is_dir() else 0o644)


@contextlib.contextmanager
def nginx(sites: dict[str, str]) -> Iterator[dict[str, int]]:
    """Start one nginx serving each named site on its own port; yield name -> port."""
    with tempfile.TemporaryDirectory(prefix="anagen-nginx-") as name:
        tmp = Path(name)
        readable(tmp)
        ports = {site: free_port() for site in sites}
        servers = "\n".join(
            f"    server {{\n        listen 127.0.0.1:{ports[site]};\n"
            + "\n".join(f"        {line}" for line in body.splitlines())
            + "\n    }"
            for site, body in sites.items()
        )
        conf = tmp / "nginx.conf"
        conf.write_text(CONFIG.format(tmp=tmp, servers=servers))
        binary = find_tool("nginx")
        subprocess.run(
            [binary, "-t", "-q", "-p", str(tmp), "-e", str(tmp / "error.log"), "-c", str(conf)],
            check=True,
        )
        proc = subprocess.Popen(
            [binary, "-p", str(tmp), "-e", str(tmp / "error.log"), "-c", str(conf)]
        )
        try:
            _wait(proc, [f"http://127.0.0.1:{p}/" for p in ports.values()])
            yield ports
        finally:
            proc.terminate()  # the master, started by us: fast shutdown of its workers
            proc.wait(timeout=15)


def _wait(proc: subprocess.Popen[bytes], urls: list[str]) -> None:
    deadline = time.monotonic() + 15
    for url in urls:
        while True:
            try:
                urllib.request.urlopen(url, timeout=2)
                break
            except urllib.error.HTTPError:
                break  # answering, even if with a 404
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("nginx did not start") from None
                time.sleep(0.1)
