"""Feed endpoints (secret URL, no login) and the subscribe page."""

import hashlib

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.db.models import Count, Max, Sum
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.gzip import gzip_page
from django.views.decorators.http import condition, require_POST

from calendars.ical import build_calendar
from calendars.models import Feed
from tenders.models import Milestone, Notice, Team

CONTENT_TYPE = "text/calendar; charset=utf-8"
CACHE_SECONDS = 24 * 3600


def fingerprint(request, key):
    """One cheap query that changes whenever anything the feed shows changes (memoised per request)."""
    if not hasattr(request, "_feed_state"):
        feed = Feed.objects.by_key(key)
        if feed is None:
            raise Http404
        state = feed.milestones().aggregate(
            events=Count("pk"), revisions=Sum("revision"), milestones_changed=Max("updated_at"),
            notices_changed=Max("notice__updated_at"),
        )
        last = max(filter(None, [state["milestones_changed"], state["notices_changed"], feed.created_at, feed.rotated_at]))
        offsets = feed.alarm_offsets()
        raw = f"{feed.pk}:{feed.key}:{[o.code for o in offsets]}:{state}"
        request._feed_state = (feed, hashlib.sha256(raw.encode()).hexdigest()[:32], last, offsets)
    return request._feed_state


@gzip_page
@condition(etag_func=lambda request, key: fingerprint(request, key)[1],
           last_modified_func=lambda request, key: fingerprint(request, key)[2])
def feed(request, key):
    feed, etag, _last, offsets = fingerprint(request, key)
    cache_key = f"feed:{feed.pk}:{etag}"
    body = cache.get(cache_key)
    if body is None:
        milestones = feed.milestones().select_related("notice", "notice__owner__profile").in_due_order()
        body = build_calendar(feed.name, milestones, offsets)
        cache.set(cache_key, body, CACHE_SECONDS)
    response = HttpResponse(body, content_type=CONTENT_TYPE)
    response["Content-Disposition"] = 'inline; filename="shimekiri.ics"'
    response["Cache-Control"] = "private, max-age=300"
    return response


@login_required
def notice_calendar(request, pk):
    notice = get_object_or_404(Notice.objects.visible_to(request.user).distinct(), pk=pk)
    milestones = Milestone.objects.filter(notice=notice).select_related("notice", "notice__owner__profile").in_due_order()
    response = HttpResponse(build_calendar(f"締切 — {notice.title}", milestones), content_type=CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="notice-{notice.pk}.ics"'
    return response


@login_required
def subscribe(request):
    teams = Team.objects.of(request.user).distinct()
    led = set(Team.objects.led_by(request.user).values_list("pk", flat=True))
    team_feeds = [(Feed.objects.for_team(team), team.pk in led) for team in teams]
    personal = Feed.objects.for_person(request.user)
    return render(request, "calendars/subscribe.html", {"team_feeds": team_feeds, "personal": personal})


@login_required
@require_POST
def rotate(request, pk):
    feed = get_object_or_404(Feed, pk=pk)
    allowed = feed.user_id == request.user.pk or (
        feed.team_id is not None and Team.objects.led_by(request.user).filter(pk=feed.team_id).exists()
    )
    if not allowed:
        raise Http404
    feed.rotate()
    messages.success(request, _("The calendar URL was changed. Subscribe again with the new URL; the old one no longer works."))
    return redirect("calendars:subscribe")
