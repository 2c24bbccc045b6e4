"""Notices and their milestones out to Excel (.xlsx) or CSV, in the columns the import reads back.

The workbook has two sheets: 案件 (one row per notice: its fields, the next open milestone, and each
kind of milestone in its own column) and 日程 (one row per milestone: kind, label, date, time,
precision, note, done). A timed deadline or a day is a real Excel date with a Japanese format; 上旬 /
中旬 / 下旬 or a month stays the text written (「2027年5月下旬」). XlsxWriter streams the rows
(``constant_memory``): 20,000 notices take flat memory.

CSV is the 案件 sheet alone: UTF-8 with a BOM and CRLF (what Japanese Excel opens), or Shift_JIS
(cp932) for older systems, reporting the characters it had to replace. Text that Excel would take
for a formula (=, +, -, @ first) is written with a leading apostrophe, which the import removes.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import xlsxwriter
from django.db.models import F
from django.utils import timezone, translation

from tenders.extractor.typed import TypedDue
from tenders.models import Milestone, Notice
from tenders.proposal import KINDS, MONTH_PRECISIONS
from tenders.spreadsheets.mapping import HEADERS, ID, KIND_FIELDS

NOTICE_SHEET = "案件"
MILESTONE_SHEET = "日程"
NEXT_HEADER = "次の日程"
NOTICE_COLUMNS = (ID, "title", "issuer", "reference_number", "status", "owner", "assignees", "method", "budget_ceiling")
TAIL_COLUMNS = ("source_url", "notes")
NOTICE_HEADERS = [HEADERS[f] for f in NOTICE_COLUMNS] + [NEXT_HEADER] + [HEADERS[f] for f in KIND_FIELDS + TAIL_COLUMNS]

# The milestone sheet: its headers, read back by tenders.spreadsheets.rows.
MILESTONE_HEADERS = {
    "id": HEADERS[ID],
    "title": HEADERS["title"],
    "kind": "種別",
    "label": "名称",
    "date": "日付",
    "time": "時刻",
    "precision": "精度",
    "note": "提出方法・備考",
    "done": "完了",
}
KIND_NAMES = {kind: HEADERS[f"kind:{kind}"] for kind in KINDS}
PRECISION_NAMES = {
    "datetime": "日時",
    "date": "日付",
    "early_month": "上旬",
    "mid_month": "中旬",
    "late_month": "下旬",
    "month": "月",
}

DATETIME_FORMAT = "yyyy/mm/dd hh:mm"
DATE_FORMAT = "yyyy/mm/dd"
TIME_FORMAT = "hh:mm"
YEN_FORMAT = "#,##0"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
MAX_WIDTH = 60
WIDTH_SAMPLE_ROWS = 2000  # column widths fit the text of the first rows
CHUNK = 500  # notices read at once (their milestones and assignees with them)


def text_width(text: str) -> int:
    """Columns a text takes on screen: a Japanese (wide) character counts two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def fuzzy_text(precision: str, day: dt.date) -> str:
    """上旬 / 中旬 / 下旬 or a month as written: 「2027年5月下旬」, 「2027年2月」 (read back by read_due)."""
    return TypedDue(precision, day.replace(day=1)).text()


@dataclass(slots=True)
class ExportedMilestone:
    """What an export shows of a milestone (read as plain values: no model instance per row)."""

    kind: str
    label: str
    precision: str
    starts_on: dt.date
    due_at: dt.datetime | None
    delivery_note: str
    done_at: dt.datetime | None

    @property
    def due_time(self) -> dt.time | None:
        if self.due_at is None:
            return None
        return self.due_at.astimezone(timezone.get_default_timezone()).time().replace(tzinfo=None)


@dataclass(slots=True)
class ExportedNotice:
    pk: int
    title: str
    issuer: str
    reference_number: str
    status: str
    method: str
    budget_ceiling: int | None
    source_url: str
    notes: str
    owner: str
    assignees: list[str] = field(default_factory=list)
    milestones: list[ExportedMilestone] = field(default_factory=list)


def local_due(milestone) -> dt.datetime | dt.date | str:
    """A milestone's due moment as a cell: naive local datetime, a date, or the text of a window."""
    if milestone.precision in MONTH_PRECISIONS:
        return fuzzy_text(milestone.precision, milestone.starts_on)
    if milestone.due_at is not None:
        return dt.datetime.combine(milestone.starts_on, milestone.due_time)
    return milestone.starts_on


def due_text(value) -> str:
    if isinstance(value, dt.datetime):
        return value.strftime("%Y/%m/%d %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%Y/%m/%d")
    return value


def notices_for_export(notices, chunk: int = CHUNK) -> Iterator[ExportedNotice]:
    """The notices of a queryset in pk order, a chunk at a time (three queries per chunk: the notices,
    their assignees, their milestones in due order), as plain values."""
    ids = list(notices.order_by("pk").values_list("pk", flat=True).distinct())
    through = Notice.assignees.through
    for start in range(0, len(ids), chunk):
        part = ids[start : start + chunk]
        rows = {
            pk: ExportedNotice(pk, title, issuer, reference, status, method, budget, url, notes, email or username)
            for pk, title, issuer, reference, status, method, budget, url, notes, email, username in Notice.objects.filter(
                pk__in=part
            ).values_list(
                "pk",
                "title",
                "issuer",
                "reference_number",
                "status",
                "method",
                "budget_ceiling",
                "source_url",
                "notes",
                "owner__email",
                "owner__username",
            )
        }
        for notice_id, email, username in through.objects.filter(notice_id__in=part).values_list(
            "notice_id", "user__email", "user__username"
        ):
            rows[notice_id].assignees.append(email or username)
        milestones = (
            Milestone.objects.filter(notice_id__in=part)
            .order_by("notice_id", "starts_on", F("due_at").asc(nulls_last=True), "pk")
            .values_list("notice_id", "kind", "label", "precision", "starts_on", "due_at", "delivery_note", "done_at")
        )
        for notice_id, *values in milestones:
            rows[notice_id].milestones.append(ExportedMilestone(*values))
        for pk in part:
            if pk in rows:
                yield rows[pk]


def choice_names() -> tuple[dict, dict]:
    """Statuses and methods by their Japanese names (the sheet is read back whatever the reader's language)."""
    with translation.override("ja"):
        return (
            {value: str(label) for value, label in Notice.Status.choices},
            {value: str(label) for value, label in Notice.Method.choices},
        )


def notice_row(notice: ExportedNotice, names: tuple[dict, dict]) -> list:
    """The 案件 sheet's cells for one notice (dates as date/datetime values, windows as text)."""
    first_of_kind = {}
    for milestone in notice.milestones:
        first_of_kind.setdefault(milestone.kind, milestone)
    upcoming = next((m for m in notice.milestones if m.done_at is None), None)
    row = [
        notice.pk,
        notice.title,
        notice.issuer,
        notice.reference_number,
        names[0].get(notice.status, notice.status),
        notice.owner,
        "、".join(sorted(notice.assignees)),
        names[1].get(notice.method, notice.method),
        notice.budget_ceiling,
        f"{due_text(local_due(upcoming))} {upcoming.label}" if upcoming else "",
    ]
    row += [local_due(first_of_kind[kind]) if kind in first_of_kind else None for kind in KINDS]
    row += [notice.source_url, notice.notes]
    return row


def milestone_rows(notice: ExportedNotice) -> Iterable[list]:
    for milestone in notice.milestones:
        due = local_due(milestone)
        day = due.date() if isinstance(due, dt.datetime) else due
        done = timezone.localtime(milestone.done_at).replace(tzinfo=None) if milestone.done_at else None
        yield [
            notice.pk,
            notice.title,
            KIND_NAMES[milestone.kind],
            milestone.label,
            day,
            milestone.due_time,
            PRECISION_NAMES[milestone.precision],
            milestone.delivery_note,
            done,
        ]


class SheetWriter:
    """One worksheet written row by row, with the formats of its cells and widths that fit."""

    def __init__(self, workbook, name: str, headers: list[str], formats: dict, *, yen_column: int = -1):
        self.sheet = workbook.add_worksheet(name)
        self.formats = formats
        self.yen_column = yen_column
        self.widths = [text_width(h) + 2 for h in headers]
        self.row = 0
        self.sheet.freeze_panes(1, 0)
        self.write(headers, header=True)

    def write(self, values: list, *, header: bool = False) -> None:
        sheet, formats = self.sheet, self.formats
        for col, value in enumerate(values):
            if header:
                sheet.write_string(self.row, col, value, formats["header"])
                width = text_width(value) + 2
            elif value is None or value == "":
                continue
            elif isinstance(value, dt.datetime):
                sheet.write_datetime(self.row, col, value, formats["datetime"])
                width = 16
            elif isinstance(value, dt.date):
                sheet.write_datetime(self.row, col, dt.datetime.combine(value, dt.time()), formats["date"])
                width = 10
            elif isinstance(value, dt.time):
                sheet.write_datetime(self.row, col, value, formats["time"])
                width = 5
            elif isinstance(value, bool):
                sheet.write_boolean(self.row, col, value)
                width = 5
            elif isinstance(value, int):
                sheet.write_number(self.row, col, value, formats["yen"] if col == self.yen_column else None)
                width = len(f"{value:,}")
            else:
                text = str(value)
                sheet.write_string(self.row, col, text)  # never a formula, whatever it starts with
                if self.row > WIDTH_SAMPLE_ROWS or 2 * len(text) + 1 <= self.widths[col]:
                    continue  # widths are fitted to the first rows; this text cannot be wider than its column
                width = text_width(text)
            if width + 1 > self.widths[col]:
                self.widths[col] = min(width + 1, MAX_WIDTH)
        self.row += 1

    def finish(self) -> None:
        last_col = len(self.widths) - 1
        self.sheet.autofilter(0, 0, max(self.row - 1, 0), last_col)
        for col, width in enumerate(self.widths):
            self.sheet.set_column(col, col, width)


@dataclass
class ExportResult:
    notices: int = 0
    milestones: int = 0
    replaced: list[str] = field(default_factory=list)  # characters a cp932 CSV could not hold


def write_xlsx(notices, output) -> ExportResult:
    """Write the notices (a queryset) and their milestones to ``output`` (a path or a binary file)."""
    result = ExportResult()
    workbook = xlsxwriter.Workbook(output, {"constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False})
    workbook.set_properties({"title": "案件管理表", "comments": "Shimekiri"})
    formats = {
        "header": workbook.add_format({"bold": True, "bg_color": "#E8EEF4", "border": 1, "text_wrap": False}),
        "datetime": workbook.add_format({"num_format": DATETIME_FORMAT}),
        "date": workbook.add_format({"num_format": DATE_FORMAT}),
        "time": workbook.add_format({"num_format": TIME_FORMAT}),
        "yen": workbook.add_format({"num_format": YEN_FORMAT}),
    }
    notice_sheet = SheetWriter(workbook, NOTICE_SHEET, NOTICE_HEADERS, formats, yen_column=NOTICE_COLUMNS.index("budget_ceiling"))
    milestone_sheet = SheetWriter(workbook, MILESTONE_SHEET, list(MILESTONE_HEADERS.values()), formats)
    names = choice_names()
    for notice in notices_for_export(notices):
        notice_sheet.write(notice_row(notice, names))
        result.notices += 1
        for row in milestone_rows(notice):
            milestone_sheet.write(row)
            result.milestones += 1
    notice_sheet.finish()
    milestone_sheet.finish()
    workbook.close()
    return result


def csv_cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return due_text(value)
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def encode_reporting(text: str, encoding: str, replaced: set[str]) -> bytes:
    """``text`` in ``encoding``; a character it cannot hold becomes 〓 (or ?) and is added to ``replaced``."""
    try:
        return text.encode(encoding)
    except UnicodeEncodeError:
        pass
    out = []
    for ch in text:
        try:
            out.append(ch.encode(encoding))
        except UnicodeEncodeError:
            replaced.add(ch)
            out.append("〓".encode(encoding) if encoding != "ascii" else b"?")
    return b"".join(out)


def write_csv(notices, output, *, encoding: str = "utf-8") -> ExportResult:
    """The 案件 sheet as CSV into a binary file: UTF-8 with BOM, or cp932 (Shift_JIS) with CRLF."""
    if encoding not in ("utf-8", "cp932"):
        raise ValueError(f"encoding must be utf-8 or cp932, not {encoding!r}")
    result = ExportResult()
    replaced: set[str] = set()
    if encoding == "utf-8":
        output.write("\ufeff".encode())
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")

    def flush():
        output.write(encode_reporting(buffer.getvalue(), encoding, replaced))
        buffer.seek(0)
        buffer.truncate()

    writer.writerow(NOTICE_HEADERS)
    names = choice_names()
    for notice in notices_for_export(notices):
        writer.writerow([csv_cell(value) for value in notice_row(notice, names)])
        result.notices += 1
        result.milestones += len(notice.milestones)
        if buffer.tell() > 64_000:
            flush()
    flush()
    result.replaced = sorted(replaced)
    return result
