"""Reminder offsets before a milestone: "7d" (days), "3bd" (business days, 営業日), "3h" (hours).

Plain Python. The team holds the list; reminders and calendar alarms both read it.
"""

import re
from dataclasses import dataclass

DEFAULT_OFFSETS = ["7d", "3d", "1d", "3h"]
UNITS = {"d": "days", "bd": "business_days", "h": "hours"}
PATTERN = re.compile(r"^(\d{1,3})(bd|d|h)$")


@dataclass(frozen=True, order=True)
class Offset:
    amount: int
    unit: str  # days | business_days | hours

    @property
    def code(self) -> str:
        return f"{self.amount}{next(k for k, v in UNITS.items() if v == self.unit)}"

    def label(self, language: str = "ja") -> str:
        if language == "en":
            return {"days": f"{self.amount} day(s)", "business_days": f"{self.amount} business day(s)", "hours": f"{self.amount} hour(s)"}[self.unit]
        return {"days": f"{self.amount}日", "business_days": f"{self.amount}営業日", "hours": f"{self.amount}時間"}[self.unit]


def parse_offset(code: str) -> Offset:
    match = PATTERN.match(str(code).strip())
    if not match or int(match.group(1)) == 0:
        raise ValueError(f"「{code}」はリマインダーの時期として読めません（例: 7d, 3bd, 3h）。")
    return Offset(int(match.group(1)), UNITS[match.group(2)])


def default_offsets() -> list[str]:
    return list(DEFAULT_OFFSETS)
