"""A due date as a person types it into a form, read the way notices write it. Plain Python.

``read_due`` turns one typed value into a ``TypedDue`` (precision, day, time) or raises a
``TypedDueError`` with a code and a Japanese message that says what to type instead:

- 2027-01-20, 2027/1/20, 2027.1.20, R9.1.20, 令和9年1月20日（水）: a day
- the same with a time (2027/1/20 16:00, 令和9年1月20日（水）16時, 午後4時30分, 正午): a timed deadline
- 令和9年1月上旬 / 中旬 / 下旬, 2027年1月下旬: that part of the month
- 令和9年2月, 2027/2: sometime in that month; 令和9年2月末: its last day

Nothing written is dropped: a time that cannot be read, or a time after a month or 下旬, is an
error, never a date without its time. The date reading is ``dates.find_mentions`` (the
extractor's), so a form reads a date exactly as a document would be read.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from tenders.extractor.dates import ERAS, WEEKDAYS, find_mentions
from tenders.extractor.normalize import normalize_line

EXAMPLES = "2027/1/20、令和9年1月20日（水）16時、令和9年1月下旬、令和9年2月"
PERIOD_WORDS = {"early_month": "上旬", "mid_month": "中旬", "late_month": "下旬", "month": ""}

# Forms people type that notices rarely print: 2027-01-20 16:00, R9.1.20, 2027/2.
_ISO = re.compile(r"^(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})(?:[ T](?P<hour>\d{1,2}):(?P<minute>\d{2}))?$")
_ERA_DOTS = re.compile(
    r"^(?P<era>[RHS]|令和|平成|昭和)\s*(?P<eyear>\d{1,2}|元)[./](?P<month>\d{1,2})[./](?P<day>\d{1,2})"
    r"(?:\s*\(\s*(?P<wd>[月火水木金土日])\s*\))?(?:\s*(?P<hour>\d{1,2}):(?P<minute>\d{2}))?$",
    re.IGNORECASE,
)
_YEAR_MONTH = re.compile(r"^(?P<year>\d{4})[/.-](?P<month>\d{1,2})$")
# What may stand beside a date without meaning anything for it (必着, まで, （予定）, 締切).
_TIME_WORDS = re.compile(r"[0-9]|時|分|正午|午前|午後|半|:")
_WEEKDAY_PAREN = re.compile(r"\([^)]*\)")
_DATE_END = re.compile(r"[月日旬末]|[/.]\d{1,2}(?![\d/.])")


@dataclass(frozen=True)
class TypedDue:
    precision: str  # datetime | date | early_month | mid_month | late_month | month
    day: dt.date  # the first of the month for the month precisions
    time: dt.time | None = None

    def text(self) -> str:
        """How the value is shown back in the form, in a shape ``read_due`` reads again."""
        if self.precision in PERIOD_WORDS:
            return f"{self.day.year}年{self.day.month}月{PERIOD_WORDS[self.precision]}"
        text = self.day.isoformat()
        return f"{text} {self.time:%H:%M}" if self.time is not None else text

    __str__ = text


class TypedDueError(ValueError):
    """What was typed is not one date; ``code`` says which problem, the message what to type."""

    def __init__(self, code: str, message: str, **params):
        super().__init__(message)
        self.code, self.message, self.params = code, message, params


def read_due(value: str) -> TypedDue:
    text = normalize_line(str(value)).strip()
    if not text:
        raise TypedDueError("empty", f"日付を入力してください（例: {EXAMPLES}）。")
    for shape in (_iso, _era_dots, _year_month):
        due = shape(text)
        if due is not None:
            return due
    return _from_mentions(text)


def _day(year: int, month: int, day: int, text: str) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise TypedDueError("impossible_date", f"「{text}」という日はありません。", text=text) from None


def _clock(hour: str | None, minute: str | None, text: str) -> dt.time | None:
    if hour is None:
        return None
    if int(hour) > 23 or int(minute) > 59:
        raise TypedDueError("impossible_time", f"「{text}」の時刻が読めません（例: 16:00、16時）。", text=text)
    return dt.time(int(hour), int(minute))


def _due(day: dt.date, time: dt.time | None) -> TypedDue:
    return TypedDue("datetime", day, time) if time is not None else TypedDue("date", day)


def _iso(text: str) -> TypedDue | None:
    match = _ISO.match(text)
    if not match:
        return None
    day = _day(int(match["year"]), int(match["month"]), int(match["day"]), text)
    return _due(day, _clock(match["hour"], match["minute"], text))


def _era_dots(text: str) -> TypedDue | None:
    match = _ERA_DOTS.match(text)
    if not match:
        return None
    number = 1 if match["eyear"] == "元" else int(match["eyear"])
    if number == 0:
        raise TypedDueError("era_year", f"「{text}」: 元号の年は1年（元年）からです。", text=text)
    day = _day(
        ERAS[match["era"].upper() if len(match["era"]) == 1 else match["era"]] + number,
        int(match["month"]),
        int(match["day"]),
        text,
    )
    _check_weekday(day, match["wd"])
    return _due(day, _clock(match["hour"], match["minute"], text))


def _year_month(text: str) -> TypedDue | None:
    match = _YEAR_MONTH.match(text)
    if not match:
        return None
    return TypedDue("month", _day(int(match["year"]), int(match["month"]), 1, text))


def _check_weekday(day: dt.date, written: str | None) -> None:
    if written and WEEKDAYS[day.weekday()] != written:
        actual = WEEKDAYS[day.weekday()]
        raise TypedDueError(
            "weekday_mismatch",
            f"{day.month}月{day.day}日は{actual}曜日ですが、（{written}）と書かれています。日付を確かめてください。",
            month=day.month,
            day=day.day,
            actual=actual,
            written=written,
        )


def _from_mentions(text: str) -> TypedDue:
    mentions = find_mentions(text)
    if len(mentions) != 1:
        code = "several_dates" if mentions else "invalid"
        raise TypedDueError(code, f"日付を一つ入力してください（例: {EXAMPLES}）。")
    mention = mentions[0]
    problem = getattr(mention, "problem", None)
    if problem:
        raise TypedDueError("problem", str(problem))
    if mention.year is None:
        raise TypedDueError("no_year", "年も書いてください（例: 令和9年1月20日、2027/1/20）。")
    # A time the date reading consumed but could not use (after 下旬 or a month, or 25時) stays with the rest.
    span = text[mention.start : mention.end]
    ends = [match.end() for match in _DATE_END.finditer(span)]
    after_date = _WEEKDAY_PAREN.sub("", span[ends[-1] :]) if ends else ""
    rest = text[: mention.start] + (after_date if mention.time is None else "") + text[mention.end :]
    if _TIME_WORDS.search(rest):
        raise TypedDueError(
            "unread_rest",
            f"「{text}」のうち「{rest.strip()}」が読めません。時刻は 16:00 か 16時 と書いてください"
            "（上旬・下旬や月だけの日付に時刻は付けられません）。",
            text=text,
            rest=rest.strip(),
        )
    if mention.precision in PERIOD_WORDS:
        return TypedDue(mention.precision, _day(mention.year, mention.month, 1, text))
    number = calendar.monthrange(mention.year, mention.month)[1] if mention.day == -1 else mention.day
    day = _day(mention.year, mention.month, number, text)
    _check_weekday(day, mention.weekday)
    return _due(day, mention.time)
