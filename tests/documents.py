"""Notice documents built in the test: a PDF with a Japanese text layer, a scan, encrypted PDFs, a .docx."""

import io

import docx
from pypdf import PdfReader, PdfWriter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

FONT = "HeiseiKakuGo-W5"  # a standard Japanese CID font every PDF reader has; nothing embedded
pdfmetrics.registerFont(UnicodeCIDFont(FONT))


def pdf_of(text: str, lines_per_page: int = 60) -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    lines = text.splitlines()
    for start in range(0, max(len(lines), 1), lines_per_page):
        page.setFont(FONT, 9)
        y = 810
        for line in lines[start:start + lines_per_page]:
            page.drawString(30, y, line)
            y -= 13
        page.showPage()
    page.save()
    return buffer.getvalue()


def scanned_pdf() -> bytes:
    """Pages with only drawings: what a scanner without OCR produces, as far as text goes."""
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    for _ in range(2):
        page.rect(50, 50, 400, 600, fill=1)
        page.showPage()
    page.save()
    return buffer.getvalue()


def encrypted_pdf(text: str, user_password: str, owner_password: str = "owner-secret") -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_of(text))))
    writer.encrypt(user_password=user_password, owner_password=owner_password, algorithm="AES-256")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def docx_of(paragraphs: list[str], table: list[list[str]] = ()) -> bytes:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
