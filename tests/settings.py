"""Settings for the test suite: the real settings module, fed a test environment.

``DATABASE_URL`` from the caller's environment is kept, so ``make test`` runs on
PostgreSQL when it points there and on SQLite otherwise.
"""

import os

os.environ["ENV_FILE"] = ""  # manage.py in a subprocess reads no developer .env
os.environ.setdefault("DEBUG", "0")
os.environ.setdefault("SECRET_KEY", "test-secret-key-" + "x" * 50)
os.environ.setdefault("SITE_URL", "https://shimekiri.test")
os.environ.setdefault("ALLOWED_HOSTS", "testserver,shimekiri.test,127.0.0.1,localhost")
os.environ.setdefault("SECURE_SSL_REDIRECT", "0")
os.environ.setdefault("CHAT_SECRET_KEY", "c2hpbWVraXJpLXRlc3QtY2hhdC1rZXktMzItYnl0ZXM=")  # a Fernet key, for tests only
os.environ.pop("EMAIL_HOST", None)

from config.settings import *  # noqa: E402,F403

STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}  # noqa: F405
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
Q_CLUSTER = {**Q_CLUSTER, "sync": True}  # noqa: F405
MEDIA_ROOT = VAR_DIR / "test-media"  # noqa: F405
FEED_CACHE_DIR = VAR_DIR / "test-feeds"  # noqa: F405
STATIC_ROOT = None  # tests serve static files through the finders
WHITENOISE_USE_FINDERS = True
CACHES = {**CACHES, "throttle": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "throttle"}}  # noqa: F405
