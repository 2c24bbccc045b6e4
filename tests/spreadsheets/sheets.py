"""Sheets the import tests write with openpyxl, the way teams keep their 案件管理表."""

import io

import openpyxl


def xlsx_bytes(rows, *, merges=(), formats=None, title="案件") -> bytes:
    """rows: lists of cell values; merges: "A1:B1" ranges; formats: {"C3": "yyyy/mm/dd"}."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    for merged in merges:
        sheet.merge_cells(merged)
    for ref, number_format in (formats or {}).items():
        sheet[ref].number_format = number_format
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
