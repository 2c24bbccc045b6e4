"""A list as a file: which notices, which file, and a long list written in the worker.

From ``settings.EXPORT_IN_WORKER_FROM`` notices on, the 「Excel」「CSV」 links do not write the file in
the request (20,000 notices take about ten seconds, a third of a web worker's timeout): the request
keeps aside what was asked (the list's query, the person's language and zone) under a signed token
(``tenders.web.staging``), a django-q2 task writes the file beside it, and the page polls with htmx
until it is there and then offers it. The file is the one the request would have written; only its
owner can fetch it, for a day, like a staged document.
"""

import json
import logging
import tempfile
import zoneinfo
from functools import cached_property

from django.contrib.auth import get_user_model
from django.core.files import File
from django.core.files.storage import default_storage
from django.http import QueryDict
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django_q.tasks import async_task

from tenders.models import Notice
from tenders.spreadsheets.export import write_csv, write_xlsx
from tenders.web import staging
from tenders.web.dashboard import overdue_in_scope
from tenders.web.forms import NoticeFilterForm

log = logging.getLogger(__name__)
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ASKED, RESULT, FILE, ERROR = "export.json", "result.json", "export", "error.txt"


def exported_notices(user, query, scope: str):
    """The notices the page shows: the notice list as filtered (``query``), or those with an overdue
    milestone in ``scope`` (``list=overdue``)."""
    if query.get("list") == "overdue":
        now, today = timezone.now(), timezone.localdate()
        late = overdue_in_scope(user, scope, now, today)
        return Notice.objects.filter(pk__in=late.values("notice_id"))
    form = NoticeFilterForm(query or None, user=user)
    return form.filter(Notice.objects.visible_to(user).with_next_milestone())


def export_choice(query) -> tuple[str, str, str]:
    """(format, encoding, sheet) as the link asks: xlsx, or csv in utf-8 or cp932 of one sheet."""
    kind = "csv" if query.get("format") == "csv" else "xlsx"
    encoding = "cp932" if query.get("encoding") == "cp932" else "utf-8"
    sheet = "milestones" if query.get("sheet") == "milestones" else "notices"
    return kind, encoding, sheet


def export_filename(query) -> str:
    kind, _encoding, sheet = export_choice(query)
    stem = (_("milestones") if sheet == "milestones" else _("notices")) + timezone.localdate().strftime("_%Y%m%d")
    return f"{stem}.{kind}"


def write_export(notices, query, output):
    """Write the file the link asks for into ``output``; (what was written, its content type)."""
    kind, encoding, sheet = export_choice(query)
    if kind == "csv":
        result = write_csv(notices, output, encoding=encoding, sheet=sheet)
        return result, f"text/csv; charset={'shift_jis' if encoding == 'cp932' else 'utf-8'}"
    return write_xlsx(notices, output), XLSX_TYPE


def start(*, user, query: QueryDict, scope: str, filename: str) -> str:
    """Keep the request aside and hand the writing to the worker; the token that names it."""
    staging.clean_old()
    folder = staging.new_folder()
    asked = {
        "query": query.urlencode(),
        "scope": scope,
        "language": translation.get_language(),
        "zone": timezone.get_current_timezone_name(),
    }
    staging.save(folder, ASKED, json.dumps(asked).encode("utf-8"))
    token = staging.signed(folder, user=user, filename=filename)
    async_task("tenders.web.exports.export_task", token, task_name="shimekiri: export a list")
    return token


def export_task(token: str) -> str:
    """Write the file the request asked for, as its person would have got it, beside the request."""
    try:
        named = staging.unsigned(token)
        folder = str(named["folder"])
        asked = json.loads(staging.StagedDocument(folder=folder, filename="").read(ASKED))
        user = get_user_model().objects.get(pk=named["user"], is_active=True)
    except Exception:  # noqa: BLE001 — expired, tampered, removed, or the person is gone: nothing to write
        return "gone"
    query = QueryDict(asked["query"])
    try:
        with translation.override(asked["language"]), timezone.override(zoneinfo.ZoneInfo(asked["zone"])):
            with tempfile.TemporaryFile() as output:
                result, content_type = write_export(exported_notices(user, query, asked["scope"]), query, output)
                output.seek(0)
                stored = default_storage.save(staging.path(folder, FILE), File(output))
                if stored != staging.path(folder, FILE):
                    raise RuntimeError(f"export stored as {stored}")
    except Exception:  # noqa: BLE001 — our bug or the machine's: the person gets a message, the log the rest
        log.exception("export %s failed", folder)
        staging.save(folder, ERROR, b"failed")
        return "failed"
    written = {
        "content_type": content_type,
        "notices": result.notices,
        "milestones": result.milestones,
        "replaced": result.replaced,
    }
    staging.save(folder, RESULT, json.dumps(written, ensure_ascii=False).encode("utf-8"))  # last: its presence says done
    return f"written, {result.notices} notices"


class Export:
    """Where an export in the worker is, for its person: ``written`` once the file is there."""

    def __init__(self, document: staging.StagedDocument):
        self.document = document
        self.filename = document.filename
        self.written = self.load(RESULT)
        self.failed = self.has(ERROR)

    def has(self, name: str) -> bool:
        return default_storage.exists(staging.path(self.document.folder, name))

    def load(self, name: str):
        return json.loads(self.document.read(name)) if self.has(name) else None

    @property
    def done(self) -> bool:
        return self.written is not None or self.failed

    @cached_property
    def asked(self) -> QueryDict:
        """The list's query as the link had it."""
        return QueryDict(self.load(ASKED)["query"])

    def open(self):
        return default_storage.open(staging.path(self.document.folder, FILE), "rb")


def export_of(token: str, *, user) -> Export | None:
    """The export this token names for this person, or None (tampered, someone else's, expired, gone)."""
    document = staging.named(token, user=user, holding=ASKED)
    return Export(document) if document is not None else None
