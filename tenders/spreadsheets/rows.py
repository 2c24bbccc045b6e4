"""Each row of a 案件管理表 as a notice proposal, or the list of its problems per cell; and the saving.

A row is read with the mapping of its columns (``tenders.spreadsheets.mapping``). Dates may be Excel
dates, date serials, or text as a person types them (令和 / 西暦 / 5月下旬 / 16時: read by the form's
reader, ``tenders.extractor.typed.read_due``); 「未定」 or an empty cell is no milestone. A workbook
written by our export carries a 日程 sheet (one row per milestone, tied by 案件ID): then the
milestones come from it, with their labels, notes and done marks, and the kind columns are not read.

Saving: every good row in one transaction through ``notice_create``, or nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import translation

from tenders.extractor.typed import TypedDueError, read_due
from tenders.models import Milestone, Notice, staff_name
from tenders.proposal import KINDS, MONTH_PRECISIONS, MilestoneProposal, NoticeProposal, ProposalError
from tenders.services import milestone_mark_done, notice_create
from tenders.spreadsheets.export import KIND_NAMES, MILESTONE_HEADERS, MILESTONE_SHEET, NOTICE_SHEET
from tenders.spreadsheets.mapping import HEADERS, ID, IGNORE, normal, propose
from tenders.spreadsheets.reading import Cell, Sheet, SheetError, Workbook, serial_to_datetime

UNDECIDED = {"未定", "-", "ー", "－", "―", "—", "なし", "無", "未", "tbd", "n/a", "調整中"}
HEADER_SCAN_ROWS = 20
SPLIT_PEOPLE = re.compile(r"[、,，;；/／\n]+")
YEN = re.compile(r"^[¥￥]?\s*([0-9,，]+)\s*(円)?$")
MAN_YEN = re.compile(r"^([0-9.,，]+)\s*万円$")


class CellProblem(ValueError):
    pass


@dataclass
class Problem:
    column: str  # the column's header, or "" for the row as a whole
    value: str
    message: str

    def __str__(self):
        where = f"「{self.column}」" if self.column else ""
        shown = f"（{self.value}）" if self.value else ""
        return f"{where}{shown}: {self.message}" if where else self.message


@dataclass
class RowResult:
    number: int  # the row's number in the sheet, as Excel shows it
    values: dict[str, str] = field(default_factory=dict)  # header → the cell as text (for the preview)
    proposal: NoticeProposal | None = None
    owner: object = None
    assignees: list = field(default_factory=list)
    done: list[int] = field(default_factory=list)  # indexes of the proposal's milestones marked done
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.proposal is not None and not self.problems

    def problem(self, column: str, value, message: str) -> None:
        self.problems.append(Problem(column, cell_text(value), message))


@dataclass
class Table:
    """A sheet's header (one or two rows) and where its data starts."""

    sheet: Sheet
    headers: list[str]  # per column: "upper\nlower" under two header rows, else the one header
    first_data_row: int  # index into sheet.rows

    def display(self, index: int) -> str:
        upper, _, lower = self.headers[index].partition("\n")
        return f"{upper} {lower}".strip() if lower and upper else (lower or upper)

    def label(self, index: int) -> str:
        upper, _, lower = self.headers[index].partition("\n")
        return (lower or upper).strip()


@dataclass
class ImportPlan:
    table: Table
    fields: list[str]
    rows: list[RowResult]
    milestones_from_sheet: bool = False

    @property
    def good(self) -> list[RowResult]:
        return [row for row in self.rows if row.ok]

    @property
    def bad(self) -> list[RowResult]:
        return [row for row in self.rows if not row.ok]


def cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y/%m/%d %H:%M") if value.time() != dt.time() else value.strftime("%Y/%m/%d")
    if isinstance(value, dt.date):
        return value.strftime("%Y/%m/%d")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


# --- the header -----------------------------------------------------------


def _texts(row: list[Cell]) -> list[str]:
    return [cell_text(cell.value) if isinstance(cell.value, str) else "" for cell in row]


def find_table(sheet: Sheet, chosen: dict | None = None) -> Table:
    """The header row (the first with two columns we know, below any title rows), and a second header
    row under it when the next row names fields too and holds no dates or numbers."""
    for index, row in enumerate(sheet.rows[:HEADER_SCAN_ROWS]):
        texts = _texts(row)
        known = sum(1 for text, f in zip(texts, propose(texts)) if f or (chosen and normal(text) in chosen))
        if known < 2:
            continue
        width = max(len(r) for r in sheet.rows[index : index + 2])
        upper = texts + [""] * (width - len(texts))
        below = sheet.rows[index + 1] if index + 1 < len(sheet.rows) else []
        lower = _texts(below) + [""] * (width - len(below))
        second = (
            any(propose([text])[0] for text in lower if text)
            and all(cell.blank or isinstance(cell.value, str) for cell in below)
            and any(not u and lo for u, lo in zip(upper, lower))  # a merged cell above leaves blanks
        )
        if not second:
            return Table(sheet, upper, index + 1)
        headers, carried = [], ""
        for up, low in zip(upper, lower):
            if up:
                carried = up
            part = up or (carried if low else "")
            headers.append(f"{part}\n{low}" if low and part and part != low else (low or part))
        return Table(sheet, headers, index + 2)
    raise SheetError(
        "見出しの行が見つかりません。1行目（または表題の下）に「案件名」「発注機関」「提出期限」などの見出しを書いてください。"
    )


def notice_table(workbook: Workbook, chosen: dict | None = None) -> Table:
    sheet = workbook.sheet(NOTICE_SHEET) or workbook.sheets[0]
    return find_table(sheet, chosen)


def apply_map(table: Table, fields: list[str], chosen: dict[str, str]) -> list[str]:
    """The proposal with the columns a person named (``--map``, by normalised header) replaced."""
    fields = list(fields)
    for index, header in enumerate(table.headers):
        upper, _, lower = header.partition("\n")
        for key in (normal(header), normal(lower), normal(upper), normal(table.display(index))):
            if key and key in chosen:
                fields[index] = chosen[key]
                break
    return fields


# --- cells ----------------------------------------------------------------


def read_due_cell(cell: Cell) -> tuple[str, dt.date, dt.time | None] | None:
    """(precision, day, time) of a date cell, None for no milestone (empty, 未定); a CellProblem else."""
    value = cell.value
    if cell.blank:
        return None
    if isinstance(value, bool):
        raise CellProblem("日付ではありません。")
    if isinstance(value, (int, float)):
        moment = serial_to_datetime(float(value))
        if moment is None:
            raise CellProblem("日付として読めません（2000〜2100年の日付にしてください）。")
        value = moment
    if isinstance(value, dt.datetime):
        if value.time() != dt.time() or "h" in (cell.number_format or "").lower():  # a time shown, even 00:00
            return _in_range("datetime", value.date(), value.time().replace(second=0, microsecond=0))
        return _in_range("date", value.date(), None)
    if isinstance(value, dt.date):
        return _in_range("date", value, None)
    if isinstance(value, dt.time):
        raise CellProblem("時刻だけで日付がありません。")
    text = str(value).strip()
    if normal(text) in UNDECIDED:
        return None
    try:
        due = read_due(text)
    except TypedDueError as exc:
        raise CellProblem(exc.message) from None
    return _in_range(due.precision, due.day, due.time)


def _in_range(precision: str, day: dt.date, time: dt.time | None):
    if not Milestone.day_in_range(day):
        raise CellProblem(
            f"{day.year}年は扱える範囲（{Milestone.EARLIEST_DAY.year}〜{Milestone.LATEST_DAY.year}年）の外です。年（令和・西暦）を確かめてください。"
        )
    return precision, day.replace(day=1) if precision in MONTH_PRECISIONS else day, time


def read_time_cell(cell: Cell) -> dt.time | None:
    value = cell.value
    if cell.blank:
        return None
    if isinstance(value, dt.datetime):
        return value.time().replace(second=0, microsecond=0)
    if isinstance(value, dt.time):
        return value.replace(second=0, microsecond=0)
    if isinstance(value, (int, float)) and 0 <= value < 1:
        minutes = round(float(value) * 24 * 60)
        return dt.time(minutes // 60, minutes % 60)
    match = re.fullmatch(r"(\d{1,2})\s*[:：時]\s*(\d{2})?\s*分?", normal(cell_text(value)))
    if match and int(match[1]) < 24 and int(match[2] or 0) < 60:
        return dt.time(int(match[1]), int(match[2] or 0))
    raise CellProblem("時刻として読めません（16:30 のように書いてください）。")


def choice_value(text: str, choices) -> str | None:
    """A status or method as its value, its Japanese name or its English name."""
    key = normal(text)
    for value, label in choices:
        names = {normal(value), normal(str(label))}
        with translation.override("ja"):
            names.add(normal(str(label)))
        with translation.override("en"):
            names.add(normal(str(label)))
        if key in names:
            return value
    return None


def read_budget(cell: Cell) -> int | None:
    value = cell.value
    if cell.blank or normal(cell_text(value)) in UNDECIDED:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if value < 0 or not float(value).is_integer():
            raise CellProblem("円の整数（0以上）で書いてください。")
        return int(value)
    text = normal(str(value))
    if match := YEN.match(text):
        return int(match[1].replace(",", "").replace("，", ""))
    if match := MAN_YEN.match(text):
        return round(float(match[1].replace(",", "")) * 10_000)
    raise CellProblem("金額として読めません（12,345,000 や 1234万円 のように書いてください）。")


class People:
    """The team's members, found by email, login or the name shown for them."""

    def __init__(self, team):
        users = get_user_model().objects.filter(memberships__team=team).select_related("profile")
        self.by_key = {}
        for user in users:
            for key in (user.email, user.get_username(), staff_name(user), user.get_full_name()):
                if key:
                    self.by_key.setdefault(normal(key), user)

    def find(self, text: str):
        return self.by_key.get(normal(text))


# --- rows -----------------------------------------------------------------


def plan_import(workbook: Workbook, team, default_owner, fields: list[str] | None = None, chosen=None) -> ImportPlan:
    """Every data row of the workbook's notice sheet read with the mapping (proposed unless given)."""
    table = notice_table(workbook, chosen)
    if fields is None:
        fields = propose(table.headers)
    fields = list(fields) + [IGNORE] * (len(table.headers) - len(fields))
    if chosen:
        fields = apply_map(table, fields, chosen)
    if "title" not in fields:
        raise SheetError("「案件名」にあたる列を選んでください（案件名がないと案件になりません）。")
    from_sheet = milestone_rows_by_id(workbook) if ID in fields else None
    people = People(team)
    existing = existing_keys(team)
    seen: dict[tuple, int] = {}
    rows = []
    data_rows = table.sheet.rows[table.first_data_row :]
    for offset, cells in enumerate(data_rows):
        if all(cell.blank for cell in cells):
            continue
        number = table.first_data_row + offset + 1
        row = read_row(table, fields, cells, number, people, default_owner, from_sheet)
        check_duplicates(row, existing, seen)
        rows.append(row)
    if not rows:
        raise SheetError("見出しの下に案件の行がありません。")
    return ImportPlan(table, fields, rows, milestones_from_sheet=from_sheet is not None)


def read_row(table: Table, fields, cells: list[Cell], number: int, people, default_owner, from_sheet) -> RowResult:
    row = RowResult(number)
    notice: dict = {}
    milestones: list[MilestoneProposal] = []
    owner, assignees = default_owner, []
    notice_id = None
    for index, field_name in enumerate(fields):
        cell = cells[index] if index < len(cells) else Cell(None)
        header = table.display(index)
        if field_name:
            row.values[header] = cell_text(cell.value)
        if not field_name or (cell.blank and not field_name.startswith("kind:")):
            continue
        try:
            if field_name.startswith("kind:"):
                if from_sheet is not None:
                    continue
                due = read_due_cell(cell)
                if due is not None:
                    precision, day, time = due
                    milestones.append(
                        MilestoneProposal(kind=field_name[5:], label=table.label(index), date=day, precision=precision, time=time)
                    )
            elif field_name == ID:
                notice_id = cell_text(cell.value)
            elif field_name == "owner":
                owner = people.find(cell_text(cell.value))
                if owner is None:
                    raise CellProblem("チームにいない担当者です（メールアドレスか、表示名で書いてください）。")
            elif field_name == "assignees":
                for name in SPLIT_PEOPLE.split(cell_text(cell.value)):
                    if name.strip():
                        person = people.find(name)
                        if person is None:
                            raise CellProblem(f"「{name.strip()}」はチームにいません。")
                        assignees.append(person)
            elif field_name == "status":
                notice["status"] = choice_value(cell_text(cell.value), Notice.Status.choices) or _bad_choice(
                    Notice.Status.choices
                )
            elif field_name == "method":
                notice["method"] = choice_value(cell_text(cell.value), Notice.Method.choices) or _bad_choice(
                    Notice.Method.choices
                )
            elif field_name == "budget_ceiling":
                notice["budget_ceiling"] = read_budget(cell)
            else:
                notice[field_name] = cell_text(cell.value) if field_name != "notes" else str(cell.value).strip()
        except CellProblem as exc:
            row.problem(header, cell.value, str(exc))
    if from_sheet is not None and notice_id:
        milestones, row.done = sheet_milestones(from_sheet.get(notice_id, []), row)
    if not notice.get("title"):
        row.problem(HEADERS["title"], "", "案件名がありません。")
        return row
    row.owner, row.assignees = owner, assignees
    try:
        row.proposal = NoticeProposal(milestones=tuple(milestones), **notice)
    except ProposalError as exc:
        row.problem("", "", str(exc))
        return row
    check_fields(row)
    return row


def _bad_choice(choices):
    with translation.override("ja"):
        names = "・".join(str(label) for _, label in choices)
    raise CellProblem(f"次のどれかにしてください: {names}。")


def check_fields(row: RowResult) -> None:
    """The model's field rules (lengths, URL), as saving would apply them, before anything is saved."""
    proposal = row.proposal
    notice = Notice(
        title=proposal.title,
        issuer=proposal.issuer,
        reference_number=proposal.reference_number,
        source_url=proposal.source_url,
        budget_ceiling=proposal.budget_ceiling,
        notes=proposal.notes,
    )
    try:
        notice.full_clean(exclude=["team", "owner"], validate_unique=False, validate_constraints=False)
    except ValidationError as exc:
        for name, messages in exc.message_dict.items():
            row.problem(HEADERS.get(name, name), getattr(notice, name, ""), " ".join(messages))
    for item in proposal.milestones:
        milestone = Milestone(kind=item.kind, label=item.label, delivery_note=item.note)
        milestone.set_due(item.precision, item.date, item.time)
        try:
            milestone.full_clean(exclude=["notice", "ends_on"], validate_unique=False, validate_constraints=False)
        except ValidationError as exc:
            row.problem(item.label, "", " ".join(exc.messages))


def existing_keys(team) -> dict[tuple, str]:
    keys = {}
    for title, issuer, reference in Notice.objects.filter(team=team).values_list("title", "issuer", "reference_number"):
        keys[("title", normal(title), normal(issuer))] = title
        if reference:
            keys[("reference", normal(reference))] = title
    return keys


def check_duplicates(row: RowResult, existing: dict, seen: dict) -> None:
    if row.proposal is None:
        return
    keys = [("title", normal(row.proposal.title), normal(row.proposal.issuer))]
    if row.proposal.reference_number:
        keys.append(("reference", normal(row.proposal.reference_number)))
    for key in keys:
        if key in existing:
            row.problem("", "", f"チームにすでにある案件と同じです（{existing[key]}: 同じ案件名と発注機関、または案件番号）。")
            return
        if key in seen:
            row.problem("", "", f"{seen[key]}行目と同じ案件です（同じ案件名と発注機関、または案件番号）。")
            return
    for key in keys:
        seen[key] = row.number


# --- the milestone sheet of an exported workbook -------------------------------


def milestone_rows_by_id(workbook: Workbook) -> dict[str, list[tuple[int, dict[str, Cell]]]] | None:
    sheet = workbook.sheet(MILESTONE_SHEET)
    if sheet is None or not sheet.rows:
        return None
    headers = [cell_text(cell.value) for cell in sheet.rows[0]]
    columns = {key: headers.index(name) for key, name in MILESTONE_HEADERS.items() if name in headers}
    if not {"id", "kind", "label", "date"} <= set(columns):
        return None
    by_id: dict[str, list] = {}
    for number, cells in enumerate(sheet.rows[1:], start=2):
        if all(cell.blank for cell in cells):
            continue
        values = {key: cells[index] if index < len(cells) else Cell(None) for key, index in columns.items()}
        by_id.setdefault(cell_text(values["id"].value), []).append((number, values))
    return by_id


KIND_BY_NAME = {normal(name): kind for kind, name in KIND_NAMES.items()} | {kind: kind for kind in KINDS}


def sheet_milestones(items, row: RowResult) -> tuple[list[MilestoneProposal], list[int]]:
    milestones, done = [], []
    for number, values in items:
        where = f"{MILESTONE_SHEET} {number}行目"
        kind = KIND_BY_NAME.get(normal(cell_text(values["kind"].value)))
        label = cell_text(values["label"].value)
        try:
            if kind is None:
                raise CellProblem(f"種別は {'・'.join(KIND_NAMES.values())} のどれかにしてください。")
            due = read_due_cell(values["date"])
            if due is None:
                continue
            precision, day, time = due
            if "time" in values:
                written = read_time_cell(values["time"])
                if written is not None:
                    if precision not in ("date", "datetime"):
                        raise CellProblem("上旬・下旬や月だけの日付に時刻は付けられません。")
                    precision, time = "datetime", written
            note = cell_text(values["note"].value) if "note" in values else ""
            milestones.append(MilestoneProposal(kind=kind, label=label, date=day, precision=precision, time=time, note=note))
        except (CellProblem, ProposalError) as exc:
            row.problem(f"{where}「{label}」", "", str(exc))
            continue
        if "done" in values and not values["done"].blank:
            done.append(len(milestones) - 1)
    return milestones, done


# --- saving ---------------------------------------------------------------


class ImportRefused(Exception):
    """A row has problems and bad rows are not skipped: nothing was saved."""


def save_plan(plan: ImportPlan, *, team, by=None, skip_bad_rows: bool = False) -> list[Notice]:
    """Every good row as a notice, in one transaction; nothing when a row is bad (unless skipped)."""
    if plan.bad and not skip_bad_rows:
        raise ImportRefused(f"{len(plan.bad)} 行に問題があるため、何も保存していません。")
    saved = []
    with transaction.atomic():
        for row in plan.good:
            notice = notice_create(team=team, owner=row.owner, proposal=row.proposal, assignees=row.assignees, by=by)
            if row.done:
                created = list(notice.milestones.order_by("pk"))
                for index in row.done:
                    milestone_mark_done(milestone=created[index], by=by)
            saved.append(notice)
    return saved
