"""Each reminder email is a row: planned, claimed before the SMTP call, then sent or failed."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from tenders.lease import DeliveryStatus, Leased


class DeliveryKind(models.TextChoices):
    REMINDER = "reminder", _("reminder")
    WINDOW = "window", _("expected period")
    CHANGE = "change", _("date changed")
    BOUNCE = "bounce", _("delivery failed")


REMINDER_KINDS = (DeliveryKind.REMINDER, DeliveryKind.WINDOW)  # the ones planned before a deadline


class Delivery(Leased):
    Status = DeliveryStatus
    Kind = DeliveryKind

    milestone = models.ForeignKey(
        "tenders.Milestone", on_delete=models.CASCADE, related_name="deliveries", verbose_name=_("milestone")
    )
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="deliveries", verbose_name=_("recipient")
    )
    kind = models.CharField(_("kind"), max_length=10, choices=DeliveryKind.choices)
    code = models.CharField(_("offset"), max_length=40, blank=True, help_text=_("A reminder's offset: 7d, 3bd, 3h; window."))
    change = models.ForeignKey(
        "tenders.MilestoneChange",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="deliveries",
        verbose_name=_("date change"),
        help_text=_("The date change a 日程変更 mail tells of."),
    )
    failed_delivery = models.ForeignKey(
        "self",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="bounces",
        verbose_name=_("failed reminder"),
        help_text=_("The refused reminder a 配信失敗 mail to the leads tells of."),
    )
    failed_digest = models.ForeignKey(
        "DigestDelivery",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="bounces",
        verbose_name=_("failed digest"),
        help_text=_("The refused digest a 配信失敗 mail to the leads tells of."),
    )
    due = models.DateTimeField(_("due moment"), help_text=_("The milestone's due moment this mail is about."))
    send_at = models.DateTimeField(_("send at"))
    status = models.CharField(_("status"), max_length=10, choices=DeliveryStatus.choices, default=DeliveryStatus.PENDING)

    class Meta:
        verbose_name = _("reminder delivery")
        verbose_name_plural = _("reminder deliveries")
        ordering = ["-send_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["milestone", "recipient", "code", "due"],
                condition=Q(kind__in=["reminder", "window"]),
                name="delivery_once",
            ),
            models.UniqueConstraint(fields=["change", "recipient"], name="delivery_change_once"),
            models.UniqueConstraint(fields=["failed_delivery", "recipient"], name="delivery_bounce_once"),
            models.UniqueConstraint(fields=["failed_digest", "recipient"], name="delivery_digest_bounce_once"),
            models.CheckConstraint(  # each kind refers to what it is about, and to nothing else
                condition=(
                    Q(
                        kind__in=["reminder", "window"],
                        change__isnull=True,
                        failed_delivery__isnull=True,
                        failed_digest__isnull=True,
                    )
                    & ~Q(code="")
                    | Q(kind="change", change__isnull=False, failed_delivery__isnull=True, failed_digest__isnull=True, code="")
                    | Q(kind="bounce", change__isnull=True, code="")
                    & (
                        Q(failed_delivery__isnull=False, failed_digest__isnull=True)
                        | Q(failed_delivery__isnull=True, failed_digest__isnull=False)
                    )
                ),
                name="delivery_refers_to_what_it_is_about",
            ),
            models.CheckConstraint(condition=Q(status__in=DeliveryStatus.values), name="delivery_status_valid"),
            models.CheckConstraint(condition=Q(kind__in=DeliveryKind.values), name="delivery_kind_valid"),
            models.CheckConstraint(condition=~Q(status="sent") | Q(sent_at__isnull=False), name="delivery_sent_has_time"),
            models.CheckConstraint(
                condition=~Q(status="sending") | Q(claimed_at__isnull=False), name="delivery_sending_is_claimed"
            ),
        ]
        indexes = [
            models.Index(fields=["next_attempt_at"], condition=Q(status="pending"), name="delivery_pending_due"),
            models.Index(fields=["milestone", "status"], name="delivery_milestone_status"),
            models.Index(fields=["claimed_at"], condition=Q(status="sending"), name="delivery_in_flight"),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} {self.code} → {self.recipient} ({self.get_status_display()})".replace("  ", " ")

    @property
    def subject(self) -> str:
        """What the mail is about, for its Message-ID and logs: the offset, the change or the failed mail."""
        if self.change_id:
            return f"change:{self.change_id}"
        if self.failed_digest_id:
            return f"bounce:digest:{self.failed_digest_id}"
        if self.failed_delivery_id:
            return f"bounce:{self.failed_delivery_id}"
        return self.code


class DigestStatus(models.TextChoices):
    PENDING = "pending", _("scheduled")
    SENDING = "sending", _("sending")
    SENT = "sent", _("sent")
    EMPTY = "empty", _("nothing to send")
    FAILED = "failed", _("failed")
    EXPIRED = "expired", _("expired (not sent by noon)")


class DigestDelivery(Leased):
    """One morning digest per person and local day: added pending, then claimed and sent like a reminder."""

    Status = DigestStatus

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="digests", verbose_name=_("recipient")
    )
    day = models.DateField(_("day"))
    status = models.CharField(_("status"), max_length=10, choices=DigestStatus.choices, default=DigestStatus.PENDING)
    items = models.PositiveIntegerField(_("milestones"), default=0)

    class Meta:
        verbose_name = _("daily digest")
        verbose_name_plural = _("daily digests")
        ordering = ["-day"]
        constraints = [
            models.UniqueConstraint(fields=["recipient", "day"], name="digest_once_a_day"),
            models.CheckConstraint(condition=Q(status__in=DigestStatus.values), name="digest_status_valid"),
            models.CheckConstraint(
                condition=~Q(status="sending") | Q(claimed_at__isnull=False), name="digest_sending_is_claimed"
            ),
        ]
        indexes = [
            models.Index(fields=["next_attempt_at"], condition=Q(status="pending"), name="digest_pending_due"),
            models.Index(fields=["claimed_at"], condition=Q(status="sending"), name="digest_in_flight"),
        ]

    def __str__(self):
        return f"{self.day} → {self.recipient} ({self.get_status_display()})"
