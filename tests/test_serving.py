"""The processes users run: gunicorn with production settings (as in docker-compose.yml),
and `make run`'s web + worker pair, which Ctrl-C must stop — qcluster included."""

import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
PRODUCTION = {
    "SECRET_KEY": "serving-test-" + "s" * 60,
    "SITE_URL": "https://shimekiri.test",
    "ALLOWED_HOSTS": "127.0.0.1,shimekiri.test",
    "SECURE_PROXY_SSL_HEADER": "1",
}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def environment(tmp_path, **extra):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "PYTEST_"))}
    env.update(
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        STATIC_ROOT=str(tmp_path / "static"),
        PATH=f"{BIN}{os.pathsep}{env['PATH']}",
        PYTHONUNBUFFERED="1",
        **extra,
    )
    for name in ("DEBUG", "SECRET_KEY", "SITE_URL", "ALLOWED_HOSTS", "EMAIL_HOST", "SECURE_SSL_REDIRECT"):
        if name not in extra:
            env.pop(name, None)
    return env


def manage(env, *args):
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True, timeout=180, stdout=subprocess.DEVNULL)


def fetch(url, headers=None, timeout=2.0):
    request = urllib.request.Request(url, headers=headers or {})
    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(request, timeout=timeout) as response:
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def wait_for(url, deadline_s=60, headers=None):
    deadline = time.monotonic() + deadline_s
    while time.monotonic() < deadline:
        try:
            return fetch(url, headers)
        except (urllib.error.URLError, ConnectionError, OSError):
            time.sleep(0.3)
    pytest.fail(f"nothing answered at {url}")


def live_members(pgid: int) -> list[int]:
    """Processes still running (not zombies) in a process group."""
    alive = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            alive.append(int(stat.parent.name))
    return alive


def stop_group(process):
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(10)


def test_gunicorn_serves_the_app_and_its_static_files_in_production_mode(tmp_path):
    env = environment(tmp_path, **PRODUCTION)
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "collectstatic", "--noinput", "-v0")
    port = free_port()
    server = subprocess.Popen(
        [str(BIN / "gunicorn"), "config.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "2"],
        cwd=ROOT,
        env=env,
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        status, _, body = wait_for(f"{base}/healthz")
        assert status == 200 and '"ok"' in body  # plain HTTP allowed for the container health check

        status, headers, _ = fetch(f"{base}/accounts/login/")
        assert status == 301 and headers["Location"].startswith("https://")  # production redirects to HTTPS

        proxied = {"X-Forwarded-Proto": "https"}
        status, headers, body = fetch(f"{base}/accounts/login/", proxied)
        assert status == 200 and "ログイン" in body
        assert "max-age=31536000" in headers["Strict-Transport-Security"]
        css = re.search(r'href="(/static/css/shimekiri\.[0-9a-f]{12}\.css)"', body)
        assert css, "static files are served under hashed names"
        status, headers, body = fetch(base + css.group(1), proxied)
        assert status == 200 and "Shimekiri" in body and "immutable" in headers["Cache-Control"]
    finally:
        stop_group(server)


def test_run_serves_web_and_worker_and_ctrl_c_stops_both(tmp_path):
    env = environment(tmp_path, DEBUG="1")
    manage(env, "migrate", "--noinput", "-v0")
    port = free_port()
    env["PORT"] = str(port)
    log = tmp_path / "run.log"
    pids = []
    with log.open("w") as out:
        runner = subprocess.Popen(
            [str(BIN / "honcho"), "-f", "config/Procfile", "-d", ".", "start", "-p", str(port)],
            cwd=ROOT,
            env=env,
            start_new_session=True,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        status, _, body = wait_for(f"http://127.0.0.1:{port}/accounts/login/")
        assert status == 200 and "ログイン" in body
        deadline = time.monotonic() + 60
        while "running" not in log.read_text() and time.monotonic() < deadline:
            time.sleep(0.3)
        assert re.search(r"Q Cluster .* running", log.read_text()), log.read_text()

        pids = [int(p) for p in re.findall(r"started \(pid=(\d+)\)", log.read_text())]
        assert len(pids) == 2
        runner.send_signal(signal.SIGINT)  # what Ctrl-C sends
        runner.wait(timeout=20)
        time.sleep(0.5)
        for pid in pids:  # each process group (runserver's reloader child included) is gone
            assert live_members(pid) == []
    finally:
        stop_group(runner)
        for pid in pids:
            if live_members(pid):
                os.killpg(pid, signal.SIGKILL)
