"""The identity a milestone's calendar event carries wherever it is written: the feeds and the .ics a
date-change mail attaches give the same UID, so a calendar holds one event per milestone.

It names the installation's host (from SITE_URL), so the events of demo, staging and production
never collide in a calendar that subscribes to more than one.
"""

from django.conf import settings

# Who wrote a calendar: the same in the feeds and in the .ics a mail attaches.
CALENDAR_PRODID = "-//Shimekiri//Shimekiri 締切//JA"


def _host() -> str:
    return settings.SITE_HOST or "shimekiri"


def milestone_uid(milestone_pk: int) -> str:
    return f"milestone-{milestone_pk}@{_host()}"


def feed_moved_uid(feed_pk: int) -> str:
    """The one event a team's former shared URL answers (see calendars.views.retired_team_url)."""
    return f"feed-{feed_pk}-moved@{_host()}"
