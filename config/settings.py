"""Shimekiri settings: read from the environment, strictly (see README, "Configuration").

Production is the default. ``DEBUG=1`` (which ``make run`` sets) relaxes what a
developer's machine cannot provide: a secret key, HTTPS, a public site URL.
"""

from datetime import timedelta
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from urllib.parse import urlsplit

from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from config.env import Env

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = BASE_DIR / "var"

env = Env()

DEBUG = env.bool("DEBUG", False)

DEV_SECRET_KEY = "django-insecure-shimekiri-development-key-never-use-in-production"
SECRET_KEY = env.str("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY must be set when DEBUG is off (generate one with: "
            "python -c 'import secrets; print(secrets.token_urlsafe(50))')."
        )
    SECRET_KEY = DEV_SECRET_KEY
elif not DEBUG and (len(SECRET_KEY) < 50 or SECRET_KEY.startswith("django-insecure")):
    raise ImproperlyConfigured("SECRET_KEY is too weak for production: use at least 50 random characters.")

# One address for every process: the worker's mail links and the web's feed URLs must agree, so it is
# never worked out from a process's own PORT (honcho gives the worker PORT+100); `make run` passes it.
SITE_URL = env.url("SITE_URL", "http://127.0.0.1:8000" if DEBUG else None)
SITE_HOST = urlsplit(SITE_URL).hostname or ""

ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]", SITE_HOST] if DEBUG else [SITE_HOST])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", [SITE_URL])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django_q",
    "django_htmx",
    "axes",
    "csp",
    "tenders",
    "tenders.reminders",
    "tenders.discovery",
    "tenders.chat",
    "calendars",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "calendars.middleware.FeedMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "tenders.web.middleware.StaffPreferencesMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"
ASGI_APPLICATION = "config.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "tenders.reminders.context_processors.scheduler",
            ],
        },
    },
]

DATABASES = {"default": env.database("DATABASE_URL", f"sqlite:///{VAR_DIR / 'shimekiri.sqlite3'}")}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Web and worker share the file: wait for a lock instead of failing at once,
    # and take the write lock at the start of a transaction (no upgrade deadlocks).
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"timeout": 20, "transaction_mode": "IMMEDIATE", "init_command": "PRAGMA journal_mode=WAL;"}
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Shared by the processes of one host (files): password-reset mails counted per address.
THROTTLE_CACHE_DIR = Path(env.str("THROTTLE_CACHE_DIR", str(VAR_DIR / "throttle")))

# Per process: rendered page parts (the dashboard's lists, the notice list; keyed by everything they
# show), so a stale entry is never served, only a missing one rebuilt. Bounded by entries and by bytes.
# Built calendar feeds are kept as files instead (FEED_CACHE_DIR, one version per feed).
CACHES = {
    "default": {
        "BACKEND": "config.caches.BoundedLocMemCache",
        "LOCATION": "shimekiri",
        "OPTIONS": {
            "MAX_ENTRIES": env.int("CACHE_MAX_ENTRIES", 20_000, minimum=100),
            "MAX_BYTES": env.int("CACHE_MAX_MB", 64, minimum=1) * 1024 * 1024,
        },
    },
    "throttle": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": str(THROTTLE_CACHE_DIR),
    },
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# Sign-in safety: after AXES_FAILURE_LIMIT wrong passwords for one account, or from one address, that
# account / address is locked out for LOGIN_LOCKOUT_MINUTES (django-axes, attempts kept in the database);
# password-reset mails are limited per address (tenders/web/signin.py).
AUTHENTICATION_BACKENDS = [
    "tenders.web.signin.LockoutBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env.int("LOGIN_FAILURE_LIMIT", 5, minimum=1)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("LOGIN_LOCKOUT_MINUTES", 15, minimum=1))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_USERNAME_CALLABLE = "tenders.web.signin.attempted_account"
AXES_CLIENT_IP_CALLABLE = "tenders.web.signin.client_address"
AXES_LOCKOUT_CALLABLE = "tenders.web.signin.locked_out"
AXES_HANDLER = "tenders.web.signin.LockoutHandler"
AXES_VERBOSE = False
PASSWORD_RESET_MAILS_PER_HOUR = env.int("PASSWORD_RESET_MAILS_PER_HOUR", 3, minimum=1)

LOGIN_URL = "tenders:login"
LOGIN_REDIRECT_URL = "tenders:dashboard"
LOGOUT_REDIRECT_URL = "tenders:login"

# Internationalisation: Japanese first, English available.
LANGUAGE_CODE = "ja"
LANGUAGES = [("ja", _("Japanese")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "config" / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = env.time_zone("TIME_ZONE", "Asia/Tokyo")

# Static files and uploaded documents.
STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(env.str("STATIC_ROOT", str(VAR_DIR / "static")))
MEDIA_URL = "media/"
MEDIA_ROOT = Path(env.str("MEDIA_ROOT", str(VAR_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
# Uploaded documents (and documents staged for review) in S3-compatible storage when S3_BUCKET is set,
# so that every web and worker machine reads the same files (docs: README "Several machines").
S3_BUCKET = env.str("S3_BUCKET", "")
if S3_BUCKET:
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": S3_BUCKET,
            "endpoint_url": env.str("S3_ENDPOINT_URL", "") or None,  # MinIO, Ceph, R2… (unset: AWS)
            "region_name": env.str("S3_REGION", "") or None,
            "access_key": env.str("S3_ACCESS_KEY_ID", "") or None,  # unset: boto3's own chain (instance role…)
            "secret_key": env.str("S3_SECRET_ACCESS_KEY", "") or None,
            "location": env.str("S3_PREFIX", ""),
            "default_acl": None,  # private: documents are served through the app, which checks the team
            "querystring_auth": True,
            "file_overwrite": False,
        },
    }
# Built calendar feeds, by fingerprint: files of each machine, never shared (docs/performance.md says why).
FEED_CACHE_DIR = Path(env.str("FEED_CACHE_DIR", str(VAR_DIR / "feeds")))
# Feeds leave out milestones that ended longer ago than this, so a large team's feed stays under the
# size calendar services accept for a subscription (Google: 1 MB).
FEED_PAST_DAYS = env.int("FEED_PAST_DAYS", 90, minimum=1)
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# Email.
EMAIL_HOST = env.str("EMAIL_HOST", "localhost")
EMAIL_PORT = env.int("EMAIL_PORT", 25, minimum=1, maximum=65535)
EMAIL_HOST_USER = env.str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env.str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env.bool("EMAIL_USE_TLS", False)
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", 30, minimum=1)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", f"Shimekiri <noreply@{SITE_HOST or 'localhost'}>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
if DEBUG and "EMAIL_HOST" not in env.environ:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# HTTPS and cookies: on in production, each switchable for a TLS-terminating proxy.
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", not DEBUG)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]  # container health checks speak plain HTTP
SESSION_COOKIE_SECURE = env.bool("SESSION_COOKIE_SECURE", not DEBUG)
CSRF_COOKIE_SECURE = env.bool("CSRF_COOKIE_SECURE", not DEBUG)
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", 0 if DEBUG else 31_536_000, minimum=0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", not DEBUG)
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", not DEBUG)
if env.bool("SECURE_PROXY_SSL_HEADER", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
# Pages run our own static files and htmx only: no inline script or style, nothing from another host.
# (Calendar feeds are answered by calendars.middleware.FeedMiddleware before this applies.)
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [NONE],
        "object-src": [NONE],
    }
}

# Background worker (django-q2): the ORM broker on the same database, or Redis when Q_BROKER_URL is
# redis://… (several worker machines: each cluster takes tasks from the one Redis list).
# retry must exceed timeout (or a slow task is handed out twice); failed tasks
# are not retried forever; a missed schedule slot is not replayed after downtime.
Q_CLUSTER = {
    "name": "shimekiri",
    "orm": "default",
    "workers": env.int("Q_WORKERS", 2, minimum=1),
    "timeout": 240,
    "retry": 300,
    "max_attempts": 1,
    "catch_up": False,
    "save_limit": 1000,
    "ack_failures": True,
    "poll": 2,
}
Q_BROKER_URL = env.str("Q_BROKER_URL", "")
if Q_BROKER_URL:
    if not Q_BROKER_URL.startswith(("redis://", "rediss://", "unix://")):
        raise ImproperlyConfigured("Q_BROKER_URL must be a Redis URL (redis://host:6379/0), or unset for the database broker.")
    Q_CLUSTER = {key: value for key, value in Q_CLUSTER.items() if key != "orm"} | {"redis": Q_BROKER_URL}

# Reminders: a delivery left "sending" by a killed worker is sent again after this lease
# (longer than one sweep may take: REMINDER_SWEEP_SECONDS below; a sweep renews its claims anyway).
REMINDER_CLAIM_LEASE_SECONDS = env.int("REMINDER_CLAIM_LEASE_SECONDS", 300, minimum=1)
# A sweep sends until nothing is due or this much of its minute is spent (what is left: the next sweep).
REMINDER_SWEEP_SECONDS = env.int("REMINDER_SWEEP_SECONDS", 50, minimum=1)
# Processes that send a burst together: the minute's sweep asks REMINDER_SENDERS - 1 other workers to
# drain alongside it (set it to the worker processes of all clusters, e.g. 2 machines × Q_WORKERS).
REMINDER_SENDERS = env.int("REMINDER_SENDERS", Q_CLUSTER["workers"], minimum=1)

# The morning digest (08:30–12:00 in each person's zone) for those who keep it on; 0 turns it off site-wide.
REMINDER_DIGESTS = env.bool("REMINDER_DIGESTS", True)
# The chat channels' morning summary (from 08:30, site time) for channels that want one; 0 turns it off site-wide.
CHAT_SUMMARIES = env.bool("CHAT_SUMMARIES", True)

# Excel / CSV of a list of this many notices or more is written in the worker while the page waits
# (tenders/web/exports.py): 20,000 notices take about ten seconds, too long for a web request.
EXPORT_IN_WORKER_FROM = env.int("EXPORT_IN_WORKER_FROM", 2000, minimum=1)

# Discovery: the 官公需情報ポータルサイト's search API (a deployment may point it at a proxy).
KKJ_API_URL = env.url("KKJ_API_URL", "https://www.kkj.go.jp/api/") + "/"
KKJ_REQUEST_INTERVAL = 1.0  # seconds between two requests of one process (the portal's politeness)
KKJ_TIMEOUT_SECONDS = 20
KKJ_RETRIES = 3
KKJ_BACKOFF_SECONDS = 2.0  # doubled each retry
KKJ_MAX_ANSWER_BYTES = 20 * 1024 * 1024
KKJ_MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024
KKJ_LOOKBACK_DAYS = 14  # a saved search looks at notices issued in the last days (results come a day late)
# No outbound call (chat, the portal and its attachments: tenders/outbound.py) may lead into our network;
# a lab or the tests' stand-in servers may allow loopback addresses (and plain http for chat). The older
# name CHAT_ALLOW_LOCAL_URLS is still read.
ALLOW_LOOPBACK_URLS = env.bool("ALLOW_LOOPBACK_URLS", env.bool("CHAT_ALLOW_LOCAL_URLS", False))
# Chat channels (Slack, Teams, Google Chat, Chatwork, LINE WORKS, webhooks): their credentials are
# encrypted with CHAT_SECRET_KEY (a Fernet key; several, comma-separated, to rotate: the first encrypts).
# Without DEBUG it must be set; with DEBUG a development key is derived from SECRET_KEY.
CHAT_SECRET_KEY = env.str("CHAT_SECRET_KEY", "")
if not CHAT_SECRET_KEY and not DEBUG:
    raise ImproperlyConfigured(
        "CHAT_SECRET_KEY must be set when DEBUG is off (generate one with: "
        "python -c 'from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())')."
    )
CHAT_TIMEOUT_SECONDS = env.int("CHAT_TIMEOUT_SECONDS", 10, minimum=1, maximum=60)
CHAT_CHATWORK_API_URL = env.url("CHAT_CHATWORK_API_URL", "https://api.chatwork.com/v2")
CHAT_LINE_WORKS_AUTH_URL = env.url("CHAT_LINE_WORKS_AUTH_URL", "https://auth.worksmobile.com/oauth2/v2.0/token")
CHAT_LINE_WORKS_API_URL = env.url("CHAT_LINE_WORKS_API_URL", "https://www.worksapis.com/v1.0")

try:
    SHIMEKIRI_VERSION = version("shimekiri")
except PackageNotFoundError:
    SHIMEKIRI_VERSION = "0"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        "axes": {"level": "WARNING"},
        # httpx logs each request's full URL at INFO: a chat webhook URL is a credential.
        "httpx": {"level": "WARNING"},
        "httpcore": {"level": "WARNING"},
    },
}
