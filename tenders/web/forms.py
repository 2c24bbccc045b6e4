"""Forms of the web app: notice filters, notice with its milestones, team and personal settings."""

from zoneinfo import available_timezones

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import PasswordResetForm
from django.db import transaction
from django.forms import inlineformset_factory
from django.utils.translation import gettext_lazy as _

from tenders.forms import MilestoneForm, ScheduleDateField
from tenders.models import Membership, Milestone, Notice, Profile, Team, staff_name
from tenders.offsets import Offset, parse_offset
from tenders.services import milestone_record_change

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
        fields = ["title", "issuer", "team", "owner", "assignees", "method", "status", "reference_number",
                  "source_url", "budget_ceiling", "notes"]
        widgets = {"notes": forms.Textarea(attrs={"rows": 3})}

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
                self.add_error("assignees", _("Not members of %(team)s: %(names)s.") % {
                    "team": team, "names": "、".join(staff_name(u) for u in outsiders)})
        return cleaned


class ScheduleMilestoneForm(MilestoneForm):
    """A row of the notice form's schedule; a date change needs a reason (it goes into the history)."""

    class Meta(MilestoneForm.Meta):
        fields = ["kind", "label", "precision", "date", "time", "delivery_note", "source_excerpt"]
        widgets = {"source_excerpt": forms.HiddenInput}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["time"].widget = forms.TimeInput(attrs={"type": "time"}, format="%H:%M")
        self.fields["label"].widget.attrs["placeholder"] = "企画提案書の提出期限"
        self.fields["change_reason"].widget.attrs["placeholder"] = "訂正公告（令和8年4月10日）"

    def clean(self):
        cleaned = self.cleaned_data
        # A time written with the precision left at "date" means a timed deadline.
        if cleaned.get("time") is not None and cleaned.get("precision") == Milestone.Precision.DATE:
            cleaned["precision"] = Milestone.Precision.DATETIME
        return super().clean()

    def _post_clean(self):
        super()._post_clean()
        if self.due_changed and not self.errors and not (self.cleaned_data.get("change_reason") or "").strip():
            self.add_error("change_reason", _("The date changed: say why (e.g. 訂正公告). It is kept in the history and sent to the team."))


class NoticeEditor:
    """The notice form and its schedule, validated together and saved together or not at all."""

    def __init__(self, data=None, *, user, instance=None, initial=None, extra=1, milestones=None):
        """``milestones``: initial rows (a proposal to review), then one spare; ``extra``: spare rows."""
        self.user = user
        self.form = NoticeForm(data, instance=instance, user=user, initial=initial)
        if milestones:
            extra = len(milestones) + 1
        formset_class = inlineformset_factory(Notice, Milestone, form=ScheduleMilestoneForm, extra=extra, can_delete=True)
        self.formset = formset_class(
            data, instance=instance or Notice(), prefix="milestones", initial=milestones or None
        )

    def is_valid(self) -> bool:
        form_ok = self.form.is_valid()
        return self.formset.is_valid() and form_ok

    @transaction.atomic
    def save(self) -> Notice:
        notice = self.form.save()
        for form in self.formset.deleted_forms:
            if form.instance.pk:
                form.instance.delete()
        for form in self.formset.forms:
            if form in self.formset.deleted_forms or not form.has_changed():
                continue
            milestone = form.instance
            milestone.notice = notice
            milestone.save()
            if form.due_changed:
                milestone_record_change(
                    milestone=milestone, old=form.old_due, by=self.user, reason=form.cleaned_data.get("change_reason", "")
                )
        return notice


class StatusForm(forms.Form):
    status = forms.ChoiceField(label=_("status"), choices=Notice.Status.choices)


class TeamSettingsForm(forms.ModelForm):
    offsets = forms.CharField(
        label=_("reminder offsets"),
        help_text=_("Before each open milestone, separated by commas: 7d = 7 days, 3bd = 3 business days, 3h = 3 hours."),
    )
    business_days = forms.BooleanField(
        label=_("count days as business days (skip weekends, holidays and 12/29–1/3)"), required=False
    )

    class Meta:
        model = Team
        fields = ["name", "deadline_time"]
        widgets = {"deadline_time": forms.TimeInput(attrs={"type": "time"}, format="%H:%M")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        codes = list(self.instance.reminder_offsets or [])
        self.initial.setdefault("offsets", ", ".join(codes))
        day_codes = [c for c in codes if not c.endswith("h")]
        self.initial.setdefault("business_days", bool(day_codes) and all(c.endswith("bd") for c in day_codes))

    def clean_offsets(self):
        codes = [c.strip().lower() for c in self.cleaned_data["offsets"].replace("、", ",").split(",") if c.strip()]
        if not codes:
            raise forms.ValidationError(_("Give at least one offset, e.g. 7d, 3d, 1d, 3h."))
        parsed = []
        for code in codes:
            try:
                parsed.append(parse_offset(code))
            except ValueError as exc:
                raise forms.ValidationError(str(exc)) from None
        return parsed

    def save(self, commit=True):
        day_unit = "business_days" if self.cleaned_data["business_days"] else "days"
        codes = []
        for offset in self.cleaned_data["offsets"]:
            code = (offset if offset.unit == "hours" else Offset(offset.amount, day_unit)).code
            if code not in codes:
                codes.append(code)
        self.instance.reminder_offsets = codes
        return super().save(commit)


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
