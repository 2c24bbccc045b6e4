"""Reminder offsets before a milestone: "7d" (days), "3bd" (business days, 営業日), "3h" (hours).

Plain Python. The team holds the list (as codes); reminders and calendar alarms both read it.
People read and type them as 7日前, 3営業日前, 3時間前 (7 days before, …); ``parse_offset`` takes
those as well as the codes.
"""

import re
import unicodedata
from dataclasses import dataclass

DEFAULT_OFFSETS = ["7d", "3d", "1d", "3h"]
UNITS = {"d": "days", "bd": "business_days", "h": "hours"}
PATTERN = re.compile(r"^(\d{1,3})(bd|d|h)$")
# 7日前, 7日, 3営業日前, 3時間前; 7 days before, 3 business days, 3 hours, 1 day
WORDS = re.compile(
    r"^(\d{1,3})\s*(?:(?P<bd>営業日|business\s+days?)|(?P<d>日|days?)|(?P<h>時間|hours?))\s*(?:前|before)?$", re.IGNORECASE
)
WINDOW_CODE = "window"  # the "confirm the date" mail on the first business day of a 上旬/下旬/month window


@dataclass(frozen=True, order=True)
class Offset:
    amount: int
    unit: str  # days | business_days | hours

    @property
    def code(self) -> str:
        return f"{self.amount}{next(k for k, v in UNITS.items() if v == self.unit)}"

    def label(self, language: str = "ja") -> str:
        if language == "en":
            return {
                "days": f"{self.amount} day(s)",
                "business_days": f"{self.amount} business day(s)",
                "hours": f"{self.amount} hour(s)",
            }[self.unit]
        return {"days": f"{self.amount}日", "business_days": f"{self.amount}営業日", "hours": f"{self.amount}時間"}[self.unit]

    def before(self, language: str = "ja") -> str:
        """As people read it on a page: 7日前, 3営業日前, 3時間前; 7 days before."""
        if language == "en":
            unit = {"days": "day", "business_days": "business day", "hours": "hour"}[self.unit]
            return f"{self.amount} {unit}{'s' if self.amount != 1 else ''} before"
        return f"{self.label('ja')}前"


def parse_offset(code: str) -> Offset:
    """A code (7d, 3bd, 3h) or what a page shows (7日前, 3営業日前, 3時間前, 7 days before)."""
    text = unicodedata.normalize("NFKC", str(code)).strip()
    match = PATTERN.match(text.lower())
    if match:
        amount, unit = int(match.group(1)), UNITS[match.group(2)]
    else:
        words = WORDS.match(text)
        if not words:
            raise ValueError(f"「{code}」はリマインダーの時期として読めません（例: 7日前, 3営業日前, 3時間前）。")
        amount, unit = int(words.group(1)), UNITS[next(k for k in ("bd", "d", "h") if words.group(k))]
    if amount == 0:
        raise ValueError(f"「{code}」はリマインダーの時期として読めません（例: 7日前, 3営業日前, 3時間前）。")
    return Offset(amount, unit)


def describe_code(code: str, language: str = "ja") -> str:
    """A delivery's or plan's code for a page: 7日前, 期間の初日 (first day of the period); nothing for
    the codes of other mails (change:<id>, bounce:<id>), which their kind already names."""
    if code == WINDOW_CODE:
        return "first day of the period" if language == "en" else "期間の初日"
    try:
        return parse_offset(code).before(language)
    except ValueError:
        return ""


def default_offsets() -> list[str]:
    return list(DEFAULT_OFFSETS)
