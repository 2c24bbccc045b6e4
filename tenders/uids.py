"""The identity a milestone's calendar event carries wherever it is written: the feeds and the .ics a
date-change mail attaches give the same UID, so a calendar holds one event per milestone.

It names the installation's host (from SITE_URL), so the events of demo, staging and production
never collide in a calendar that subscribes to more than one.
"""

from django.conf import settings


def milestone_uid(milestone_pk: int) -> str:
    return f"milestone-{milestone_pk}@{settings.SITE_HOST or 'shimekiri'}"
