"""A 案件管理表 read as rows of cells, whatever Excel or a CSV holds, within limits.

``.xlsx`` is read with openpyxl in read-only mode with cached values: a formula gives the value Excel
last computed, and is never evaluated. Refused with a Japanese message: macro workbooks (.xlsm, or a
package holding vbaProject.bin), password-protected or old .xls files (OLE2 compound files), files
over ``MAX_BYTES``, zips that unpack to more than ``MAX_UNPACKED_BYTES``, more than ``MAX_ROWS`` rows.
CSV may be UTF-8 (with or without BOM) or Shift_JIS (cp932), detected.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import PurePath

from tenders.text.documents import MB, megabytes

MAX_BYTES = 10 * MB
MAX_UNPACKED_BYTES = 100 * MB
MAX_ZIP_RATIO = 200
MAX_ROWS = 5_000
MAX_COLUMNS = 200
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"


class SheetError(ValueError):
    """The file cannot be read as a 案件管理表; the message says why and what to do (Japanese)."""


@dataclass(frozen=True)
class Cell:
    value: object  # str, int, float, bool, datetime, date, time, or None
    number_format: str = "General"

    @property
    def blank(self) -> bool:
        return self.value is None or (isinstance(self.value, str) and not self.value.strip())


@dataclass
class Sheet:
    name: str
    rows: list[list[Cell]] = field(default_factory=list)


@dataclass
class Workbook:
    filename: str
    sheets: list[Sheet]

    def sheet(self, name: str) -> Sheet | None:
        return next((sheet for sheet in self.sheets if sheet.name == name), None)


def read_workbook(filename: str, data: bytes) -> Workbook:
    """The sheets of an uploaded or named file: .xlsx or .csv (by content first, then by name)."""
    if len(data) > MAX_BYTES:
        raise SheetError(
            f"ファイルが大きすぎます（{megabytes(len(data))}、上限 {megabytes(MAX_BYTES)}）。行を分けて取り込んでください。"
        )
    suffix = PurePath(filename).suffix.lower()
    if data.startswith(OLE2_MAGIC):
        raise SheetError(
            "パスワードで保護されたブックか、古い形式（.xls）です。Excel でパスワードを外し、"
            "「Excel ブック（.xlsx）」として保存し直してください。"
        )
    if suffix in (".xlsm", ".xltm", ".xlam") or (data.startswith(ZIP_MAGIC) and has_macros(data)):
        raise SheetError("マクロを含むブック（.xlsm）は取り込めません。「Excel ブック（.xlsx）」として保存し直してください。")
    if data.startswith(ZIP_MAGIC):
        return Workbook(filename, read_xlsx(data))
    if suffix in (".xlsx", ".xls"):
        raise SheetError(f"{suffix} として読めません。ファイルが壊れているか、別の形式です。")
    if suffix not in (".csv", ".txt", ""):
        raise SheetError(f"{suffix} のファイルは取り込めません（.xlsx か .csv にしてください）。")
    return Workbook(filename, [read_csv(data)])


def has_macros(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            names = package.namelist()
    except zipfile.BadZipFile:
        raise SheetError("Excel ブックとして読めません。ファイルが壊れているか、別の形式です。") from None
    return any(name.lower().endswith("vbaproject.bin") or name.lower().startswith("xl/macrosheets/") for name in names)


def check_zip(data: bytes) -> None:
    """What the zip's directory says it unpacks to, before openpyxl unpacks anything."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        total = 0
        for member in package.infolist():
            total += member.file_size
            if member.file_size > MB and member.file_size / max(member.compress_size, 1) > MAX_ZIP_RATIO:
                raise SheetError("ブックの圧縮率が異常に高いため取り込めません。Excel で保存し直してください。")
        if total > MAX_UNPACKED_BYTES:
            raise SheetError(
                f"ブックが大きすぎます（展開後 {megabytes(total)}、上限 {megabytes(MAX_UNPACKED_BYTES)}）。行を分けて取り込んでください。"
            )


def read_xlsx(data: bytes) -> list[Sheet]:
    import openpyxl

    check_zip(data)
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True, keep_links=False)
    except Exception:  # openpyxl raises many kinds on a broken package
        raise SheetError("Excel ブックとして読めません。ファイルが壊れているか、別の形式です。") from None
    sheets = []
    try:
        for worksheet in book.worksheets:
            if getattr(worksheet, "sheet_state", "visible") != "visible":
                continue
            sheet = Sheet(worksheet.title)
            for row in worksheet.iter_rows(max_col=MAX_COLUMNS):
                if len(sheet.rows) >= MAX_ROWS + 20:
                    raise SheetError(f"行が多すぎます（上限 {MAX_ROWS:,} 行）。行を分けて取り込んでください。")
                sheet.rows.append(trimmed([Cell(cell.value, getattr(cell, "number_format", None) or "General") for cell in row]))
            sheets.append(sheet)
    except SheetError:
        raise
    except Exception:
        raise SheetError("Excel ブックとして読めません。ファイルが壊れているか、別の形式です。") from None
    finally:
        book.close()
    if not sheets:
        raise SheetError("ブックに表示されているシートがありません。")
    return sheets


def trimmed(cells: list[Cell]) -> list[Cell]:
    """A row without the blank cells after its last value (read-only sheets pad rows to the widest)."""
    end = len(cells)
    while end and cells[end - 1].blank:
        end -= 1
    return cells[:end]


def decode_csv(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp932"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise SheetError("文字コードを判別できません（UTF-8 または Shift_JIS の CSV にしてください）。")


def read_csv(data: bytes) -> Sheet:
    text = decode_csv(data).replace("\x00", "")
    sheet = Sheet("CSV")
    try:
        for row in csv.reader(io.StringIO(text, newline="")):
            if len(sheet.rows) >= MAX_ROWS + 20:
                raise SheetError(f"行が多すぎます（上限 {MAX_ROWS:,} 行）。行を分けて取り込んでください。")
            sheet.rows.append(trimmed([Cell(unquote(value)) for value in row[:MAX_COLUMNS]]))
    except csv.Error as exc:
        raise SheetError(f"CSV として読めません（{exc}）。") from None
    return sheet


def unquote(value: str) -> str:
    """The apostrophe our export puts before text Excel would take for a formula is removed again."""
    if len(value) > 1 and value[0] == "'" and value[1] in "=+-@\t\r":
        return value[1:]
    return value


def serial_to_datetime(value: float) -> dt.datetime | None:
    """An Excel date serial (1900 system) in 2000–2100, else None."""
    from openpyxl.utils.datetime import from_excel

    if not 36526 <= value < 73416:  # 2000-01-01 .. 2100-12-31
        return None
    return from_excel(value)
