"""Test settings: the real settings with a test key, fast hashing and plain static storage."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

os.environ.setdefault("ANAGEN_SECRET_KEY", "test-only-secret-key-not-for-production-use-0123456789")
os.environ.setdefault("ANAGEN_VAR_DIR", tempfile.mkdtemp(prefix="anagen-test-var-"))

from anagen.settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
SECURE_HSTS_SECONDS = 0
SECURE_SSL_REDIRECT = False

# Each test process its own content version (xdist workers share one var folder).
ANAGEN_VERSION_FILE = Path(tempfile.mkdtemp(prefix="anagen-test-version-")) / "content-version"
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # noqa: F405 - whitenoise warns when it is missing
LOGGING["loggers"]["anagen.requests"]["level"] = "WARNING"  # noqa: F405 - one line per request is noise here
