"""Discovery: a team's saved searches on the 官公需情報ポータルサイト, what they found, what became a notice.

Written only by ``tenders.discovery.services``. The core knows nothing of these: a tracked notice's
link to its source (``Tracking``) and the corrections found there (``Amendment``) live here.
"""

import datetime as dt
import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from tenders.lease import DeliveryStatus, Leased

PORTAL_URL = "https://www.kkj.go.jp/"
PREFECTURE_CODES = re.compile(r"^(\d{2})(,\d{2})*$")


class Category(models.TextChoices):
    GOODS = "1", _("goods (物品)")
    WORKS = "2", _("construction (工事)")
    SERVICES = "3", _("services (役務)")


class SavedSearch(models.Model):
    class Status(models.TextChoices):
        NEVER = "", _("not run yet")
        RUNNING = "running", _("running")
        OK = "ok", _("done")
        FAILED = "failed", _("failed")

    team = models.ForeignKey("tenders.Team", on_delete=models.CASCADE, related_name="saved_searches", verbose_name=_("team"))
    name = models.CharField(_("name"), max_length=100)
    query = models.CharField(
        _("keywords"),
        max_length=200,
        blank=True,
        help_text=_("Words the notice must contain (the portal reads AND, OR, ANDNOT)."),
    )
    prefectures = models.CharField(
        _("prefectures"),
        max_length=200,
        blank=True,
        help_text=_("Two-digit prefecture codes, comma-separated (13 Tokyo, 24 Mie)."),
    )
    category = models.CharField(_("category"), max_length=1, choices=Category.choices, blank=True)
    procedure_type = models.CharField(_("procedure type"), max_length=2, blank=True)
    organization = models.CharField(_("issuer"), max_length=200, blank=True)
    run_at = models.TimeField(_("run at"), default=dt.time(6, 30), help_text=_("Each morning at this time (the team's zone)."))
    enabled = models.BooleanField(_("enabled"), default=True)
    last_run_at = models.DateTimeField(_("last run"), null=True, blank=True)
    last_status = models.CharField(_("last status"), max_length=10, choices=Status.choices, blank=True, default="")
    last_message = models.TextField(_("last message"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("saved search")
        verbose_name_plural = _("saved searches")
        ordering = ["team", "name"]
        constraints = [
            models.UniqueConstraint(fields=["team", "name"], name="saved_search_name_once_per_team"),
            models.CheckConstraint(
                condition=~Q(query="", prefectures="", organization=""), name="saved_search_says_what_to_find"
            ),
        ]

    def __str__(self):
        return self.name

    def clean(self):
        self.prefectures = self.prefectures.replace(" ", "").replace("、", ",")
        if self.prefectures and not PREFECTURE_CODES.match(self.prefectures):
            raise ValidationError({"prefectures": _("Write two-digit prefecture codes separated by commas, e.g. 13,14.")})
        if not (self.query.strip() or self.prefectures or self.organization.strip()):
            raise ValidationError(_("Give keywords, prefectures or an issuer: the portal needs at least one."))

    def params(self) -> dict[str, str]:
        """The portal's parameters for this search."""
        return {
            "Query": self.query.strip(),
            "LG_Code": self.prefectures,
            "Category": self.category,
            "Procedure_Type": self.procedure_type,
            "Organization_Name": self.organization.strip(),
        }


class PortalEntry(models.Model):
    """One result of the portal, by its ``Key`` (stored once, whichever team found it)."""

    key = models.CharField(_("portal key"), max_length=1000, unique=True)
    project_name = models.CharField(_("title"), max_length=500)
    organization_name = models.CharField(_("issuer"), max_length=300, blank=True)
    prefecture_name = models.CharField(_("prefecture"), max_length=20, blank=True)
    city_name = models.CharField(_("city"), max_length=100, blank=True)
    lg_code = models.CharField(_("local government code"), max_length=10, blank=True)
    category = models.CharField(_("category"), max_length=20, blank=True)
    procedure_type = models.CharField(_("procedure type"), max_length=50, blank=True)
    location = models.CharField(_("place"), max_length=300, blank=True)
    cft_issue_date = models.CharField(_("published"), max_length=40, blank=True)
    period_end_time = models.CharField(_("period ends"), max_length=40, blank=True)
    tender_submission_deadline = models.CharField(_("submission deadline"), max_length=40, blank=True)
    opening_tenders_event = models.CharField(_("opening of tenders"), max_length=40, blank=True)
    external_uri = models.URLField(_("source"), max_length=1000, blank=True)
    description = models.TextField(_("description"), blank=True)
    attachments = models.JSONField(_("attachments"), default=list, blank=True)
    fingerprint = models.CharField(_("content fingerprint"), max_length=64)
    first_seen_at = models.DateTimeField(_("first seen"))
    last_seen_at = models.DateTimeField(_("last seen"))

    class Meta:
        verbose_name = _("portal entry")
        verbose_name_plural = _("portal entries")
        ordering = ["-first_seen_at", "pk"]

    def __str__(self):
        return self.project_name

    @property
    def source_url(self) -> str:
        return self.external_uri or PORTAL_URL

    def issued_on(self) -> str:
        return self.cft_issue_date[:10]


class Preparation(models.TextChoices):
    NONE = "", _("not prepared")
    RUNNING = "running", _("reading the documents")
    READY = "ready", _("ready to review")
    FAILED = "failed", _("failed")


class InboxItem(models.Model):
    """A result as one team sees it: once per team, new until tracked or dismissed."""

    Preparation = Preparation

    class State(models.TextChoices):
        NEW = "new", _("new")
        TRACKED = "tracked", _("tracked")
        DISMISSED = "dismissed", _("dismissed")

    team = models.ForeignKey("tenders.Team", on_delete=models.CASCADE, related_name="inbox_items", verbose_name=_("team"))
    entry = models.ForeignKey(PortalEntry, on_delete=models.CASCADE, related_name="inbox_items", verbose_name=_("entry"))
    search = models.ForeignKey(
        SavedSearch, on_delete=models.SET_NULL, null=True, blank=True, related_name="items", verbose_name=_("saved search")
    )
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.NEW)
    notice = models.ForeignKey(
        "tenders.Notice", on_delete=models.SET_NULL, null=True, blank=True, related_name="+", verbose_name=_("notice")
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+", verbose_name=_("by")
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    created_at = models.DateTimeField(_("found"))
    # 追跡する: the worker downloads and reads the attachments, then the person reviews the proposal.
    preparation = models.CharField(_("preparation"), max_length=10, choices=Preparation.choices, blank=True, default="")
    prepared_for = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("prepared for"),
    )
    preparation_token = models.TextField(_("staged document"), blank=True)
    preparation_notes = models.JSONField(_("preparation notes"), default=list, blank=True)

    class Meta:
        verbose_name = _("inbox item")
        verbose_name_plural = _("inbox items")
        ordering = ["-created_at", "-pk"]
        constraints = [models.UniqueConstraint(fields=["team", "entry"], name="inbox_item_once_per_team")]
        indexes = [models.Index(fields=["team", "state", "created_at"], name="inbox_team_state")]

    def __str__(self):
        return f"{self.entry} @ {self.team}"


class Tracking(models.Model):
    """A tracked notice's source on the portal, and what was known of it when last checked."""

    notice = models.OneToOneField("tenders.Notice", on_delete=models.CASCADE, related_name="tracking", verbose_name=_("notice"))
    entry = models.ForeignKey(PortalEntry, on_delete=models.PROTECT, related_name="trackings", verbose_name=_("entry"))
    fingerprint = models.CharField(_("content fingerprint"), max_length=64)
    attachment_uris = models.JSONField(_("known attachments"), default=list, blank=True)
    known_keys = models.JSONField(_("known entries"), default=list, blank=True, help_text=_("Keys of the related entries seen."))
    checked_at = models.DateTimeField(_("checked at"), null=True, blank=True)
    created_at = models.DateTimeField(_("tracked at"), auto_now_add=True)

    class Meta:
        verbose_name = _("tracking")
        verbose_name_plural = _("trackings")

    def __str__(self):
        return f"{self.notice} ← {self.entry.key}"


class Amendment(models.Model):
    """A change at the source of a tracked notice, proposed to a person: accept or dismiss."""

    class Kind(models.TextChoices):
        CHANGED = "changed", _("description changed")
        ATTACHMENT = "attachment", _("new attachment")
        CORRECTION = "correction", _("correction notice (訂正・変更・延期)")
        CANCEL = "cancel", _("cancellation (中止)")

    class State(models.TextChoices):
        PROPOSED = "proposed", _("proposed")
        ACCEPTED = "accepted", _("accepted")
        DISMISSED = "dismissed", _("dismissed")

    notice = models.ForeignKey("tenders.Notice", on_delete=models.CASCADE, related_name="amendments", verbose_name=_("notice"))
    entry = models.ForeignKey(PortalEntry, on_delete=models.PROTECT, related_name="amendments", verbose_name=_("entry"))
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    what = models.TextField(_("what changed"))
    proposed = models.JSONField(
        _("proposed dates"), default=list, blank=True, help_text=_("[{milestone, label, old, new: [precision, date, time]}]")
    )
    proposed_status = models.CharField(_("proposed status"), max_length=20, blank=True)
    signature = models.CharField(_("signature"), max_length=64, help_text=_("What was seen: the same change is proposed once."))
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.PROPOSED)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+", verbose_name=_("by")
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    created_at = models.DateTimeField(_("found"))

    class Meta:
        verbose_name = _("amendment")
        verbose_name_plural = _("amendments")
        ordering = ["-created_at", "-pk"]
        constraints = [models.UniqueConstraint(fields=["notice", "signature"], name="amendment_once_per_change")]

    def __str__(self):
        return f"{self.notice}: {self.get_kind_display()}"


class AmendmentReceipt(models.Model):
    """「確認済み」: a member has read an amendment (bidders acknowledge addenda)."""

    amendment = models.ForeignKey(Amendment, on_delete=models.CASCADE, related_name="receipts", verbose_name=_("amendment"))
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+", verbose_name=_("staff"))
    read_at = models.DateTimeField(_("read at"))

    class Meta:
        verbose_name = _("receipt")
        verbose_name_plural = _("receipts")
        ordering = ["read_at"]
        constraints = [models.UniqueConstraint(fields=["amendment", "user"], name="amendment_read_once_per_person")]


class MatchMail(Leased):
    """One morning mail of new matches to one member of a team: claimed before it is sent (exactly once)."""

    Status = DeliveryStatus

    team = models.ForeignKey("tenders.Team", on_delete=models.CASCADE, related_name="+", verbose_name=_("team"))
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+", verbose_name=_("recipient")
    )
    day = models.DateField(_("day"))
    items = models.ManyToManyField(InboxItem, related_name="mails", verbose_name=_("items"))
    status = models.CharField(_("status"), max_length=10, choices=DeliveryStatus.choices, default=DeliveryStatus.PENDING)

    class Meta:
        verbose_name = _("new-match mail")
        verbose_name_plural = _("new-match mails")
        constraints = [models.UniqueConstraint(fields=["team", "recipient", "day"], name="match_mail_once_a_day")]


class AmendmentMail(Leased):
    """The one mail of an amendment to the notice's owner or an assignee."""

    Status = DeliveryStatus

    amendment = models.ForeignKey(Amendment, on_delete=models.CASCADE, related_name="mails", verbose_name=_("amendment"))
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+", verbose_name=_("recipient")
    )
    status = models.CharField(_("status"), max_length=10, choices=DeliveryStatus.choices, default=DeliveryStatus.PENDING)

    class Meta:
        verbose_name = _("amendment mail")
        verbose_name_plural = _("amendment mails")
        constraints = [models.UniqueConstraint(fields=["amendment", "recipient"], name="amendment_mail_once_per_person")]
