"""Feed URLs are made when a membership begins (calendars.addresses), so showing them only reads."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from calendars.models import Feed, TeamFeedKey
from tenders.models import Membership
from tenders.services import membership_remove, staff_get_or_create, team_join


def test_joining_a_team_makes_the_members_own_feed_url_and_personal_feed(team, owner):
    newcomer, _ = staff_get_or_create(email="new@example.jp", display_name="新人 四郎")
    membership = team_join(team=team, user=newcomer)
    key = TeamFeedKey.objects.get(membership=membership)
    assert key.feed == Feed.objects.get(kind=Feed.Kind.TEAM, team=team)
    assert Feed.objects.filter(kind=Feed.Kind.PERSON, user=newcomer).exists()
    membership_remove(membership=membership)
    assert not TeamFeedKey.objects.filter(pk=key.pk).exists()


def test_the_subscription_page_shows_urls_without_writing(client, team, owner, teammate):
    client.force_login(teammate)
    with CaptureQueriesContext(connection) as queries:
        page = client.get(reverse("calendars:subscribe")).content.decode()
    writes = [q["sql"] for q in queries if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))]
    assert [w for w in writes if "calendars_" in w] == []
    own = TeamFeedKey.objects.get(membership=Membership.objects.get(team=team, user=teammate))
    assert own.key in page
