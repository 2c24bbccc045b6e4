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
CHUNK = 500  # rows fetched from the database at once


def text_width(text: str) -> int:
    """Columns a text takes on screen: a Japanese (wide) character counts two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def fuzzy_text(precision: str, day: dt.date) -> str:
    """上旬 / 中旬 / 下旬 or a month as written: 「2027年5月下旬」, 「2027年2月」 (read back by read_due)."""
    return TypedDue(precision, day.replace(day=1)).text()


@dataclass(slots=True)
class ExportedMilestone:
    """What an export shows of a milestone: plain values (no model instance per row), its moments
    already in local time, worked out once."""

    kind: str
    label: str
    precision: str
    due: dt.datetime | dt.date | str  # naive local datetime, a day, or the text of a window
    due_time: dt.time | None
    delivery_note: str
    done: dt.datetime | None  # naive local


def exported_milestone(kind, label, precision, starts_on, due_at, note, done_at, zone, done_zone) -> ExportedMilestone:
    """A milestone's row as read from the database, its timed deadline in ``zone`` (the site's) and the
    moment it was done in ``done_zone`` (the reader's)."""
    time = due_at.astimezone(zone).time().replace(tzinfo=None) if due_at is not None else None
    if precision in MONTH_PRECISIONS:
        due = fuzzy_text(precision, starts_on)
    elif time is not None:
        due = dt.datetime.combine(starts_on, time)
    else:
        due = starts_on
    done = done_at.astimezone(done_zone).replace(tzinfo=None) if done_at is not None else None
    return ExportedMilestone(kind, label, precision, due, time, note, done)


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


def due_text(value) -> str:
    if isinstance(value, dt.datetime):
        return value.strftime("%Y/%m/%d %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%Y/%m/%d")
    return value


def notices_for_export(notices) -> Iterator[ExportedNotice]:
    """The notices of a queryset in pk order with their assignees and their milestones in due order, as
    plain values: three queries in pk order read side by side, a chunk of rows at a time (on PostgreSQL
    through server-side cursors), so that memory stays flat whatever the number of notices."""
    chosen = notices.values("pk")
    through = Notice.assignees.through
    zone, done_zone = timezone.get_default_timezone(), timezone.get_current_timezone()
    rows = (
        Notice.objects.filter(pk__in=chosen)
        .order_by("pk")
        .values_list(
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
        .iterator(chunk_size=CHUNK)
    )
    people = (
        through.objects.filter(notice__in=chosen)
        .order_by("notice_id")
        .values_list("notice_id", "user__email", "user__username")
        .iterator(chunk_size=CHUNK)
    )
    milestones = (
        Milestone.objects.filter(notice__in=chosen)
        .order_by("notice_id", "starts_on", F("due_at").asc(nulls_last=True), "pk")
        .values_list("notice_id", "kind", "label", "precision", "starts_on", "due_at", "delivery_note", "done_at")
        .iterator(chunk_size=CHUNK)
    )
    person, milestone = next(people, None), next(milestones, None)
    for pk, title, issuer, reference, status, method, budget, url, notes, email, username in rows:
        notice = ExportedNotice(pk, title, issuer, reference, status, method, budget, url, notes, email or username)
        # A row of a notice the first query did not see (added meanwhile) is passed over.
        while person is not None and person[0] <= pk:
            if person[0] == pk:
                notice.assignees.append(person[1] or person[2])
            person = next(people, None)
        while milestone is not None and milestone[0] <= pk:
            if milestone[0] == pk:
                notice.milestones.append(exported_milestone(*milestone[1:], zone, done_zone))
            milestone = next(milestones, None)
        yield notice


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
        first_of_kind.setdefault(milestone.kind, milestone.due)
    upcoming = next((m for m in notice.milestones if m.done is None), None)
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
        f"{due_text(upcoming.due)} {upcoming.label}" if upcoming else "",
    ]
    row += [first_of_kind.get(kind) for kind in KINDS]
    row += [notice.source_url, notice.notes]
    return row


def milestone_rows(notice: ExportedNotice) -> Iterable[list]:
    for milestone in notice.milestones:
        due = milestone.due
        yield [
            notice.pk,
            notice.title,
            KIND_NAMES[milestone.kind],
            milestone.label,
            due.date() if due.__class__ is dt.datetime else due,
            milestone.due_time,
            PRECISION_NAMES[milestone.precision],
            milestone.delivery_note,
            milestone.done,
        ]


EXCEL_DAY_ZERO = dt.date(1899, 12, 30).toordinal()  # Excel's 1900 date system, right from 1 March 1900 on


def excel_day(day: dt.date) -> int:
    """A day as Excel stores it: days since its day zero (a cell with a date format shows it as a date)."""
    return day.toordinal() - EXCEL_DAY_ZERO


def excel_time(time: dt.time | dt.datetime) -> float:
    """The time of day as Excel stores it: the fraction of the day gone by."""
    return (time.hour * 3600 + time.minute * 60 + time.second + time.microsecond / 1e6) / 86400


class SheetWriter:
    """One worksheet written row by row, with the formats of its cells and widths that fit.

    Dates and times go in as Excel's serial numbers with a date format (what ``write_datetime`` would
    store, without its conversion per cell); text always as text, never a formula or a link."""

    def __init__(self, workbook, name: str, headers: list[str], formats: dict, *, yen_column: int = -1):
        self.sheet = workbook.add_worksheet(name)
        # XlsxWriter's undecorated writers, what its own write() and write_row() call: the public ones first
        # try the row as "A1" notation, about a tenth of the export's time over a million cells.
        self.string = getattr(self.sheet, "_write_string", self.sheet.write_string)
        self.number = getattr(self.sheet, "_write_number", self.sheet.write_number)
        self.formats = formats
        self.yen_column = yen_column
        self.widths = [text_width(h) + 3 for h in headers]  # room for the filter button
        self.sheet.freeze_panes(1, 0)
        for col, header in enumerate(headers):
            self.sheet.write_string(0, col, header, formats["header"])
        self.row = 1

    def write(self, values: list) -> None:
        row, string, number, formats, widths = self.row, self.string, self.number, self.formats, self.widths
        fitting = row <= WIDTH_SAMPLE_ROWS  # widths are fitted to the text of the first rows
        for col, value in enumerate(values):
            kind = value.__class__
            if kind is str:
                if value:
                    string(row, col, value)  # never a formula, whatever it starts with
                    if fitting and 2 * len(value) + 1 > widths[col]:  # else it cannot be wider than its column
                        widths[col] = max(widths[col], min(text_width(value) + 1, MAX_WIDTH))
                continue
            if value is None:
                continue
            if kind is dt.datetime:
                number(row, col, excel_day(value) + excel_time(value), formats["datetime"])
                width = 16
            elif kind is dt.date:
                number(row, col, excel_day(value), formats["date"])
                width = 10
            elif kind is dt.time:
                number(row, col, excel_time(value), formats["time"])
                width = 5
            elif kind is int:
                number(row, col, value, formats["yen"] if col == self.yen_column else None)
                width = len(f"{value:,}")
            else:
                raise TypeError(f"no cell for {value!r}")
            if width + 1 > widths[col]:  # a number or date too narrow for its column would show as ####
                widths[col] = min(width + 1, MAX_WIDTH)
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
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
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


CSV_SHEETS = ("notices", "milestones")  # the 案件 sheet, or the 日程 sheet (one row per milestone)


def write_csv(notices, output, *, encoding: str = "utf-8", sheet: str = "notices") -> ExportResult:
    """One sheet as CSV into a binary file: UTF-8 with BOM, or cp932 (Shift_JIS), with CRLF.

    ``sheet`` is ``"notices"`` (the 案件 sheet, one row per notice) or ``"milestones"`` (the 日程 sheet,
    one row per milestone: dates as 2026/04/15, a 下旬 as written, times as 16:30)."""
    if encoding not in ("utf-8", "cp932"):
        raise ValueError(f"encoding must be utf-8 or cp932, not {encoding!r}")
    if sheet not in CSV_SHEETS:
        raise ValueError(f"sheet must be one of {CSV_SHEETS}, not {sheet!r}")
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

    names = choice_names()
    writer.writerow(NOTICE_HEADERS if sheet == "notices" else list(MILESTONE_HEADERS.values()))
    for notice in notices_for_export(notices):
        rows = [notice_row(notice, names)] if sheet == "notices" else milestone_rows(notice)
        writer.writerows([csv_cell(value) for value in row] for row in rows)
        result.notices += 1
        result.milestones += len(notice.milestones)
        if buffer.tell() > 64_000:
            flush()
    flush()
    result.replaced = sorted(replaced)
    return result
