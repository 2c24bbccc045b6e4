"""Real processes of a deployment, started by tests and the bench: qcluster workers and gunicorn,
each with the environment a machine of its own would have (config.settings, not the test settings)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def database_url(settings_dict: dict, vendor: str) -> str:
    if vendor == "postgresql":
        db = settings_dict
        return f"postgres://{db['USER']}:{db['PASSWORD'] or ''}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"
    return f"sqlite:///{settings_dict['NAME']}"


def environment(*, database: str, secret_key: str, smtp_port: int | None = None, **extra: str) -> dict:
    """What a machine running a piece of Shimekiri is given: its database, mail server, broker, storage."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "PYTEST_"))}
    env.update(
        {
            "ENV_FILE": "",  # no developer .env
            "DATABASE_URL": database,
            "SECRET_KEY": secret_key,  # tasks are signed with it: every machine shares it
            "SITE_URL": "https://shimekiri.test",
            "ALLOWED_HOSTS": "127.0.0.1,localhost,shimekiri.test",
            "SECURE_SSL_REDIRECT": "0",
            "PYTHONUNBUFFERED": "1",
        }
    )
    if smtp_port is not None:
        env.update({"EMAIL_HOST": "127.0.0.1", "EMAIL_PORT": str(smtp_port)})
    env.pop("DEBUG", None)
    env["REMINDER_DIGESTS"] = "0"  # these machines are about reminders: no morning digest, whatever the hour of the run
    env["CHAT_SUMMARIES"] = "0"
    env.update(extra)
    return env


def qcluster(env: dict, log) -> subprocess.Popen:
    """A django-q2 cluster in a process group of its own (killed whole with ``kill``)."""
    return subprocess.Popen(
        [sys.executable, "manage.py", "qcluster"], cwd=ROOT, env=env, start_new_session=True, stdout=log, stderr=subprocess.STDOUT
    )


def kill(process: subprocess.Popen, sig: int = signal.SIGKILL) -> None:
    """``sig`` to the process group; SIGKILL after 10 s if it is still there (qcluster can hang on
    SIGTERM: django-q2 issue 346)."""
    if process.poll() is None:
        os.killpg(process.pid, sig)
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(10)


def wait_until(condition, seconds: float, step: float = 0.2) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(step)
    return False
