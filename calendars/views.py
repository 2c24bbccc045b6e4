"""Feed endpoints (secret URL, no login) and the subscribe page."""

import datetime as dt
import hashlib

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.cache import get_conditional_response
from django.utils.http import http_date, quote_etag
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from calendars import bodies
from calendars.ical import build_calendar, for_events
from calendars.models import Feed, past_cutoff
from tenders.models import Milestone, Notice, Team
from tenders.moments import day_start
from tenders.uids import CALENDAR_PRODID, feed_moved_uid

CONTENT_TYPE = "text/calendar; charset=utf-8"
FEED_METHODS = ("GET", "HEAD")  # a feed is read, never written back (Thunderbird tries PUT)
CACHE_CONTROL = "private, max-age=300"
FILE_NAME = "shimekiri.ics"
BODY_FORMAT = 2  # raise when what a feed's body says changes, so files kept by an older version are not sent


def fingerprint(request, key):
    """(feed, ETag, Last-Modified, first day shown) from one small query, memoised per request.

    The feed row and the validity key of each team it shows (renewed by every change to what the
    feed shows) say whether the feed changed; its events are not read for that. The feed's own
    settings (alarms) and the day from which it shows milestones change it too, and each moves
    Last-Modified as well as the ETag, so a client asking If-Modified-Since never keeps a stale feed.
    """
    if not hasattr(request, "_feed_state"):
        feed = Feed.objects.by_key(key)
        if feed is None:
            raise Http404
        teams = feed.team_validity()
        zone = timezone.get_default_timezone()
        today = timezone.localdate(timezone=zone)
        since = past_cutoff(today)
        last = max(
            filter(
                None,
                [
                    *(changed for _, _, changed in teams),
                    feed.created_at,
                    feed.updated_at,
                    feed.rotated_at,
                    day_start(today, zone),
                ],
            )
        )
        raw = f"{BODY_FORMAT}:{settings.SITE_URL}:{feed.pk}:{feed.key}:{feed.include_alarms}:{since}:{[t[:2] for t in teams]}"
        request._feed_state = (feed, hashlib.sha256(raw.encode()).hexdigest()[:32], last, since)
    return request._feed_state


def accepts_gzip(header: str) -> bool:
    """Whether Accept-Encoding allows gzip: named (or "*") with a quality above zero (RFC 9110 12.5.3)."""
    qualities = {}
    for part in header.split(","):
        coding, *params = (piece.strip() for piece in part.split(";"))
        quality = 1.0
        for param in params:
            name, _eq, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if coding:
            qualities[coding.lower()] = quality
    named = qualities.get("gzip", qualities.get("x-gzip"))
    return (named if named is not None else qualities.get("*", 0.0)) > 0


@require_http_methods(FEED_METHODS)
def feed(request, key):
    """The calendar, built once per change and kept as a file (also gzipped, for the clients that ask).

    A 304 carries the headers of the 200 it stands for (ETag, Cache-Control, Vary, Last-Modified).
    """
    feed, etag, last, since = fingerprint(request, key)
    gzipped = accepts_gzip(request.META.get("HTTP_ACCEPT_ENCODING", ""))
    headers = {
        "ETag": ("W/" if gzipped else "") + quote_etag(etag),  # the gzipped one is another representation
        "Last-Modified": http_date(last.timestamp()),
        "Cache-Control": CACHE_CONTROL,
        "Vary": "Accept-Encoding",
    }
    if "HTTP_IF_NONE_MATCH" in request.META or "HTTP_IF_MODIFIED_SINCE" in request.META:  # a calendar app revalidating
        unchanged = HttpResponse(content_type=CONTENT_TYPE, headers=headers)
        not_modified = get_conditional_response(
            request, etag=headers["ETag"], last_modified=int(last.timestamp()), response=unchanged
        )
        if not_modified is not unchanged:
            return not_modified

    def build():
        milestones = for_events(feed.milestones(since).in_due_order())
        return build_calendar(feed.name, milestones, alarms=feed.include_alarms)

    body = bodies.kept(feed.pk, etag, build, gzipped=gzipped)
    if isinstance(body, bytes):
        response = HttpResponse(body, content_type=CONTENT_TYPE, headers=headers)
        response["Content-Disposition"] = f'inline; filename="{FILE_NAME}"'
    else:  # sent as a file (sendfile where the server can), with the same disposition
        response = FileResponse(body, content_type=CONTENT_TYPE, filename=FILE_NAME, headers=headers)
    if gzipped:
        response["Content-Encoding"] = "gzip"
    return response


def retired_team_url(request, key):
    """A team's shared URL from before each member had their own (see TeamFeedKey), or None.

    Calendar apps that still poll it get, instead of a silent 404 that leaves the calendar stale
    forever, a calendar with one all-day event today saying where the new URL is. It names no team
    and shows nothing of the team's notices, so a former member learns nothing from it; a rotation
    of the team's URLs ends it too (the team feed's key changes).
    """
    feed = Feed.objects.filter(kind=Feed.Kind.TEAM, key=key).only("pk").first() if key and len(key) <= 100 else None
    if feed is None:
        return None
    with translation.override(settings.LANGUAGE_CODE):  # feeds speak the site's language, whatever the thread spoke last
        return _retired_calendar(feed)


def _retired_calendar(feed) -> HttpResponse:
    from icalendar import Calendar, Event

    today = timezone.localdate()
    calendar = Calendar()
    calendar.add("prodid", CALENDAR_PRODID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", _("Shimekiri (this URL no longer works)"))
    event = Event()
    event.add("uid", feed_moved_uid(feed.pk))
    event.add("dtstamp", timezone.now())
    event.add("dtstart", today)
    event.add("dtend", today + dt.timedelta(days=1))
    event.add("summary", _("Shimekiri: subscribe again with your own URL"))
    event.add(
        "description",
        _(
            "Each member now reads the team calendar through a URL of their own, which stops working when "
            "they leave the team. Open %(url)s, subscribe with the URL shown there, then remove this calendar."
        )
        % {"url": settings.SITE_URL + reverse("calendars:subscribe")},
    )
    event.add("transp", "TRANSPARENT")
    calendar.add_component(event)
    response = HttpResponse(calendar.to_ical(), content_type=CONTENT_TYPE)
    response["Cache-Control"] = CACHE_CONTROL
    return response


@login_required
def notice_calendar(request, pk):
    notice = get_object_or_404(Notice.objects.visible_to(request.user).distinct(), pk=pk)
    milestones = for_events(Milestone.objects.filter(notice=notice).in_due_order())
    response = HttpResponse(build_calendar(None, milestones), content_type=CONTENT_TYPE)  # a download, not a subscription
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
