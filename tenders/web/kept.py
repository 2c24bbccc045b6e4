"""Page parts kept as rendered HTML until they would differ (the dashboard's lists, the notice list).

A part is kept per person, name, variant (scope, filters, page), language and time zone under the
validity keys of the person's teams (renewed by every change to their notices and people, see
tenders.models.validity), and only until the next moment time alone changes it: midnight, or a
deadline it shows passing.
"""

import datetime as dt
import hashlib

from django.core.cache import cache
from django.utils import timezone
from django.utils.translation import get_language

from tenders.models import Team, validity_of
from tenders.moments import day_start

KEPT_SECONDS = 24 * 3600


def kept_html(user, name: str, variant: str, render) -> str:
    """The part ``name`` as kept, or ``render(now)`` → (html, next moment it changes or None), kept."""
    now = timezone.now()
    keys = [row[:2] for row in validity_of(Team.objects.of(user))]
    state = f"{user.pk}:{variant}:{get_language()}:{timezone.get_current_timezone_name()}:{keys}"
    key = f"{name}:" + hashlib.sha256(state.encode()).hexdigest()
    cached = cache.get(key)
    if cached is not None and now < cached[1]:
        return cached[0]
    html, changes_at = render(now)
    midnight = day_start(timezone.localdate(now) + dt.timedelta(days=1), timezone.get_current_timezone())
    cache.set(key, (html, min(filter(None, [midnight, changes_at]))), KEPT_SECONDS)
    return html
