"""The 新着 inbox: a team's new matches, its saved searches (leads edit them, anyone runs one now),
追跡する / 見送る, and the decisions on amendments. Nothing here waits on a portal search: 「今すぐ検索」
hands the search to the worker and the page polls its status."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_q.tasks import async_task

from tenders.discovery import services
from tenders.discovery.forms import SavedSearchForm
from tenders.discovery.models import PORTAL_URL, Amendment, InboxItem, SavedSearch
from tenders.models import Notice, Team
from tenders.web import reading, staging
from tenders.web.access import next_url, visible_notice
from tenders.web.from_document import review_new, save_staged

SOURCE = {"name": "官公需情報ポータルサイト", "url": PORTAL_URL}


def _items(user):
    return InboxItem.objects.filter(team__in=Team.objects.of(user)).select_related("entry", "team", "search", "notice")


@login_required
def inbox(request):
    state = request.GET.get("state", InboxItem.State.NEW)
    if state not in InboxItem.State.values:
        state = InboxItem.State.NEW
    teams = Team.objects.of(request.user).distinct()
    led = set(Team.objects.led_by(request.user).values_list("pk", flat=True))
    context = {
        "items": _items(request.user).filter(state=state)[:200],
        "state": state,
        "states": InboxItem.State.choices,
        "searches": SavedSearch.objects.filter(team__in=teams).select_related("team"),
        "led": led,
        "source": SOURCE,
    }
    return render(request, "discovery/inbox.html", context)


@login_required
def search_edit(request, pk=None):
    search = None
    if pk is not None:
        search = get_object_or_404(SavedSearch.objects.filter(team__in=Team.objects.led_by(request.user)), pk=pk)
    elif not Team.objects.led_by(request.user).exists():
        raise Http404
    form = SavedSearchForm(request.POST or None, instance=search, user=request.user)
    if request.method == "POST" and request.POST.get("delete") and search is not None:
        services.saved_search_delete(search)
        messages.success(request, _("The saved search was deleted."))
        return redirect("discovery:inbox")
    if request.method == "POST" and form.is_valid():
        services.saved_search_save(form.instance)
        messages.success(request, _("The saved search was saved. It runs every morning at its time."))
        return redirect("discovery:inbox")
    return render(request, "discovery/search_form.html", {"form": form, "search": search})


@login_required
@require_POST
def search_run(request, pk):
    """「今すぐ検索」: queued for the worker; the status line polls until it is done."""
    search = get_object_or_404(SavedSearch.objects.filter(team__in=Team.objects.of(request.user)), pk=pk)
    services.saved_search_mark_running(search)
    async_task("tenders.discovery.runs.run_one_task", search.pk)
    search.refresh_from_db()
    if request.htmx:
        return render(request, "discovery/_search_status.html", {"search": search})
    messages.info(request, _("The search is running. New matches appear in the inbox when it is done."))
    return redirect("discovery:inbox")


@login_required
def search_status(request, pk):
    search = get_object_or_404(SavedSearch.objects.filter(team__in=Team.objects.of(request.user)), pk=pk)
    return render(request, "discovery/_search_status.html", {"search": search})


@login_required
@require_POST
def item_dismiss(request, pk):
    item = get_object_or_404(_items(request.user), pk=pk)
    services.item_dismiss(item, by=request.user)
    return redirect(next_url(request, "discovery:inbox"))


@login_required
def item_track(request, pk):
    """追跡する: POST hands the reading of the description and attachments to the worker; GET shows the
    waiting line until it is done, then the review screen with the proposal; POST with the ``token``
    saves the notice, its documents and its link to the source."""
    item = get_object_or_404(_items(request.user), pk=pk)
    action = reverse("discovery:item_track", args=[item.pk])
    source = {"name": SOURCE["name"], "url": item.entry.source_url}
    if item.state == InboxItem.State.TRACKED and item.notice_id:
        messages.info(request, _("This result is already tracked."))
        return redirect("tenders:notice_detail", pk=item.notice_id)
    token = request.POST.get("token")
    if request.method == "POST" and token:
        try:
            return save_staged(
                request,
                token,
                after_save=lambda notice: services.tracking_record(notice=notice, item=item, by=request.user),
                action=action,
                source=source,
            )
        except services.AlreadyTracked as tracked:  # the notice this save made is rolled back with it
            messages.info(request, _("This result is already tracked."))
            return redirect("tenders:notice_detail", pk=tracked.notice_id)
    if request.method == "POST":
        services.item_prepare_start(item, by=request.user)
        async_task("tenders.discovery.preparation.prepare_task", item.pk, request.user.pk)
        return redirect(action)
    mine = item.prepared_for_id == request.user.pk
    if mine and item.preparation == InboxItem.Preparation.READY:
        document = staging.staged(item.preparation_token, user=request.user)
        if document is not None:
            for note in item.preparation_notes:
                messages.warning(request, note)
            entry = item.entry
            initial = {
                "title": entry.project_name,
                "issuer": entry.organization_name,
                "team": item.team_id,
                "source_url": entry.external_uri,
            }
            return review_new(request, document.text, item.preparation_token, initial=initial, action=action, source=source)
    if mine and item.preparation == InboxItem.Preparation.RUNNING:
        return render(request, "discovery/track_waiting.html", {"item": item})
    if mine and item.preparation == InboxItem.Preparation.FAILED:
        for note in item.preparation_notes:
            messages.error(request, note)
    return redirect("discovery:inbox")


@login_required
def item_track_status(request, pk):
    """The waiting line, polled: when the documents are read, htmx goes on to the review screen."""
    item = get_object_or_404(_items(request.user), pk=pk)
    if item.preparation != InboxItem.Preparation.RUNNING:
        return reading.done(reverse("discovery:item_track", args=[item.pk]))  # the waiting line shared with uploads
    return render(request, "discovery/_track_status.html", {"item": item})


@login_required
@require_POST
def amendment_decide(request, pk, action):
    amendment = get_object_or_404(Amendment, pk=pk)
    notice = visible_notice(request.user, amendment.notice_id, Notice.objects)
    if action == "accept":
        if services.amendment_accept(amendment, by=request.user):
            messages.success(request, _("The proposed changes were applied to the notice."))
    elif action == "dismiss":
        services.amendment_dismiss(amendment, by=request.user)
    elif action == "read":
        services.amendment_mark_read(amendment, user=request.user)
    else:
        raise Http404
    return redirect("tenders:notice_detail", pk=notice.pk)
