"""Notices: the list, one notice's page, creating and editing a notice with its schedule."""

from urllib.parse import quote

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import FileResponse, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tenders.models import Milestone, MilestoneChange, Notice, Team
from tenders.services import notice_set_status
from tenders.web.access import visible_notice
from tenders.web.bulk import BulkChangeForm
from tenders.web.forms import NoticeEditor, NoticeFilterForm, StatusForm
from tenders.web.kept import kept_html

PAGE_SIZE = 25


@login_required
def notice_list(request):
    """Filters and results, kept as HTML until they would differ (tenders.web.kept): the list a
    team reopens all day is not queried and rendered again while nothing changed."""
    variant = request.GET.urlencode()
    results = kept_html(request.user, "notices", variant, lambda now: notice_results(request, now))
    context = {
        "results": results,
        "may_import": Team.objects.led_by(request.user).exists(),
        "filters": [(key, value) for key, values in request.GET.lists() if key != "page" for value in values],
        "bulk_actions": BulkChangeForm.ACTIONS,
    }
    return render(request, "tenders/notice_list.html", context)


def notice_results(request, now):
    """The filter form and one page of notices, each with its next open milestone; and when that
    page next changes by time alone (a shown deadline passing)."""
    form = NoticeFilterForm(request.GET or None, user=request.user)
    notices = form.filter(
        Notice.objects.visible_to(request.user).with_next_milestone().select_related("team", "owner__profile")
    ).in_next_due_order()
    page = Paginator(notices, PAGE_SIZE).get_page(request.GET.get("page"))
    next_ids = [n.next_milestone_id for n in page if n.next_milestone_id]
    next_milestones = Milestone.objects.in_bulk(next_ids)
    for notice in page:
        notice.next_milestone = next_milestones.get(notice.next_milestone_id)
        if notice.next_milestone is not None:
            notice.next_milestone.notice = notice  # its team's rules (urgency) read without a query per row
    query = request.GET.copy()
    query.pop("page", None)
    context = {"form": form, "page": page, "query": query.urlencode(), "now": now, "today": timezone.localdate(now)}
    passing = [m.due_at for m in next_milestones.values() if m.due_at is not None and m.due_at > now]
    return render_to_string("tenders/_notice_results.html", context), min(passing, default=None)


@login_required
def notice_detail(request, pk):
    notice = visible_notice(
        request.user,
        pk,
        Notice.objects.select_related("team", "owner__profile").prefetch_related("assignees__profile", "documents"),
    )
    milestones = notice.milestones.prefetch_related(
        Prefetch("changes", queryset=MilestoneChange.objects.select_related("changed_by__profile"))
    ).select_related("done_by__profile")
    context = {
        "notice": notice,
        "milestones": milestones,
        "status_changes": notice.status_changes.select_related("changed_by__profile"),
        "notice_changes": notice.changes.select_related("changed_by__profile"),
        "status_form": StatusForm(initial={"status": notice.status}),
        "now": timezone.now(),
        "today": timezone.localdate(),
    }
    return render(request, "tenders/notice_detail.html", context)


@login_required
def notice_create(request):
    editor = NoticeEditor(request.POST or None, user=request.user, extra=3)
    if request.method == "POST" and editor.is_valid():
        notice = editor.save()
        messages.success(request, _("The notice was saved."))
        warn_about_schedule(request, notice)
        return redirect("tenders:notice_detail", pk=notice.pk)
    return render(request, "tenders/notice_form.html", {"editor": editor, "notice": None})


@login_required
def notice_edit(request, pk):
    notice = visible_notice(request.user, pk)
    editor = NoticeEditor(request.POST or None, user=request.user, instance=notice)
    if request.method == "POST" and editor.is_valid():
        editor.save()
        messages.success(request, _("The notice was saved."))
        warn_about_schedule(request, notice)
        return redirect("tenders:notice_detail", pk=notice.pk)
    return render(request, "tenders/notice_form.html", {"editor": editor, "notice": notice})


def warn_about_schedule(request, notice):
    for warning in notice.schedule_warnings():
        messages.warning(request, warning)


@login_required
@require_POST
def notice_status(request, pk):
    notice = visible_notice(request.user, pk)
    form = StatusForm(request.POST)
    if form.is_valid() and notice_set_status(notice=notice, status=form.cleaned_data["status"], by=request.user):
        messages.success(request, _("Status changed to “%(status)s”.") % {"status": notice.get_status_display()})
    return redirect("tenders:notice_detail", pk=notice.pk)


@login_required
def notice_document(request, pk, document_pk):
    """An original document, for the people who may see its notice only."""
    notice = visible_notice(request.user, pk)
    document = get_object_or_404(notice.documents, pk=document_pk)
    if document.file:
        return FileResponse(document.file.open("rb"), as_attachment=True, filename=document.filename)
    response = HttpResponse(document.text, content_type="text/plain; charset=utf-8")
    response["Content-Disposition"] = "attachment; filename*=UTF-8''" + quote(document.filename or "document.txt")
    return response
