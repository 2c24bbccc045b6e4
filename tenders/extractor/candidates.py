"""What the reading of a notice finds before its filters: each date as the notice states it (``Expression``, a day or
a window of two mentions) and each step it proposes (``Candidate``: a kind, its label, the date and where it was read).

The reader (``tenders.extractor.extract``) makes them and filters them; ``tenders.extractor.merging`` merges the
candidates of one step into one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from tenders.extractor.dates import Mention, validate


@dataclass
class Expression:
    """One date as the notice states it: a day, or a window from ``first`` to ``last``."""

    first: Mention | None
    last: Mention

    @property
    def start(self) -> int:
        return (self.first or self.last).start

    @property
    def end(self) -> int:
        return self.last.end


def expressions(mentions: list[Mention]) -> list[Expression]:
    """A text's mentions in order as the dates it states: a window's start and end (「A～B」) one expression."""
    found, index = [], 0
    while index < len(mentions):
        mention = mentions[index]
        if mention.range_start and index + 1 < len(mentions):
            last = mentions[index + 1]
            if last.year is None and mention.year is not None and last.month:  # 「10月1日～10月30日」: the start's year
                last.year = mention.year + (1 if last.month < mention.month else 0)
                validate(last)
            elif last.year is None and mention.year is None and mention.month:
                last.window_from = mention.month  # 「12月21日～1月8日」: the end's year follows the start's
            found.append(Expression(mention, last))
            index += 2
        else:
            found.append(Expression(None, mention))
            index += 1
    return found


@dataclass
class Candidate:
    kind: str
    label: str
    mention: Mention
    line_no: int
    source: str
    notes: list[str]
    evidence: str
    offset: int
    reference: dt.date | None = None
    warnings: list[str] = field(default_factory=list)
    window: bool = False  # the end of 「A～B」: an acceptance window
    changed_to: bool = False  # 「…の提出期限を6月25日に延長します」: the new date of a step stated before
    from_notice: int | None = None  # 「配布期間 告示日から2月5日まで」: the window opens this many days after the notice's date
    call_period: str | None = None  # "start" or "end" of a 公募期間 window (``call_periods`` keeps one)
    lot: str | None = None  # the row of a table of lots (「案件1」「精米」) whose column names the step
    work: str | None = None  # the call a row of a table of calls names (its 工事名, 件名 cell): ``this_call``
    opens: dt.date | None = None  # the first day of a window of viewing (閲覧期間): ``viewing_opens_call``
    # a table cell's date told again in a zone behind Japan's (``ZONE_AFTER_CELL_DATE``, ``ZONE_HEADING``):
    # ``portal_zone_repeats``
    zoned: bool = False
    # 「契約締結は、…令和9年4月1日以降とする」: the day the step comes on or after, a lower bound of its day (``merging``)
    since: bool = False
