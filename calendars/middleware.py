"""Calendar apps poll their feed URL all day long: answer them before the page middleware runs."""

import re

from django.http import Http404, HttpResponseNotAllowed, HttpResponseNotFound

from calendars import views

FEED_PATH = re.compile(r"/feeds/(?P<key>[^/]+)\.ics")  # the route calendars:feed (tests/test_feeds.py checks both agree)


class FeedMiddleware:
    """Right after SecurityMiddleware and WhiteNoise: a feed is a file behind a secret URL and uses none
    of what pages need (session, language, CSRF, sign-in, messages), so it skips them, as static files do.
    ALLOWED_HOSTS still applies and the response still gets SecurityMiddleware's headers. Other paths
    go on as usual."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        match = FEED_PATH.fullmatch(request.path_info)
        if match is None:
            return self.get_response(request)
        request.get_host()  # as CommonMiddleware would: an unknown Host header is refused (400)
        if request.method not in views.FEED_METHODS:  # read-only, whatever the key (Thunderbird writes back with PUT)
            return HttpResponseNotAllowed(views.FEED_METHODS, content_type="text/plain; charset=utf-8")
        try:
            return views.feed(request, match["key"])
        except Http404:  # unknown or revoked: a calendar app shows no page, so none is rendered
            retired = views.retired_team_url(request, match["key"])
            return retired or HttpResponseNotFound("Not found\n", content_type="text/plain; charset=utf-8")
