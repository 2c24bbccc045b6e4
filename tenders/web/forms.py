"""Forms of the web app: notice filters, notice with its milestones, team and personal settings."""

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from zoneinfo import available_timezones

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import PasswordResetForm
from django.db.models import Q
from django.forms import BaseInlineFormSet, inlineformset_factory
from django.utils import timezone
from django.utils.translation import get_language, gettext_lazy as _

from tenders import proposal
from tenders.extractor.typed import TypedDue
from tenders.forms import DueField, MilestoneForm, ScheduleDateField, cleaned_text_formfield
from tenders.models import Membership, Milestone, Notice, Profile, Team, staff_name
from tenders.offsets import Offset, parse_offset
from tenders.services import MilestoneEdit, notice_create, notice_update, team_update

User = get_user_model()


def staff_of(teams):
    return User.objects.filter(memberships__team__in=teams).select_related("profile").distinct().order_by("username")


class StaffLabels:
    """Staff in choices are named as everywhere else (staff_name)."""

    def label_from_instance(self, user):
        return staff_name(user)


class StaffChoiceField(StaffLabels, forms.ModelChoiceField):
    pass


class StaffMultipleChoiceField(StaffLabels, forms.ModelMultipleChoiceField):
    pass


class NoticeFilterForm(forms.Form):
    ACTIVE = "active"

    q = forms.CharField(label=_("Search"), required=False, widget=forms.SearchInput(attrs={"placeholder": _("title or issuer")}))
    status = forms.ChoiceField(label=_("status"), required=False)
    team = forms.ModelChoiceField(label=_("team"), queryset=Team.objects.none(), required=False, empty_label=_("all teams"))
    owner = StaffChoiceField(label=_("owner"), queryset=User.objects.none(), required=False, empty_label=_("anyone"))
    due_from = ScheduleDateField(label=_("next due from"), required=False)
    due_to = ScheduleDateField(label=_("next due until"), required=False)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        teams = Team.objects.of(user)
        self.fields["team"].queryset = teams
        self.fields["owner"].queryset = staff_of(teams)
        self.fields["status"].choices = [("", _("any status")), (self.ACTIVE, _("active (watching, go, submitted)"))] + list(
            Notice.Status.choices
        )
        for name in ("due_from", "due_to"):
            self.fields[name].widget = forms.DateInput(attrs={"type": "date"})

    def filter(self, notices):
        if not self.is_valid():
            return notices
        data = self.cleaned_data
        if data["q"]:
            notices = notices.search(data["q"])
        if data["status"] == self.ACTIVE:
            notices = notices.active()
        elif data["status"]:
            notices = notices.filter(status=data["status"])
        if data["team"]:
            notices = notices.filter(team=data["team"])
        if data["owner"]:
            notices = notices.filter(owner=data["owner"])
        if data["due_from"]:
            notices = notices.filter(next_due_on__gte=data["due_from"])
        if data["due_to"]:
            notices = notices.filter(next_due_on__lte=data["due_to"])
        return notices


class NoticeForm(forms.ModelForm):
    source_url = forms.URLField(label=_("source URL"), required=False, max_length=500, assume_scheme="https")
    owner = StaffChoiceField(label=_("owner"), queryset=User.objects.none())
    assignees = StaffMultipleChoiceField(
        label=_("assignees"), queryset=User.objects.none(), required=False, widget=forms.CheckboxSelectMultiple
    )

    class Meta:
        model = Notice
        fields = [
            "title",
            "issuer",
            "team",
            "owner",
            "assignees",
            "method",
            "status",
            "reference_number",
            "source_url",
            "budget_ceiling",
            "notes",
        ]
        widgets = {"notes": forms.Textarea(attrs={"rows": 3})}
        formfield_callback = cleaned_text_formfield

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        teams = Team.objects.of(user)
        self.fields["team"].queryset = teams
        self.fields["team"].empty_label = None
        staff = staff_of(teams)
        self.fields["owner"].queryset = staff
        self.fields["assignees"].queryset = staff
        if self.instance.pk:
            del self.fields["status"]  # changed on the notice page, where it is kept in the history
        elif not self.initial.get("owner"):
            self.initial["owner"] = user.pk

    def clean(self):
        cleaned = super().clean()
        team = cleaned.get("team")
        if team is not None:
            members = set(team.memberships.values_list("user_id", flat=True))
            owner = cleaned.get("owner")
            if owner is not None and owner.pk not in members:
                self.add_error("owner", _("%(name)s is not a member of %(team)s.") % {"name": staff_name(owner), "team": team})
            outsiders = [u for u in cleaned.get("assignees") or [] if u.pk not in members]
            if outsiders:
                self.add_error(
                    "assignees",
                    _("Not members of %(team)s: %(names)s.")
                    % {"team": team, "names": "、".join(staff_name(u) for u in outsiders)},
                )
        return cleaned


class ScheduleMilestoneForm(MilestoneForm):
    """A row of the notice form's schedule.

    The date as the notice writes it decides the precision (2027/1/20, 2027/1/20 16:00, 令和9年1月下旬,
    令和9年2月); a time may be written there or in the time field, and two different times are an
    error. A date change needs a reason (it goes into the history).
    """

    date = DueField(
        label=_("date"),
        help_text=_("As the notice writes it: 2027/1/20, 令和9年1月20日（水）16時, 令和9年1月下旬, 令和9年2月."),
    )

    class Meta(MilestoneForm.Meta):
        fields = ["kind", "label", "date", "time", "delivery_note", "source_excerpt"]
        widgets = {"source_excerpt": forms.HiddenInput}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["time"].widget = forms.TimeInput(attrs={"type": "time"}, format="%H:%M")
        self.fields["label"].widget.attrs["placeholder"] = "企画提案書の提出期限"
        self.fields["change_reason"].widget.attrs["placeholder"] = "訂正公告（令和8年4月10日）"

    def get_initial_for_field(self, field, field_name):
        """The date shown back as written: the day (its time in the time field), 2027年1月下旬, 2027年2月."""
        value = super().get_initial_for_field(field, field_name)
        if field_name != "date" or not isinstance(value, dt.date):
            return value
        # A saved milestone, or a proposal to review (which gives precision, day and time).
        precision = self.instance.precision if self.instance.pk else self.initial.get("precision", Milestone.Precision.DATE)
        return TypedDue(Milestone.Precision.DATE if precision == Milestone.Precision.DATETIME else precision, value)

    def clean(self):
        cleaned = self.cleaned_data
        due, time = cleaned.get("date"), cleaned.get("time")
        if isinstance(due, TypedDue):
            if due.time is not None and time is not None and due.time != time:
                self.add_error(
                    "time",
                    _("The date says %(written)s, the time field %(time)s: keep one of them.")
                    % {"written": f"{due.time:%H:%M}", "time": f"{time:%H:%M}"},
                )
                return cleaned
            if due.precision in proposal.MONTH_PRECISIONS and time is not None:
                self.add_error(
                    "time",
                    _("%(date)s has no day, so it takes no time; write the day, e.g. 2027/1/20 16:00.") % {"date": due.text()},
                )
                return cleaned
            time = due.time or time
            cleaned["precision"] = Milestone.Precision.DATETIME if time is not None else due.precision
            cleaned["date"], cleaned["time"] = due.day, time
        return super().clean()

    @property
    def date_touched(self) -> bool:
        """The date or time of a saved milestone was edited (its reason box is shown)."""
        return bool(self.instance.pk and self.is_bound and {"date", "time"} & set(self.changed_data))

    def _post_clean(self):
        super()._post_clean()
        if self.due_changed and not self.errors and not (self.cleaned_data.get("change_reason") or "").strip():
            self.add_error(
                "change_reason", _("The date changed: say why (e.g. 訂正公告). It is kept in the history and sent to the team.")
            )


class ScheduleFormSet(BaseInlineFormSet):
    """The notice's milestones; a posted row id must be one of this notice's milestones."""

    def add_fields(self, form, index):
        super().add_fields(form, index)
        form.fields[self._pk_field.name].queryset = self.get_queryset()

    def clean(self):
        super().clean()
        for form in self.forms[: self.initial_form_count()]:
            if form.instance._state.adding:
                raise forms.ValidationError(
                    _("A milestone that is not this notice's was sent; reload the page and try again."), code="foreign_row"
                )


@dataclass(frozen=True)
class SaveWarning:
    """Something to confirm before a new notice is saved; ``notice``: the existing one it resembles."""

    message: str
    notice: Notice | None = None


@dataclass(frozen=True)
class ErrorItem:
    """One line of the error summary: the message and the id of the field (or row) it belongs to."""

    anchor: str
    label: str
    message: str


class NoticeEditor:
    """The notice form and its schedule, validated together and saved together or not at all.

    A new notice that looks like one the team already has, or whose dates are all past, is saved
    only once the person has seen the warnings and confirmed (``CONFIRM`` posted).
    """

    CONFIRM = "confirm_warnings"

    def __init__(self, data=None, *, user, instance=None, initial=None, extra=1, milestones=None):
        """``milestones``: initial rows (a proposal to review), then one spare; ``extra``: spare rows."""
        self.user = user
        self.confirmed = bool(data and data.get(self.CONFIRM))
        self.warnings: list[SaveWarning] = []
        self.form = NoticeForm(data, instance=instance, user=user, initial=initial)
        if milestones:
            extra = len(milestones) + 1
        formset_class = inlineformset_factory(
            Notice, Milestone, form=ScheduleMilestoneForm, formset=ScheduleFormSet, extra=extra, can_delete=True
        )
        self.formset = formset_class(data, instance=instance or Notice(), prefix="milestones", initial=milestones or None)

    def is_valid(self) -> bool:
        form_ok = self.form.is_valid()
        if not (self.formset.is_valid() and form_ok):
            self._focus_first_error()
            return False
        self.warnings = self._save_warnings()
        return not self.warnings or self.confirmed

    def _kept_rows(self):
        return [f for f in self.formset.forms if f not in self.formset.deleted_forms and (f.instance.pk or f.has_changed())]

    def _save_warnings(self) -> list[SaveWarning]:
        """For a new notice: the team's notices it may duplicate, and a schedule wholly in the past."""
        notice = self.form.instance
        if not notice._state.adding:
            return []
        same = Q(title=notice.title, issuer=notice.issuer)
        if notice.reference_number:
            same |= Q(reference_number=notice.reference_number)
        if notice.source_url:
            same |= Q(source_url=notice.source_url)
        warnings = [
            SaveWarning(
                _("The team already has this notice (same title and issuer, reference number or source URL): %(title)s.")
                % {"title": existing.title},
                existing,
            )
            for existing in Notice.objects.filter(same, team=notice.team).order_by("-created_at")[:5]
        ]
        rows = self._kept_rows()
        today = timezone.localdate()
        if rows and all(form.instance.ends_on < today for form in rows):
            warnings.append(SaveWarning(_("Every date of this schedule is already past. Is it the notice you meant?")))
        return warnings

    def errors(self) -> list[ErrorItem]:
        """Every error of the form and its schedule, in page order, for the summary at the top."""
        items = [ErrorItem("notice-errors", _("Notice"), e) for e in self.form.non_field_errors()]
        items += self._field_errors(self.form, "")
        items += [ErrorItem("schedule-errors", _("Schedule"), e) for e in self.formset.non_form_errors()]
        for number, form in enumerate(self.formset.forms, start=1):
            row = _("Milestone %(number)s") % {"number": number}
            items += [ErrorItem(f"milestone-{form.prefix}", row, e) for e in form.non_field_errors()]
            items += self._field_errors(form, f"{row}: ")
        return items

    @staticmethod
    def _field_errors(form, prefix: str) -> list[ErrorItem]:
        return [
            ErrorItem(
                form[name].id_for_label if not form[name].is_hidden else f"milestone-{form.prefix}",
                f"{prefix}{form[name].label}",
                message,
            )
            for name in form.fields
            for message in form.errors.get(name, [])
        ]

    def _focus_first_error(self) -> None:
        """The page opens at the first field at fault (autofocus works without JavaScript)."""
        for form in [self.form, *self.formset.forms]:
            for name, field in form.fields.items():
                if name in form.errors and not field.widget.is_hidden:
                    field.widget.attrs["autofocus"] = True
                    return

    def save(self) -> Notice:
        """Save through the notice services (the form only validated)."""
        notice, assignees = self.form.instance, self.form.cleaned_data.get("assignees")
        kept = [form for form in self.formset.forms if form not in self.formset.deleted_forms and form.has_changed()]
        if notice._state.adding:
            return notice_create(notice=notice, milestones=[form.instance for form in kept], assignees=assignees, by=self.user)
        return notice_update(
            notice=notice,
            assignees=assignees,
            milestones=[MilestoneEdit.of_form(form) for form in kept],
            removed=[form.instance for form in self.formset.deleted_forms if form.instance.pk],
            by=self.user,
        )


class StatusForm(forms.Form):
    status = forms.ChoiceField(label=_("status"), choices=Notice.Status.choices)


class TeamSettingsForm(forms.ModelForm):
    offsets = forms.CharField(
        label=_("reminder offsets"),
        help_text=_("Before each open milestone, separated by commas: 7日前, 3営業日前 (business days), 3時間前 (hours)."),
    )
    business_days = forms.BooleanField(
        label=_("count days as business days (skip weekends, holidays and 12/29–1/3)"), required=False
    )
    actionable_kinds = forms.MultipleChoiceField(
        label=_("milestones the team acts on"),
        choices=Milestone.Kind.choices,
        widget=forms.CheckboxSelectMultiple,
        help_text=_(
            "These kinds get reminders and turn overdue when missed; the others (the issuer's steps) are shown as information."
        ),
        error_messages={"required": _("Choose at least one kind of milestone the team acts on.")},
    )

    class Meta:
        model = Team
        fields = ["name", "deadline_time", "actionable_kinds"]
        widgets = {"deadline_time": forms.TimeInput(attrs={"type": "time"}, format="%H:%M")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        codes = list(self.instance.reminder_offsets or [])
        language = "en" if (get_language() or "ja").startswith("en") else "ja"
        self.initial.setdefault("offsets", ", ".join(parse_offset(code).before(language) for code in codes))
        day_codes = [c for c in codes if not c.endswith("h")]
        self.initial.setdefault("business_days", bool(day_codes) and all(c.endswith("bd") for c in day_codes))

    def clean_offsets(self):
        text = unicodedata.normalize("NFKC", self.cleaned_data["offsets"])
        items = [item.strip() for item in re.split(r"[,、]", text) if item.strip()]
        if not items:
            raise forms.ValidationError(_("Give at least one offset, e.g. 7日前, 3日前, 1日前, 3時間前."))
        parsed = []
        for item in items:
            try:
                parsed.append(parse_offset(item))
            except ValueError:
                raise forms.ValidationError(
                    _("“%(item)s” cannot be read as a reminder time; write e.g. 7日前, 3営業日前 or 3時間前."),
                    code="offset",
                    params={"item": item},
                ) from None
        return parsed

    def save(self, commit=True):
        day_unit = "business_days" if self.cleaned_data["business_days"] else "days"
        codes = []
        for offset in self.cleaned_data["offsets"]:
            code = (Offset(offset.amount, day_unit) if offset.unit == "days" else offset).code  # 営業日 stays 営業日
            if code not in codes:
                codes.append(code)
        self.instance.reminder_offsets = codes
        return team_update(team=self.instance)


class MemberAddForm(forms.Form):
    email = forms.EmailField(label=_("email address"))
    display_name = forms.CharField(label=_("display name"), max_length=100, required=False)
    role = forms.ChoiceField(label=_("role"), choices=Membership.Role.choices, initial=Membership.Role.MEMBER)


class ProfileForm(forms.ModelForm):
    time_zone = forms.ChoiceField(label=_("time zone"))

    class Meta:
        model = Profile
        fields = ["display_name", "language", "time_zone", "digest_enabled", "reminders_enabled"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        zones = sorted(available_timezones() - {"localtime"})
        self.fields["time_zone"].choices = [(z, z) for z in zones]


class StaffPasswordResetForm(PasswordResetForm):
    """Reset by email, also for staff who have never set a password (added by a lead, invited by email)."""

    def get_users(self, email):
        return User._default_manager.filter(email__iexact=email, is_active=True)
