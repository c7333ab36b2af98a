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
