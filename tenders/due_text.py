"""How a due moment reads to a person: 「4月15日（水）16:30」, 「5月下旬（予定）」.

A timed deadline, a bare date and a 上旬/中旬/下旬 window are different things
and must read differently everywhere (pages, emails, feeds).
"""

import datetime as dt

WEEKDAYS_JA = "月火水木金土日"
WEEKDAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
PERIOD_JA = {"early_month": "上旬", "mid_month": "中旬", "late_month": "下旬", "month": ""}
PERIOD_EN = {"early_month": "early ", "mid_month": "mid-", "late_month": "late ", "month": ""}


def format_day(day: dt.date, language: str = "ja", *, year: bool = True) -> str:
    if language == "en":
        text = f"{WEEKDAYS_EN[day.weekday()]} {day.day} {MONTHS_EN[day.month - 1][:3]}"
        return f"{text} {day.year}" if year else text
    text = f"{day.month}月{day.day}日（{WEEKDAYS_JA[day.weekday()]}）"
    return f"{day.year}年{text}" if year else text


def format_due(precision: str, day: dt.date, time: dt.time | None = None, *, language: str = "ja", year: bool = True) -> str:
    """One due moment as text; ``day`` is the milestone's date (any day of the month for month precisions)."""
    if precision in PERIOD_JA:
        if language == "en":
            text = f"{PERIOD_EN[precision]}{MONTHS_EN[day.month - 1]}"
            return f"{text} {day.year} (expected)" if year else f"{text} (expected)"
        text = f"{day.month}月{PERIOD_JA[precision]}（予定）"
        return f"{day.year}年{text}" if year else text
    text = format_day(day, language, year=year)
    if precision == "datetime" and time is not None:
        text += f" {time:%H:%M}" if language == "en" else f"{time:%H:%M}"
    return text


def format_left(delta: dt.timedelta, language: str = "ja") -> str:
    """Time left until a moment: 「あと1日3時間」, "1 day 3 hours left"; 「期限切れ」 when past."""
    seconds = int(delta.total_seconds())
    if seconds <= 0:
        return "overdue" if language == "en" else "期限切れ"
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    if language == "en":
        parts = [
            f"{days} day{'s' if days != 1 else ''}" if days else "",
            f"{hours} hour{'s' if hours != 1 else ''}" if hours else "",
        ]
        if not days:
            parts.append(f"{minutes} min" if minutes else "")
        return " ".join(p for p in parts if p) + " left" if any(parts) else "less than a minute left"
    parts = [f"{days}日" if days else "", f"{hours}時間" if hours else ""]
    if not days:
        parts.append(f"{minutes}分" if minutes else "")
    text = "".join(parts)
    return f"あと{text}" if text else "あと1分未満"
