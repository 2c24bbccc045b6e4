"""Notices (案件): a procurement call the team watches or bids for."""

from django.conf import settings
from django.db import models
from django.db.models import F, OuterRef, Q, Subquery
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class NoticeQuerySet(models.QuerySet):
    def active(self):
        """Notices whose milestones still matter: watching, go, submitted."""
        return self.filter(status__in=Notice.ACTIVE_STATUSES)

    def visible_to(self, user):
        """The notices of the user's teams (everything for a superuser)."""
        if not user.is_authenticated:
            return self.none()
        if user.is_superuser:
            return self.all()
        return self.filter(team__memberships__user=user)

    def search(self, text: str):
        """Title, issuer or reference number containing every word of ``text``."""
        for word in text.split():
            self = self.filter(Q(title__icontains=word) | Q(issuer__icontains=word) | Q(reference_number__icontains=word))
        return self

    def with_next_milestone(self):
        """Annotate ``next_due_on`` and ``next_milestone_id``: the earliest open milestone (None when all are done)."""
        from tenders.models.milestones import Milestone

        next_open = Milestone.objects.open().filter(notice=OuterRef("pk")).in_due_order()
        return self.annotate(
            next_due_on=Subquery(next_open.values("starts_on")[:1]),
            next_milestone_id=Subquery(next_open.values("pk")[:1]),
        )

    def in_next_due_order(self):
        return self.order_by(F("next_due_on").asc(nulls_last=True), "-created_at", "pk")

    def of_person(self, user):
        """Notices the person owns or is assigned to, within their current teams."""
        return self.filter(team__memberships__user=user).filter(Q(owner=user) | Q(assignees=user)).distinct()


class NoticeMethod(models.TextChoices):
    PROPOSAL = "proposal", _("open proposal (公募型プロポーザル)")
    PLANNING_COMPETITION = "planning_competition", _("planning competition (企画競争)")
    GENERAL_TENDER = "general_tender", _("general competitive tender (一般競争入札)")
    DESIGNATED_TENDER = "designated_tender", _("designated competitive tender (指名競争入札)")
    INTENT_CONFIRMATION = "intent_confirmation", _("call for expressions of intent (参加意思確認公募)")
    NEGOTIATED = "negotiated", _("negotiated contract (随意契約)")
    OTHER = "other", _("other")


class NoticeStatus(models.TextChoices):
    WATCHING = "watching", _("watching")
    GO = "go", _("go")
    NO_GO = "no_go", _("no-go")
    SUBMITTED = "submitted", _("submitted")
    WON = "won", _("won")
    LOST = "lost", _("lost")
    WITHDRAWN = "withdrawn", _("withdrawn")
    CANCELLED = "cancelled", _("cancelled by the issuer")


class Notice(models.Model):
    Method = NoticeMethod
    Status = NoticeStatus

    ACTIVE_STATUSES = (Status.WATCHING, Status.GO, Status.SUBMITTED)

    team = models.ForeignKey("tenders.Team", on_delete=models.PROTECT, related_name="notices", verbose_name=_("team"))
    title = models.CharField(_("title"), max_length=300)
    issuer = models.CharField(_("issuer"), max_length=200, blank=True)
    reference_number = models.CharField(_("reference number"), max_length=100, blank=True)
    source_url = models.URLField(_("source URL"), max_length=500, blank=True)
    method = models.CharField(_("procurement method"), max_length=30, choices=Method.choices, default=Method.PROPOSAL)
    budget_ceiling = models.PositiveBigIntegerField(_("budget ceiling (yen)"), null=True, blank=True)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="owned_notices",
        verbose_name=_("owner"),
        help_text=_("The person responsible for this notice."),
    )
    assignees = models.ManyToManyField(
        settings.AUTH_USER_MODEL, related_name="assigned_notices", blank=True, verbose_name=_("assignees")
    )
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.WATCHING)
    notes = models.TextField(_("notes"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = NoticeQuerySet.as_manager()

    class Meta:
        verbose_name = _("notice")
        verbose_name_plural = _("notices")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(condition=Q(status__in=NoticeStatus.values), name="notice_status_valid"),
            models.CheckConstraint(condition=Q(method__in=NoticeMethod.values), name="notice_method_valid"),
            models.CheckConstraint(condition=~Q(title=""), name="notice_title_not_empty"),
        ]
        indexes = [
            models.Index(fields=["team", "status"], name="notice_team_status"),
            models.Index(fields=["owner", "status"], name="notice_owner_status"),
            models.Index(fields=["updated_at"], name="notice_updated"),
        ]

    def __str__(self):
        return self.title

    @property
    def is_active(self) -> bool:
        return self.status in self.ACTIVE_STATUSES

    def schedule_warnings(self) -> list[str]:
        """Things in the schedule that look wrong but may be right (warn, do not block)."""
        from tenders.models.milestones import MilestoneKind

        milestones = list(self.milestones.all())
        questions = [m for m in milestones if m.kind == MilestoneKind.QUESTION]
        warnings = []
        for submission in (m for m in milestones if m.kind == MilestoneKind.SUBMISSION):
            for question in questions:
                if submission.ends_on < question.starts_on or (
                    submission.due_at and question.due_at and submission.due_at < question.due_at
                ):
                    warnings.append(
                        _("“%(submission)s” (%(submission_due)s) is before “%(question)s” (%(question_due)s). Check the dates.")
                        % {
                            "submission": submission.label,
                            "submission_due": submission.due_display(),
                            "question": question.label,
                            "question_due": question.due_display(),
                        }
                    )
        return warnings

    def people(self):
        """Owner first, then the assignees (each once)."""
        people = [self.owner]
        people += [u for u in self.assignees.all() if u.pk != self.owner_id]
        return people


class NoticeStatusChange(models.Model):
    """One change of a notice's status (見送り, 提出済, 受注…): who, when, from what to what."""

    notice = models.ForeignKey(Notice, on_delete=models.CASCADE, related_name="status_changes", verbose_name=_("notice"))
    changed_at = models.DateTimeField(_("changed at"), default=timezone.now)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+", verbose_name=_("changed by")
    )
    old_status = models.CharField(_("old status"), max_length=20, choices=NoticeStatus.choices)
    new_status = models.CharField(_("new status"), max_length=20, choices=NoticeStatus.choices)

    class Meta:
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")
        ordering = ["-changed_at", "-pk"]

    def __str__(self):
        return f"{self.get_old_status_display()} → {self.get_new_status_display()}"


class NoticeChange(models.Model):
    """One change of a notice made with others at once (状況・担当・副担当・日程の完了): who, when, what."""

    notice = models.ForeignKey(Notice, on_delete=models.CASCADE, related_name="changes", verbose_name=_("notice"))
    changed_at = models.DateTimeField(_("changed at"), default=timezone.now)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+", verbose_name=_("changed by")
    )
    summary = models.CharField(_("change"), max_length=500)

    class Meta:
        verbose_name = _("notice change")
        verbose_name_plural = _("notice changes")
        ordering = ["-changed_at", "-pk"]

    def __str__(self):
        return self.summary


def document_path(instance, filename):
    return f"documents/{instance.notice_id}/{filename}"


class NoticeDocument(models.Model):
    """An original document of a notice (公募要領, 仕様書, 訂正公告…) and its text."""

    notice = models.ForeignKey(Notice, on_delete=models.CASCADE, related_name="documents", verbose_name=_("notice"))
    file = models.FileField(_("file"), upload_to=document_path, blank=True)
    filename = models.CharField(_("file name"), max_length=255)
    text = models.TextField(_("text"), blank=True)
    uploaded_at = models.DateTimeField(_("uploaded"), auto_now_add=True)

    class Meta:
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        ordering = ["uploaded_at"]

    def __str__(self):
        return self.filename
