"""A document between upload and save: kept aside under a signed token, never as a notice.

The review page carries only the token; saving the notice attaches the staged file and text
and removes the staging folder. Folders older than a day are removed on the next upload.
"""

import json
import secrets
import shutil
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core import signing
from django.core.files import File

SALT = "shimekiri.staged-document"
MAX_AGE_SECONDS = 24 * 3600


def root() -> Path:
    return Path(settings.MEDIA_ROOT) / "staging"


@dataclass
class StagedDocument:
    folder: Path
    filename: str

    @property
    def text(self) -> str:
        return (self.folder / "text.txt").read_text(encoding="utf-8")

    @property
    def original(self) -> Path | None:
        path = self.folder / "original"
        return path if path.exists() else None

    @contextmanager
    def original_file(self):
        """The uploaded file, open for reading (a django File), or None for pasted text."""
        if self.original is None:
            yield None
            return
        with self.original.open("rb") as original:
            yield File(original, name=self.filename)

    @contextmanager
    def attachments(self):
        """The documents staged beside the main one (a portal entry's attachments): [(name, File, text)]."""
        manifest = self.folder / "attachments.json"
        items = json.loads(manifest.read_text(encoding="utf-8")) if manifest.exists() else []
        files = []
        try:
            for number, item in enumerate(items):
                handle = (self.folder / f"attachment-{number}").open("rb")
                files.append((item["name"], File(handle, name=item["name"]), item["text"]))
            yield files
        finally:
            for _name, file, _text in files:
                file.close()

    def discard(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def stage(*, user, filename: str, text: str, data: bytes | None, attachments=()) -> str:
    """Keep the document aside (with ``attachments``: [(name, bytes, text)] saved beside it); returns
    the token for the review form."""
    clean_old()
    name = secrets.token_hex(16)
    folder = root() / name
    folder.mkdir(parents=True)
    (folder / "text.txt").write_text(text, encoding="utf-8")
    if data is not None:
        (folder / "original").write_bytes(data)
    manifest = []
    for number, (attachment_name, content, content_text) in enumerate(attachments):
        (folder / f"attachment-{number}").write_bytes(content)
        manifest.append({"name": attachment_name, "text": content_text})
    if manifest:
        (folder / "attachments.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    return signing.dumps({"folder": name, "user": user.pk, "filename": filename}, salt=SALT)


def staged(token: str, *, user) -> StagedDocument | None:
    """The staged document for this token and person, or None (tampered, someone else's, or expired)."""
    try:
        data = signing.loads(token, salt=SALT, max_age=MAX_AGE_SECONDS)
    except signing.BadSignature:
        return None
    folder = root() / str(data.get("folder", ""))
    if data.get("user") != user.pk or not (folder / "text.txt").exists():
        return None
    return StagedDocument(folder=folder, filename=str(data.get("filename") or "document.txt"))


def clean_old() -> None:
    if not root().exists():
        return
    cutoff = time.time() - MAX_AGE_SECONDS
    for folder in root().iterdir():
        if folder.is_dir() and folder.stat().st_mtime < cutoff:
            shutil.rmtree(folder, ignore_errors=True)
