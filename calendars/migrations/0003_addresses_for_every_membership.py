"""Every existing membership gets its own URL of its team's feed (new ones get it when they begin)."""

import secrets

from django.db import migrations


def backfill(apps, schema_editor):
    Feed = apps.get_model("calendars", "Feed")
    TeamFeedKey = apps.get_model("calendars", "TeamFeedKey")
    Membership = apps.get_model("tenders", "Membership")
    team_ids = set(Membership.objects.values_list("team_id", flat=True))
    have = set(Feed.objects.filter(kind="team", team__in=team_ids).values_list("team_id", flat=True))
    for team_id in sorted(team_ids - have):
        Feed.objects.create(kind="team", team_id=team_id, key=secrets.token_urlsafe(32))
    feeds = dict(Feed.objects.filter(kind="team").values_list("team_id", "pk"))
    for pk, team_id in Membership.objects.filter(feed_key__isnull=True).values_list("pk", "team_id"):
        TeamFeedKey.objects.create(membership_id=pk, feed_id=feeds[team_id], key=secrets.token_urlsafe(32))


class Migration(migrations.Migration):
    dependencies = [
        ("calendars", "0002_member_feed_urls_and_feed_updated_at"),
        ("tenders", "0001_initial"),
    ]

    operations = [migrations.RunPython(backfill, migrations.RunPython.noop)]
