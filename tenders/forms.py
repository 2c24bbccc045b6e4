"""Forms over the core models, shared by the admin and the web app."""

import datetime as dt
import re

from django import forms
from django.utils.translation import gettext_lazy as _

from tenders import proposal
from tenders.extractor.dates import WEEKDAYS, find_mentions
from tenders.extractor.normalize import normalize_line
from tenders.models import Milestone

NUMERIC_DATE = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")


class ScheduleDateField(forms.DateField):
    """A day as people copy it out of a notice: 2026-04-15, 2026/4/15 or 令和8年4月15日（水）.

    An impossible day (2月30日) and a written weekday that does not match the day are errors
    with a message saying what is wrong, never a silent guess.
    """

    widget = forms.TextInput(attrs={"autocomplete": "off", "placeholder": "2026-04-15 / 令和8年4月15日（水）"})

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        text = normalize_line(str(value)).strip()
        numeric = NUMERIC_DATE.match(text)
        if numeric:
            return self._day(*map(int, numeric.groups()), text=text)
        mentions = [m for m in find_mentions(text) if m.day and m.day > 0]
        if len(mentions) != 1:
            raise forms.ValidationError(
                _("Enter one date, e.g. 2026-04-15 or 令和8年4月15日（水）."), code="invalid"
            )
        mention = mentions[0]
        if mention.year is None:
            raise forms.ValidationError(_("Write the year too, e.g. 令和8年4月15日 or 2026-04-15."), code="no_year")
        day = self._day(mention.year, mention.month, mention.day, text=text)
        if mention.weekday and WEEKDAYS[day.weekday()] != mention.weekday:
            raise forms.ValidationError(
                _("%(month)s月%(day)s日 is a %(actual)s曜日, but (%(written)s) is written. Check the date.")
                % {"month": day.month, "day": day.day, "actual": WEEKDAYS[day.weekday()], "written": mention.weekday},
                code="weekday_mismatch",
            )
        return day

    @staticmethod
    def _day(year: int, month: int, day: int, *, text: str) -> dt.date:
        try:
            return dt.date(year, month, day)
        except ValueError:
            raise forms.ValidationError(
                _("There is no such day: %(text)s.") % {"text": text}, code="impossible_date"
            ) from None


class MilestoneForm(forms.ModelForm):
    """Edit a milestone by date, optional time and precision, as a notice writes it."""

    date = ScheduleDateField(label=_("date"), help_text=_("For 上旬/中旬/下旬 or a month: any day of that month."))
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
