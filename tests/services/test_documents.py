"""The document service: a stored file goes with its transaction."""

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from tenders.models import NoticeDocument
from tenders.services import atomic_keeping_files, notice_document_add


def test_a_file_stored_in_a_failed_save_is_removed(kuwana, settings, tmp_path):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage", "OPTIONS": {"location": str(tmp_path)}},
    }
    with pytest.raises(RuntimeError), atomic_keeping_files():
        document = notice_document_add(notice=kuwana, filename="公告(1).pdf", content=ContentFile(b"%PDF"))
        assert default_storage.exists(document.file.name)
        raise RuntimeError
    assert not NoticeDocument.objects.exists() and not any(tmp_path.rglob("*.pdf"))


def test_a_file_needs_the_transaction(kuwana):
    with pytest.raises(RuntimeError):
        notice_document_add(notice=kuwana, filename="a.pdf", content=ContentFile(b"x"))
