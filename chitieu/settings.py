"""Django settings, read from the environment.

DATABASE_URL   any dj-database-url URL; default: an SQLite file in CHITIEU_DATA_DIR
CHITIEU_DATA_DIR  where the default database and uploaded files live (default ./data)
CHITIEU_SHARED    the shared folder holding the dev corpus (default ../shared beside the checkout)
SECRET_KEY, DEBUG, ALLOWED_HOSTS
Production and its server (docs/deploy.md): DEBUG is off unless DEBUG=1; without SECRET_KEY a key is made once
and kept in DATA_DIR/secret_key; CHITIEU_HTTPS=1 behind HTTPS (secure cookies, HSTS, redirect to https);
CSRF_TRUSTED_ORIGINS; CHITIEU_CSP overrides the Content-Security-Policy.
"""

import os
import sys
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent
REPO_DIR = BASE_DIR.parent
DATA_DIR = Path(os.environ.get("CHITIEU_DATA_DIR", Path.cwd() / "data")).resolve()
SHARED_DIR = Path(os.environ.get("CHITIEU_SHARED", REPO_DIR.parent / "shared")).resolve()

from chitieu.core.secrets import secret_key_from  # noqa: E402  (reads or makes DATA_DIR/secret_key)

SECRET_KEY = os.environ.get("SECRET_KEY") or secret_key_from(DATA_DIR)
DEBUG = os.environ.get("DEBUG", "0") not in ("0", "false", "False", "")
# `chitieu serve ADDR` sets ALLOWED_HOSTS for the address it serves (all hosts on 0.0.0.0) unless it is given.
ALLOWED_HOSTS = [h for h in os.environ.get("ALLOWED_HOSTS", ".localhost,127.0.0.1,[::1],testserver").split(",") if h]
CSRF_TRUSTED_ORIGINS = [o for o in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",") if o]

# Behind HTTPS (a reverse proxy that sets X-Forwarded-Proto): secure cookies, HSTS, http → https.
HTTPS = os.environ.get("CHITIEU_HTTPS", "0") not in ("0", "false", "False", "")
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = SECURE_SSL_REDIRECT = HTTPS
SECURE_HSTS_SECONDS = 31_536_000 if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = SECURE_HSTS_PRELOAD = HTTPS
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if HTTPS else None
# Over plain HTTP those settings must stay off: Django's warnings about them give way to one note
# (chitieu.core.checks), so `check --deploy` is clean either way and still says what HTTPS needs.
SILENCED_SYSTEM_CHECKS = [] if HTTPS else ["security.W004", "security.W008", "security.W012", "security.W016"]
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
# The Content-Security-Policy (chitieu.core.csp): scripts and styles from this site only — no inline script
# (Wagtail's editor adds the hashes of its widgets' start-up calls, chitieu.core.csp).
CHITIEU_CSP = os.environ.get("CHITIEU_CSP") or (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
    "frame-ancestors 'none'"
)

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "chitieu.core",
    "chitieu.accounts",
    "chitieu.places",
    "chitieu.indicators",
    "chitieu.criteria",
    "chitieu.documents",
    "chitieu.portal",
    "chitieu.dashboards",
    # The reporting cycle's workflow (issue 16): proposed changes, explanation threads; value history kept
    # by django-simple-history.
    "chitieu.workflow",
    "chitieu.reporting",
    # The periodic report, the web API (/api/v1/, django-ninja) and DHIS2 / SDMX exchange (issue 12).
    "chitieu.reports",
    "chitieu.api",
    "chitieu.exchange",
    "ninja",  # the API docs' Swagger UI served from this site (the CSP allows no CDN)
    "simple_history",
    "axes",  # login throttling (chitieu.core.auth)
    # The public portal's content system (chitieu.cms, issue 15): Wagtail and what it needs.
    "chitieu.cms",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "django.contrib.sitemaps",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "chitieu.jobs",
    "chitieu.backups",
    "chitieu.pagecache",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "chitieu.core.errors.ErrorIdMiddleware",  # an id per request, shown on error pages and logged
    "chitieu.core.guard.RequestGuard",  # page, id and date parameters and body size checked once, here
    "chitieu.core.csp.content_security_policy",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "chitieu.pagecache.middleware.PublicPageCache",  # anonymous GETs of public pages, before sessions and the DB
    "django.contrib.sessions.middleware.SessionMiddleware",
    "chitieu.core.middleware.vietnamese_first",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "chitieu.core.throttle.RateLimitMiddleware",  # CHITIEU_RATE_LIMITS below
    "axes.middleware.AxesMiddleware",  # last, as django-axes asks
]

ROOT_URLCONF = "chitieu.urls"
WSGI_APPLICATION = "chitieu.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]


def _database_from_environment():
    url = os.environ.get("DATABASE_URL")
    if not url:
        return {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(DATA_DIR / "chitieu.sqlite3"),
            # WAL and IMMEDIATE transactions: the server's processes and the jobs worker read while one writes,
            # and a writer waits for the lock instead of failing with "database is locked".
            "OPTIONS": {
                "timeout": 20, "transaction_mode": "IMMEDIATE",
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            },
        }
    return dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)


DATABASES = {"default": _database_from_environment()}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
]

# Vietnamese first, English too.
LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = DATA_DIR / "static"
MEDIA_URL = "media/"
MEDIA_ROOT = DATA_DIR / "media"
# Static files through WhiteNoise, compressed and cache-busted (collected by `chitieu serve`); the test suite
# renders pages without collecting them first, so it keeps Django's plain storage.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage" if "pytest" in sys.modules
        else "chitieu.core.static.CompressedManifestStorage",
    },
}
WHITENOISE_MAX_AGE = 3600

# Fragments of public pages (chitieu.pagecache), kept until public data changes: a file cache that the
# server's processes share; none in the tests.
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "public": {
        "BACKEND": "django.core.cache.backends.dummy.DummyCache" if "pytest" in sys.modules
        else "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": str(DATA_DIR / "cache" / "public"),
        "OPTIONS": {"MAX_ENTRIES": 50_000},
    },
}
# Whole public pages served to anonymous visitors from that cache (chitieu.pagecache.middleware): paths matched
# from the start; each is kept until the public data changes (or CHITIEU_PAGE_SECONDS, a backstop).
CHITIEU_CACHED_PAGES = [
    r"^/$", r"^/place/$", r"^/p/\d+/$", r"^/nguon/\d+/$", r"^/dashboards/(\d+/)?$", r"^/documents/$",
    r"^/api/v1/(places|indicators|values|targets|documents|search)(/|$)",
]
CHITIEU_PAGE_SECONDS = int(os.environ.get("CHITIEU_PAGE_SECONDS", "3600"))
WHITENOISE_KEEP_ONLY_HASHED_FILES = True  # half the files to compress when `chitieu serve` collects them

# Background jobs (chitieu.jobs) on Django's tasks framework (the django-tasks backport), stored in the
# database by django-tasks-db — the same SQLite or PostgreSQL database — and run by `chitieu worker`,
# which `chitieu serve` starts. CHITIEU_JOBS_IMMEDIATE=1 runs them in the request instead (the tests do).
TASKS = {
    "default": {
        "BACKEND": "django_tasks.backends.immediate.ImmediateBackend"
        if os.environ.get("CHITIEU_JOBS_IMMEDIATE", "1" if "pytest" in sys.modules else "0") not in ("0", "")
        else "django_tasks_db.DatabaseBackend",
    }
}

LOGIN_URL = "admin:login"

# E-mail (reminders of reports due, `chitieu remind`): printed to the console unless EMAIL_BACKEND says otherwise
# (django.core.mail.backends.smtp.EmailBackend with EMAIL_HOST, EMAIL_PORT, EMAIL_HOST_USER, EMAIL_HOST_PASSWORD).
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "0") not in ("0", "false", "False", "")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "chitieu <noreply@localhost>")

# The place page is made of sections that each app contributes: a dotted path to a
# function (place, on_date, request) -> dict(title=..., template=..., context=...) or None.
CHITIEU_PLACE_SECTIONS = [
    "chitieu.dashboards.sections.place_dashboard_link",
    "chitieu.indicators.sections.place_values",
    "chitieu.criteria.sections.place_ntm",
    "chitieu.documents.sections.place_documents",
    "chitieu.reports.sections.place_report",
]

# Background job kinds (chitieu.jobs): a name → a function (context, **params); start one with
# chitieu.jobs.services.enqueue(name, user=..., **params).
CHITIEU_JOBS = {
    "documents.ingest": "chitieu.jobs.handlers.ingest_documents",
    "indicators.import": "chitieu.jobs.handlers.import_values",
    "jobs.echo": "chitieu.jobs.handlers.echo",
}

# `chitieu init` runs these, in order, after migrating: reference data, then (with --demo) demo data.
# Each is a dotted path to a function taking a `log` callable; each must be safe to run twice.
CHITIEU_REFERENCE_STEPS = [
    "chitieu.places.services.load_reference_places",
    "chitieu.indicators.services.load_catalogue",
    "chitieu.criteria.services.load_reference_sets",
    "chitieu.accounts.services.ensure_roles",
    "chitieu.reporting.loader.load_forms",
]
CHITIEU_DEMO_STEPS = [
    "chitieu.accounts.demo.load_demo_users",
    "chitieu.indicators.demo.load_demo_values",  # before the documents: accepted claims replace its facts
    "chitieu.documents.demo.load_demo_documents",
    "chitieu.criteria.demo.load_demo_assessments",
    "chitieu.cms.demo.load_demo_portals",
]

# The unit portals (chitieu.cms, Wagtail): one Wagtail Site per province or commune. Each site answers at
# <slug>.<CHITIEU_PORTAL_DOMAIN> (*.localhost reaches this machine in browsers) and, on any host, under /cong/<slug>/.
WAGTAIL_SITE_NAME = "chitieu"
WAGTAILADMIN_BASE_URL = os.environ.get("CHITIEU_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ALLOW_UNICODE_SLUGS = False
CHITIEU_PORTAL_DOMAIN = os.environ.get("CHITIEU_PORTAL_DOMAIN", "localhost")

# ---- Hardening (issue 11; SECURITY.md) ----
# Limits on every input: chitieu.core.limits.DEFAULTS, each overridable with CHITIEU_LIMIT_<NAME>.
from chitieu.core.limits import DEFAULTS as _LIMIT_DEFAULTS, from_environment as _limits_from_environment  # noqa: E402

CHITIEU_LIMITS = _limits_from_environment()
# Files of one request: the upload page ingests a whole folder of articles at once.
DATA_UPLOAD_MAX_NUMBER_FILES = CHITIEU_LIMITS.get("upload_files", _LIMIT_DEFAULTS["upload_files"])
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440  # larger uploads go to a temporary file, not to memory
# Error pages in Vietnamese with an id to quote (chitieu.core.errors); CSRF failures get the same page.
CSRF_FAILURE_VIEW = "chitieu.core.errors.csrf_failure"
# Login throttling (django-axes): 10 wrong passwords for one account, or from one address, lock that
# account or that address for 15 minutes (a page in Vietnamese says so, with status 429).
AUTHENTICATION_BACKENDS = ["chitieu.core.auth.ThrottledLoginBackend", "django.contrib.auth.backends.ModelBackend"]
AXES_FAILURE_LIMIT = int(os.environ.get("CHITIEU_LOGIN_FAILURE_LIMIT", "10"))
AXES_COOLOFF_TIME = __import__("datetime").timedelta(minutes=int(os.environ.get("CHITIEU_LOGIN_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_LOCKOUT_CALLABLE = "chitieu.core.auth.locked_out"
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False
# Rate limits of public endpoints per client address (chitieu.core.throttle): {URL name: "COUNT/PERIOD"}.
# The test suite, which requests the same pages hundreds of times a minute, sets them where it tests them.
CHITIEU_RATE_LIMITS = {} if "pytest" in sys.modules else {
    "documents:list": os.environ.get("CHITIEU_RATE_SEARCH", "120/m"),
    "portal:search": os.environ.get("CHITIEU_RATE_SEARCH", "120/m"),
}
CHITIEU_THROTTLE_CACHE = "default"
# Logging: to stderr, and to CHITIEU_LOG_FILE as well when set; every line carries its request's error id.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"error_id": {"()": "chitieu.core.errors.ErrorIdFilter"}},
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s [%(error_id)s] %(message)s"}},
    "handlers": {
        "stderr": {"class": "logging.StreamHandler", "formatter": "plain", "filters": ["error_id"]},
        **({"file": {
            "class": "logging.handlers.WatchedFileHandler", "filename": os.environ["CHITIEU_LOG_FILE"],
            "formatter": "plain", "filters": ["error_id"], "encoding": "utf-8",
        }} if os.environ.get("CHITIEU_LOG_FILE") else {}),
    },
    "root": {"handlers": ["stderr", *(["file"] if os.environ.get("CHITIEU_LOG_FILE") else [])],
             "level": os.environ.get("CHITIEU_LOG_LEVEL", "WARNING")},
    "loggers": {
        "django": {"level": "WARNING", "propagate": True},
        "django.server": {"level": "WARNING", "propagate": True},
        "chitieu": {"level": os.environ.get("CHITIEU_LOG_LEVEL", "INFO"), "propagate": True},
        "axes": {"level": "WARNING", "propagate": True},
    },
}
