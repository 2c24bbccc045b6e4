"""The plain shape of a notice and its schedule, as exchanged in and out.

This module is plain Python (no Django): the JSON interchange parses into it,
the document extractor produces it, and one service saves it. Validation here
turns any input into either a complete, consistent value or a ``ProposalError``
whose message says what is wrong in words a user can act on.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field

KINDS = ("published", "question", "answer", "application", "submission", "hearing", "result", "contract", "other")
PRECISIONS = ("datetime", "date", "early_month", "mid_month", "late_month", "month")
MONTH_PRECISIONS = ("early_month", "mid_month", "late_month", "month")


class ProposalError(ValueError):
    """The input cannot be a notice; the message says why (in Japanese)."""


def window(precision: str, day: dt.date) -> tuple[dt.date, dt.date]:
    """First and last day a milestone of this precision may fall on.

    For the month precisions ``day`` is any day of the month (the sample answers
    use its first day); 上旬 is days 1-10, 中旬 11-20, 下旬 21 to the month's end.
    """
    if precision in ("datetime", "date"):
        return day, day
    last = calendar.monthrange(day.year, day.month)[1]
    first_of_month = day.replace(day=1)
    if precision == "early_month":
        return first_of_month, day.replace(day=10)
    if precision == "mid_month":
        return day.replace(day=11), day.replace(day=20)
    if precision == "late_month":
        return day.replace(day=21), day.replace(day=last)
    if precision == "month":
        return first_of_month, day.replace(day=last)
    raise ProposalError(f"精度「{precision}」は不明です（{'・'.join(PRECISIONS)} のいずれか）。")


@dataclass(frozen=True)
class MilestoneProposal:
    kind: str
    label: str
    date: dt.date
    precision: str
    time: dt.time | None = None
    note: str = ""
    evidence: str = ""

    def __post_init__(self):
        if self.kind not in KINDS:
            raise ProposalError(f"種別「{self.kind}」は不明です（{', '.join(KINDS)} のいずれか）。")
        if self.precision not in PRECISIONS:
            raise ProposalError(f"精度「{self.precision}」は不明です（{', '.join(PRECISIONS)} のいずれか）。")
        if not self.label.strip():
            raise ProposalError("名称（label）が空です。")
        if self.precision == "datetime" and self.time is None:
            raise ProposalError(f"「{self.label}」: 精度 datetime には時刻（time）が必要です。")
        if self.precision != "datetime" and self.time is not None:
            raise ProposalError(f"「{self.label}」: 時刻があるのに精度が {self.precision} です（datetime にしてください）。")
        if self.precision in MONTH_PRECISIONS and self.date.day != 1:
            raise ProposalError(
                f"「{self.label}」: 精度 {self.precision} の日付は月の1日で書きます（{self.date.isoformat()} ではなく "
                f"{self.date.replace(day=1).isoformat()}）。"
            )

    @property
    def window(self) -> tuple[dt.date, dt.date]:
        return window(self.precision, self.date)


@dataclass(frozen=True)
class NoticeProposal:
    title: str
    issuer: str = ""
    milestones: tuple[MilestoneProposal, ...] = field(default_factory=tuple)
    reference_number: str = ""
    source_url: str = ""
    method: str = ""
    budget_ceiling: int | None = None
    status: str = ""
    notes: str = ""

    def __post_init__(self):
        if not self.title.strip():
            raise ProposalError("件名（title）が空です。")
        if self.budget_ceiling is not None and self.budget_ceiling < 0:
            raise ProposalError("予算上限額（budget_ceiling）は0以上の円で書きます。")
