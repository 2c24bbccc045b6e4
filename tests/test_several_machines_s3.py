"""Several web machines, real parts: documents uploaded through one gunicorn process are read by a
worker (qcluster) and reviewed, saved and read through another, with S3-compatible storage between them (moto's server on loopback,
started here, as the S3 stand-in) and one PostgreSQL. Nothing is written to the web machines' own disks.

Skipped without PostgreSQL (DATABASE_URL); CI has it.
"""

import html
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
import requests
from django.conf import settings
from django.db import connection
from django.test import Client
from django.urls import reverse

from tenders.models import Notice, NoticeDocument
from tests import processes
from tests.smtp import free_port

SAMPLES = Path(settings.BASE_DIR) / "tenders" / "demo" / "notices"
KUWANA = SAMPLES / "002_3fb179fb091801d6.txt"
BUCKET = "shimekiri-documents"

pytestmark = [
    pytest.mark.skipif(not os.environ.get("DATABASE_URL", "").startswith("postgres"), reason="several machines share PostgreSQL"),
    pytest.mark.django_db(transaction=True),
]


def started(process: subprocess.Popen, url: str) -> None:
    def answers():
        if process.poll() is not None:
            raise AssertionError(f"{process.args} ended with {process.returncode}")
        try:
            requests.get(url, timeout=5)
            return True
        except (requests.ConnectionError, requests.Timeout):  # not listening yet, or still starting up on a busy machine
            return False

    assert processes.wait_until(answers, 60, step=0.2), f"{url} did not answer"


@pytest.fixture
def s3():
    """moto's S3 server on a loopback port, with the bucket made; yields (endpoint, boto3 client)."""
    import boto3

    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    endpoint = f"http://127.0.0.1:{port}"
    try:
        started(server, endpoint)
        client = boto3.client(
            "s3", endpoint_url=endpoint, aws_access_key_id="test", aws_secret_access_key="test", region_name="us-east-1"
        )
        client.create_bucket(Bucket=BUCKET)
        yield endpoint, client
    finally:
        processes.kill(server)


@pytest.fixture(scope="module")
def static_root(tmp_path_factory):
    """collectstatic once, as a deployment's image does (the production settings need its manifest)."""
    root = tmp_path_factory.mktemp("static")
    env = processes.environment(database="sqlite:///unused.sqlite3", secret_key="c" * 60, STATIC_ROOT=str(root))
    subprocess.run([sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"], cwd=processes.ROOT, env=env, check=True)
    return root


def machine_environment(endpoint: str, static_root: Path, disk: Path) -> dict:
    return processes.environment(
        database=processes.database_url(connection.settings_dict, connection.vendor),
        secret_key=settings.SECRET_KEY,
        STATIC_ROOT=str(static_root),
        MEDIA_ROOT=str(disk / "media"),
        FEED_CACHE_DIR=str(disk / "feeds"),
        S3_BUCKET=BUCKET,
        S3_ENDPOINT_URL=endpoint,
        S3_REGION="us-east-1",
        S3_ACCESS_KEY_ID="test",
        S3_SECRET_ACCESS_KEY="test",
    )


@pytest.fixture
def web_machines(s3, static_root, tmp_path):
    """Two gunicorn processes and a worker (qcluster, which reads uploads), each with a machine's
    environment and a disk of its own; yields the web machines' URLs."""
    endpoint, _client = s3
    urls, started_servers = [], []
    worker_log = (tmp_path / "worker.log").open("w")
    started_servers.append(processes.qcluster(machine_environment(endpoint, static_root, tmp_path / "worker"), worker_log))
    for name in ("web1", "web2"):
        port = free_port()
        env = machine_environment(endpoint, static_root, tmp_path / name)
        log = (tmp_path / f"{name}.log").open("w")
        server = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "config.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "1"],
            cwd=processes.ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        started_servers.append(server)
        urls.append(f"http://127.0.0.1:{port}")
    try:
        for server, url in zip(started_servers[1:], urls):
            started(server, url + "/healthz")
        yield urls
    finally:
        for server in started_servers:
            processes.kill(server)


class FormFields(HTMLParser):
    """What a browser sends for the page's POST form when the person changes nothing."""

    def __init__(self):
        super().__init__()
        self.fields, self.select, self.options, self.textarea, self.in_template = [], None, [], None, 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        name = attrs.get("name")
        if tag == "template":  # the empty form a script copies: not sent
            self.in_template += 1
        if self.in_template:
            return
        if tag == "input" and name and attrs.get("type") not in ("submit", "button", "file"):
            if attrs.get("type") not in ("checkbox", "radio") or "checked" in attrs:
                self.fields.append((name, attrs.get("value") or ("on" if attrs.get("type") == "checkbox" else "")))
        elif tag == "select" and name:
            self.select, self.options = name, []
        elif tag == "option" and self.select:
            self.options.append((attrs.get("value", ""), "selected" in attrs))
        elif tag == "textarea" and name:
            self.textarea = [name, ""]

    def handle_data(self, data):
        if self.textarea:
            self.textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "template":
            self.in_template -= 1
        if tag == "select" and self.select:
            chosen = [value for value, selected in self.options if selected] or [v for v, _ in self.options[:1]]
            self.fields += [(self.select, value) for value in chosen]
            self.select = None
        elif tag == "textarea" and self.textarea:
            self.fields.append((self.textarea[0], self.textarea[1].lstrip("\n")))
            self.textarea = None


def form_of(page: str) -> list[tuple[str, str]]:
    start = page.index('<form method="post" novalidate')
    parser = FormFields()
    parser.feed(page[start : page.index("</form>", start)])
    return parser.fields


def test_a_document_uploaded_through_one_web_machine_is_saved_and_read_through_another_from_s3(web_machines, s3, owner, tmp_path):
    first, second = web_machines
    _endpoint, client = s3
    browser = Client()
    browser.force_login(owner)  # a session in the one database: valid on every web machine
    cookies = {"sessionid": browser.cookies["sessionid"].value}
    path = reverse("tenders:notice_from_document")

    form_page = requests.get(first + path, cookies=cookies, timeout=30)
    assert form_page.status_code == 200
    cookies["csrftoken"] = re.search(r"csrftoken=([^;]+)", form_page.headers["Set-Cookie"]).group(1)
    csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form_page.text).group(1)
    original = KUWANA.read_bytes()

    waiting = requests.post(  # staged in S3 by the first machine, read by the worker machine
        first + path,
        data={"csrfmiddlewaretoken": csrf, "text": ""},
        files={"file": ("桑名市_公募要領.txt", original, "text/plain")},
        cookies=cookies,
        timeout=60,
    )
    assert waiting.status_code == 200 and 'hx-get="' in waiting.text, waiting.text[-2000:]
    staged = client.list_objects_v2(Bucket=BUCKET, Prefix="staging/").get("Contents", [])
    assert staged, "the staged document is not in S3"
    status = html.unescape(re.search(r'hx-get="([^"]+)"', waiting.text).group(1))
    polled = []

    def read():  # the second machine's waiting line, polled as htmx does
        answer = requests.get(second + status, cookies=cookies, headers={"HX-Request": "true"}, timeout=30)
        polled.append(answer)
        return answer.status_code == 204

    assert processes.wait_until(read, 90, step=0.5), (tmp_path / "worker.log").read_text()[-3000:]
    review = requests.get(second + polled[-1].headers["HX-Redirect"], cookies=cookies, timeout=60)
    assert review.status_code == 200 and 'name="token"' in review.text, review.text[-2000:]

    reviewed = [*form_of(review.text), ("confirm_warnings", "1")]  # the sample's dates are past: confirmed
    saved = requests.post(second + path, data=reviewed, cookies=cookies, timeout=60, allow_redirects=False)
    assert saved.status_code == 302, (
        re.findall(r'<ul class="errorlist[^"]*"[^>]*>.*?</ul>', saved.text, re.S) or saved.text[-1500:]
    )  # the review answered by the second machine
    notice = Notice.objects.get()
    document = NoticeDocument.objects.get(notice=notice)
    assert saved.headers["Location"].endswith(reverse("tenders:notice_detail", args=[notice.pk]))

    download = requests.get(
        first + reverse("tenders:notice_document", args=[notice.pk, document.pk]), cookies=cookies, timeout=30
    )
    assert download.status_code == 200 and download.content == original  # read back through the first, from S3
    keys = [item["Key"] for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", [])]
    assert document.file.name in keys
    assert not [key for key in keys if key.startswith("staging/")]  # the staged copy is gone once saved
    assert not any(p.is_file() for p in tmp_path.glob("web*/media/**/*"))  # nothing on the machines' disks
