"""Excel and CSV from the notice and overdue lists; a 案件管理表 brought in, in three steps.

Export: the list as filtered (or the notices of the overdue list) as .xlsx or CSV (UTF-8 with BOM;
Shift_JIS on request, after a page naming the characters it must replace; the CSV of the 案件 sheet,
or with ``sheet=milestones`` that of the 日程 sheet). A long list is written in the worker
(``tenders.web.exports``) while the page waits. Import (team leads): the
upload is staged (``tenders.web.staging``), then the proposed mapping of columns is adjusted, then
every row is shown with its problems, then the good rows are saved in one transaction, or none.
"""

import tempfile
from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _, gettext_lazy

from tenders.models import Team
from tenders.spreadsheets.mapping import FIELDS, ID, IGNORE, field_label
from tenders.spreadsheets.reading import MAX_BYTES, SheetError, Workbook, megabytes, read_workbook
from tenders.spreadsheets.rows import (
    ImportPlan,
    ImportRefused,
    cell_text,
    milestone_rows_by_id,
    notice_table,
    plan_import,
    save_plan,
)
from tenders.text.cleaning import clean_line
from tenders.web import exports, reading, staging
from tenders.web.dashboard import chosen_scope

SAMPLE_ROWS = 3


# --- out ------------------------------------------------------------------


def replaced_page(request, replaced: list[str], query, *, file_url: str | None = None):
    """The characters a Shift_JIS CSV had to replace, before it is downloaded: get it anyway, or as UTF-8."""
    confirmed, in_utf8 = query.copy(), query.copy()
    confirmed["confirmed"] = "1"
    in_utf8["encoding"] = "utf-8"
    in_utf8.pop("confirmed", None)
    context = {"replaced": replaced, "query": confirmed.urlencode(), "utf8_query": in_utf8.urlencode(), "file_url": file_url}
    return render(request, "tenders/export_replaced.html", context)


@login_required
def notice_export(request):
    """The list as a file: written here for a short list, in the worker from EXPORT_IN_WORKER_FROM notices."""
    query = request.GET
    scope = chosen_scope(request) if query.get("list") == "overdue" else "mine"
    notices = exports.exported_notices(request.user, query, scope)
    if notices.count() >= settings.EXPORT_IN_WORKER_FROM:
        token = exports.start(user=request.user, query=query, scope=scope, filename=exports.export_filename(query))
        return export_waiting(request, token)
    output = tempfile.TemporaryFile()
    result, content_type = exports.write_export(notices, query, output)
    if result.replaced and query.get("confirmed") != "1":
        output.close()
        return replaced_page(request, result.replaced, query)
    output.seek(0)
    return FileResponse(output, as_attachment=True, filename=exports.export_filename(query), content_type=content_type)


def export_urls(token: str) -> tuple[str, str, str]:
    """The waiting line's polled URL, the page of an export in the worker, and its file."""
    query = "?" + urlencode({"export": token})
    return tuple(
        reverse(f"tenders:{name}") + query for name in ("notice_export_status", "notice_export_ready", "notice_export_file")
    )


def export_waiting(request, token: str):
    status_url, here, _file = export_urls(token)
    return reading.waiting(
        request,
        title=_("Preparing the download"),
        status_url=status_url,
        reload_url=here,
        message=_("Writing the file…"),
        note=_("A long list takes a little while; the download is offered here when the file is ready."),
    )


@login_required
def notice_export_status(request):
    """The waiting line, polled: once the file is written (or could not be), htmx goes on."""
    token = request.GET.get("export", "")
    export = exports.export_of(token, user=request.user)
    status_url, here, _file = export_urls(token)
    if export is None or export.done:
        return reading.done(here)
    return reading.still_waiting(request, status_url=status_url, reload_url=here, message=_("Writing the file…"))


@login_required
def notice_export_ready(request):
    """An export in the worker: still writing, failed, or ready to download."""
    token = request.GET.get("export", "")
    export = exports.export_of(token, user=request.user)
    if export is None:
        messages.error(request, _("The file is no longer available (over a day old?). Export the list again."))
        return redirect("tenders:notice_list")
    if not export.done:
        return export_waiting(request, token)
    if export.failed:
        messages.error(request, _("The file could not be written. Try again in a while."))
        return redirect("tenders:notice_list")
    _status, _here, file_url = export_urls(token)
    if export.written["replaced"] and export.asked.get("confirmed") != "1":
        return replaced_page(request, export.written["replaced"], export.asked, file_url=file_url)
    return render(request, "tenders/export_ready.html", {"export": export, "file_url": file_url})


@login_required
def notice_export_file(request):
    """The file an export in the worker wrote, for its person only."""
    export = exports.export_of(request.GET.get("export", ""), user=request.user)
    if export is None or export.written is None:
        raise Http404
    return FileResponse(export.open(), as_attachment=True, filename=export.filename, content_type=export.written["content_type"])


# --- in -------------------------------------------------------------------


class UploadForm(forms.Form):
    team = forms.ModelChoiceField(label=gettext_lazy("team"), queryset=Team.objects.none())
    file = forms.FileField(
        label=gettext_lazy("Spreadsheet"),
        help_text=gettext_lazy(".xlsx or .csv (UTF-8 or Shift_JIS), up to 10 MB; one notice per row under a header row."),
        widget=forms.ClearableFileInput(attrs={"accept": ".xlsx,.csv"}),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["team"].queryset = Team.objects.led_by(user)
        self.fields["team"].empty_label = None

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_BYTES:
            raise forms.ValidationError(
                _("The file is too large (%(size)s; the limit is %(limit)s).")
                % {"size": megabytes(upload.size), "limit": megabytes(MAX_BYTES)}
            )
        data = upload.read()
        try:
            self.workbook = read_workbook(upload.name, data)
        except SheetError as exc:
            raise forms.ValidationError(str(exc)) from None
        self.data_bytes = data
        return upload


def field_choices():
    return [(IGNORE, _("(not imported)"))] + [(field, field_label(field)) for field in FIELDS]


def staged_workbook(request):
    """The staged upload of this person and its team, or None (expired, someone else's, not a lead)."""
    document = staging.staged(request.POST.get("token", ""), user=request.user)
    team_pk = request.POST.get("team", "")
    team = Team.objects.led_by(request.user).filter(pk=int(team_pk)).first() if team_pk.isdigit() else None
    if document is None or team is None or not document.has_original:
        return None, None, None
    return document, team, read_workbook(document.filename, document.read("original"))


def posted_fields(request, count: int) -> list[str]:
    fields = []
    for index in range(count):
        value = request.POST.get(f"field_{index}", IGNORE)
        fields.append(value if value in FIELDS else IGNORE)
    return fields


def mapping_rows(plan: ImportPlan):
    """For the mapping form: each column's header, a few values and the field chosen."""
    samples = [row for row in plan.table.sheet.rows[plan.table.first_data_row :] if any(not cell.blank for cell in row)]
    columns = []
    for index in range(len(plan.table.headers)):
        values = [cell_text(row[index].value) for row in samples[:SAMPLE_ROWS] if index < len(row)]
        columns.append(
            {
                "index": index,
                "header": plan.table.display(index),
                "samples": [v for v in values if v],
                "field": plan.fields[index],
            }
        )
    return columns


@login_required
def notice_import(request):
    """Step 1 upload; 2 the mapping (``step=map``); 3 the preview (``step=preview``); then ``step=save``."""
    if not Team.objects.led_by(request.user).exists():
        messages.error(request, _("Only a team's leads can import notices."))
        return redirect("tenders:notice_list")
    step = request.POST.get("step")
    if request.method == "POST" and step in ("preview", "save", "remap"):
        try:
            document, team, workbook = staged_workbook(request)
        except SheetError as exc:
            messages.error(request, str(exc))
            return redirect("tenders:notice_import")
        if document is None:
            messages.error(request, _("The uploaded file is no longer available (over a day old?). Upload it again."))
            return redirect("tenders:notice_import")
        return import_step(request, step, document, team, workbook)

    form = UploadForm(request.POST or None, request.FILES or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        team = form.cleaned_data["team"]
        filename = clean_line(form.cleaned_data["file"].name) or "sheet.xlsx"
        try:
            plan = plan_import(form.workbook, team, request.user)
        except SheetError as exc:
            form.add_error("file", str(exc))
        else:
            token = staging.stage(user=request.user, filename=filename, text="", data=form.data_bytes)
            return render_mapping(request, plan, token, team, filename)
    return render(request, "tenders/import_upload.html", {"form": form})


def render_mapping(request, plan, token, team, filename, error=""):
    context = {
        "token": token,
        "team": team,
        "filename": filename,
        "columns": mapping_rows(plan),
        "choices": field_choices(),
        "milestones_from_sheet": plan.milestones_from_sheet,
        "error": error,
    }
    return render(request, "tenders/import_mapping.html", context)


def import_step(request, step, document, team, workbook: Workbook):
    token = request.POST["token"]
    try:
        table = notice_table(workbook)
    except SheetError as exc:
        messages.error(request, str(exc))
        return redirect("tenders:notice_import")
    fields = posted_fields(request, len(table.headers))
    try:
        plan = plan_import(workbook, team, request.user, fields=fields)
    except SheetError as exc:  # no 案件名 column chosen, or no rows: the mapping again, as posted
        from_sheet = ID in fields and milestone_rows_by_id(workbook) is not None
        chosen = ImportPlan(table, fields, [], milestones_from_sheet=from_sheet)
        return render_mapping(request, chosen, token, team, document.filename, error=str(exc))
    if step == "remap":
        return render_mapping(request, plan, token, team, document.filename)
    skip = request.POST.get("skip_bad_rows") == "1"
    if step == "save":
        try:
            saved = save_plan(plan, team=team, by=request.user, skip_bad_rows=skip)
        except ImportRefused:
            messages.error(request, _("Some rows have problems: nothing was saved. Correct them, or save only the good rows."))
        else:
            document.discard()
            messages.success(
                request, _("%(count)s notices were imported into %(team)s.") % {"count": len(saved), "team": team.name}
            )
            return redirect(f"{redirect('tenders:notice_list').url}?team={team.pk}")
    context = {
        "token": token,
        "team": team,
        "filename": document.filename,
        "plan": plan,
        "headers": [plan.table.display(i) for i, f in enumerate(plan.fields) if f],
        "fields": list(enumerate(plan.fields)),
        "skip": skip,
    }
    return render(request, "tenders/import_preview.html", context)
