"""Test settings: the real settings with a test key, fast hashing and plain static storage."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path


def _temporary_dir(prefix: str) -> str:
    """A folder this process made and removes when it ends, so test runs leave nothing behind."""
    path = tempfile.mkdtemp(prefix=prefix)
    atexit.register(shutil.rmtree, path, True)
    return path


os.environ.setdefault("ANAGEN_SECRET_KEY", "test-only-secret-key-not-for-production-use-0123456789")
if "ANAGEN_VAR_DIR" not in os.environ:  # xdist workers inherit the first process's folder
    os.environ["ANAGEN_VAR_DIR"] = _temporary_dir("anagen-test-var-")

from anagen.settings import *  # noqa: E402, F403 - after the environment it reads

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
ANAGEN_VERSION_FILE = Path(_temporary_dir("anagen-test-version-")) / "content-version"
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # noqa: F405 - whitenoise warns when it is missing
LOGGING["loggers"]["anagen.requests"]["level"] = "WARNING"  # noqa: F405 - one line per request is noise here
