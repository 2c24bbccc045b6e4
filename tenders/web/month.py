"""The month view: a grid of days with the milestones on them (mine or my teams')."""

import calendar
import datetime as dt

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import get_language, gettext as _

from tenders.due_text import WEEKDAYS_EN, WEEKDAYS_JA
from tenders.models import Milestone
from tenders.moments import holiday_name, is_year_end_closure
from tenders.web.dashboard import chosen_scope, milestones_in_scope

FIRST_WEEKDAY = calendar.SUNDAY  # as Japanese wall calendars
SHOWN_PER_DAY = 3  # a busy day shows this many, then 「他N件」 opens the rest


class DayCell(tuple):
    """(day, milestones) of the grid, and what the day is: its holiday or 閉庁日 name, the
    milestones shown at once and the rest behind 「他N件」."""

    def __new__(cls, day: dt.date, milestones: list, day_off: str | None):
        cell = super().__new__(cls, (day, milestones))
        cell.day, cell.milestones, cell.day_off = day, milestones, day_off
        cell.shown, cell.more = milestones[:SHOWN_PER_DAY], milestones[SHOWN_PER_DAY:]
        return cell


def day_off(day: dt.date, language: str) -> str | None:
    """「元日」「天皇誕生日」, or 「閉庁日」 for the rest of 12/29–1/3; None on an ordinary day."""
    name = holiday_name(day, language)
    if name is None and is_year_end_closure(day):
        name = _("Offices closed")
    return name


def parse_month(text: str | None, today: dt.date) -> dt.date:
    """The month asked for (YYYY-MM), kept within the days a milestone can have; else this month."""
    try:
        year, month = (int(part) for part in (text or "").split("-"))
        first = dt.date(year, month, 1)
    except (ValueError, TypeError, OverflowError):
        return today.replace(day=1)
    return min(max(first, Milestone.EARLIEST_DAY.replace(day=1)), Milestone.LATEST_DAY.replace(day=1))


@login_required
def month(request):
    today = timezone.localdate()
    first = parse_month(request.GET.get("month"), today)
    scope = chosen_scope(request)
    weeks = calendar.Calendar(FIRST_WEEKDAY).monthdatescalendar(first.year, first.month)
    grid_first, grid_last = weeks[0][0], weeks[-1][-1]
    milestones = (
        milestones_in_scope(request.user, scope, open_only=False)
        .between(grid_first, grid_last)
        .select_related("notice__team")
        .in_due_order()
    )
    by_day, fuzzy = {}, []
    for milestone in milestones:
        if milestone.is_fuzzy:
            if milestone.starts_on.month == first.month and milestone.starts_on.year == first.year:
                fuzzy.append(milestone)
            continue
        day = milestone.local_day()
        by_day.setdefault(day, []).append(milestone)
    order = [(FIRST_WEEKDAY + i) % 7 for i in range(7)]
    context = {
        "first": first,
        "previous": (first - dt.timedelta(days=1)).replace(day=1),
        "next": (first + dt.timedelta(days=31)).replace(day=1),
        "weeks": [[DayCell(day, by_day.get(day, []), day_off(day, get_language())) for day in week] for week in weeks],
        "weekdays": [(WEEKDAYS_JA[i], WEEKDAYS_EN[i], i) for i in order],
        "fuzzy": fuzzy,
        "empty": not by_day and not fuzzy,
        "scope": scope,
        "today": today,
        "now": timezone.now(),
    }
    return render(request, "tenders/month.html", context)
