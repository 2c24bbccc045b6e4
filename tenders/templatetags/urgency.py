"""Template tags for how close a milestone is, on pages: 「あと3日」「本日 16:30 必着」 and an urgency class."""

from django import template
from django.utils import timezone
from django.utils.translation import get_language, gettext as _, ngettext

from tenders.due_text import format_day, format_due

register = template.Library()

SOON_DAYS = 3


@register.simple_tag(takes_context=True)
def urgency(context, milestone) -> str:
    """overdue / today / soon / later / fuzzy / done / info (the issuer's step) — a CSS class; the text says the same in words."""
    now, today = context["now"], context["today"]
    if milestone.is_done:
        return "done"
    if not milestone.is_actionable:
        return "info"
    if milestone.is_overdue(now, today):
        return "overdue"
    if milestone.is_fuzzy:
        return "fuzzy"
    days = (milestone.local_day() - today).days
    if days <= 0:
        return "today"
    return "soon" if days <= SOON_DAYS else "later"


@register.simple_tag(takes_context=True)
def time_left(context, milestone) -> str:
    now, today = context["now"], context["today"]
    if milestone.is_done:
        return _("done")
    if not milestone.is_actionable:  # information, never overdue
        return _("issuer's step (passed)") if milestone.is_past(now, today) else _("issuer's step")
    if milestone.is_overdue(now, today):
        late = (today - (milestone.local_day() if not milestone.is_fuzzy else milestone.ends_on)).days
        if late <= 0:
            return _("overdue")
        return ngettext("overdue by %(days)d day", "overdue by %(days)d days", late) % {"days": late}
    if milestone.is_fuzzy:
        return _("date not fixed yet")
    days = (milestone.local_day() - today).days
    time = timezone.localtime(milestone.due_at).strftime("%H:%M") if milestone.due_at else ""
    must_arrive = "必着" in milestone.delivery_note and get_language() == "ja"
    if days <= 0:
        text = _("today %(time)s") % {"time": time} if time else _("today")
    elif days == 1:
        text = _("tomorrow %(time)s") % {"time": time} if time else _("tomorrow")
    else:
        return ngettext("%(days)d day left", "%(days)d days left", days) % {"days": days}
    return f"{text} 必着" if must_arrive and time else text


@register.filter
def due(milestone, with_year=False) -> str:
    """「4月15日（水）16:30」 in the page's language; 「5月下旬（予定）」 stays as written."""
    return format_due(milestone.precision, milestone.starts_on, milestone.due_time, language=get_language(), year=bool(with_year))


@register.filter
def day(value, with_year=False) -> str:
    return format_day(value, get_language(), year=bool(with_year))
