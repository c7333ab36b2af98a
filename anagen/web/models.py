"""Error reports from readers: stored for editors, listed on an editors-only page."""

from __future__ import annotations

from django.db import models


class ErrorReport(models.Model):
    page = models.CharField(max_length=300)
    text = models.TextField(max_length=3000)
    email = models.EmailField(blank=True)
    resolved = models.BooleanField(default=False)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["resolved", "-created"]
        permissions = [("review_error_reports", "Can read readers' error reports")]

    def __str__(self) -> str:
        return f"error report on {self.page}"


class SearchDoc(models.Model):
    """One search document per page or product. The full-text index beside it is kept in step
    by the database itself: FTS5 tables with triggers on SQLite, a generated tsvector column on
    PostgreSQL (migration 0002). Changing this table's columns needs that migration's SQL too."""

    key = models.CharField(max_length=140, unique=True)  # "treatment:<slug>", "product:<pk>"
    kind = models.CharField(max_length=20, db_index=True)
    title = models.CharField(max_length=300)
    title_key = models.CharField(max_length=300, db_index=True)  # anagen.search.name_key(title)
    url = models.CharField(max_length=300)
    names = models.TextField(blank=True)  # one name, synonym or misspelling per line
    body = models.TextField(blank=True)
    quality = models.FloatField(default=0)

    def __str__(self) -> str:
        return self.key
