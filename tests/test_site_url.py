"""One SITE_URL for every process `make run` starts: the worker's mail links point where the web server runs."""

import os
import shlex
import subprocess
import sys
from pathlib import Path

from honcho.environ import expand_processes, parse_procfile

ROOT = Path(__file__).resolve().parent.parent


def make_run_environment(port: int) -> dict[str, str]:
    """The variables `make run PORT=…` hands to honcho (read from make's own dry run, not copied here)."""
    environ = {name: value for name, value in os.environ.items() if name not in ("SITE_URL", "PORT", "DEBUG")}
    lines = subprocess.run(
        ["make", "-n", "run", f"PORT={port}"], cwd=ROOT, env=environ, capture_output=True, text=True, check=True
    ).stdout
    command = next(line for line in lines.splitlines() if "honcho" in line)
    words = shlex.split(command)
    return dict(word.split("=", 1) for word in words[: next(i for i, w in enumerate(words) if "=" not in w)])


def site_url_in(environment: dict[str, str]) -> str:
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import django, os; os.environ['DJANGO_SETTINGS_MODULE'] = 'config.settings'; "
            "from django.conf import settings; print(settings.SITE_URL)",
        ],
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", **environment},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_web_and_worker_read_the_same_site_url_under_make_run():
    environment = make_run_environment(8123)
    procfile = parse_procfile((ROOT / "config" / "Procfile").read_text())
    processes = expand_processes(procfile.processes, env=environment, port=8123)  # as honcho start does: worker gets PORT+100
    ports = {process.name: process.env["PORT"] for process in processes}
    assert ports == {"web.1": "8123", "worker.1": "8223"}
    urls = {process.name: site_url_in(process.env) for process in processes}
    assert urls == {"web.1": "http://127.0.0.1:8123", "worker.1": "http://127.0.0.1:8123"}


def test_a_process_own_port_does_not_move_the_site_url():
    assert site_url_in({"DEBUG": "1", "PORT": "8100"}) == "http://127.0.0.1:8000"
    assert site_url_in({"DEBUG": "1", "PORT": "8100", "SITE_URL": "http://127.0.0.1:8001"}) == "http://127.0.0.1:8001"
