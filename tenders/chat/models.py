"""A team's chat channels and each post to one: a ChatDelivery (a tenders.lease.Leased row), planned,
claimed before its HTTP call, then sent, retried, failed or expired, like a reminder mail."""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _, pgettext_lazy

from tenders.chat import secrets
from tenders.lease import Leased


class ChannelKind(models.TextChoices):
    SLACK = "slack", "Slack"
    TEAMS = "teams", "Microsoft Teams"
    GOOGLE_CHAT = "google_chat", "Google Chat"
    CHATWORK = "chatwork", "Chatwork"
    LINE_WORKS = "line_works", "LINE WORKS"
    WEBHOOK = "webhook", _("Webhook")


class Channel(models.Model):
    """Where a team's messages go. Its credentials (URL, token, key) are stored encrypted only."""

    Kind = ChannelKind

    team = models.ForeignKey("tenders.Team", on_delete=models.CASCADE, related_name="chat_channels", verbose_name=_("team"))
    kind = models.CharField(_("service"), max_length=20, choices=ChannelKind.choices)
    name = models.CharField(_("name"), max_length=100)
    credentials_encrypted = models.TextField(_("credentials (encrypted)"), editable=False)
    credentials_hint = models.CharField(_("credentials"), max_length=200, blank=True, editable=False)
    sends_reminders = models.BooleanField(_("reminders"), default=True)
    sends_changes = models.BooleanField(pgettext_lazy("chat", "date changes"), default=True)
    sends_summary = models.BooleanField(_("morning summary"), default=True)
    sends_discoveries = models.BooleanField(_("new matches and corrections"), default=False)
    enabled = models.BooleanField(_("enabled"), default=True)
    last_success_at = models.DateTimeField(_("last success"), null=True, blank=True)
    last_error_at = models.DateTimeField(_("last error at"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)
    dead_at = models.DateTimeField(
        _("stopped at"), null=True, blank=True, help_text=_("Set when the service refused for good (revoked URL, bad token).")
    )
    token_encrypted = models.TextField(blank=True, editable=False)  # LINE WORKS: the access token, kept until it expires
    token_expires_at = models.DateTimeField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    class Meta:
        verbose_name = _("chat channel")
        verbose_name_plural = _("chat channels")
        ordering = ["team", "name", "pk"]
        constraints = [
            models.CheckConstraint(condition=Q(kind__in=ChannelKind.values), name="chat_channel_kind_valid"),
            models.CheckConstraint(condition=~Q(name=""), name="chat_channel_named"),
        ]

    def __str__(self):
        return f"{self.name} ({self.get_kind_display()})"

    @property
    def is_dead(self) -> bool:
        return self.dead_at is not None

    @property
    def is_working(self) -> bool:
        return self.enabled and not self.is_dead

    @property
    def credentials(self) -> dict:
        return secrets.decrypt(self.credentials_encrypted)

    def set_credentials(self, credentials: dict) -> None:
        """Encrypt ``credentials``; the hint keeps only their masked tails; a kept token is dropped."""
        self.credentials_encrypted = secrets.encrypt(credentials)
        shown = [secrets.mask(credentials[k]) for k in ("url", "token", "client_id") if credentials.get(k)]
        self.credentials_hint = " ".join(shown)
        self.token_encrypted, self.token_expires_at = "", None

    def kept_token(self) -> str | None:
        if self.token_encrypted and self.token_expires_at and timezone.now() < self.token_expires_at:
            try:
                return secrets.decrypt(self.token_encrypted).get("token")
            except secrets.CredentialsUnreadable:
                return None
        return None

    def keep_token(self, token: str, expires_at) -> None:
        self.token_encrypted = secrets.encrypt({"token": token}) if token else ""
        self.token_expires_at = expires_at if token else None
        if self.pk:
            Channel.objects.filter(pk=self.pk).update(
                token_encrypted=self.token_encrypted, token_expires_at=self.token_expires_at
            )


class ChatStatus(models.TextChoices):
    PENDING = "pending", _("scheduled")
    SENDING = "sending", _("sending")
    SENT = "sent", _("sent")
    FAILED = "failed", _("failed")
    CANCELLED = "cancelled", _("cancelled")
    EXPIRED = "expired", _("expired (not sent after the deadline)")
    SKIPPED = "skipped", _("skipped (a later reminder was due by then)")
    EMPTY = "empty", _("nothing to send")


class ChatKind(models.TextChoices):
    REMINDER = "reminder", _("reminder")
    WINDOW = "window", _("expected period")
    CHANGE = "change", _("date changed")
    SUMMARY = "summary", _("morning summary")
    MATCHES = "matches", _("new matches")
    AMENDMENT = "amendment", _("correction at the source")


CHAT_REMINDER_KINDS = (ChatKind.REMINDER, ChatKind.WINDOW)


class ChatDelivery(Leased):
    """One post to one channel, about one thing (a milestone's reminder, a date change, a day's summary)."""

    Status = ChatStatus
    Kind = ChatKind

    channel = models.ForeignKey(Channel, on_delete=models.CASCADE, related_name="deliveries", verbose_name=_("channel"))
    kind = models.CharField(_("kind"), max_length=10, choices=ChatKind.choices)
    milestone = models.ForeignKey(
        "tenders.Milestone",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="chat_deliveries",
        verbose_name=_("milestone"),
    )
    change = models.ForeignKey(
        "tenders.MilestoneChange",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="chat_deliveries",
        verbose_name=_("date change"),
    )
    amendment = models.ForeignKey(
        "discovery.Amendment",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="chat_deliveries",
        verbose_name=_("correction at the source"),
    )
    inbox_items = models.ManyToManyField(
        "discovery.InboxItem", blank=True, related_name="chat_deliveries", verbose_name=_("new matches")
    )
    day = models.DateField(_("day"), null=True, blank=True, help_text=_("The morning summary's or new matches' day."))
    code = models.CharField(_("offset"), max_length=40, blank=True)
    due = models.DateTimeField(_("due moment"), null=True, blank=True)
    send_at = models.DateTimeField(_("send at"))
    status = models.CharField(_("status"), max_length=10, choices=ChatStatus.choices, default=ChatStatus.PENDING)

    class Meta:
        verbose_name = _("chat message")
        verbose_name_plural = _("chat messages")
        ordering = ["-send_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["channel", "milestone", "code", "due"],
                condition=Q(kind__in=["reminder", "window"]),
                name="chat_reminder_once",
            ),
            models.UniqueConstraint(fields=["channel", "change"], name="chat_change_once"),
            models.UniqueConstraint(fields=["channel", "day"], condition=Q(kind="summary"), name="chat_summary_once_a_day"),
            models.UniqueConstraint(fields=["channel", "day"], condition=Q(kind="matches"), name="chat_matches_once_a_day"),
            models.UniqueConstraint(fields=["channel", "amendment"], name="chat_amendment_once"),
            models.CheckConstraint(  # each kind refers to what it is about, and to nothing else
                condition=Q(
                    kind__in=["reminder", "window"],
                    milestone__isnull=False,
                    change__isnull=True,
                    amendment__isnull=True,
                    day__isnull=True,
                    due__isnull=False,
                )
                & ~Q(code="")
                | Q(
                    kind="change",
                    milestone__isnull=False,
                    change__isnull=False,
                    amendment__isnull=True,
                    day__isnull=True,
                    code="",
                )
                | Q(kind__in=["summary", "matches"], milestone__isnull=True, change__isnull=True, amendment__isnull=True)
                & Q(day__isnull=False, code="")
                | Q(
                    kind="amendment",
                    milestone__isnull=True,
                    change__isnull=True,
                    amendment__isnull=False,
                    day__isnull=True,
                    code="",
                ),
                name="chat_delivery_refers_to_what_it_is_about",
            ),
            models.CheckConstraint(condition=Q(status__in=ChatStatus.values), name="chat_delivery_status_valid"),
            models.CheckConstraint(condition=~Q(status="sent") | Q(sent_at__isnull=False), name="chat_delivery_sent_has_time"),
            models.CheckConstraint(
                condition=~Q(status="sending") | Q(claimed_at__isnull=False), name="chat_delivery_sending_is_claimed"
            ),
        ]
        indexes = [
            models.Index(fields=["next_attempt_at"], condition=Q(status="pending"), name="chat_delivery_pending_due"),
            models.Index(fields=["milestone", "status"], name="chat_delivery_milestone"),
            models.Index(fields=["claimed_at"], condition=Q(status="sending"), name="chat_delivery_in_flight"),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} {self.code} → {self.channel} ({self.get_status_display()})".replace("  ", " ")
