"""A notice's structure: normalised lines cut into segments (table rows, list items, sentences).

A PDF text layer or a portal page may put a whole schedule on one line
(「(1)開催日時:… (2)会場:… 4.応募の申込み (1)提出期限:…」, 「▽参加申込期限=7月1日▽質問書受付期限=7月4日」);
a segment is one item of it, so that each date is read with the label of its own item.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from tenders.extractor.dates import AFTER_CHANGE, BEFORE_CHANGE, STATE_TAG_WORDS
from tenders.extractor.labels import remembered

# Where a new item starts inside a line: a bracketed number or "4." after a space or a sentence end,
# or a list symbol anywhere. (Not 「【訂正後】」「【変更前】」: the key of a value inside the item, 「入札書の提出期限　【訂正前】
# 8月20日　【訂正後】 8月27日」「【誤】8月20日　【正】8月27日」.)
# 「●追加質問の受付期限　【新規】」 over its date, 「●公告 【終了】 令和8年1月9日（金）」: the tag of an item's state after its
# name, the line's end or its date after it: the item's own tag, no item of its own
STATE_TAG_AFTER_NAME = rf"(?!\s?(?:{STATE_TAG_WORDS})\s?】\s{{0,4}}(?:$|\d|令和|平成|\())"
ITEM_START = re.compile(  # (the first lookahead: a character some branch starts with, to fail fast elsewhere)
    r"(?=[(\dア-ン【第#▽▼■□◆◇●・〇○◯◎※])"
    r"(?:(?:(?<=[\s。])|(?<=\)))(?=\(\d{1,2}\)\s?\S|\d{1,2}\.\s?[^\d\s.]|[ア-ン][.)]\s?\S"
    rf"|【(?!\s?(?:{BEFORE_CHANGE}|{AFTER_CHANGE}|誤|正|旧|新)\s?】){STATE_TAG_AFTER_NAME}|第\d{{1,2}}(?:章|\s(?!\d))|#{{1,6}}\s)"
    r"|(?<=.)(?=[▽▼■□◆◇●])|(?<=\s)(?=[・〇○◯◎※]\s?\S))"
)
# a character every item start begins with: a line without one is not searched for them (a fast scan)
_ITEM_CHARACTERS = "(【第#▽▼■□◆◇●・〇○◯◎※.)"
ITEM_HINT = re.compile(f"[{_ITEM_CHARACTERS}]")
# 「6/1(月) 公募開始 → 6/15(月) 応募締切 → 6/30(火) 結果通知」: a timeline, one step between two arrows
_ARROWS = "→⇒➡➔"
ARROW = re.compile(rf"\s{{0,4}}[{_ARROWS}]\s{{0,4}}")
ARROW_MARK = re.compile(f"[{_ARROWS}]")
ITEM_OR_ARROW = re.compile(f"[{_ITEM_CHARACTERS}{_ARROWS}]")  # ITEM_HINT's or ARROW_MARK's characters, in one scan
SHORT_LINE = 120  # a line up to this long is one item as it stands (a few items' worth)
HEAD_LINES = 12  # the lines a notice's heading stands in


@dataclass(slots=True)
class Segment:
    line: int  # index of the source line
    text: str  # normalised text of this piece
    cells: list[str] | None = None  # a table row's cells
    first: bool = True  # the first piece of its line

    @property
    def is_row(self) -> bool:
        return self.cells is not None


ROW_MAX = 400  # a longer "row" is a whole table or page run together: read as text


def is_table_row(line: str) -> bool:
    if ("\t" not in line and "|" not in line) or len(line) > ROW_MAX:  # (a row has a tab or bars: most lines neither)
        return False
    tabbed = "\t" in line and "\t" in line.strip("\t")  # (a tab between two cells, not at an end; most lines have none)
    return (tabbed or line.count("|") >= 2) and not run_together(line)


RULE_CELL = re.compile(r"\|\s{0,4}:?[-─━=]{2,}:?\s{0,4}\|")


def run_together(line: str) -> bool:
    """「| 公募開始 | 6月1日 | |──|──| | 質問 | 6月9日 |」: rows joined on one line, a rule between them, read as text."""
    rule = RULE_CELL.search(line) if "|" in line else None
    return bool(rule and line[: rule.start()].strip(" |") and line[rule.end() :].strip(" |-─━=:"))


def cells_of(line: str) -> list[str]:
    if "\t" in line:
        return [c.strip() for c in line.split("\t")]
    text = line.strip().strip("-").strip()
    # (one bar off each end: 「||午後5時まで||」 is a row of empty cells around the one written, no row of one cell)
    text = text[1:] if text[:1] == "|" else text
    text = text[:-1] if text[-1:] == "|" else text
    return [c.strip() for c in text.split("|")]


SEPARATOR_CELL = re.compile(r":?-{2,}:?|")


def is_separator_row(cells: list[str]) -> bool:
    return all(SEPARATOR_CELL.fullmatch(c) for c in cells)


@remembered(8192)  # a page's header, a notice quoted again
def pieces_of(line: str) -> tuple[str, ...]:
    """A line cut at its item starts (and the arrows of a timeline) and, when long, at its sentence ends."""
    if len(line) <= SHORT_LINE and not ITEM_OR_ARROW.search(line):
        return (line,)  # (most lines: nothing to cut at)
    arrows = ARROW_MARK.search(line) is not None and len(ARROW.findall(line)) >= 2
    chunks = ARROW.split(line) if arrows else [line]
    parts = [p for chunk in chunks for p in (ITEM_START.split(chunk) if ITEM_HINT.search(chunk) else [chunk]) if p.strip()]
    if len(parts) > 1 and "." in line:
        parts = _month_days_kept(parts)
    if len(parts) > 1 and (" (" in line or "." in line):
        parts = _references_kept(parts)
    if len(line) > SHORT_LINE:
        parts = [s for p in parts for s in (sentences(p) if "。" in p else (p,)) if s.strip()]
    return tuple(parts) or (line,)


# 「…opens on Mon., April 26. The documents …」: an English month's name before 「26.」, whose day ends a sentence (no
# item 「26.」 starts there)
# (a short name with its dot, 「Apr. 26」; a whole name and a dot ends a sentence: 「… on Friday 16 April. 4. Quotations
# must …」, the next item's number after it)
MONTH_NAME_BEFORE = re.compile(
    r"(?i:\b(?:(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?"
    r"|(?:january|february|march|april|may|june|july|august|september|october|november|december))\s)$"
)


def _month_days_kept(parts: list[str]) -> list[str]:
    # (each kept part gathered as its pieces and joined once, its last characters kept apart: a long line's parts
    # joined one by one onto a growing string took time growing with the square of the line)
    kept, end = [[parts[0]]], parts[0][-12:]
    for part in parts[1:]:
        if part[:1].isdigit() and MONTH_NAME_BEFORE.search(end):
            kept[-1].append(part)
            end = (end + part)[-12:]
        else:
            kept.append([part])
            end = part[-12:]
    return ["".join(pieces) for pieces in kept]


# 「…distributed free of charge at the contact point in (1) from 26 May 2027」「as stated in (3) above」: an English
# sentence that refers to an item by its number (no item starts there)
REFERENCE_BEFORE = re.compile(r"(?i:\b(?:in|of|see|under|per|with|at)\s)$")
# (「… to everyone who replied under 1. on Friday 16 April」: an item cited by its number and dot, the same)
REFERENCE_ITEM = re.compile(r"\(\d{1,2}\)|\d{1,2}\.\s")
# 「ten (10) Business Days」「eighteen (18) months」: a number spelled out, then in figures in brackets (no item starts)
NUMBER_WORD_BEFORE = re.compile(
    r"(?i:\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\s)$"
)


def _references_kept(parts: list[str]) -> list[str]:
    kept, end = [[parts[0]]], parts[0][-11:]  # (as ``_month_days_kept``: pieces joined once)
    for part in parts[1:]:
        if (
            part[:1] in "(0123456789"
            and REFERENCE_ITEM.match(part)
            and (REFERENCE_BEFORE.search(end[-6:]) or (part[:1] == "(" and NUMBER_WORD_BEFORE.search(end)))
        ):
            kept[-1].append(part)
            end = (end + part)[-11:]
        else:
            kept.append([part])
            end = part[-11:]
    return ["".join(pieces) for pieces in kept]


SENTENCE_MARKS = re.compile(r"[。()]")


def sentences(text: str) -> list[str]:
    """The text cut after each 「。」 outside brackets (the last piece empty when the text ends with one):
    「…9月26日(金)まで(9月23日を除く。)とし、受付時間は…」 is one sentence."""
    if "(" not in text:
        *ended, last = text.split("。")
        return [sentence + "。" for sentence in ended] + [last]
    pieces, start, depth = [], 0, 0
    for mark in SENTENCE_MARKS.finditer(text):
        char = mark.group()
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            pieces.append(text[start : mark.end()])
            start = mark.end()
    if depth:  # a bracket left open: no brackets to go by
        *ended, last = text.split("。")
        return [sentence + "。" for sentence in ended] + [last]
    return [*pieces, text[start:]]


# 「質問書提出期限\t12月15日(月)17時   回答予定日\t12月19日(金)」: a form's items two on a line, each a label led by
# dots (read as a tab) to its value, the next item's label after a wide space at the end of the value's cell
_NEXT_KEY = re.compile(r"(?P<value>\S.*?)\s{2,}(?P<key>[^\s\d()。]{2,20})")
_KEY = re.compile(r"[^\d。]{2,20}")  # (the first item's label: spread out 「開 札 日 時」 too)


def side_by_side_pairs(cells: list[str]) -> list[list[str]] | None:
    """The label–value pairs of a row of such items side by side (None when it is no such row)."""
    if len(cells) % 2 == 0 or not _KEY.fullmatch(cells[0]):
        return None
    pairs, key = [], cells[0]
    for cell in cells[1:-1]:
        parts = _NEXT_KEY.fullmatch(cell)
        if not parts:
            return None
        pairs.append([key, parts["value"]])
        key = parts["key"]
    pairs.append([key, cells[-1]])
    return pairs


def segments(lines: list[str]) -> list[Segment]:
    return list(each_segment(lines))


def each_segment(lines: list[str]) -> Iterator[Segment]:
    for index, line in enumerate(lines):
        if not line or line.isspace():  # (``not line.strip()``, without a copy of each line)
            continue
        if is_table_row(line):
            cells = cells_of(line)
            if is_separator_row(cells):
                continue
            pairs = side_by_side_pairs(cells) if len(cells) >= 3 and "  " in line and "\t" in line else None
            if pairs:
                for number, pair in enumerate(pairs):
                    yield Segment(index, "\t".join(pair), pair, number == 0)
            else:
                yield Segment(index, line, cells)
            continue
        for number, piece in enumerate(pieces_of(line.replace("\t", " ") if len(line) > ROW_MAX else line)):
            yield Segment(index, piece, None, number == 0)


class Window:
    """The segments of the lines, read one after another with those around the one being read at hand (the reading
    looks ``behind`` segments back and a few ahead): a long text's segments are made a batch at a time and let go
    once read, never all held at once."""

    BATCH = 1024  # segments made at a time

    def __init__(self, lines: list[str], behind: int = 1):
        self._coming = each_segment(lines)
        self._held: list[Segment] = []
        self._first = 0  # the position of the first segment held
        self._behind = behind

    def _more(self) -> bool:
        batch = list(itertools.islice(self._coming, self.BATCH))
        self._held += batch
        return bool(batch)

    def get(self, position: int) -> Segment | None:
        """The segment at ``position`` (from 0), None past the last; never one more than ``behind`` back."""
        if position < self._first:
            raise IndexError(f"segment {position} is no longer held")
        while position - self._first >= len(self._held):
            if not self._more():
                return None
        return self._held[position - self._first]

    def back(self, position: int) -> Segment | None:
        """The segment at ``position`` when it is still held (up to ``behind`` back), else None."""
        return self.get(position) if position >= max(self._first, 0) else None

    def __iter__(self) -> Iterator[tuple[int, Segment]]:
        position = 0
        while True:
            at = position - self._first
            if at >= len(self._held):
                if not self._more():
                    return
                continue
            if at > 2 * self.BATCH:  # let go of the segments read, but the last ``behind``
                del self._held[: at - self._behind]
                self._first += at - self._behind
                continue
            yield position, self._held[at]
            position += 1
