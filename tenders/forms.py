"""Forms over the core models, shared by the admin and the web app."""

import datetime as dt

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _

from tenders import proposal
from tenders.extractor.typed import TypedDue, TypedDueError, read_due
from tenders.models import Milestone
from tenders.text.cleaning import clean_line, clean_text

# Messages of tenders.extractor.typed in the user's language (the reader's own are Japanese).
TYPED_MESSAGES = {
    "empty": _("Enter a date, e.g. 2027/1/20, 令和9年1月20日（水）16時, 令和9年1月下旬 or 令和9年2月."),
    "invalid": _("Enter one date, e.g. 2027/1/20, 令和9年1月20日（水）16時, 令和9年1月下旬 or 令和9年2月."),
    "several_dates": _("Enter one date, e.g. 2027/1/20, 令和9年1月20日（水）16時, 令和9年1月下旬 or 令和9年2月."),
    "no_year": _("Write the year too, e.g. 令和9年1月20日 or 2027/1/20."),
    "impossible_date": _("There is no such day: %(text)s."),
    "impossible_time": _("The time in %(text)s cannot be read; write it as 16:00 or 16時."),
    "weekday_mismatch": _("%(month)s月%(day)s日 is a %(actual)s曜日, but (%(written)s) is written. Check the date."),
    "unread_rest": _(
        "In %(text)s, “%(rest)s” cannot be read. Write a time as 16:00 or 16時 (上旬/下旬 or a month alone takes no time)."
    ),
}


def read_typed_due(value) -> TypedDue:
    """What a person typed as a due date, or a ValidationError saying what to type."""
    try:
        return read_due(str(value))
    except TypedDueError as exc:
        message = TYPED_MESSAGES.get(exc.code)
        raise forms.ValidationError(message or exc.message, code=exc.code, params=exc.params if message else None) from None


def check_in_range(day: dt.date) -> None:
    if not Milestone.day_in_range(day):
        raise Milestone.out_of_range_error()


class DueWidget(forms.TextInput):
    """Shows a saved or proposed due date the way it reads back in (2027-01-20, 2027年1月下旬)."""

    def format_value(self, value):
        if isinstance(value, TypedDue):
            return value.text()
        return super().format_value(value)


class DueField(forms.Field):
    """A due date as the notice writes it; the precision follows from what is written.

    2027/1/20 is a day, 2027/1/20 16:00 or 令和9年1月20日（水）16時 a timed deadline, 令和9年1月下旬 late
    January, 令和9年2月 sometime in February. A time is never dropped: one that cannot be read is
    an error. An impossible day or a wrong weekday is an error, never a silent guess.
    """

    widget = DueWidget(attrs={"autocomplete": "off", "placeholder": "2027/1/20 16:00 / 令和9年1月下旬"})

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if isinstance(value, TypedDue):
            return value
        if isinstance(value, dt.datetime):
            return TypedDue("datetime", value.date(), value.time().replace(second=0, microsecond=0))
        if isinstance(value, dt.date):
            return TypedDue("date", value)
        due = read_typed_due(value)
        check_in_range(due.day)
        return due


class ScheduleDateField(forms.DateField):
    """A day as people copy it out of a notice: 2026-04-15, 2026/4/15, R8.4.15 or 令和8年4月15日（水）.

    Read like a due date (DueField); a time or a month without its day is refused with a message,
    never dropped.
    """

    widget = forms.TextInput(attrs={"autocomplete": "off", "placeholder": "2026-04-15 / 令和8年4月15日（水）"})

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        due = read_typed_due(value)
        if due.precision == "datetime":
            raise forms.ValidationError(_("Enter the day only; a time goes into the time field."), code="time_in_date")
        if due.precision != "date":
            raise forms.ValidationError(_("Enter the day too, e.g. 2027/1/20."), code="no_day")
        check_in_range(due.day)
        return due.day


class LineField(forms.CharField):
    """One line typed or pasted: NUL, control characters and line breaks cleaned on the way in."""

    def to_python(self, value):
        value = super().to_python(value)
        return clean_line(value) if isinstance(value, str) else value


class TextField(forms.CharField):
    """Several lines typed or pasted: NUL and control characters cleaned on the way in."""

    def to_python(self, value):
        value = super().to_python(value)
        return clean_text(value).strip() if isinstance(value, str) else value


# The form field that cleans what is typed into each kind of text column (the admin's formfield_overrides).
CLEANED_TEXT = {models.CharField: {"form_class": LineField}, models.TextField: {"form_class": TextField}}


def cleaned_text_formfield(db_field, **kwargs):
    """ModelForm fields for text columns that clean what is typed (Meta.formfield_callback)."""
    if not db_field.choices and "form_class" not in kwargs:
        kwargs.update(CLEANED_TEXT.get(type(db_field), {}))
    return db_field.formfield(**kwargs)


class MilestoneForm(forms.ModelForm):
    """Edit a milestone by date, optional time and precision, as a notice writes it."""

    date = ScheduleDateField(label=_("date"), help_text=_("For 上旬/中旬/下旬 or a month: any day of that month."))
    time = forms.TimeField(label=_("time"), required=False, help_text=_("Only for a deadline with a time, e.g. 16:30."))
    change_reason = LineField(
        label=_("reason for a date change"),
        required=False,
        max_length=500,
        help_text=_("e.g. 訂正公告（令和8年4月10日）"),
    )

    class Meta:
        model = Milestone
        fields = ["kind", "label", "precision", "date", "time", "delivery_note", "is_official", "source_excerpt"]
        formfield_callback = cleaned_text_formfield

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
        return self.old_due is not None and self.old_due != (self.instance.precision, self.instance.date, self.instance.due_time)
