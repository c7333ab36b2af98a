"""Backups round-trip every table; request logs carry an id and never a body."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from django.apps import apps
from django.contrib.auth.models import User
from django.test import Client

from anagen.web.backup import backup, restore


def _snapshot() -> dict[str, list[tuple]]:  # type: ignore[type-arg]
    out = {}
    for model in apps.get_models():
        fields = [f.attname for f in model._meta.concrete_fields]
        out[model._meta.label] = sorted(map(repr, model._default_manager.values_list(*fields)))
    return out


@pytest.mark.django_db(transaction=True)
def test_backup_and_restore_round_trip_every_table(tmp_path: Path) -> None:
    from anagen.knowledge.services import load_and_sync

    load_and_sync(None)
    User.objects.create_user("keeper", "k@example.org", "pass-phrase-long-6")
    before = _snapshot()
    path = tmp_path / "anagen.backup"
    backup(path)
    assert path.stat().st_size > 0
    User.objects.all().delete()
    from anagen.products.models import Product

    Product.objects.filter(slug="provillus-hair-loss-system").delete()
    restore(path)
    assert _snapshot() == before


@pytest.mark.django_db
def test_requests_are_logged_with_an_id_and_without_bodies(client: Client, caplog) -> None:  # type: ignore[no-untyped-def]
    caplog.set_level(logging.INFO, logger="anagen.requests")
    response = client.post("/accounts/login/", {"username": "x", "password": "secret-password-42"})
    assert response["X-Request-ID"]
    records = [json.loads(r.getMessage()) for r in caplog.records if r.name == "anagen.requests"]
    assert records and records[-1]["request_id"] == response["X-Request-ID"]
    assert "secret-password-42" not in caplog.text


def test_restoring_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    from django.db import connection

    from anagen.web.backup import BackupError

    path = tmp_path / "catalogue.csv"
    path.write_text("name,brand\nx,y\n")
    # SQLite's check names the problem; on PostgreSQL pg_restore gives its own reason
    reason = "not a sound SQLite database" if connection.vendor == "sqlite" else "pg_restore|input"
    with pytest.raises(BackupError, match=reason):
        restore(path)
