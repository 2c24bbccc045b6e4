"""A notice's source documents: stored with the notice, or not at all."""

import re
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

from django.core.exceptions import SuspiciousFileOperation
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils.text import get_valid_filename

from tenders.changes import touched
from tenders.models import Notice, NoticeDocument
from tenders.text.cleaning import clean_line, clean_text

_files_written: ContextVar[list[str] | None] = ContextVar("files_written", default=None)


@contextmanager
def atomic_keeping_files():
    """A transaction that stores document files: a file written inside it (``notice_document_add``)
    is removed again when the transaction does not commit, so a failed save leaves nothing on disk."""
    outer, written = _files_written.get(), []
    token = _files_written.set(written)
    try:
        with transaction.atomic():
            yield
    except BaseException:
        for name in written:
            default_storage.delete(name)
        raise
    finally:
        _files_written.reset(token)
    if outer is not None:  # nested: the enclosing transaction decides whether the files stay
        outer.extend(written)


def notice_document_add(*, notice: Notice, filename: str, text: str = "", content=None) -> NoticeDocument:
    """Attach a document to a notice being saved: its name as uploaded, its text (cleaned of control
    characters) and the original file, stored under a safe name inside ``atomic_keeping_files()``."""
    written = _files_written.get()
    if content is not None and written is None:
        raise RuntimeError("notice_document_add stores a file: call it inside atomic_keeping_files()")
    document = NoticeDocument(notice=notice, filename=clean_line(filename)[:255] or "document.txt", text=clean_text(text))
    if content is not None:
        document.file.save(document_storage_name(document.filename), content, save=False)
        written.append(document.file.name)
    document.save()
    touched(teams=[notice.team_id])
    return document


def document_storage_name(filename: str) -> str:
    """A name the storage accepts for any uploaded name (「()」 included): letters, digits, _-. of the
    name, shortened, with a plain suffix; 「document」 when nothing of the name is left."""
    path = Path(filename)
    suffix = path.suffix.lower() if re.fullmatch(r"\.[A-Za-z0-9]{1,8}", path.suffix) else ""
    try:
        stem = get_valid_filename(path.stem if suffix else filename)[:60]
    except SuspiciousFileOperation:
        stem = "document"
    return stem + suffix
