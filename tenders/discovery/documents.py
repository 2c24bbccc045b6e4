"""A portal entry's text for the extractor: its description and its attachments, downloaded through
the polite client (size-limited) and read by the isolated document reader. A missing or unreadable
attachment is noted, never fatal."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.conf import settings

from tenders.discovery.portal import AttachmentMissing, Portal
from tenders.text import isolated
from tenders.text.documents import DocumentError

READABLE = (".pdf", ".docx", ".txt")


@dataclass
class Downloaded:
    name: str
    data: bytes
    text: str


@dataclass
class EntryText:
    text: str
    documents: list[Downloaded] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def read_entry(entry, portal: Portal, *, only: set[str] | None = None) -> EntryText:
    """The description, then each attachment's text under its name (``only``: those URIs)."""
    parts = [entry.project_name, entry.organization_name, entry.description]
    documents, notes = [], []
    for attachment in entry.attachments:
        uri, name = attachment["uri"], attachment.get("name") or attachment["uri"].rsplit("/", 1)[-1]
        if only is not None and uri not in only:
            continue
        try:
            data = portal.download(uri, max_bytes=settings.KKJ_MAX_ATTACHMENT_BYTES)
        except AttachmentMissing as exc:
            notes.append(f"添付「{name}」を取得できませんでした：{exc}")
            continue
        reader_name = name if name.lower().endswith(READABLE) else uri.rsplit("/", 1)[-1]
        try:
            text = isolated.read_bytes(reader_name, data)
        except DocumentError as exc:
            notes.append(f"添付「{name}」を読めませんでした：{exc}")
            text = ""
        documents.append(Downloaded(name=name, data=data, text=text))
        if text:
            parts.append(f"【添付：{name}】\n{text}")
    return EntryText(text="\n".join(part for part in parts if part), documents=documents, notes=notes)
