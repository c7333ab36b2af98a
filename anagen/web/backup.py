"""Backups: SQLite's online backup API, or pg_dump / pg_restore on PostgreSQL.

An online backup copies a consistent snapshot while the site keeps serving; a restore replaces
the whole database with the snapshot.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

from django.db import connection


class BackupError(Exception):
    pass


def _pg_env() -> tuple[list[str], dict[str, str]]:
    s = connection.settings_dict
    args = [
        "-h",
        s.get("HOST") or "127.0.0.1",
        "-p",
        str(s.get("PORT") or 5432),
        "-U",
        s["USER"],
        "-d",
        s["NAME"],
    ]
    return args, {**os.environ, "PGPASSWORD": s.get("PASSWORD") or ""}


def backup(target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        with sqlite3.connect(target) as out:
            connection.connection.backup(out)  # consistent even while others write
        return
    if connection.vendor == "postgresql":
        if not shutil.which("pg_dump"):
            raise BackupError("pg_dump is not installed (Debian package postgresql-client)")
        args, env = _pg_env()
        done = subprocess.run(
            ["pg_dump", "-Fc", "--no-owner", "-f", str(target), *args],
            env=env,
            capture_output=True,
            text=True,
        )
        if done.returncode:
            raise BackupError(
                done.stderr.strip().splitlines()[-1] if done.stderr else "pg_dump failed"
            )
        return
    raise BackupError(f"backups are not supported for {connection.vendor}")


def restore(source: Path) -> None:
    if not source.is_file():
        raise BackupError(f"{source} does not exist")
    if connection.vendor == "sqlite":
        with sqlite3.connect(source) as src:
            try:
                sound = src.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            except sqlite3.DatabaseError:  # not a database at all (a CSV, say)
                sound = False
            if not sound:
                raise BackupError(f"{source} is not a sound SQLite database")
            connection.ensure_connection()
            src.backup(connection.connection)
        return
    if connection.vendor == "postgresql":
        args, env = _pg_env()
        connection.close()
        done = subprocess.run(
            [
                "pg_restore",
                "--clean",
                "--if-exists",
                "--no-owner",
                "--single-transaction",
                *args,
                str(source),
            ],
            env=env,
            capture_output=True,
            text=True,
        )
        if done.returncode:
            raise BackupError(
                done.stderr.strip().splitlines()[-1] if done.stderr else "pg_restore failed"
            )
        return
    raise BackupError(f"restores are not supported for {connection.vendor}")
