"""A document between upload and save: kept aside under a signed token, never as a notice.

The review page carries only the token; saving the notice attaches the staged file and text
and removes the staged files. Staged documents older than a day are removed on the next upload.
A list exported in the worker (``tenders.web.exports``) is kept aside the same way, for its person.
They are kept in the storage of uploaded documents (``default_storage``: files under MEDIA_ROOT, or
S3-compatible storage when S3_BUCKET is set), so the review can be answered by another web machine
than the one the document was uploaded to.
"""

import json
import secrets
from contextlib import contextmanager
from dataclasses import dataclass

from django.core import signing
from django.core.files import File
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils import timezone

SALT = "shimekiri.staged-document"
MAX_AGE_SECONDS = 24 * 3600


PREFIX = "staging"


def path(folder: str, name: str = "") -> str:
    return f"{PREFIX}/{folder}/{name}" if name else f"{PREFIX}/{folder}"


@dataclass
class StagedDocument:
    folder: str  # its name under PREFIX in the storage
    filename: str

    def read(self, name: str) -> bytes:
        with default_storage.open(path(self.folder, name), "rb") as stored:
            return stored.read()

    @property
    def text(self) -> str:
        return self.read("text.txt").decode("utf-8")

    @property
    def has_original(self) -> bool:
        return default_storage.exists(path(self.folder, "original"))

    @contextmanager
    def original_file(self):
        """The uploaded file, open for reading (a django File), or None for pasted text."""
        if not self.has_original:
            yield None
            return
        with default_storage.open(path(self.folder, "original"), "rb") as original:
            yield File(original, name=self.filename)

    @contextmanager
    def attachments(self):
        """The documents staged beside the main one (a portal entry's attachments): [(name, File, text)]."""
        manifest = path(self.folder, "attachments.json")
        items = json.loads(self.read("attachments.json")) if default_storage.exists(manifest) else []
        files = []
        try:
            for number, item in enumerate(items):
                handle = default_storage.open(path(self.folder, f"attachment-{number}"), "rb")
                files.append((item["name"], File(handle, name=item["name"]), item["text"]))
            yield files
        finally:
            for _name, file, _text in files:
                file.close()

    def discard(self) -> None:
        remove(self.folder)


def save(folder: str, name: str, content: bytes) -> None:
    stored = default_storage.save(path(folder, name), ContentFile(content))
    if stored != path(folder, name):  # a fresh random folder: never taken
        raise RuntimeError(f"staged file stored as {stored}")


def remove(folder: str) -> None:
    try:
        _folders, files = default_storage.listdir(path(folder))
    except FileNotFoundError:
        return
    for name in files:
        default_storage.delete(path(folder, name))
    try:
        default_storage.delete(path(folder))  # the folder itself, where the storage has folders
    except OSError:
        pass


def new_folder() -> str:
    """A fresh random folder name, never taken."""
    return secrets.token_hex(16)


def stage(*, user, filename: str, text: str, data: bytes | None, attachments=()) -> str:
    """Keep the document aside (with ``attachments``: [(name, bytes, text)] saved beside it); returns
    the token for the review form."""
    clean_old()
    name = new_folder()
    save(name, "text.txt", text.encode("utf-8"))
    if data is not None:
        save(name, "original", data)
    manifest = []
    for number, (attachment_name, content, content_text) in enumerate(attachments):
        save(name, f"attachment-{number}", content)
        manifest.append({"name": attachment_name, "text": content_text})
    if manifest:
        save(name, "attachments.json", json.dumps(manifest, ensure_ascii=False).encode("utf-8"))
    return signed(name, user=user, filename=filename)


def stage_upload(*, user, filename: str, data: bytes) -> str:
    """Keep an upload aside as it came, to be read in the worker (``tenders.web.reading``): its text
    is staged beside it later (``record_text``), or the reason it could not be read (``record_error``)."""
    clean_old()
    name = new_folder()
    save(name, "original", data)
    return signed(name, user=user, filename=filename)


def signed(folder: str, *, user, filename: str) -> str:
    return signing.dumps({"folder": folder, "user": user.pk, "filename": filename}, salt=SALT)


def named(token: str, *, user, holding: str) -> StagedDocument | None:
    """The staged document this token names for this person, if it holds the file ``holding``; None when
    the token is tampered, someone else's or expired, or the document is gone."""
    try:
        data = signing.loads(token, salt=SALT, max_age=MAX_AGE_SECONDS)
    except signing.BadSignature:
        return None
    folder = str(data.get("folder", ""))
    if data.get("user") != user.pk or not folder.isalnum() or not default_storage.exists(path(folder, holding)):
        return None
    return StagedDocument(folder=folder, filename=str(data.get("filename") or "document.txt"))


@dataclass(frozen=True)
class Reading:
    """Where the reading of a staged upload is: its text when read, the reason when it could not be."""

    folder: str
    filename: str
    text: str | None = None
    error: str | None = None


def reading(token: str, *, user) -> Reading | None:
    """The reading of this token's upload, or None (tampered, someone else's, expired or gone)."""
    document = named(token, user=user, holding="original")
    if document is None:
        return None
    folder, filename = document.folder, document.filename
    if default_storage.exists(path(folder, "text.txt")):
        return Reading(folder, filename, text=document.text)
    if default_storage.exists(path(folder, "error.txt")):
        return Reading(folder, filename, error=document.read("error.txt").decode("utf-8"))
    return Reading(folder, filename)


def unsigned(token: str) -> dict:
    """What a token this process signed names (for the worker, which has no request)."""
    return signing.loads(token, salt=SALT, max_age=MAX_AGE_SECONDS)


def record_text(folder: str, text: str) -> None:
    save(folder, "text.txt", text.encode("utf-8"))


def record_error(folder: str, message: str) -> None:
    save(folder, "error.txt", message.encode("utf-8"))


def staged(token: str, *, user) -> StagedDocument | None:
    """The staged document for this token and person, or None (tampered, someone else's, or expired)."""
    return named(token, user=user, holding="text.txt")


def clean_old() -> None:
    try:
        folders, _files = default_storage.listdir(PREFIX)
    except FileNotFoundError:
        return
    cutoff = timezone.now() - timezone.timedelta(seconds=MAX_AGE_SECONDS)
    for folder in folders:
        if staged_at(folder) < cutoff:
            remove(folder)


def staged_at(folder: str):
    """When a folder was staged: the folder's time where the storage has folders, else its first file's
    (an upload kept for the worker has no text yet, or never: only its original)."""
    try:
        return default_storage.get_modified_time(path(folder))
    except Exception:  # noqa: BLE001 — an object store has no folders (S3: a "not found" error of its client)
        first = "original" if default_storage.exists(path(folder, "original")) else "text.txt"
        return default_storage.get_modified_time(path(folder, first))
