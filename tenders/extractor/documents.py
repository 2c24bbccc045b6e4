"""The text of a notice document: .txt (UTF-8 or Shift_JIS), .pdf (its text layer) or .docx.

Plain Python (pypdf, python-docx). Every failure is a ``DocumentError`` with a Japanese message
that says what to do; nothing here raises anything else for bad input.
"""

from __future__ import annotations

import io
from pathlib import Path

MAX_BYTES = 20 * 1024 * 1024
SUFFIXES = (".txt", ".pdf", ".docx")
MIN_PDF_CHARS_PER_PAGE = 20  # below this on every page, the PDF is a scan without a text layer


class DocumentError(ValueError):
    pass


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM) or Shift_JIS/CP932, detected."""
    for encoding in ("utf-8-sig", "cp932"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise DocumentError("文字コードを判別できません（UTF-8 または Shift_JIS のテキストにしてください）。")


def kind_of(name: str, data: bytes) -> str:
    """txt / pdf / docx, by content first (a renamed file still reads), then by the name."""
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return "docx"
    suffix = Path(name).suffix.lower()
    if data.startswith(b"\xd0\xcf\x11\xe0"):  # OLE: an encrypted Word file, or an old .doc/.xls
        raise DocumentError("パスワードで保護された Word 文書か、古い形式（.doc）です。保護を外して .docx で保存し直してください。")
    if suffix in (".pdf", ".docx"):
        raise DocumentError(f"{suffix} として読めません。ファイルが壊れているか、別の形式です。")
    if suffix in ("", ".txt", ".text", ".csv", ".md"):
        return "txt"
    if suffix in (".doc", ".xls", ".xlsx", ".jtd", ".rtf"):
        raise DocumentError(f"{suffix} は読めません。PDF か .docx で保存し直すか、本文を貼り付けてください。")
    raise DocumentError(f"{suffix} のファイルは読めません（.txt / .pdf / .docx に対応しています）。")


def read_bytes(name: str, data: bytes) -> str:
    """The text of a document given as its file name and bytes."""
    if len(data) > MAX_BYTES:
        raise DocumentError("ファイルが大きすぎます（20MBまで）。必要なページだけのPDFにするか、本文を貼り付けてください。")
    if not data.strip():
        raise DocumentError("ファイルが空です。")
    kind = kind_of(name, data)
    if kind == "pdf":
        return pdf_text(data)
    if kind == "docx":
        return docx_text(data)
    return decode_text(data)


def read_document(path: Path) -> str:
    try:
        if path.stat().st_size > MAX_BYTES:
            raise DocumentError("ファイルが大きすぎます（20MBまで）。")
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(f"ファイルを開けません: {exc.strerror or exc}") from None
    return read_bytes(path.name, data)


def pdf_text(data: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            # Most notices are "protected" against editing only: they open with an empty password.
            if not reader.decrypt(""):
                raise DocumentError("パスワードで保護されたPDFです。保護を外したPDFをアップロードするか、本文を貼り付けてください。")
        pages = [page.extract_text() or "" for page in reader.pages]
    except DocumentError:
        raise
    except (FileNotDecryptedError, DependencyError):
        raise DocumentError("パスワードで保護されたPDFです。保護を外したPDFをアップロードするか、本文を貼り付けてください。") from None
    except Exception:  # a parser on untrusted bytes may raise anything (PdfReadError and more); one message
        raise DocumentError("PDFを読めません。ファイルが壊れている可能性があります。") from None
    if not pages:
        raise DocumentError("PDFにページがありません。")
    if all(len("".join(page.split())) < MIN_PDF_CHARS_PER_PAGE for page in pages):
        raise DocumentError(
            "このPDFには文字情報がありません（スキャンした画像のようです）。OCR済みのPDFをアップロードするか、本文を貼り付けてください。"
        )
    return "\n".join(pages)


def docx_text(data: bytes) -> str:
    """Paragraphs and table rows in document order; a table row becomes 「| cell | cell |」."""
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx, zipfile and lxml raise many kinds on a broken package
        if "encrypt" in str(exc).lower():
            raise DocumentError("パスワードで保護された文書です。保護を外して保存し直してください。") from None
        raise DocumentError(".docx として読めません。Word で保存し直すか、本文を貼り付けてください。") from None
    lines = []
    for block in document.iter_inner_content():
        if hasattr(block, "rows"):
            for row in block.rows:
                cells = []
                for cell in row.cells:
                    text = " ".join(cell.text.split())
                    if not cells or cells[-1] != text:  # a merged cell repeats itself
                        cells.append(text)
                lines.append("| " + " | ".join(cells) + " |")
        else:
            lines.append(block.text)
    text = "\n".join(lines)
    if not text.strip():
        raise DocumentError("文書に本文がありません。")
    return text
