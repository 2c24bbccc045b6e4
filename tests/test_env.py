"""Settings are read strictly from the environment: good values parse, bad ones stop start-up."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from config.env import Env

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    "word,expected",
    [("1", True), ("true", True), ("On", True), ("yes", True), ("0", False), ("false", False), ("off", False), ("", False)],
)
def test_bool_words(word, expected):
    assert Env({"DEBUG": word}).bool("DEBUG", default=not expected) is expected


def test_bool_rejects_other_words():
    with pytest.raises(ImproperlyConfigured, match="DEBUG='maybe' is not a boolean"):
        Env({"DEBUG": "maybe"}).bool("DEBUG", default=False)


def test_int_parses_and_checks_range():
    assert Env({"EMAIL_PORT": " 587 "}).int("EMAIL_PORT", 25) == 587
    assert Env({}).int("EMAIL_PORT", 25) == 25
    with pytest.raises(ImproperlyConfigured, match="not a whole number"):
        Env({"EMAIL_PORT": "smtp"}).int("EMAIL_PORT", 25)
    with pytest.raises(ImproperlyConfigured, match="above the maximum"):
        Env({"EMAIL_PORT": "70000"}).int("EMAIL_PORT", 25, maximum=65535)


def test_list_splits_on_commas():
    assert Env({"ALLOWED_HOSTS": "a.example, b.example,,"}).list("ALLOWED_HOSTS") == ["a.example", "b.example"]
    assert Env({}).list("ALLOWED_HOSTS", ["x"]) == ["x"]


def test_url_must_be_absolute_without_query():
    assert Env({"SITE_URL": "https://shimekiri.example.jp/"}).url("SITE_URL", None) == "https://shimekiri.example.jp"
    for bad in ["shimekiri.example.jp", "ftp://x.example", "https://x.example/?a=1"]:
        with pytest.raises(ImproperlyConfigured, match="SITE_URL"):
            Env({"SITE_URL": bad}).url("SITE_URL", None)
    with pytest.raises(ImproperlyConfigured, match="SITE_URL must be set"):
        Env({}).url("SITE_URL", None)


def test_time_zone_must_exist():
    assert Env({}).time_zone("TIME_ZONE", "Asia/Tokyo") == "Asia/Tokyo"
    assert Env({"TIME_ZONE": "Europe/Berlin"}).time_zone("TIME_ZONE", "Asia/Tokyo") == "Europe/Berlin"
    with pytest.raises(ImproperlyConfigured, match="not a known time zone"):
        Env({"TIME_ZONE": "Asia/Osaka"}).time_zone("TIME_ZONE", "Asia/Tokyo")


def test_database_url_parses_postgres_and_sqlite():
    pg = Env({"DATABASE_URL": "postgres://bid:pw@db:5432/shimekiri"}).database("DATABASE_URL", "sqlite:///x")
    assert pg["ENGINE"] == "django.db.backends.postgresql" and pg["NAME"] == "shimekiri" and pg["HOST"] == "db"
    lite = Env({}).database("DATABASE_URL", "sqlite:////srv/var/db.sqlite3")
    assert lite["ENGINE"] == "django.db.backends.sqlite3"
    with pytest.raises(ImproperlyConfigured, match="DATABASE_URL"):
        Env({"DATABASE_URL": "nosuchdb://x"}).database("DATABASE_URL", "sqlite:///x")


def test_secret_from_file(tmp_path):
    secret = tmp_path / "secret"
    secret.write_text("s3cr3t\n")
    assert Env({"EMAIL_HOST_PASSWORD_FILE": str(secret)}).str("EMAIL_HOST_PASSWORD") == "s3cr3t"


def run_django(args, **env):
    """Run manage.py in a fresh process with exactly this environment (plus PATH)."""
    environ = {"PATH": os.environ["PATH"], "DJANGO_SETTINGS_MODULE": "config.settings", "ENV_FILE": "", **env}
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=environ, capture_output=True, text=True, timeout=120
    )


PRODUCTION = {
    "SECRET_KEY": "k" * 20 + "-production-secret-value-that-is-long-enough-1234567890",
    "CHAT_SECRET_KEY": "cHJvZHVjdGlvbi10ZXN0LWNoYXQta2V5LTMyLWJ5dGU=",
    "ALLOWED_HOSTS": "shimekiri.example.jp",
    "SITE_URL": "https://shimekiri.example.jp",
}


def test_production_default_passes_check_deploy():
    result = run_django(["check", "--deploy", "--fail-level", "WARNING"], **PRODUCTION)
    assert result.returncode == 0, result.stderr + result.stdout
    assert "no issues" in result.stdout


def test_plain_http_site_url_is_flagged_by_check_deploy():
    result = run_django(
        ["check", "--deploy", "--fail-level", "WARNING"], **{**PRODUCTION, "SITE_URL": "http://shimekiri.example.jp"}
    )
    assert result.returncode != 0
    assert "shimekiri.W001" in result.stderr


def test_proxy_switches_turn_off_ssl_redirect():
    result = run_django(
        [
            "shell",
            "--no-imports",
            "-c",
            "from django.conf import settings as s; print(s.SECURE_SSL_REDIRECT, s.SESSION_COOKIE_SECURE, s.SECURE_PROXY_SSL_HEADER)",
        ],
        **PRODUCTION,
        SECURE_SSL_REDIRECT="0",
        SECURE_PROXY_SSL_HEADER="1",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "True", "('HTTP_X_FORWARDED_PROTO',", "'https')"]


@pytest.mark.parametrize(
    "extra,allowed",
    [
        ({}, "False"),
        ({"ALLOW_LOOPBACK_URLS": "1"}, "True"),
        ({"CHAT_ALLOW_LOCAL_URLS": "1"}, "True"),  # the older name, still read
        ({"ALLOW_LOOPBACK_URLS": "0", "CHAT_ALLOW_LOCAL_URLS": "1"}, "False"),
    ],
)
def test_loopback_urls_are_refused_unless_allowed(extra, allowed):
    result = run_django(
        ["shell", "--no-imports", "-c", "from django.conf import settings as s; print(s.ALLOW_LOOPBACK_URLS)"],
        **PRODUCTION,
        **extra,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == allowed


@pytest.mark.parametrize(
    "env,message",
    [
        ({}, "SECRET_KEY must be set"),
        ({"SECRET_KEY": "short"}, "SECRET_KEY is too weak"),
        ({**PRODUCTION, "SITE_URL": ""}, "SITE_URL must be set"),
        ({**PRODUCTION, "DEBUG": "sometimes"}, "DEBUG='sometimes' is not a boolean"),
        ({**PRODUCTION, "EMAIL_PORT": "twenty-five"}, "EMAIL_PORT='twenty-five' is not a whole number"),
        ({**PRODUCTION, "TIME_ZONE": "Tokyo"}, "TIME_ZONE='Tokyo' is not a known time zone"),
        ({**PRODUCTION, "DATABASE_URL": "mongodb://x/y"}, "DATABASE_URL"),
        ({**PRODUCTION, "CHAT_SECRET_KEY": ""}, "CHAT_SECRET_KEY must be set"),
        ({**PRODUCTION, "CHAT_SECRET_KEY": "not-a-fernet-key"}, "CHAT_SECRET_KEY is not a Fernet key"),
    ],
)
def test_bad_environment_stops_start_up_with_a_clear_message(env, message):
    result = run_django(["check"], **env)
    assert result.returncode != 0
    assert message in result.stderr


def test_debug_mode_needs_nothing_else():
    result = run_django(
        [
            "shell",
            "--no-imports",
            "-c",
            "from django.conf import settings as s; print(s.TIME_ZONE, s.LANGUAGE_CODE, s.USE_TZ, s.SITE_URL)",
        ],
        DEBUG="1",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["Asia/Tokyo", "ja", "True", "http://127.0.0.1:8000"]


def test_a_developer_env_file_gives_defaults_that_the_environment_overrides(tmp_path):
    dotenv = tmp_path / "dev.env"
    dotenv.write_text("# comment\nDEBUG=1\nTIME_ZONE=Asia/Tokyo\n", encoding="utf-8")
    show = ["shell", "--no-imports", "-c", "from django.conf import settings as s; print(s.DEBUG)"]
    assert run_django(show, ENV_FILE=str(dotenv)).stdout.split() == ["True"]
    overridden = run_django(show, ENV_FILE=str(dotenv), DEBUG="0")
    assert "SECRET_KEY must be set" in overridden.stderr
