"""New notice from a document: read, review beside the source, save atomically with the document."""

import datetime as dt

import pytest
from django.urls import reverse

from tenders.models import Milestone, Notice, NoticeDocument
from tenders.web import staging
from tests.conftest import SAMPLES, tokyo
from tests.documents import pdf_of, scanned_pdf

URL = reverse("tenders:notice_from_document")
KUWANA = SAMPLES / "002_3fb179fb091801d6.txt"


@pytest.fixture(autouse=True)
def staging_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return tmp_path / "media" / "staging"


def as_post(editor, token):
    """What the browser sends back when the person changes nothing on the review page."""
    data = {"token": token}
    for form in [editor.form, editor.formset.management_form, *editor.formset.forms]:
        for field in form:
            value = field.value()
            if value is None:
                continue
            if isinstance(value, (list, tuple)):
                data[field.html_name] = [str(v) for v in value]
            elif isinstance(value, dt.time):
                data[field.html_name] = value.strftime("%H:%M")
            elif isinstance(value, bool):
                if value:
                    data[field.html_name] = "on"
            else:
                data[field.html_name] = str(value)
    return data


def upload(client, name, data):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return client.post(URL, {"file": SimpleUploadedFile(name, data), "text": ""})


def test_a_pdf_becomes_a_proposal_beside_its_source_and_nothing_is_saved(client, owner, staging_root):
    client.force_login(owner)
    pdf = pdf_of(KUWANA.read_text(encoding="utf-8"))
    response = upload(client, "桑名市_公募要領.pdf", pdf)
    assert response.status_code == 200
    editor = response.context["editor"]
    assert editor.form["title"].value() == "「世界を目指す若者応援事業」旅行手配業務委託"
    assert editor.form["issuer"].value() == "桑名市"
    rows = [f.initial for f in editor.formset.forms if f.initial]
    assert [(r["kind"], r["date"], r["time"]) for r in rows][:2] == [
        ("published", dt.date(2026, 4, 1), None),
        ("question", dt.date(2026, 4, 15), dt.time(16, 30)),
    ]
    content = response.content.decode()
    assert content.count('class="evidence"') == 8 and "<mark>" in content
    assert '<a href="#src-' in content  # each proposed milestone links to its line
    assert not Notice.objects.exists() and not Milestone.objects.exists()
    assert len(list(staging_root.iterdir())) == 1

    # The sample's dates (April 2026) are all past: the person confirms the warning to save.
    response = client.post(URL, {**as_post(editor, response.context["token"]), "confirm_warnings": "1"})
    notice = Notice.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse("tenders:notice_detail", args=[notice.pk])
    assert notice.milestones.count() == 8 and notice.owner == owner
    assert notice.milestones.get(kind="question").due_at == tokyo(2026, 4, 15, 16, 30)
    assert notice.milestones.get(kind="question").source_excerpt.startswith("質問の受付期限")
    document = notice.documents.get()
    assert document.filename == "桑名市_公募要領.pdf" and document.file.read() == pdf and "公募型プロポーザル" in document.text
    assert not any(staging_root.iterdir())  # the staged copy is gone


def test_the_person_edits_removes_and_adds_before_saving(client, owner):
    client.force_login(owner)
    response = client.post(URL, {"text": KUWANA.read_text(encoding="utf-8")})
    data = as_post(response.context["editor"], response.context["token"])
    data["title"] = "桑名市 旅行手配（確認済）"
    data["milestones-0-DELETE"] = "on"  # 公募開始: not needed
    last = int(data["milestones-TOTAL_FORMS"]) - 1  # the spare row
    data.update(
        {
            f"milestones-{last}-kind": "other",
            f"milestones-{last}-label": "社内レビュー",
            f"milestones-{last}-precision": "date",
            f"milestones-{last}-date": "令和8年5月7日（木）",
        }
    )
    client.post(URL, {**data, "confirm_warnings": "1"})  # its dates are past: confirmed
    notice = Notice.objects.get()
    labels = set(notice.milestones.values_list("label", flat=True))
    assert notice.title == "桑名市 旅行手配（確認済）" and "公募開始" not in labels and "社内レビュー" in labels
    assert notice.documents.get().text.startswith(KUWANA.read_text(encoding="utf-8")[:20])
    assert notice.documents.get().filename.endswith(".txt")


def test_a_bad_row_saves_nothing_and_shows_the_source_again(client, owner):
    client.force_login(owner)
    response = client.post(URL, {"text": KUWANA.read_text(encoding="utf-8")})
    data = as_post(response.context["editor"], response.context["token"])
    data["milestones-1-date"] = "令和8年4月15日（木）"
    response = client.post(URL, data)
    assert response.status_code == 200 and "4月15日は水曜日ですが" in response.content.decode()
    assert 'class="evidence"' in response.content.decode()
    assert not Notice.objects.exists() and not NoticeDocument.objects.exists()


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [("scan.pdf", scanned_pdf(), "スキャンした画像のようです"), ("表.xlsx", b"PK\x03\x04\x00", ".docx として読めません")],
)
def test_unreadable_files_are_explained(client, owner, staging_root, name, data, message):
    client.force_login(owner)
    response = upload(client, name, data)
    assert response.status_code == 200 and message in response.content.decode()
    assert not staging_root.exists() or not any(staging_root.iterdir())


def test_nothing_chosen(client, owner):
    client.force_login(owner)
    assert "ファイルを選ぶか、本文を貼り付けてください" in client.post(URL, {"text": "  "}).content.decode()
    assert "ファイルを選ぶか、本文を貼り付けてください" in client.post(URL, {"text": "\x00\x0b \u2028"}).content.decode()


def test_a_token_is_the_uploaders_only(client, owner, teammate):
    client.force_login(owner)
    response = client.post(URL, {"text": KUWANA.read_text(encoding="utf-8")})
    data = as_post(response.context["editor"], response.context["token"])
    client.force_login(teammate)
    response = client.post(URL, data, follow=True)
    assert "もう一度アップロードしてください" in response.content.decode()
    data["token"] = data["token"][:-2] + "xx"
    client.force_login(owner)
    client.post(URL, data)
    assert not Notice.objects.exists()


def test_old_staged_documents_are_cleaned_up(owner, staging_root):
    import os
    import time

    token = staging.stage(user=owner, filename="a.txt", text="本文", data=None)
    (folder,) = staging_root.iterdir()
    old = time.time() - staging.MAX_AGE_SECONDS - 60
    os.utime(folder, (old, old))
    staging.stage(user=owner, filename="b.txt", text="本文", data=None)
    assert not folder.exists() and staging.staged(token, user=owner) is None
