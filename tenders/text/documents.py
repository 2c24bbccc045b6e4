"""The text of a notice document: .txt (UTF-8 or Shift_JIS), .pdf (its text layer) or .docx.

Plain Python (pypdf; a .docx is read straight from its zip with a streaming XML parse). Every
failure is a ``DocumentError`` with a Japanese message that says what to do; nothing here raises
anything else for bad input.

A document is untrusted: whatever it says about itself, reading it stays within the limits below.
The caps hold inside ``read_bytes``; ``read_document`` and ``tenders.text.isolated`` also run
the reading in a child process with a memory, CPU and wall-clock budget, which holds even against
a file crafted to slip past the caps. The README's security section lists these limits.
"""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

from tenders.text.cleaning import clean_text

MB = 1024 * 1024

# -- The limits, in one place. --------------------------------------------------------------------
MAX_BYTES = 20 * MB  # an uploaded file
MAX_TEXT_CHARS = 500_000  # the text read from any document or pasted (a 300-page notice has ~300,000)
MAX_PAGES = 500  # pages of a PDF
MAX_PDF_CONTENT_BYTES = 100 * MB  # page content streams, decompressed, summed over the pages
MAX_PARAGRAPHS = 50_000  # paragraphs of a .docx (table cells included)
MAX_XML_ELEMENTS = 2_000_000  # XML elements of a .docx's document.xml
MAX_ZIP_MEMBERS = 2_000  # files inside a .docx
MAX_ZIP_MEMBER_BYTES = 50 * MB  # one file inside a .docx, uncompressed
MAX_ZIP_TOTAL_BYTES = 100 * MB  # all files inside a .docx, uncompressed
MAX_ZIP_RATIO = 100  # uncompressed / compressed, for members over ZIP_RATIO_FROM_BYTES
ZIP_RATIO_FROM_BYTES = 1 * MB
READ_MEMORY_BYTES = 768 * MB  # address space of the child process that reads one document
READ_CPU_SECONDS = 15  # CPU time of that child process
READ_WALL_SECONDS = 20  # wall-clock time before that child process is killed

SUFFIXES = (".txt", ".pdf", ".docx")
MIN_PDF_CHARS_PER_PAGE = 20  # below this on every page, the PDF is a scan without a text layer
SHORTER = "必要な部分だけの文書にするか、本文を貼り付けてください。"


class DocumentError(ValueError):
    pass


class TextTooLong(DocumentError):
    """The text is over ``MAX_TEXT_CHARS``; ``length`` says by how much (None: reading stopped there)."""

    def __init__(self, message: str, length: int | None = None):
        super().__init__(message)
        self.length = length


def megabytes(size: int) -> str:
    return f"{round(size / MB):,} MB" if size % MB == 0 or size >= 100 * MB else f"{size / MB:,.1f} MB"


def accept_text(text: str) -> str:
    """Text as Shimekiri takes it from any document or paste: cleaned of NUL and other control
    characters (``clean_text``) and within ``MAX_TEXT_CHARS``; over that, a ``DocumentError``."""
    text = clean_text(text)
    if len(text) > MAX_TEXT_CHARS:
        raise TextTooLong(f"本文が長すぎます（{len(text):,} 字、上限 {MAX_TEXT_CHARS:,} 字）。{SHORTER}", len(text))
    return text


def too_much_text() -> TextTooLong:
    return TextTooLong(f"本文が長すぎます（上限 {MAX_TEXT_CHARS:,} 字を超えています）。{SHORTER}")


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
        raise DocumentError(
            "パスワードで保護された Word 文書か、古い形式（.doc）です。保護を外して .docx で保存し直してください。"
        )
    if suffix in (".pdf", ".docx"):
        raise DocumentError(f"{suffix} として読めません。ファイルが壊れているか、別の形式です。")
    if suffix in ("", ".txt", ".text", ".csv", ".md"):
        return "txt"
    if suffix in (".doc", ".xls", ".xlsx", ".jtd", ".rtf"):
        raise DocumentError(f"{suffix} は読めません。PDF か .docx で保存し直すか、本文を貼り付けてください。")
    raise DocumentError(f"{suffix} のファイルは読めません（.txt / .pdf / .docx に対応しています）。")


def check_size(size: int) -> None:
    if size > MAX_BYTES:
        raise DocumentError(
            f"ファイルが大きすぎます（{megabytes(size)}、上限 {megabytes(MAX_BYTES)}）。必要なページだけのPDFにするか、本文を貼り付けてください。"
        )


def read_bytes(name: str, data: bytes) -> str:
    """The text of a document given as its file name and bytes, in this process, within the caps."""
    check_size(len(data))
    if not data.strip():
        raise DocumentError("ファイルが空です。")
    kind = kind_of(name, data)
    if kind == "pdf":
        text = pdf_text(data)
    elif kind == "docx":
        text = docx_text(data)
    else:
        text = decode_text(data)  # decoding and cleaning are linear; the cap applies to the cleaned text
    return accept_text(text)


def read_document(path: Path) -> str:
    """The text of a document file, read in a child process within the time and memory budget."""
    from tenders.text import isolated

    try:
        check_size(path.stat().st_size)
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(f"ファイルを開けません: {exc.strerror or exc}") from None
    return isolated.read_bytes(path.name, data)


# -- PDF ------------------------------------------------------------------------------------------


def load_readers() -> None:
    """Import the PDF and Word readers now: the child process of ``isolated`` does this before its limits, so
    that its memory budget is spent on the document, not on loading libraries (their size grows with their
    versions, and with what the process imported before)."""
    import pypdf  # noqa: F401
    import pypdf.errors  # noqa: F401
    import pypdf.generic  # noqa: F401
    from lxml import etree  # noqa: F401


def pdf_text(data: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            # Most notices are "protected" against editing only: they open with an empty password.
            if not reader.decrypt(""):
                raise DocumentError(
                    "パスワードで保護されたPDFです。保護を外したPDFをアップロードするか、本文を貼り付けてください。"
                )
        check_pages(declared_page_count(reader))  # before the page tree is walked
        check_pages(page_tree_size(reader))  # the tree itself, whatever /Count said
        pages, chars, content_bytes = [], 0, 0
        for page in reader.pages:
            content = page.get_contents()
            content_bytes += len(content.get_data()) if content is not None else 0
            if content_bytes > MAX_PDF_CONTENT_BYTES:
                raise DocumentError(
                    f"PDFの内容が大きすぎます（展開後 {megabytes(MAX_PDF_CONTENT_BYTES)} を超えています、"
                    f"上限 {megabytes(MAX_PDF_CONTENT_BYTES)}）。{SHORTER}"
                )
            text = page.extract_text() or ""
            chars += len(text)
            if chars > MAX_TEXT_CHARS:
                raise too_much_text()
            pages.append(text)
    except DocumentError:
        raise
    except (FileNotDecryptedError, DependencyError):
        raise DocumentError(
            "パスワードで保護されたPDFです。保護を外したPDFをアップロードするか、本文を貼り付けてください。"
        ) from None
    except MemoryError:
        raise
    except Exception:  # a parser on untrusted bytes may raise anything (PdfReadError and more); one message
        raise DocumentError("PDFを読めません。ファイルが壊れている可能性があります。") from None
    if not pages:
        raise DocumentError("PDFにページがありません。")
    if all(len("".join(page.split())) < MIN_PDF_CHARS_PER_PAGE for page in pages):
        raise DocumentError(
            "このPDFには文字情報がありません（スキャンした画像のようです）。OCR済みのPDFをアップロードするか、本文を貼り付けてください。"
        )
    return "\n".join(pages)


def declared_page_count(reader) -> int:
    try:
        return int(reader.root_object["/Pages"]["/Count"])
    except Exception:  # no or a strange /Count: the page tree decides
        return 0


def page_tree_size(reader) -> int:
    """The pages in the tree, counted leaf by leaf and only up to one past ``MAX_PAGES``
    (pypdf's own walk would first copy every page of a tree that claims few and holds many)."""
    from pypdf.generic import IndirectObject

    stack, seen, count = [reader.root_object["/Pages"]], set(), 0
    while stack and count <= MAX_PAGES:
        reference = stack.pop()
        if isinstance(reference, IndirectObject):
            if reference.idnum in seen:  # a tree that loops
                continue
            seen.add(reference.idnum)
        node = reference.get_object()
        if "/Kids" in node:
            stack.extend(reversed(node["/Kids"]))
        else:
            count += 1
    return count


def check_pages(count: int) -> None:
    if count > MAX_PAGES:
        shown = (
            f"{count:,} ページ、上限 {MAX_PAGES:,} ページ"
            if count != MAX_PAGES + 1
            else f"上限 {MAX_PAGES:,} ページを超えています"
        )
        raise DocumentError(f"ページ数が多すぎます（{shown}）。必要なページだけのPDFにするか、本文を貼り付けてください。")


# -- Word (.docx) ---------------------------------------------------------------------------------

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
NOT_DOCX = ".docx として読めません。Word で保存し直すか、本文を貼り付けてください。"


def docx_text(data: bytes) -> str:
    """Paragraphs and table rows of the body in document order; a table row becomes 「| cell | cell |」.

    The zip's directory is checked before anything is unpacked (members, sizes, compression
    ratio), and document.xml is parsed as a stream, element by element, within the caps.
    """
    check_zip_directory(data)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            check_zip_members(package)
            with package.open(main_part(package)) as stream:
                text = "\n".join(BodyReader().lines(stream))
    except DocumentError:
        raise
    except MemoryError:
        raise
    except Exception:  # zipfile and lxml raise many kinds on a broken package
        raise DocumentError(NOT_DOCX) from None
    if not text.strip():
        raise DocumentError("文書に本文がありません。")
    return text


def check_zip_directory(data: bytes) -> None:
    """The number of members from the end-of-directory record, before the directory is read."""
    end = data.rfind(b"PK\x05\x06", max(0, len(data) - 65_536 - 22))
    if end < 0 or end + 22 > len(data):
        raise DocumentError(NOT_DOCX)
    (members,) = struct.unpack("<H", data[end + 10 : end + 12])
    if members > MAX_ZIP_MEMBERS:  # 0xFFFF (ZIP64) included: no Word file has that many parts
        raise DocumentError(f"文書を構成するファイルが多すぎます（{members:,} 個、上限 {MAX_ZIP_MEMBERS:,} 個）。{SHORTER}")


def check_zip_members(package: zipfile.ZipFile) -> None:
    """What the directory says each member unpacks to; zipfile never unpacks more than that."""
    members = package.infolist()
    if len(members) > MAX_ZIP_MEMBERS:
        raise DocumentError(f"文書を構成するファイルが多すぎます（{len(members):,} 個、上限 {MAX_ZIP_MEMBERS:,} 個）。{SHORTER}")
    total = 0
    for member in members:
        if member.file_size > MAX_ZIP_MEMBER_BYTES:
            raise DocumentError(
                f"文書が大きすぎます（展開後 {megabytes(member.file_size)}、上限 {megabytes(MAX_ZIP_MEMBER_BYTES)}）。{SHORTER}"
            )
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > ZIP_RATIO_FROM_BYTES and ratio > MAX_ZIP_RATIO:
            raise DocumentError(
                f"文書の圧縮率が高すぎます（{ratio:,.0f} 倍、上限 {MAX_ZIP_RATIO} 倍）。Word で保存し直すか、本文を貼り付けてください。"
            )
        total += member.file_size
    if total > MAX_ZIP_TOTAL_BYTES:
        raise DocumentError(
            f"文書が大きすぎます（展開後 合計 {megabytes(total)}、上限 {megabytes(MAX_ZIP_TOTAL_BYTES)}）。{SHORTER}"
        )


def main_part(package: zipfile.ZipFile) -> str:
    """The main document part named by the package's relationships (word/document.xml as a rule)."""
    from lxml import etree

    names = set(package.namelist())
    if "_rels/.rels" in names:
        with package.open("_rels/.rels") as rels:
            for _, element in etree.iterparse(rels, resolve_entities=False, no_network=True, load_dtd=False):
                if element.get("Type") == OFFICE_DOCUMENT:
                    target = (element.get("Target") or "").lstrip("/")
                    if target in names:
                        return target
                element.clear()
    if "word/document.xml" in names:
        return "word/document.xml"
    raise DocumentError(NOT_DOCX)


class BodyReader:
    """document.xml read as a stream: each body paragraph and each row of a body table as a line,
    the way Word shows them; what was read is dropped from memory as the parse goes on."""

    def __init__(self):
        self.paragraphs = 0
        self.elements = 0
        self.chars = 0
        self.above: dict[int, list[str]] = {}  # grid column -> cell texts of the row above (merged cells)

    def lines(self, stream):
        from lxml import etree

        events = etree.iterparse(
            stream,
            events=("end",),
            resolve_entities=False,
            no_network=True,
            load_dtd=False,
            huge_tree=False,
            remove_comments=True,
            remove_pis=True,
        )
        for _, element in events:
            self.elements += 1
            if self.elements > MAX_XML_ELEMENTS:
                raise DocumentError(f"文書の構造が複雑すぎます（要素 {MAX_XML_ELEMENTS:,} 個を超えています）。{SHORTER}")
            tag, parent = element.tag, element.getparent()
            if tag == f"{W}p":
                self.paragraphs += 1
                if self.paragraphs > MAX_PARAGRAPHS:
                    raise DocumentError(f"段落が多すぎます（上限 {MAX_PARAGRAPHS:,} 段落を超えています）。{SHORTER}")
            if parent is None or parent.tag != f"{W}body" and not self.is_body_table_row(element):
                continue
            if tag == f"{W}p":
                yield self.counted(paragraph_text(element))
            elif tag == f"{W}tr":
                yield self.counted(self.row_line(element))
            elif tag == f"{W}tbl":
                self.above = {}
            # Done with this element and everything before it: let the tree forget them.
            element.clear()
            while element.getprevious() is not None:
                del parent[0]

    def is_body_table_row(self, element) -> bool:
        if element.tag != f"{W}tr":
            return False
        table = element.getparent()
        return table is not None and table.getparent() is not None and table.getparent().tag == f"{W}body"

    def counted(self, line: str) -> str:
        self.chars += len(line) + 1
        if self.chars > MAX_TEXT_CHARS:
            raise too_much_text()
        return line

    def row_line(self, row) -> str:
        """「| cell | cell |」: a cell spanning columns or continuing a vertical merge repeats its text
        (as python-docx gives it), and a repeat beside itself is shown once."""
        column = grid_before(row)
        cells, this_row = [], {}
        for cell in row.iterchildren(f"{W}tc"):
            span = grid_span(cell)
            if vertical_continue(cell):
                texts = self.above.get(column, [""] * span)
            else:
                text = " ".join("\n".join(paragraph_text(p) for p in cell.iterchildren(f"{W}p")).split())
                texts = [text] * span
            this_row[column] = texts
            cells.extend(texts)
            column += span
        self.above = this_row
        shown = []
        for text in cells:
            if not shown or shown[-1] != text:
                shown.append(text)
        return "| " + " | ".join(shown) + " |"


def grid_number(element, path: str, default: int) -> int:
    """A grid count such as gridSpan or gridBefore (its w:val), kept within what a table can have."""
    found = element.find(path)
    try:
        return max(0, min(int(found.get(f"{W}val", default)), 64)) if found is not None else default
    except ValueError:
        return default


def grid_span(cell) -> int:
    return max(1, grid_number(cell, f"{W}tcPr/{W}gridSpan", 1))


def grid_before(row) -> int:
    return grid_number(row, f"{W}trPr/{W}gridBefore", 0)


def vertical_continue(cell) -> bool:
    merge = cell.find(f"{W}tcPr/{W}vMerge")
    return merge is not None and merge.get(f"{W}val", "continue") == "continue"


def paragraph_text(paragraph) -> str:
    """Runs and hyperlinked runs, with tabs, breaks and non-breaking hyphens as python-docx reads them."""
    parts = []
    for child in paragraph:
        if child.tag == f"{W}r":
            parts.append(run_text(child))
        elif child.tag == f"{W}hyperlink":
            parts.extend(run_text(run) for run in child.iterchildren(f"{W}r"))
    return "".join(parts)


RUN_TEXT = {f"{W}tab": "\t", f"{W}ptab": "\t", f"{W}cr": "\n", f"{W}noBreakHyphen": "-"}


def run_text(run) -> str:
    parts = []
    for child in run:
        if child.tag == f"{W}t":
            parts.append(child.text or "")
        elif child.tag == f"{W}br":
            parts.append("\n" if child.get(f"{W}type", "textWrapping") == "textWrapping" else "")
        else:
            parts.append(RUN_TEXT.get(child.tag, ""))
    return "".join(parts)
