"""Notice documents built in the test: a PDF with a Japanese text layer, a scan, encrypted PDFs, a .docx,
and hostile files (zip bombs, millions of paragraphs, a hundred thousand pages sharing one stream)."""

import io
import random
import struct
import zlib

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
        for line in lines[start : start + lines_per_page]:
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


# -- Hostile files, built small: what an attacker uploads to make reading run away. -------------

DOCX_HEAD = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
)
DOCX_TAIL = b"</w:body></w:document>"


def deflated(head: bytes, chunk: bytes, times: int, tail: bytes) -> tuple[bytes, int, int]:
    """head + chunk × times + tail, deflated in seconds whatever its size: after a full flush the
    compressor forgets everything, so each chunk compresses to the same bytes, written ``times``
    times. Returns (deflated bytes, CRC-32, size)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = compressor.compress(head) + compressor.flush(zlib.Z_FULL_FLUSH)
    repeated = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    last = compressor.compress(tail) + compressor.flush()
    crc = zlib.crc32(head)
    for _ in range(times):
        crc = zlib.crc32(chunk, crc)
    crc = zlib.crc32(tail, crc)
    return first + repeated * times + last, crc, len(head) + len(chunk) * times + len(tail)


def zip_of(members: dict[str, tuple[bytes, int, int]], declared_sizes: dict[str, int] = {}) -> bytes:
    """A zip written by hand from deflated members; ``declared_sizes`` lets its directory lie."""
    body, directory = b"", b""
    for name, (data, crc, size) in members.items():
        encoded, size = name.encode(), declared_sizes.get(name, size)
        header = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc, len(data), size, len(encoded), 0)
        directory += (
            struct.pack(
                "<IHHHHHHIIIHHHHHII",
                0x02014B50,
                20,
                20,
                0,
                8,
                0,
                0x21,
                crc,
                len(data),
                size,
                len(encoded),
                0,
                0,
                0,
                0,
                0,
                len(body),
            )
            + encoded
        )
        body += header + encoded + data
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(directory), len(body), 0)
    return body + directory + end


def small(data: bytes, level: int = 9) -> tuple[bytes, int, int]:
    compressor = zlib.compressobj(level, zlib.DEFLATED, -15)
    return compressor.compress(data) + compressor.flush(), zlib.crc32(data), len(data)


def docx_package(document_xml: tuple[bytes, int, int], declared_size: int | None = None) -> bytes:
    members = {
        "[Content_Types].xml": small(
            b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            b'content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'
        ),
        "_rels/.rels": small(
            b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            b'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            b'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
        ),
        "word/document.xml": document_xml,
    }
    return zip_of(members, {} if declared_size is None else {"word/document.xml": declared_size})


def docx_bomb(megabytes: int = 300, declared_size: int | None = None) -> bytes:
    """A .docx whose document.xml unpacks to ``megabytes`` MB of empty paragraphs (< 1 MB on disk)."""
    chunk = b"<w:p/>" * (1 << 17)  # 768 KB
    return docx_package(deflated(DOCX_HEAD, chunk, megabytes * 4 // 3, DOCX_TAIL), declared_size)


def docx_of_empty_paragraphs(count: int = 5_000_000) -> bytes:
    """A .docx of ``count`` empty paragraphs, compressed no better than an ordinary Word file
    (random white space between them), so that only a cap on paragraphs stops it."""
    noise = random.Random(20).randbytes(count).translate(bytes(b" \n\t\r"[i % 4] for i in range(256)))
    paragraphs = bytearray(b"<w:p/> " * count)
    paragraphs[6::7] = noise
    return docx_package(small(DOCX_HEAD + bytes(paragraphs) + DOCX_TAIL, level=1))


def pdf_of_shared_pages(pages: int = 100_000, declared_count: int | None = None) -> bytes:
    """A PDF of ``pages`` pages that all draw one content stream, in a two-level page tree;
    ``declared_count`` lets the root's /Count lie about it."""
    objects: dict[int, bytes] = {}
    content = b"BT /F1 12 Tf 72 720 Td (Kaisha no nyusatsu) Tj ET"
    objects[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[3] = b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content)
    objects[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    per_node, next_id, nodes = 1000, 5, []
    for start in range(0, pages, per_node):
        node_id, kids = next_id, []
        next_id += 1
        for _ in range(min(per_node, pages - start)):
            objects[next_id] = (
                b"<< /Type /Page /Parent %d 0 R /Contents 3 0 R /Resources << /Font << /F1 4 0 R >> >> >>" % node_id
            )
            kids.append(next_id)
            next_id += 1
        objects[node_id] = b"<< /Type /Pages /Parent 2 0 R /Count %d /Kids [%s] >>" % (
            len(kids),
            b" ".join(b"%d 0 R" % k for k in kids),
        )
        nodes.append(node_id)
    objects[2] = b"<< /Type /Pages /Count %d /Kids [%s] >>" % (
        pages if declared_count is None else declared_count,
        b" ".join(b"%d 0 R" % n for n in nodes),
    )
    return pdf_file(objects)


def pdf_file(objects: dict[int, bytes]) -> bytes:
    """A PDF of numbered objects (1 the catalogue), with its cross-reference table."""
    size = max(objects) + 1
    out, offsets = bytearray(b"%PDF-1.7\n"), {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (number, objects[number])
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (size,)
    out += b"".join(b"%010d 00000 n \n" % offsets.get(n, 0) for n in range(1, size))
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref)
    return bytes(out)


def pdf_of_strokes(pages: int = 5, strokes: int = 150_000) -> bytes:
    """A PDF of a few kilobytes, within every cap, whose pages each draw ``strokes`` line strokes after one line of
    text: the parser reads every drawing operator, so reading it costs seconds of CPU (about 3 s a page on the development machine, 16 s the five) however few
    characters it gives. A file crafted to be slow to read."""
    text = b"BT /F1 12 Tf 72 800 Td (Nyusatsu no teishutsu kigen wa 2026 nen 5 gatsu 11 nichi 17 ji.) Tj ET\n"
    content = zlib.compress(text + b"0 0 m 1 1 l S\n" * strokes, 9)
    objects = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        3: b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(content), content),
        4: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    }
    kids = list(range(5, 5 + pages))
    for kid in kids:
        objects[kid] = (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R /Resources << /Font << /F1 4 0 R >> >> >>"
        )
    objects[2] = b"<< /Type /Pages /Count %d /Kids [%s] >>" % (pages, b" ".join(b"%d 0 R" % k for k in kids))
    return pdf_file(objects)
