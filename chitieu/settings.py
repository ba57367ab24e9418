"""Django settings, read from the environment.

DATABASE_URL   any dj-database-url URL; default: an SQLite file in CHITIEU_DATA_DIR
CHITIEU_DATA_DIR  where the default database and uploaded files live (default ./data)
CHITIEU_SHARED    the shared folder holding the dev corpus (default ../shared beside the checkout)
SECRET_KEY, DEBUG, ALLOWED_HOSTS
"""

import os
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent
REPO_DIR = BASE_DIR.parent
DATA_DIR = Path(os.environ.get("CHITIEU_DATA_DIR", Path.cwd() / "data")).resolve()
SHARED_DIR = Path(os.environ.get("CHITIEU_SHARED", REPO_DIR.parent / "shared")).resolve()

SECRET_KEY = os.environ.get("SECRET_KEY", "chitieu-development-key-change-me-in-production")
DEBUG = os.environ.get("DEBUG", "1") not in ("0", "false", "False", "")
ALLOWED_HOSTS = [h for h in os.environ.get("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1],testserver").split(",") if h]

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
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "chitieu.core.middleware.vietnamese_first",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
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
            "OPTIONS": {"timeout": 20},
        }
    return dj_database_url.parse(url, conn_max_age=60)


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

LOGIN_URL = "admin:login"

# The place page is made of sections that each app contributes: a dotted path to a
# function (place, on_date, request) -> dict(title=..., template=..., context=...) or None.
CHITIEU_PLACE_SECTIONS = [
    "chitieu.indicators.sections.place_values",
    "chitieu.criteria.sections.place_ntm",
    "chitieu.documents.sections.place_documents",
]

# `chitieu init` runs these, in order, after migrating: reference data, then (with --demo) demo data.
# Each is a dotted path to a function taking a `log` callable; each must be safe to run twice.
CHITIEU_REFERENCE_STEPS = [
    "chitieu.places.services.load_reference_places",
    "chitieu.indicators.services.load_catalogue",
    "chitieu.criteria.services.load_reference_sets",
    "chitieu.accounts.services.ensure_roles",
]
CHITIEU_DEMO_STEPS = [
    "chitieu.accounts.demo.load_demo_users",
    "chitieu.documents.demo.load_demo_documents",
    "chitieu.criteria.demo.load_demo_assessments",
]
