"""Calendar feeds that calendar apps subscribe to: a person's own, through a secret URL, and their
team's, through a secret URL of each member's own that ends with the membership."""

import datetime as dt
import functools
import hmac
import secrets

from django.conf import settings
from django.db import connections, models, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tenders import statements


def new_key() -> str:
    return secrets.token_urlsafe(32)  # 256 random bits


class FeedAddress:
    """A secret URL of a feed (its path from ``key``), in the forms a subscribe page offers."""

    key: str

    @property
    def path(self) -> str:
        return reverse("calendars:feed", kwargs={"key": self.key})

    @property
    def url(self) -> str:
        return settings.SITE_URL + self.path

    @property
    def webcal_url(self) -> str:
        return "webcal://" + self.url.split("://", 1)[1]


class FeedQuerySet(models.QuerySet):
    def for_team(self, team):
        return self.get_or_create(kind=Feed.Kind.TEAM, team=team)[0]

    def for_person(self, user):
        return self.get_or_create(kind=Feed.Kind.PERSON, user=user)[0]

    def by_key(self, key: str):
        """The feed this secret key opens, or None (compared in constant time).

        A team feed opens through a member's own key (TeamFeedKey), a personal feed through its own;
        either only while its person is active (and, for a team, a member: the key goes with the
        membership). With its team's validity key (see team_validity), in one query written out and
        read with a plain cursor: this runs for every calendar app's poll, and the ORM's machinery
        around so small a query cost more than the query itself.
        """
        if not key or len(key) > 100:
            return None
        fields, query = _by_key_query()
        connection = connections[self.db]
        with connection.cursor() as cursor:
            # Planning this five-table query took PostgreSQL about five times as long as running it
            # (EXPLAIN ANALYZE: 1.4 ms against 0.3 ms), on every poll: it is prepared once per
            # connection and then only executed (docs/performance.md, feed_warm_ratio).
            statements.execute(connection, cursor, "shimekiri_feed_by_key", query, {"key": key, "person": Feed.Kind.PERSON})
            row = cursor.fetchone()
        if row is None:
            return None
        *values, team_key, team_changed_at, found = (_aware(value) for value in row)
        if not hmac.compare_digest(found.encode(), key.encode()):
            return None
        feed = Feed.from_db(self.db, fields, values)
        feed.team_key, feed.team_changed_at = team_key, team_changed_at
        return feed


@functools.cache
def _by_key_query() -> tuple[list[str], str]:
    """The feed's columns and the query of FeedQuerySet.by_key, written out once per process."""
    from django.contrib.auth import get_user_model

    from tenders.models import Membership, TeamValidity

    fields = [field.attname for field in Feed._meta.concrete_fields]
    columns = ", ".join("f." + name for name in fields)
    feeds, validity = Feed._meta.db_table, TeamValidity._meta.db_table
    users, members, keys = get_user_model()._meta.db_table, Membership._meta.db_table, TeamFeedKey._meta.db_table
    query = (
        f"SELECT {columns}, r.key, r.changed_at, k.key FROM {keys} k"
        f" JOIN {feeds} f ON f.id = k.feed_id JOIN {members} m ON m.id = k.membership_id"
        f" JOIN {users} u ON u.id = m.user_id LEFT JOIN {validity} r ON r.team_id = f.team_id"
        " WHERE k.key = %(key)s AND u.is_active"
        f" UNION ALL SELECT {columns}, NULL, NULL, f.key FROM {feeds} f JOIN {users} u ON u.id = f.user_id"
        " WHERE f.key = %(key)s AND f.kind = %(person)s AND u.is_active"
    )
    return fields, query


def _aware(value):
    """SQLite hands a timestamp back naive, in UTC, where no ORM field converts it (PostgreSQL: aware)."""
    if isinstance(value, dt.datetime) and timezone.is_naive(value):
        return timezone.make_aware(value, dt.timezone.utc)
    return value


class Feed(FeedAddress, models.Model):
    class Kind(models.TextChoices):
        TEAM = "team", _("team")
        PERSON = "person", _("personal")

    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    team = models.OneToOneField(
        "tenders.Team", on_delete=models.CASCADE, null=True, blank=True, related_name="feed", verbose_name=_("team")
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, null=True, blank=True, related_name="feed", verbose_name=_("staff")
    )
    key = models.CharField(_("secret key"), max_length=64, unique=True, default=new_key, editable=False)
    include_alarms = models.BooleanField(
        _("alarms"),
        default=False,
        help_text=_("Add alarms at the team's reminder offsets (many calendar apps ignore them; some fire them unasked)."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)  # alarms switched: the body changes
    rotated_at = models.DateTimeField(_("URL changed"), null=True, blank=True)

    objects = FeedQuerySet.as_manager()

    class Meta:
        verbose_name = _("calendar feed")
        verbose_name_plural = _("calendar feeds")
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(kind="team", team__isnull=False, user__isnull=True)
                    | Q(kind="person", user__isnull=False, team__isnull=True)
                ),
                name="feed_belongs_to_team_or_person",
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.team or self.user}"

    def milestones(self, since: dt.date):
        """What the feed shows: milestones of active notices (done ones stay, marked ✔) that end on
        ``since`` or later (see past_cutoff)."""
        from tenders.models import Milestone, Notice

        if self.kind == self.Kind.TEAM:
            notices = Notice.objects.filter(team=self.team)
        else:
            notices = Notice.objects.of_person(self.user)
        return Milestone.objects.filter(notice__in=notices.active().values("pk"), ends_on__gte=since)

    def team_validity(self) -> list[tuple[int, str, dt.datetime]]:
        """(team, validity key, changed at) of every team whose notices the feed shows: while these
        stay, the feed is the same (see tenders.models.validity)."""
        from tenders.models import Team, validity_of

        if self.kind == self.Kind.TEAM and getattr(self, "team_key", None) is not None:  # read with the feed (by_key)
            return [(self.team_id, self.team_key, self.team_changed_at)]
        teams = (
            Team.objects.filter(pk=self.team_id)
            if self.kind == self.Kind.TEAM
            else Team.objects.filter(memberships__user=self.user_id)
        )
        return validity_of(teams)

    @transaction.atomic
    def rotate(self) -> None:
        """New secret URLs: a personal feed's own, or every member's URL of a team feed; the old ones
        answer 404 from now on (members get new ones where they look: /calendars/, feed_urls)."""
        self.key = new_key()
        self.rotated_at = timezone.now()
        self.save(update_fields=["key", "rotated_at"])
        self.member_keys.all().delete()

    @property
    def path(self) -> str:
        if self.kind == self.Kind.TEAM:  # its own key only fingerprints it: members read it through their own
            raise ValueError("a team feed is read through a member's own URL: address_for(user)")
        return super().path

    def address_for(self, user) -> "FeedAddress | None":
        """The URL through which ``user`` reads this feed: their own personal feed's, or their own key of
        their team's feed; None when they may not (not a member of the team, not theirs)."""
        if self.kind == self.Kind.PERSON:
            return self if self.user_id == user.pk else None
        from tenders.models import Membership

        membership = Membership.objects.filter(team=self.team_id, user=user).select_related("feed_key").first()
        if membership is None:
            return None
        try:
            return membership.feed_key  # made with the membership (calendars.addresses)
        except TeamFeedKey.DoesNotExist:  # a membership inserted around the services (a bulk load): made now, once
            return TeamFeedKey.objects.get_or_create(membership=membership, defaults={"feed": self})[0]

    @property
    def name(self) -> str:
        if self.kind == self.Kind.TEAM:
            return f"締切 — {self.team.name}"
        from tenders.models import staff_name

        return f"締切 — {staff_name(self.user)}"


def past_cutoff(today: dt.date) -> dt.date:
    """The first day a feed still shows: older milestones leave it, so that a large team's feed stays
    well under what calendar services accept (Google: 1 MB)."""
    return today - dt.timedelta(days=settings.FEED_PAST_DAYS)


class TeamFeedKey(FeedAddress, models.Model):
    """One member's own URL of their team's feed. It goes with the membership (deleted with it, however
    the membership ends), so a person who leaves the team can no longer read the feed through the
    URL they copied, while the others' URLs keep working."""

    feed = models.ForeignKey(Feed, on_delete=models.CASCADE, related_name="member_keys", verbose_name=_("calendar feed"))
    membership = models.OneToOneField(
        "tenders.Membership", on_delete=models.CASCADE, related_name="feed_key", verbose_name=_("membership")
    )
    key = models.CharField(_("secret key"), max_length=64, unique=True, default=new_key, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("member's feed URL")
        verbose_name_plural = _("members' feed URLs")

    def __str__(self):
        return f"{self.feed}: {self.membership.user}"
