"""Excel and CSV from the notice and overdue lists; a 案件管理表 brought in, in three steps.

Export: the list as filtered (or the notices of the overdue list) as .xlsx or CSV (UTF-8 with BOM;
Shift_JIS on request, after a page naming the characters it must replace; the CSV of the 案件 sheet,
or with ``sheet=milestones`` that of the 日程 sheet). Import (team leads): the
upload is staged (``tenders.web.staging``), then the proposed mapping of columns is adjusted, then
every row is shown with its problems, then the good rows are saved in one transaction, or none.
"""

import tempfile

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _, gettext_lazy

from tenders.extractor.text import clean_line
from tenders.models import Notice, Team
from tenders.spreadsheets.export import write_csv, write_xlsx
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
from tenders.web import staging
from tenders.web.dashboard import chosen_scope, overdue_in_scope
from tenders.web.forms import NoticeFilterForm

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
SAMPLE_ROWS = 3


# --- out ------------------------------------------------------------------


def exported_notices(request):
    """The notices the page shows: the notice list as filtered, or those with an overdue milestone."""
    if request.GET.get("list") == "overdue":
        now, today = timezone.now(), timezone.localdate()
        late = overdue_in_scope(request.user, chosen_scope(request), now, today)
        return Notice.objects.filter(pk__in=late.values("notice_id"))
    form = NoticeFilterForm(request.GET or None, user=request.user)
    return form.filter(Notice.objects.visible_to(request.user).with_next_milestone())


@login_required
def notice_export(request):
    kind = request.GET.get("format", "xlsx")
    encoding = "cp932" if request.GET.get("encoding") == "cp932" else "utf-8"
    sheet = "milestones" if request.GET.get("sheet") == "milestones" else "notices"
    notices = exported_notices(request)
    stem = (_("milestones") if sheet == "milestones" else _("notices")) + timezone.localdate().strftime("_%Y%m%d")
    output = tempfile.TemporaryFile()
    if kind == "csv":
        result = write_csv(notices, output, encoding=encoding, sheet=sheet)
        if result.replaced and request.GET.get("confirmed") != "1":
            output.close()
            query = request.GET.copy()
            query["confirmed"] = "1"
            in_utf8 = query.copy()
            in_utf8["encoding"] = "utf-8"
            context = {"replaced": result.replaced, "query": query.urlencode(), "utf8_query": in_utf8.urlencode()}
            return render(request, "tenders/export_replaced.html", context)
        content_type = f"text/csv; charset={'shift_jis' if encoding == 'cp932' else 'utf-8'}"
        filename = f"{stem}.csv"
    else:
        write_xlsx(notices, output)
        content_type, filename = XLSX_TYPE, f"{stem}.xlsx"
    output.seek(0)
    return FileResponse(output, as_attachment=True, filename=filename, content_type=content_type)


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
