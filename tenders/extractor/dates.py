"""Date, time and period expressions as Japanese notices write them."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

ERAS = {"令和": 2018, "R": 2018, "平成": 1988, "H": 1988, "昭和": 1925, "S": 1925}
WEEKDAYS = "月火水木金土日"
PERIODS = {"上旬": "early_month", "初旬": "early_month", "中旬": "mid_month", "下旬": "late_month"}

DATE = re.compile(
    r"(?:(?P<era>令和|平成|昭和)(?P<eyear>\d{1,2}|元)年|(?P<year>(?:19|20)\d{2})年)?"
    r"(?P<month>\d{1,2})月"
    r"(?:(?P<day>\d{1,2})日|(?P<period>上旬|初旬|中旬|下旬)|(?P<end>末))?"
    r"(?:\s*\(\s*(?P<wd>[月火水木金土日])(?:曜日?)?\s*(?:・?祝)?\s*\))?"
    r"(?:\s*(?P<ampm>午前|午後)?\s*(?:(?P<noon>正午)|(?P<hour>\d{1,2})(?:時(?:(?P<minute>\d{1,2})分|(?P<half>半))?|:(?P<minute2>\d{2}))))?"
)
SLASH_DATE = re.compile(
    r"(?<![\d./])(?P<year>(?:19|20)\d{2})[/.](?P<month>\d{1,2})[/.](?P<day>\d{1,2})(?![\d./])"
    r"(?:\s*\(\s*(?P<wd>[月火水木金土日])\s*\))?"
    r"(?:\s*(?P<hour>\d{1,2}):(?P<minute2>\d{2}))?"
)
RANGE_TAIL = re.compile(r"^\s*(?:\(予定\))?\s*~\s*")
DAY_ONLY_TAIL = re.compile(
    r"^\s*~\s*(?P<day>\d{1,2})日(?:\s*\(\s*(?P<wd>[月火水木金土日])\s*\))?"
    r"(?:\s*(?P<ampm>午前|午後)?\s*(?:(?P<noon>正午)|(?P<hour>\d{1,2})(?:時(?:(?P<minute>\d{1,2})分)?|:(?P<minute2>\d{2}))))?"
)


@dataclass
class Mention:
    start: int
    end: int
    year: int | None
    month: int
    day: int | None
    precision: str
    time: dt.time | None
    weekday: str | None
    explicit_year: bool
    range_start: bool = False  # the first half of "A ~ B"

    def date(self) -> dt.date | None:
        if self.year is None:
            return None
        try:
            if self.precision in ("datetime", "date"):
                return dt.date(self.year, self.month, self.day)
            return dt.date(self.year, self.month, 1)
        except ValueError:
            return None


def _time(groups: dict) -> dt.time | None:
    if groups.get("noon"):
        return dt.time(12, 0)
    if groups.get("hour") is None:
        return None
    hour = int(groups["hour"])
    minute = int(groups.get("minute") or groups.get("minute2") or (30 if groups.get("half") else 0))
    if groups.get("ampm") == "午後" and hour < 12:
        hour += 12
    if hour > 24 or minute > 59:
        return None
    if hour == 24:
        hour, minute = 23, 59
    return dt.time(hour, minute)


def _year(groups: dict) -> int | None:
    if groups.get("era"):
        number = 1 if groups["eyear"] == "元" else int(groups["eyear"])
        return ERAS[groups["era"]] + number
    if groups.get("year"):
        return int(groups["year"])
    return None


def _mention(match, groups: dict, month: int | None = None) -> Mention | None:
    month = month or int(groups["month"])
    if not 1 <= month <= 12:
        return None
    day = int(groups["day"]) if groups.get("day") else None
    year = _year(groups)
    if groups.get("end"):
        precision, day = "date", -1  # 月末: resolved when the year is known
    elif day is not None:
        if not 1 <= day <= 31:
            return None
        precision = "date"
    elif groups.get("period"):
        precision = PERIODS[groups["period"]]
    else:
        precision = "month"
    time = _time(groups) if day is not None else None
    if time is not None:
        precision = "datetime"
    return Mention(match.start(), match.end(), year, month, day, precision, time, groups.get("wd"), year is not None)


def find_mentions(line: str) -> list[Mention]:
    """Every date mention in a normalised line, in order; "A~B" marks A as a range start."""
    mentions = []
    for match in DATE.finditer(line):
        mention = _mention(match, match.groupdict())
        if mention:
            mentions.append(mention)
        tail = DAY_ONLY_TAIL.match(line, match.end())
        if mention and tail:  # 4月1日~15日
            groups = {**tail.groupdict(), "era": None, "year": None}
            end = _mention(tail, groups, month=mention.month)
            if end:
                end.year, end.explicit_year = mention.year, mention.explicit_year
                mention.range_start = True
                mentions.append(end)
    for match in SLASH_DATE.finditer(line):
        if any(m.start <= match.start() < m.end for m in mentions):
            continue
        mention = _mention(match, match.groupdict())
        if mention:
            mentions.append(mention)
    mentions.sort(key=lambda m: m.start)
    for first, second in zip(mentions, mentions[1:]):
        if RANGE_TAIL.match(line[first.end:second.start]) is not None and line[first.end:second.start].strip().endswith("~"):
            first.range_start = True
    return mentions


def resolve_year(mention: Mention, reference: dt.date | None, fiscal_year: int | None) -> None:
    """Give a year to "5月下旬": the fiscal year's (April–March), else the nearest reference date's."""
    if mention.year is None:
        if fiscal_year is not None:
            mention.year = fiscal_year if mention.month >= 4 else fiscal_year + 1
        elif reference is not None:
            candidates = [reference.year - 1, reference.year, reference.year + 1]
            mention.year = min(candidates, key=lambda y: abs((dt.date(y, mention.month, 1) - reference).days))
    if mention.year is not None and mention.day == -1:
        mention.day = calendar.monthrange(mention.year, mention.month)[1]


def weekday_mismatch(mention: Mention) -> bool:
    day = mention.date()
    return bool(mention.weekday and day and day.day == (mention.day or 0) and WEEKDAYS[day.weekday()] != mention.weekday)
