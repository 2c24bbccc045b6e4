"""Reading a document stays within its limits whatever the file says about itself, and says which
limit it hit, in Japanese; the child process's budget holds where the caps would not."""

import io
from io import StringIO

import docx
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from tenders.models import Notice
from tenders.text import isolated
from tenders.text.documents import (
    MAX_PAGES,
    MAX_TEXT_CHARS,
    DocumentError,
    accept_text,
    read_bytes,
    read_document,
)
from tests.conftest import SAMPLES
from tests.documents import (
    DOCX_HEAD,
    DOCX_TAIL,
    deflated,
    docx_bomb,
    docx_of_empty_paragraphs,
    docx_package,
    pdf_of,
    pdf_of_shared_pages,
    pdf_of_strokes,
    small,
    zip_of,
)

KUWANA = SAMPLES / "002_3fb179fb091801d6.txt"


def message_of(name, data, read=read_bytes):
    with pytest.raises(DocumentError) as caught:
        read(name, data)
    return str(caught.value)


def test_a_zip_bomb_is_refused_from_its_directory_before_unpacking():
    data = docx_bomb(300)
    assert len(data) < 1024 * 1024
    assert message_of("要領.docx", data).startswith("文書が大きすぎます（展開後 300 MB、上限 50 MB）")


def test_a_zip_directory_that_lies_about_sizes_unpacks_no_more_than_it_says():
    """It claims 1 MB and holds 300 MB: reading stops at what it claimed, within the caps."""
    message = message_of("要領.docx", docx_bomb(300, declared_size=1_000_000))
    assert message.startswith("段落が多すぎます（上限 50,000 段落を超えています）")


def test_a_member_that_compresses_too_well_is_refused():
    members = {"word/document.xml": deflated(DOCX_HEAD, b"<w:p/>" * 100_000, 40, DOCX_TAIL)}  # 24 MB from 60 KB
    assert "文書の圧縮率が高すぎます" in message_of("要領.docx", zip_of(members))


def test_a_package_of_too_many_files_is_refused_before_its_directory_is_read():
    members = {f"word/media/{n}.xml": small(b"<a/>") for n in range(3000)}
    assert message_of("要領.docx", zip_of(members)).startswith("文書を構成するファイルが多すぎます（3,000 個、上限 2,000 個）")


def test_millions_of_empty_paragraphs_stop_at_the_paragraph_cap():
    assert message_of("要領.docx", docx_of_empty_paragraphs(5_000_000)).startswith(
        "段落が多すぎます（上限 50,000 段落を超えています）"
    )


def test_a_word_document_reads_as_python_docx_shows_it():
    """Body paragraphs and table rows in order; tabs, line breaks, spans and vertical merges as Word shows them."""
    document = docx.Document()
    document.add_paragraph("令和8年度 〇〇業務委託\t公募型プロポーザル")
    run = document.add_paragraph().add_run("質問受付期限")
    run.add_break()
    run.add_text("令和8年4月15日（水）午後5時まで")
    table = document.add_table(rows=3, cols=3)
    for r, row in enumerate([["項目", "日程", "備考"], ["提出期限", "令和8年5月11日", "必着"], ["審査", "5月下旬", ""]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    table.cell(1, 2).merge(table.cell(2, 2))  # vertical merge
    table.cell(0, 1).merge(table.cell(0, 2))  # horizontal span
    document.add_paragraph("以上")
    buffer = io.BytesIO()
    document.save(buffer)

    def as_python_docx_reads(doc):
        lines = []
        for block in doc.iter_inner_content():
            if hasattr(block, "rows"):
                for row in block.rows:
                    cells = []
                    for cell in row.cells:
                        text = " ".join(cell.text.split())
                        if not cells or cells[-1] != text:
                            cells.append(text)
                    lines.append("| " + " | ".join(cells) + " |")
            else:
                lines.append(block.text)
        return "\n".join(lines)

    expected = as_python_docx_reads(docx.Document(io.BytesIO(buffer.getvalue())))
    assert read_bytes("要領.docx", buffer.getvalue()) == expected
    assert "| 提出期限 | 令和8年5月11日 | 必着 |" in expected and "| 審査 | 5月下旬 | 必着 |" in expected


def test_a_pdf_of_a_hundred_thousand_pages_is_refused_by_its_page_count():
    assert message_of("要領.pdf", pdf_of_shared_pages(100_000)).startswith(
        f"ページ数が多すぎます（100,000 ページ、上限 {MAX_PAGES} ページ）"
    )


def test_a_pdf_whose_count_lies_is_counted_page_by_page():
    assert message_of("要領.pdf", pdf_of_shared_pages(100_000, declared_count=1)).startswith(
        f"ページ数が多すぎます（上限 {MAX_PAGES} ページを超えています）"
    )


def test_text_over_the_cap_is_refused_and_text_under_it_is_cleaned():
    assert message_of("要領.txt", ("質問受付期限 令和8年4月15日\n" * 40_000).encode()).startswith("本文が長すぎます（")
    assert accept_text("質問\x00受付\x0b期限\u2028令和8年") == "質問受付\n期限\n令和8年"
    with pytest.raises(DocumentError, match=f"上限 {MAX_TEXT_CHARS:,} 字"):
        accept_text("あ" * (MAX_TEXT_CHARS + 1))


def test_a_pdf_reads_in_the_child_process_as_in_this_one():
    data = pdf_of(KUWANA.read_text(encoding="utf-8"))
    assert isolated.read_bytes("要領.pdf", data) == read_bytes("要領.pdf", data)
    assert message_of("要領.docx", docx_bomb(300), read=isolated.read_bytes).startswith("文書が大きすぎます（展開後 300 MB")


@pytest.mark.parametrize(
    ("budget", "message"),
    [
        (isolated.Budget(memory_bytes=40 * 1024 * 1024), "文書を読むのに必要なメモリが上限（40 MB）を超えました"),
        (isolated.Budget(cpu_seconds=1), "文書の読み取りが時間内に終わりませんでした（上限 1 秒）"),
        (isolated.Budget(wall_seconds=0.5), "文書の読み取りが時間内に終わりませんでした（上限 0.5 秒）"),
    ],
    ids=["memory", "cpu", "wall-clock"],
)
def test_the_child_process_budget_holds_where_the_caps_do_not(budget, message):
    """A PDF within every cap, read with a budget too small for it: the call returns, with the limit named (a file
    crafted to slip past the caps meets the same budget at its full size). The PDF is made to be slow to read (a few
    kilobytes whose pages draw 150,000 strokes each: several seconds of CPU), so that the one-second CPU budget bites on
    a fast machine too; a long text read at the parser's speed did not (60 times the sample cost about 1.35 s)."""
    data = pdf_of_strokes()
    assert len(data) < 100_000
    assert message_of("要領.pdf", data, read=lambda name, data: isolated.read_bytes(name, data, budget)).startswith(message)


def test_commands_read_files_within_the_budget(db, tmp_path):
    bomb = tmp_path / "要領.docx"
    bomb.write_bytes(docx_package(deflated(DOCX_HEAD, b"<w:p/>" * (1 << 17), 400, DOCX_TAIL)))
    with pytest.raises(DocumentError, match="展開後 300 MB"):
        read_document(bomb)
    err = StringIO()
    with pytest.raises(CommandError):
        call_command("import_notice", str(bomb), "--team", "T", "--owner", "o@example.jp", stdout=StringIO(), stderr=err)
    assert "文書が大きすぎます（展開後 300 MB、上限 50 MB）" in err.getvalue() and not Notice.objects.exists()
    with pytest.raises(CommandError, match="文書が大きすぎます"):
        call_command("extract_milestones", str(bomb), stdout=StringIO())
