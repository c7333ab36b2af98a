"""Django settings, read from the environment.

Safe by default: DEBUG is off unless ANAGEN_DEBUG says otherwise, and outside DEBUG the site
refuses to start without ANAGEN_SECRET_KEY. `anagen run` turns DEBUG on for local use.
"""

from __future__ import annotations

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("ANAGEN_VAR_DIR", BASE_DIR / "var"))
VAR_DIR.mkdir(parents=True, exist_ok=True)


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("ANAGEN_DEBUG", False)

SECRET_KEY = os.environ.get("ANAGEN_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "ANAGEN_SECRET_KEY is not set: set it to a long random value (or ANAGEN_DEBUG=1 "
            "for local development)"
        )
    SECRET_KEY = "insecure-local-development-key-only-used-when-debug-is-on"

ALLOWED_HOSTS = env_list("ANAGEN_ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("ANAGEN_CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "anagen.web",
    "anagen.knowledge",
    "anagen.assessment",
    "anagen.products",
    "anagen.claims",
    "anagen.community",
    "anagen.editorial",
    "axes",
]

MIDDLEWARE = [
    "anagen.web.logging.RequestLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "anagen.web.middleware.ApiErrorsAsJsonMiddleware",
    "anagen.web.middleware.BodySizeLimitMiddleware",
    "anagen.web.middleware.NulCharacterMiddleware",
    "anagen.web.middleware.PermissionsPolicyMiddleware",
    "anagen.web.middleware.StaticCSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Validates the host, and on a 404 redirects to the path with a slash: for cached pages too.
    "anagen.web.middleware.HostOnceCommonMiddleware",
    # (inside the header-adding middleware: its page gets their headers)
    "anagen.web.middleware.MethodNotAllowedPageMiddleware",
    # Inside every header-adding middleware, so cached pages get the same headers; outside the
    # session, CSRF, auth and messages middleware, which a page served from the cache (visitors
    # without a session or messages cookie) never needs. It sets `Vary: Cookie` itself, and
    # stores no response that sets a cookie (a CSRF token or a session included).
    "anagen.web.cache.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Last, as django-axes asks: it locks out repeated failed log-ins.
    "axes.middleware.AxesMiddleware",
]

# Django's cookie-then-session storage, its signer made only when a request uses messages.
MESSAGE_STORAGE = "anagen.web.messages.LazyFallbackStorage"

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Sign-up and password change refuse short, common, all-digit or username-like passwords.
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "/accounts/"
LOGOUT_REDIRECT_URL = "/"

EMAIL_BACKEND = os.environ.get(
    "ANAGEN_EMAIL_BACKEND", "django.core.mail.backends.filebased.EmailBackend"
)
EMAIL_FILE_PATH = VAR_DIR / "mail"
DEFAULT_FROM_EMAIL = os.environ.get("ANAGEN_FROM_EMAIL", "anagen <noreply@localhost>")

ROOT_URLCONF = "anagen.urls"
WSGI_APPLICATION = "anagen.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "anagen.web.context.site",
            ],
            # `{% extends %}` that finds the layout's blocks once, not on every render.
            "builtins": ["anagen.web.templatetags.layout"],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        env="DATABASE_URL",
        default=f"sqlite:///{VAR_DIR / 'anagen.sqlite3'}",
        conn_max_age=60,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers run beside a writer; the busy timeout waits instead of failing.
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Local memory by default; Redis when ANAGEN_CACHE_URL is set, so several instances share it.
CACHES = {
    "default": (
        {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["ANAGEN_CACHE_URL"],
        }
        if os.environ.get("ANAGEN_CACHE_URL")
        else {"BACKEND": "anagen.web.cache_backend.UncheckedLocMemCache", "LOCATION": "anagen"}
    )
}
# Where the content version lives when the cache is private to each process (local memory):
# a file every worker of this machine reads, so a write in one worker refreshes them all.
ANAGEN_VERSION_FILE = VAR_DIR / "content-version"
ANAGEN_PAGE_CACHE_SECONDS = int(os.environ.get("ANAGEN_PAGE_CACHE_SECONDS", "600"))
# Cached page parts, for everyone (signed-in visitors skip the page cache): treatment content,
# review boxes, navigation; keyed by the content version, so a content load or an edit replaces
# them at once. 0 turns it off.
ANAGEN_FRAGMENT_CACHE_SECONDS = int(os.environ.get("ANAGEN_FRAGMENT_CACHE_SECONDS", "600"))

LANGUAGE_CODE = "en"
TIME_ZONE = "UTC"
USE_I18N = False
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("ANAGEN_STATIC_ROOT", VAR_DIR / "static"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "anagen.web.static_storage.HashedStaticStorage"
        )
    },
}

# Production hardening; HSTS and secure cookies only matter over TLS, which a proxy terminates.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = env_bool("ANAGEN_SECURE_COOKIES", not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SESSION_COOKIE_HTTPONLY = True
SECURE_SSL_REDIRECT = env_bool("ANAGEN_SSL_REDIRECT", not DEBUG)
SECURE_HSTS_SECONDS = int(os.environ.get("ANAGEN_HSTS_SECONDS", "0" if DEBUG else "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = SECURE_HSTS_SECONDS > 0
SECURE_HSTS_PRELOAD = SECURE_HSTS_SECONDS > 0
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Content-Security-Policy (django-csp): no inline scripts anywhere; scripts only enhance.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
PERMISSIONS_POLICY = (
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"
)
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True

# Request bodies above this answer 413 (see anagen.web.middleware); forms stay far below it.
DATA_UPLOAD_MAX_MEMORY_SIZE = int(os.environ.get("ANAGEN_MAX_BODY_BYTES", 262_144))

ANAGEN_CONTENT_DIR = Path(os.environ.get("ANAGEN_CONTENT_DIR", BASE_DIR / "content"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "anagen.web.logging.JsonFormatter"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "json"}},
    "root": {"handlers": ["console"], "level": os.environ.get("ANAGEN_LOG_LEVEL", "WARNING")},
    "loggers": {
        "anagen.requests": {
            "handlers": ["console"],
            "level": os.environ.get("ANAGEN_REQUEST_LOG_LEVEL", "INFO"),
            "propagate": False,
        },
        # Django's own request logger repeats every 4xx/5xx with the request; ours is enough.
        "django.request": {"handlers": ["console"], "level": "ERROR", "propagate": False},
    },
}
