"""Feed addresses are made when the people they are for are: a team's feed and each member's own URL of
it when a membership begins, a person's own feed with it. ``on_change`` listens to ``tenders.changes``
(registered in CalendarsConfig.ready) and runs inside the service's transaction, so showing a page
only reads the URLs. A membership that ends takes its URL with it (TeamFeedKey cascades).
"""

from django.contrib.auth import get_user_model

from calendars.models import Feed, TeamFeedKey
from tenders.changes import Change
from tenders.models import Membership, Team


def on_change(change: Change) -> None:
    if change.whole_teams:  # members, roles or team settings changed
        ensure_addresses(change.teams)


def ensure_addresses(team_ids) -> None:
    """Every team named has its feed, each of its members their own URL of it and a personal feed."""
    team_ids = list(Team.objects.filter(pk__in=list(team_ids)).values_list("pk", flat=True))  # deleted teams drop out
    if not team_ids:
        return
    have = set(Feed.objects.filter(kind=Feed.Kind.TEAM, team__in=team_ids).values_list("team_id", flat=True))
    Feed.objects.bulk_create([Feed(kind=Feed.Kind.TEAM, team_id=pk) for pk in team_ids if pk not in have], ignore_conflicts=True)
    feeds = dict(Feed.objects.filter(kind=Feed.Kind.TEAM, team__in=team_ids).values_list("team_id", "pk"))
    keyless = Membership.objects.filter(team__in=team_ids, feed_key__isnull=True).values_list("pk", "team_id")
    TeamFeedKey.objects.bulk_create(
        [TeamFeedKey(membership_id=pk, feed_id=feeds[team_id]) for pk, team_id in keyless], ignore_conflicts=True
    )
    people = get_user_model().objects.filter(memberships__team__in=team_ids, feed__isnull=True).values_list("pk", flat=True)
    Feed.objects.bulk_create([Feed(kind=Feed.Kind.PERSON, user_id=pk) for pk in set(people)], ignore_conflicts=True)
