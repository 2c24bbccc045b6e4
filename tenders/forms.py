"""Forms over the core models (used by the admin now, by the web app later)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from tenders import proposal
from tenders.models import Milestone


class MilestoneForm(forms.ModelForm):
    """Edit a milestone by date, optional time and precision, as a notice writes it."""

    date = forms.DateField(label=_("date"), help_text=_("For 上旬/中旬/下旬 or a month: any day of that month."))
    time = forms.TimeField(label=_("time"), required=False, help_text=_("Only for a deadline with a time, e.g. 16:30."))
    change_reason = forms.CharField(
        label=_("reason for a date change"), required=False, max_length=500,
        help_text=_("e.g. 訂正公告（令和8年4月10日）"),
    )

    class Meta:
        model = Milestone
        fields = ["kind", "label", "precision", "date", "time", "delivery_note", "is_official", "source_excerpt"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.old_due = None
        if self.instance.pk:
            self.old_due = (self.instance.precision, self.instance.date, self.instance.due_time)
            self.initial.setdefault("date", self.instance.date)
            self.initial.setdefault("time", self.instance.due_time)

    def clean(self):
        cleaned = super().clean()
        precision, time = cleaned.get("precision"), cleaned.get("time")
        if precision == Milestone.Precision.DATETIME and time is None:
            self.add_error("time", _("A deadline with precision “date and time” needs a time."))
        elif precision and precision != Milestone.Precision.DATETIME and time is not None:
            self.add_error("time", _("A time is given: choose the precision “date and time”, or clear the time."))
        return cleaned

    def _post_clean(self):
        cleaned = self.cleaned_data
        if not self.errors and cleaned.get("precision") and cleaned.get("date"):
            try:
                self.instance.set_due(cleaned["precision"], cleaned["date"], cleaned.get("time"))
            except proposal.ProposalError as exc:
                self.add_error("precision", str(exc))
        super()._post_clean()

    @property
    def due_changed(self) -> bool:
        return self.old_due is not None and self.old_due != (
            self.instance.precision, self.instance.date, self.instance.due_time
        )
