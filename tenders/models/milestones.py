"""Milestones of a notice, how precisely their date is known, and their history."""

import datetime as dt

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tenders import proposal


class MilestoneKind(models.TextChoices):
    PUBLISHED = "published", _("published")
    QUESTION = "question", _("questions due")
    ANSWER = "answer", _("answers")
    APPLICATION = "application", _("application")
    SUBMISSION = "submission", _("submission")
    HEARING = "hearing", _("presentation / hearing")
    RESULT = "result", _("result")
    CONTRACT = "contract", _("contract")
    OTHER = "other", _("other")


class Precision(models.TextChoices):
    DATETIME = "datetime", _("date and time")
    DATE = "date", _("date")
    EARLY_MONTH = "early_month", _("early in the month (上旬)")
    MID_MONTH = "mid_month", _("mid-month (中旬)")
    LATE_MONTH = "late_month", _("late in the month (下旬)")
    MONTH = "month", _("sometime in the month")


assert tuple(MilestoneKind.values) == proposal.KINDS
assert tuple(Precision.values) == proposal.PRECISIONS

# What the issuer does, not the bid team: shown as information, never reminded, never overdue
# (unless a team says otherwise, Team.actionable_kinds).
ISSUER_KINDS = (MilestoneKind.PUBLISHED, MilestoneKind.ANSWER, MilestoneKind.RESULT, MilestoneKind.CONTRACT)


def default_actionable_kinds() -> list[str]:
    """The kinds a bid team acts on unless it chooses otherwise: questions, application, submission, hearing, other."""
    return [kind for kind in MilestoneKind.values if kind not in ISSUER_KINDS]


# The days a milestone may fall on: every page, feed and calendar client handles these (year 1 or
# 9999 overflow once a time zone is applied). Refused outside, by the database too.
EARLIEST_DAY = dt.date(2000, 1, 1)
LATEST_DAY = dt.date(2100, 12, 31)


def overdue_condition(now: dt.datetime, today: dt.date) -> Q:
    """Past its time, or (without a time) past its last day (see Milestone.is_overdue, which adds actionable_condition)."""
    return Q(due_at__lt=now) | Q(due_at__isnull=True, ends_on__lt=today)


def actionable_condition(prefix: str = "") -> Q:
    """Milestones of a kind their team acts on (Team.actionable_kinds); ``prefix`` reaches them from
    another model ("milestone__"). The one rule behind reminders and "overdue" (Team.acts_on says it
    for one milestone). Reads the teams' choices once; most teams share one choice, so the condition
    names only the teams that differ."""
    from tenders.models.staff import Team

    teams_by_kinds: dict[frozenset, list[int]] = {}
    for pk, kinds in Team.objects.order_by("pk").values_list("pk", "actionable_kinds"):
        teams_by_kinds.setdefault(frozenset(kinds), []).append(pk)
    if not teams_by_kinds:
        return Q(**{f"{prefix}pk__in": []})
    common = max(teams_by_kinds, key=lambda kinds: len(teams_by_kinds[kinds]))
    others = [pk for kinds, pks in teams_by_kinds.items() if kinds != common for pk in pks]
    condition = Q(**{f"{prefix}kind__in": sorted(common)})
    if others:
        condition &= ~Q(**{f"{prefix}notice__team__in": others})
    for kinds, pks in teams_by_kinds.items():
        if kinds != common:
            condition |= Q(**{f"{prefix}notice__team__in": pks, f"{prefix}kind__in": sorted(kinds)})
    return condition


class MilestoneQuerySet(models.QuerySet):
    def open(self):
        return self.filter(done_at__isnull=True)

    def of_active_notices(self):
        from tenders.models.notices import Notice

        return self.filter(notice__status__in=Notice.ACTIVE_STATUSES)

    def actionable(self):
        """Of the kinds their team acts on: these get reminders and can be overdue; the rest is information."""
        return self.filter(actionable_condition())

    def overdue(self, now: dt.datetime, today: dt.date):
        """Past, and the team's to meet (the issuer's steps are never overdue)."""
        return self.filter(overdue_condition(now, today) & actionable_condition())

    def coming(self, now: dt.datetime, today: dt.date, days: int):
        """Not overdue, and due (or its window opens) within ``days`` days of ``today``."""
        return self.exclude(overdue_condition(now, today)).filter(starts_on__lte=today + dt.timedelta(days=days))

    def counts_by_team(self, now: dt.datetime, today: dt.date, days: int) -> dict[int, dict]:
        """{team id: {"overdue": n, "coming": n, "next_due": the next deadline moment or None}} in one query."""
        past = overdue_condition(now, today)
        rows = self.values("notice__team").annotate(
            overdue=models.Count("pk", filter=past & actionable_condition()),
            coming=models.Count("pk", filter=~past & Q(starts_on__lte=today + dt.timedelta(days=days))),
            next_due=models.Min("due_at", filter=Q(due_at__gt=now)),
        )
        return {
            row["notice__team"]: {"overdue": row["overdue"], "coming": row["coming"], "next_due": row["next_due"]} for row in rows
        }

    def between(self, first: dt.date, last: dt.date):
        """Milestones whose day or window touches first..last."""
        return self.filter(starts_on__lte=last, ends_on__gte=first)

    def in_due_order(self):
        """Earliest first; within a day, timed milestones by their time, then the rest."""
        return self.order_by("starts_on", F("due_at").asc(nulls_last=True), "pk")


class Milestone(models.Model):
    Kind = MilestoneKind
    Precision = Precision

    EARLIEST_DAY = EARLIEST_DAY
    LATEST_DAY = LATEST_DAY

    notice = models.ForeignKey("tenders.Notice", on_delete=models.CASCADE, related_name="milestones", verbose_name=_("notice"))
    kind = models.CharField(_("kind"), max_length=20, choices=MilestoneKind.choices, default=MilestoneKind.OTHER)
    label = models.CharField(_("label"), max_length=200, help_text=_("As written in the notice, e.g. 企画提案書等の提出期限."))
    precision = models.CharField(_("precision"), max_length=20, choices=Precision.choices, default=Precision.DATE)
    starts_on = models.DateField(
        _("date"), help_text=_("The day it is due; for 上旬/中旬/下旬 or a month, the first day of that month.")
    )
    ends_on = models.DateField(_("last day"), editable=False, help_text=_("Last day of the window (derived)."))
    due_at = models.DateTimeField(_("due at"), null=True, blank=True, help_text=_("Only for a deadline with a time."))
    delivery_note = models.CharField(_("delivery"), max_length=200, blank=True, help_text=_("必着, 郵送, 持参, メール…"))
    is_official = models.BooleanField(
        _("official"), default=True, help_text=_("Set by the issuer; clear for our own milestones such as 社内レビュー.")
    )
    done_at = models.DateTimeField(_("done at"), null=True, blank=True)
    done_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("done by"),
    )
    source_excerpt = models.TextField(_("source excerpt"), blank=True)
    ical_sequence = models.PositiveIntegerField(
        _("calendar sequence"),
        default=0,
        editable=False,
        help_text=_("The event's SEQUENCE in calendars: grows with every change of what the event shows (by the services)."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = MilestoneQuerySet.as_manager()

    class Meta:
        verbose_name = _("milestone")
        verbose_name_plural = _("milestones")
        ordering = ["starts_on", F("due_at").asc(nulls_last=True), "pk"]
        constraints = [
            models.CheckConstraint(condition=Q(kind__in=MilestoneKind.values), name="milestone_kind_valid"),
            models.CheckConstraint(condition=Q(precision__in=Precision.values), name="milestone_precision_valid"),
            models.CheckConstraint(
                condition=(Q(precision="datetime", due_at__isnull=False) | (~Q(precision="datetime") & Q(due_at__isnull=True))),
                name="milestone_due_at_iff_timed",
            ),
            models.CheckConstraint(condition=Q(ends_on__gte=F("starts_on")), name="milestone_window_ordered"),
            models.CheckConstraint(
                condition=~Q(precision__in=["datetime", "date"]) | Q(ends_on=F("starts_on")),
                name="milestone_single_day_when_exact",
            ),
            models.CheckConstraint(
                condition=Q(done_by__isnull=True) | Q(done_at__isnull=False), name="milestone_done_by_needs_done_at"
            ),
            models.CheckConstraint(condition=~Q(label=""), name="milestone_label_not_empty"),
            models.CheckConstraint(
                condition=Q(starts_on__gte=EARLIEST_DAY, ends_on__lte=LATEST_DAY),
                name="milestone_date_in_range",
                violation_error_code="date_out_of_range",
                violation_error_message=_("Dates from 2000-01-01 to 2100-12-31 only."),
            ),
        ]
        indexes = [
            models.Index(fields=["starts_on", "due_at"], condition=Q(done_at__isnull=True), name="milestone_open_by_due"),
            models.Index(fields=["notice", "starts_on"], name="milestone_notice_due"),
            # The reminder sweep looks up what came due, or changed, since its last run.
            models.Index(fields=["due_at"], condition=Q(done_at__isnull=True), name="milestone_open_by_moment"),
            models.Index(fields=["updated_at"], name="milestone_updated"),
        ]

    def __str__(self):
        return f"{self.label}（{self.due_display()}）"

    # --- when it is due -------------------------------------------------

    @classmethod
    def day_in_range(cls, day: dt.date) -> bool:
        return cls.EARLIEST_DAY <= day <= cls.LATEST_DAY

    @classmethod
    def out_of_range_error(cls) -> ValidationError:
        return ValidationError(
            _("Dates from %(earliest)s to %(latest)s only."),
            code="date_out_of_range",
            params={"earliest": cls.EARLIEST_DAY.isoformat(), "latest": cls.LATEST_DAY.isoformat()},
        )

    def clean(self):
        super().clean()
        if self.starts_on and not (self.day_in_range(self.starts_on) and self.day_in_range(self.ends_on or self.starts_on)):
            raise self.out_of_range_error()

    @property
    def due_time(self) -> dt.time | None:
        if self.due_at is None:
            return None
        return timezone.localtime(self.due_at, timezone.get_default_timezone()).time().replace(tzinfo=None)

    @property
    def date(self) -> dt.date:
        """The day as the notice gives it (first of the month for month precisions)."""
        if self.precision in proposal.MONTH_PRECISIONS:
            return self.starts_on.replace(day=1)
        return self.starts_on

    def set_due(self, precision: str, day: dt.date, time: dt.time | None = None) -> None:
        """Set precision, window and moment together (the only way they stay consistent).

        ``day`` and ``time`` are local to the site's time zone (Asia/Tokyo), as the notice writes them.
        """
        self.precision = precision
        self.starts_on, self.ends_on = proposal.window(precision, day)
        if precision == Precision.DATETIME:
            if time is None:
                raise ValueError("a timed milestone needs a time")
            self.due_at = timezone.make_aware(dt.datetime.combine(day, time), timezone.get_default_timezone())
        else:
            self.due_at = None

    TRACKED_FIELDS = ("kind", "label", "precision", "starts_on", "due_at", "done_at", "delivery_note")

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance._loaded = {f: getattr(instance, f) for f in cls.TRACKED_FIELDS if f in field_names}
        return instance

    def shown_changed(self) -> bool:
        """Whether what its calendar event shows changed since it was loaded (a new one: False)."""
        loaded = getattr(self, "_loaded", None)
        if loaded is None or self._state.adding:
            return False
        return any(getattr(self, f) != value for f, value in loaded.items())

    def save(self, *args, **kwargs):
        # Keep the derived window right whatever path set the fields (admin, fixtures).
        day = self.date
        if self.precision == Precision.DATETIME and self.due_at is not None:
            day = timezone.localtime(self.due_at, timezone.get_default_timezone()).date()
        self.starts_on, self.ends_on = proposal.window(self.precision, day)
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "ends_on", "starts_on"}
        super().save(*args, **kwargs)
        self._loaded = {f: getattr(self, f) for f in self.TRACKED_FIELDS}

    def due_display(self, language: str = "ja") -> str:
        from tenders.due_text import format_due

        return format_due(self.precision, self.starts_on, self.due_time, language=language)

    @property
    def is_done(self) -> bool:
        return self.done_at is not None

    @property
    def is_fuzzy(self) -> bool:
        """上旬/中旬/下旬 or a month: a window, not a day."""
        return self.precision in proposal.MONTH_PRECISIONS

    def local_day(self) -> dt.date:
        """The day it falls on for the viewer (the current time zone); the window's first day when fuzzy."""
        return timezone.localtime(self.due_at).date() if self.due_at is not None else self.starts_on

    @property
    def is_actionable(self) -> bool:
        """The team's to meet (reminded, can be overdue), not the issuer's step shown as information."""
        return self.notice.team.acts_on(self.kind)

    def is_past(self, now: dt.datetime, today: dt.date) -> bool:
        """Past its time, or (without a time) past its last day; ``today`` in the viewer's zone."""
        return self.due_at < now if self.due_at is not None else self.ends_on < today

    def is_overdue(self, now: dt.datetime, today: dt.date) -> bool:
        """Past, and the team's to meet (see MilestoneQuerySet.overdue)."""
        return self.is_past(now, today) and self.is_actionable


class MilestoneChange(models.Model):
    """One change of a milestone's date (often from a 訂正公告): who, when, old → new, why."""

    milestone = models.ForeignKey(Milestone, on_delete=models.CASCADE, related_name="changes", verbose_name=_("milestone"))
    changed_at = models.DateTimeField(_("changed at"), default=timezone.now)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+", verbose_name=_("changed by")
    )
    old_precision = models.CharField(_("old precision"), max_length=20, choices=Precision.choices)
    old_date = models.DateField(_("old date"))
    old_time = models.TimeField(_("old time"), null=True, blank=True)
    new_precision = models.CharField(_("new precision"), max_length=20, choices=Precision.choices)
    new_date = models.DateField(_("new date"))
    new_time = models.TimeField(_("new time"), null=True, blank=True)
    reason = models.TextField(_("reason"), blank=True)

    class Meta:
        verbose_name = _("date change")
        verbose_name_plural = _("date changes")
        ordering = ["-changed_at", "-pk"]
        indexes = [models.Index(fields=["changed_at"], name="milestone_change_recent")]

    def __str__(self):
        return f"{self.old_display()} → {self.new_display()}"

    def old_display(self, language: str = "ja") -> str:
        from tenders.due_text import format_due

        return format_due(self.old_precision, self.old_date, self.old_time, language=language)

    def new_display(self, language: str = "ja") -> str:
        from tenders.due_text import format_due

        return format_due(self.new_precision, self.new_date, self.new_time, language=language)
