"""An uploaded document is read in the worker: the upload request returns at once with a waiting
line that htmx polls; once the worker has read it, the line leads to the review screen (or back to
the form with the reason it could not be read). Here django-q2 queues the task as in production (its
database broker), and the test runs the task the worker would run."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django_q.conf import Conf
from django_q.models import OrmQ

from tenders.models import Notice
from tenders.web import reading, staging
from tests.conftest import SAMPLES
from tests.documents import pdf_of
from tests.test_several_machines_s3 import BUCKET, s3  # noqa: F401 — the S3 stand-in (moto on loopback)

URL = reverse("tenders:notice_from_document")
STATUS = reverse("tenders:notice_from_document_status")
KUWANA = SAMPLES / "002_3fb179fb091801d6.txt"


@pytest.fixture(autouse=True)
def queued(settings, tmp_path, monkeypatch):
    """Tasks go to the broker instead of running in the request (the test settings run them at once)."""
    settings.MEDIA_ROOT = tmp_path / "media"
    monkeypatch.setattr(Conf, "SYNC", False)


def upload(client, name, data):
    return client.post(URL, {"file": SimpleUploadedFile(name, data), "text": ""})


def token_of(response) -> str:
    return response.context["status_url"].split("reading=")[1]


def test_the_upload_returns_at_once_and_the_review_opens_once_the_worker_has_read_it(client, owner):
    from urllib.parse import unquote

    client.force_login(owner)
    response = upload(client, "桑名市_公募要領.pdf", pdf_of(KUWANA.read_text(encoding="utf-8")))
    assert response.status_code == 200 and "editor" not in response.context  # the waiting line, not the review
    body = response.content.decode()
    assert 'hx-get="' in body and "文書を読み込んでいます" in body
    token = unquote(token_of(response))
    assert OrmQ.objects.count() == 1  # the reading, queued for the worker
    assert staging.reading(token, user=owner).text is None  # nothing was read in the request

    polled = client.get(STATUS, {"reading": token}, headers={"HX-Request": "true"})
    assert polled.status_code == 200 and "文書を読み込んでいます" in polled.content.decode()  # still reading

    assert reading.read_task(token).startswith("read")  # what the worker runs
    polled = client.get(STATUS, {"reading": token}, headers={"HX-Request": "true"})
    assert polled.status_code == 204
    review = client.get(polled["HX-Redirect"])
    assert review.status_code == 200
    editor = review.context["editor"]
    assert editor.form["title"].value() == "「世界を目指す若者応援事業」旅行手配業務委託"
    assert review.context["token"] == token  # saving goes on with the staged upload
    assert not Notice.objects.exists()


def test_a_document_the_worker_cannot_read_brings_the_form_back_with_the_reason(client, owner):
    from urllib.parse import unquote

    client.force_login(owner)
    response = upload(client, "scan.pdf", b"%PDF-1.4 not really a pdf")
    token = unquote(token_of(response))
    assert reading.read_task(token) in ("not readable", "failed")
    polled = client.get(STATUS, {"reading": token}, headers={"HX-Request": "true"})
    back = client.get(polled["HX-Redirect"])
    body = back.content.decode()
    assert back.status_code == 200 and 'name="file"' in body and 'role="alert"' in body
    assert staging.reading(token, user=owner) is None  # the unreadable upload is not kept


def test_someone_elses_reading_is_not_shown(client, owner, teammate):
    from urllib.parse import unquote

    client.force_login(owner)
    token = unquote(token_of(upload(client, "a.txt", "本文".encode())))
    reading.read_task(token)
    client.force_login(teammate)
    assert staging.reading(token, user=teammate) is None
    response = client.get(URL, {"reading": token})
    assert response.status_code == 302 and response["Location"] == URL


def test_old_staged_documents_are_removed_from_s3_also_uploads_never_read(s3, settings, owner):  # noqa: F811 — the fixture
    """An object store has no folders: a staged upload is dated by its own file, read or not."""
    import time_machine
    from django.utils import timezone

    endpoint, client = s3
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": BUCKET,
                "endpoint_url": endpoint,
                "region_name": "us-east-1",
                "access_key": "test",
                "secret_key": "test",
                "default_acl": None,
                "file_overwrite": False,
            },
        },
    }
    unread = staging.stage_upload(user=owner, filename="公告.pdf", data=b"%PDF-")  # the worker has not read it
    with time_machine.travel(timezone.now() + timezone.timedelta(days=2)):
        fresh = staging.stage(user=owner, filename="公告.txt", text="公告", data=None)
    keys = [item["Key"] for item in client.list_objects_v2(Bucket=BUCKET, Prefix="staging/").get("Contents", [])]
    assert staging.unsigned(unread)["folder"] not in "".join(keys)
    assert staging.staged(fresh, user=owner).text == "公告"
