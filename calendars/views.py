"""Feed endpoints (secret URL, no login) and the subscribe page."""

import hashlib
import re

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.cache import patch_vary_headers
from django.utils.http import quote_etag
from django.utils.translation import gettext as _
from django.views.decorators.http import condition, require_POST

from calendars import bodies
from calendars.ical import build_calendar, for_events
from calendars.models import Feed
from tenders.models import Milestone, Notice, Team

CONTENT_TYPE = "text/calendar; charset=utf-8"
ACCEPTS_GZIP = re.compile(r"\bgzip\b")


def fingerprint(request, key):
    """(feed, ETag, Last-Modified, alarm offsets) from one or two small queries, memoised per request.

    The feed row and the revision of each team it shows (which grows with every change to what
    the feed shows) say whether the feed changed; its events are not read for that.
    """
    if not hasattr(request, "_feed_state"):
        feed = Feed.objects.by_key(key)
        if feed is None:
            raise Http404
        teams = feed.team_revisions()
        offsets = feed.alarm_offsets()
        last = max(filter(None, [*(changed for _, _, changed in teams), feed.created_at, feed.rotated_at]))
        raw = f"{feed.pk}:{feed.key}:{feed.include_alarms}:{[o.code for o in offsets]}:{[t[:2] for t in teams]}"
        request._feed_state = (feed, hashlib.sha256(raw.encode()).hexdigest()[:32], last, offsets)
    return request._feed_state


@condition(etag_func=lambda request, key: fingerprint(request, key)[1],
           last_modified_func=lambda request, key: fingerprint(request, key)[2])
def feed(request, key):
    """The calendar, built once per change and kept as a file (also gzipped, for the clients that ask)."""
    feed, etag, _last, offsets = fingerprint(request, key)
    gzipped = bool(ACCEPTS_GZIP.search(request.headers.get("Accept-Encoding", "")))

    def build():
        milestones = for_events(feed.milestones().in_due_order())
        return build_calendar(feed.name, milestones, offsets)

    body = bodies.kept(feed.pk, etag, build, gzipped=gzipped)
    response = HttpResponse(body, content_type=CONTENT_TYPE) if isinstance(body, bytes) else FileResponse(body, content_type=CONTENT_TYPE)
    response["Content-Disposition"] = 'inline; filename="shimekiri.ics"'
    response["Cache-Control"] = "private, max-age=300"
    patch_vary_headers(response, ["Accept-Encoding"])
    if gzipped:
        response["Content-Encoding"] = "gzip"
        response["ETag"] = "W/" + quote_etag(etag)  # another representation of the same feed
    return response


@login_required
def notice_calendar(request, pk):
    notice = get_object_or_404(Notice.objects.visible_to(request.user).distinct(), pk=pk)
    milestones = for_events(Milestone.objects.filter(notice=notice).in_due_order())
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
