"""Uploads that cannot take the site down, through the real upload → review → save views: hostile
files, NUL bytes, a name made of punctuation, pastes over every limit; and no file is left behind by
a save that does not commit."""

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.middleware.csrf import get_token
from django.test import Client
from django.urls import reverse

from tenders.models import Notice, NoticeDocument
from tenders.proposal import NoticeProposal
from tenders.services import atomic_keeping_files, notice_create
from tests.conftest import SAMPLES
from tests.documents import docx_bomb, docx_of_empty_paragraphs, pdf_of_shared_pages
from tests.test_web_from_document import as_post

URL = reverse("tenders:notice_from_document")
KUWANA = SAMPLES / "002_3fb179fb091801d6.txt"


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return tmp_path / "media"


def stored_files(media_root):
    folder = media_root / "documents"
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


def upload(client, name, data):
    return client.post(URL, {"file": SimpleUploadedFile(name, data), "text": ""})


def review_and_save(client, response):
    assert response.status_code == 200, response.content.decode()[:500]
    # The sample's dates (April 2026) are all past: the person confirms that warning to save.
    return client.post(URL, {**as_post(response.context["editor"], response.context["token"]), "confirm_warnings": "1"})


def test_a_txt_with_nul_and_control_characters_is_cleaned_and_saved(client, owner, media_root):
    """It passed review, then Save answered 500 on PostgreSQL and left the file behind for every try."""
    client.force_login(owner)
    data = (
        KUWANA.read_text(encoding="utf-8").replace("質問の受付期限", "質問の\x00受付期限", 1).encode()
        + b"\x00\x0b\x1c\x1f\xc2\x85\xe2\x80\xa8end\r\n"
    )
    response = review_and_save(client, upload(client, "要領.txt", data))
    notice = Notice.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse("tenders:notice_detail", args=[notice.pk])
    document = NoticeDocument.objects.get()
    assert not {"\x00", "\x0b", "\x1c", "\x1f", "\x85", "\u2028", "\r"} & set(document.text)
    assert "質問の受付期限" in document.text and document.text.endswith("\n\n\n\nend\n")
    assert notice.milestones.filter(kind="question").exists()
    assert document.file.read() == data  # the original is kept as uploaded
    assert len(stored_files(media_root)) == 1


def test_an_upload_named_only_with_punctuation_is_saved(client, owner, media_root):
    client.force_login(owner)
    response = review_and_save(client, upload(client, "()", KUWANA.read_bytes()))
    assert response.status_code == 302
    document = NoticeDocument.objects.get()
    assert document.filename == "()" and document.file.read() == KUWANA.read_bytes()
    assert document.file.name.endswith("/document")


def test_a_save_that_does_not_commit_leaves_no_file(team, owner, media_root):
    proposal = NoticeProposal(title="令和8年度 〇〇業務委託", issuer="〇〇市", milestones=[])
    with pytest.raises(RuntimeError), atomic_keeping_files():
        notice_create(
            team=team,
            owner=owner,
            proposal=proposal,
            document_name="要領.pdf",
            document_text="本文",
            document_file=ContentFile(b"%PDF-1.7 original"),
        )
        assert len(stored_files(media_root)) == 1  # written inside the transaction...
        raise RuntimeError("the rest of the save failed")
    assert not stored_files(media_root) and not Notice.objects.exists()  # ...and gone with it

    notice_create(
        team=team,
        owner=owner,
        proposal=proposal,
        document_name="要領.pdf",
        document_text="本文",
        document_file=ContentFile(b"%PDF-1.7 original"),
    )
    assert [p.read_bytes() for p in stored_files(media_root)] == [b"%PDF-1.7 original"]


@pytest.mark.parametrize(
    ("name", "build", "message"),
    [
        ("要領.docx", lambda: docx_bomb(300), "文書が大きすぎます（展開後 300 MB、上限 50 MB）"),
        ("要領.docx", lambda: docx_of_empty_paragraphs(5_000_000), "段落が多すぎます（上限 50,000 段落を超えています）"),
        ("要領.pdf", lambda: pdf_of_shared_pages(100_000), "ページ数が多すぎます（100,000 ページ、上限 500 ページ）"),
        ("要領.txt", lambda: ("令和8年4月15日 質問受付期限\n" * 1_200_000).encode()[:19_000_000], "本文が長すぎます"),
    ],
    ids=["zip-bomb", "five-million-paragraphs", "hundred-thousand-pages", "19-MB-text"],
)
def test_a_hostile_file_gets_a_message_naming_the_limit(client, owner, media_root, name, build, message):
    client.force_login(owner)
    response = upload(client, name, build())
    body = response.content.decode()
    assert response.status_code == 200 and message in body and 'name="file"' in body
    assert not Notice.objects.exists()
    assert not (media_root / "staging").exists() or not any((media_root / "staging").iterdir())


def test_a_paste_over_the_text_limit_gets_a_message_on_the_form(client, owner):
    client.force_login(owner)
    text = KUWANA.read_text(encoding="utf-8")
    huge = text * (4_800_000 // len(text.encode()) + 1)  # about 4.8 MB
    response = client.post(URL, {"text": huge})
    body = response.content.decode()
    assert response.status_code == 200
    assert f"本文が長すぎます（{len(huge):,} 字、上限 500,000 字）" in body and 'name="text"' in body
    assert not Notice.objects.exists()


def test_a_paste_over_the_request_limit_gets_the_form_again_not_a_bare_400(owner, settings):
    """Django refuses such a request before any view runs (in the CSRF check); the person still
    sees the form with a message, and nothing is read."""
    client = Client(enforce_csrf_checks=True)
    client.force_login(owner)
    page = client.get(URL)
    token = get_token(page.wsgi_request)
    too_big = "あ" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE // 3 + 1000)
    response = client.post(URL, {"csrfmiddlewaretoken": token, "text": too_big})
    body = response.content.decode()
    assert response.status_code == 413
    assert "送信された内容が大きすぎます（上限 5 MB）" in body and 'name="text"' in body and 'name="file"' in body
    assert not Notice.objects.exists()


def test_other_bad_requests_keep_the_plain_400(client, owner):
    client.force_login(owner)
    response = client.post(reverse("tenders:notice_create"), {f"f{i}": "x" for i in range(1100)})
    assert response.status_code == 400
