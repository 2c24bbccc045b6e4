"""Reading an uploaded document in the worker: the upload is staged as it came (``staging``), a
django-q2 task reads it in the isolated child process (``tenders.text.isolated``: the same
limits as before) and stages its text, or the reason it could not be read; the page polls with htmx
until then and goes on to the review screen. The web request returns at once, whatever the document.

The waiting line is shared with the discovery app's 追跡する (``waiting``, ``done``), which prepares a
portal entry in the worker the same way.
"""

import logging

from django.http import HttpResponse
from django.shortcuts import render
from django_q.tasks import async_task

from tenders.text import isolated
from tenders.text.documents import DocumentError
from tenders.web import staging

log = logging.getLogger(__name__)
UNREADABLE = "文書を読めませんでした。ファイルが壊れている可能性があります。本文を貼り付けてください。"


def start(*, user, filename: str, data: bytes) -> str:
    """Stage the upload and hand its reading to the worker; the token of the staged upload."""
    token = staging.stage_upload(user=user, filename=filename, data=data)
    async_task("tenders.web.reading.read_task", token, task_name="shimekiri: read a document")
    return token


def read_task(token: str) -> str:
    """Read the staged upload in the isolated child process and stage its text (or why not)."""
    try:
        named = staging.unsigned(token)
    except Exception:  # noqa: BLE001 — expired or tampered: nothing to read
        return "gone"
    folder, filename = str(named["folder"]), str(named.get("filename") or "document.txt")
    document = staging.StagedDocument(folder=folder, filename=filename)
    try:
        data = document.read("original")
    except FileNotFoundError:
        return "gone"
    try:
        text = isolated.read_bytes(filename, data)
    except DocumentError as exc:
        staging.record_error(folder, str(exc))
        return "not readable"
    except Exception:  # noqa: BLE001 — our bug or the machine's: the person gets a message, the log the rest
        log.exception("reading staged document %s failed", folder)
        staging.record_error(folder, UNREADABLE)
        return "failed"
    staging.record_text(folder, text)
    return f"read, {len(text)} characters"


def waiting(request, *, title: str, status_url: str, reload_url: str, message: str, note: str = ""):
    """The page a person sees while the worker reads: a line htmx polls at ``status_url``."""
    context = {"title": title, "status_url": status_url, "reload_url": reload_url, "message": message, "note": note}
    return render(request, "tenders/waiting.html", context)


def still_waiting(request, *, status_url: str, reload_url: str, message: str):
    """The polled line, again: the worker is still reading."""
    return render(
        request, "tenders/_waiting_status.html", {"status_url": status_url, "reload_url": reload_url, "message": message}
    )


def done(url: str) -> HttpResponse:
    """The polled line's answer once the work is done: htmx goes on to ``url``."""
    response = HttpResponse(status=204)
    response["HX-Redirect"] = url
    return response
