"""Calendar feeds: a secret URL per team and per person that calendar apps subscribe to."""

import datetime as dt
import hmac
import secrets

from django.conf import settings
from django.db import connections, models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def new_key() -> str:
    return secrets.token_urlsafe(32)  # 256 random bits


class FeedQuerySet(models.QuerySet):
    def for_team(self, team):
        return self.get_or_create(kind=Feed.Kind.TEAM, team=team)[0]

    def for_person(self, user):
        return self.get_or_create(kind=Feed.Kind.PERSON, user=user)[0]

    def by_key(self, key: str):
        """The feed with this secret key, or None (compared in constant time).

        With its team's revision (see team_revisions), in one query written out and read with a plain
        cursor: this runs for every calendar app's poll, and the ORM's machinery around so small a
        query cost more than the query itself.
        """
        if not key or len(key) > 100:
            return None
        from tenders.models import TeamRevision

        fields = [field.attname for field in Feed._meta.concrete_fields]
        with connections[self.db].cursor() as cursor:
            cursor.execute(
                f"SELECT {', '.join('f.' + name for name in fields)}, r.revision, r.changed_at"
                f" FROM {Feed._meta.db_table} f LEFT JOIN {TeamRevision._meta.db_table} r ON r.team_id = f.team_id"
                " WHERE f.key = %s",
                [key],
            )
            row = cursor.fetchone()
        if row is None:
            return None
        *values, team_revision, team_changed_at = (_aware(value) for value in row)
        feed = Feed.from_db(self.db, fields, values)
        if not hmac.compare_digest(feed.key.encode(), key.encode()):
            return None
        feed.team_revision, feed.team_changed_at = team_revision, team_changed_at
        return feed


def _aware(value):
    """SQLite hands a timestamp back naive, in UTC, where no ORM field converts it (PostgreSQL: aware)."""
    if isinstance(value, dt.datetime) and timezone.is_naive(value):
        return timezone.make_aware(value, dt.timezone.utc)
    return value


class Feed(models.Model):
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
        _("alarms"), default=False,
        help_text=_("Add alarms at the team's reminder offsets (many calendar apps ignore them; some fire them unasked)."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    rotated_at = models.DateTimeField(_("URL changed"), null=True, blank=True)

    objects = FeedQuerySet.as_manager()

    class Meta:
        verbose_name = _("calendar feed")
        verbose_name_plural = _("calendar feeds")
        constraints = [
            models.CheckConstraint(
                condition=(Q(kind="team", team__isnull=False, user__isnull=True) | Q(kind="person", user__isnull=False, team__isnull=True)),
                name="feed_belongs_to_team_or_person",
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.team or self.user}"

    def milestones(self):
        """What the feed shows: milestones of active notices (done ones stay, marked ✔)."""
        from tenders.models import Milestone, Notice

        if self.kind == self.Kind.TEAM:
            notices = Notice.objects.filter(team=self.team)
        else:
            notices = Notice.objects.of_person(self.user)
        return Milestone.objects.filter(notice__in=notices.active().values("pk"))

    def team_revisions(self) -> list[tuple[int, int, dt.datetime]]:
        """(team, revision, changed at) of every team whose notices the feed shows: while these stay,
        the feed is the same (see tenders.models.revisions)."""
        from tenders.models import Team, revisions_of

        if self.kind == self.Kind.TEAM and getattr(self, "team_revision", None) is not None:  # read with the feed (by_key)
            return [(self.team_id, self.team_revision, self.team_changed_at)]
        teams = Team.objects.filter(pk=self.team_id) if self.kind == self.Kind.TEAM else Team.objects.filter(memberships__user=self.user_id)
        return revisions_of(teams)

    def alarm_offsets(self):
        """The reminder offsets its alarms follow: the team's, or for a person their first team's."""
        if not self.include_alarms:
            return []
        from tenders.models import Team

        team = self.team or Team.objects.filter(memberships__user=self.user).order_by("pk").first()
        return team.offsets() if team else []

    def rotate(self) -> None:
        """A new secret URL; the old one answers 404 from now on."""
        self.key = new_key()
        self.rotated_at = timezone.now()
        self.save(update_fields=["key", "rotated_at"])

    @property
    def path(self) -> str:
        return reverse("calendars:feed", kwargs={"key": self.key})

    @property
    def url(self) -> str:
        return settings.SITE_URL + self.path

    @property
    def webcal_url(self) -> str:
        return "webcal://" + self.url.split("://", 1)[1]

    @property
    def name(self) -> str:
        if self.kind == self.Kind.TEAM:
            return f"締切 — {self.team.name}"
        from tenders.models import staff_name

        return f"締切 — {staff_name(self.user)}"
