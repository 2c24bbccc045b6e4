"""Teams, the staff in them, and each person's preferences."""

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from tenders.models.milestones import MilestoneKind, default_actionable_kinds
from tenders.offsets import default_offsets, parse_offset


def validate_time_zone(value: str) -> None:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(
            _("“%(value)s” is not a known time zone (for example Asia/Tokyo)."), params={"value": value}
        ) from None


def staff_name(user) -> str:
    """How a person is named to others: display name, else full name, else the login."""
    profile = getattr(user, "profile", None)
    return (profile and profile.display_name) or user.get_full_name() or user.get_username()


def validate_kinds(value) -> None:
    if not isinstance(value, list) or any(kind not in MilestoneKind.values for kind in value):
        raise ValidationError(_("Choose milestone kinds from the list."))


def validate_offsets(value) -> None:
    if not isinstance(value, list):
        raise ValidationError(_("Give a list of offsets such as 7d, 3bd, 3h."))
    for code in value:
        try:
            parse_offset(code)
        except ValueError as exc:
            raise ValidationError(str(exc)) from None


class TeamQuerySet(models.QuerySet):
    def of(self, user):
        """Teams the user belongs to (all teams for a superuser)."""
        if user.is_superuser:
            return self.all()
        return self.filter(memberships__user=user)

    def led_by(self, user):
        if user.is_superuser:
            return self.all()
        return self.filter(memberships__user=user, memberships__role=Membership.Role.LEAD)


class Team(models.Model):
    name = models.CharField(_("name"), max_length=100, unique=True)
    deadline_time = models.TimeField(
        _("default deadline time"),
        default=dt.time(17, 0),
        help_text=_("When a milestone with a date but no time is considered due."),
    )
    reminder_offsets = models.JSONField(
        _("reminder offsets"),
        default=default_offsets,
        validators=[validate_offsets],
        help_text=_("Before each open milestone: 7d = 7 days, 3bd = 3 business days (営業日), 3h = 3 hours."),
    )
    actionable_kinds = models.JSONField(
        _("milestones the team acts on"),
        default=default_actionable_kinds,
        validators=[validate_kinds],
        help_text=_(
            "These kinds get reminders and turn overdue when missed; the others (the issuer's steps) are shown as information."
        ),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    objects = TeamQuerySet.as_manager()

    class Meta:
        verbose_name = _("team")
        verbose_name_plural = _("teams")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def offsets(self):
        return sorted({parse_offset(code) for code in self.reminder_offsets}, key=lambda o: (o.unit != "hours", o.amount))

    def acts_on(self, kind: str) -> bool:
        """Whether milestones of this kind are the team's to meet (see milestones.actionable_condition)."""
        return kind in self.actionable_kinds

    def leads(self):
        return self.members.filter(memberships__team=self, memberships__role=Membership.Role.LEAD)

    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL, through="Membership", related_name="teams", verbose_name=_("members")
    )


class Membership(models.Model):
    class Role(models.TextChoices):
        LEAD = "lead", _("lead")
        MEMBER = "member", _("member")

    team = models.ForeignKey(Team, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("team"))
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("staff")
    )
    role = models.CharField(_("role"), max_length=10, choices=Role.choices, default=Role.MEMBER)
    joined_at = models.DateTimeField(_("joined"), auto_now_add=True)

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.UniqueConstraint(fields=["team", "user"], name="membership_once_per_team"),
            models.CheckConstraint(condition=models.Q(role__in=["lead", "member"]), name="membership_role_valid"),
        ]

    def __str__(self):
        return f"{self.user} @ {self.team} ({self.get_role_display()})"


class Profile(models.Model):
    class Language(models.TextChoices):
        JAPANESE = "ja", "日本語"
        ENGLISH = "en", "English"

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile", verbose_name=_("staff")
    )
    display_name = models.CharField(_("display name"), max_length=100, blank=True)
    language = models.CharField(_("language"), max_length=5, choices=Language.choices, default=Language.JAPANESE)
    time_zone = models.CharField(_("time zone"), max_length=64, default=settings.TIME_ZONE, validators=[validate_time_zone])
    digest_enabled = models.BooleanField(
        _("daily digest"), default=True, help_text=_("One email each morning with overdue and coming milestones.")
    )
    reminders_enabled = models.BooleanField(_("reminder emails"), default=True)

    class Meta:
        verbose_name = _("profile")
        verbose_name_plural = _("profiles")
        constraints = [
            models.CheckConstraint(condition=models.Q(language__in=["ja", "en"]), name="profile_language_valid"),
        ]

    def __str__(self):
        return self.display_name or self.user.get_username()

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.time_zone)
