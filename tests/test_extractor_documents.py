"""PDF (text layer) and Word documents read into the same proposal as their text; bad files get a clear message."""

import pytest

from tenders.extractor.extract import extract
from tenders.text.documents import MAX_BYTES, DocumentError, read_bytes
from tests.conftest import SAMPLES
from tests.documents import docx_of, encrypted_pdf, pdf_of, scanned_pdf

SAMPLE_TEXTS = sorted(SAMPLES.glob("*.txt"))


def schedule(text):
    return [(m.kind, m.date, m.time, m.precision) for m in extract(text).proposal.milestones]


@pytest.mark.parametrize("path", SAMPLE_TEXTS, ids=lambda p: p.stem)
def test_a_pdf_of_a_sample_gives_the_same_schedule_as_its_text(path):
    text = path.read_text(encoding="utf-8")
    from_pdf = read_bytes("公募要領.pdf", pdf_of(text))
    assert schedule(from_pdf) == schedule(text)
    assert extract(from_pdf).proposal.title == extract(text).proposal.title


def test_a_word_document_with_a_schedule_table():
    data = docx_of(
        ["令和8年度 〇〇市観光プロモーション業務委託 公募型プロポーザル実施要領", "〇〇市 観光振興課", "5 スケジュール"],
        [
            ["項目", "日程"],
            ["質問受付期限", "令和8年4月15日（水）午後5時まで"],
            ["企画提案書の提出期限", "令和8年5月11日（月）正午（必着）"],
            ["プレゼンテーション審査", "令和8年5月下旬（予定）"],
        ],
    )
    text = read_bytes("実施要領.docx", data)
    assert "| 質問受付期限 | 令和8年4月15日（水）午後5時まで |" in text
    proposal = extract(text).proposal
    assert [(m.kind, m.date.isoformat(), m.time and m.time.strftime("%H:%M"), m.precision) for m in proposal.milestones] == [
        ("question", "2026-04-15", "17:00", "datetime"),
        ("submission", "2026-05-11", "12:00", "datetime"),
        ("hearing", "2026-05-01", None, "late_month"),
    ]


def test_a_pdf_protected_only_against_editing_still_reads():
    text = (SAMPLES / "002_3fb179fb091801d6.txt").read_text(encoding="utf-8")
    assert schedule(read_bytes("要領.pdf", encrypted_pdf(text, user_password=""))) == schedule(text)


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("要領.pdf", encrypted_pdf("質問受付期限 令和8年4月15日", user_password="secret"), "パスワードで保護されたPDFです"),
        ("要領.pdf", scanned_pdf(), "文字情報がありません（スキャンした画像のようです）"),
        ("要領.pdf", pdf_of("質問受付期限 令和8年4月15日" * 5)[:400], "PDFを読めません"),
        ("要領.pdf", b"<html>not a pdf</html>", ".pdf として読めません"),
        ("要領.docx", b"PK\x03\x04" + b"\x00" * 200, ".docx として読めません"),
        ("要領.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 200, "パスワードで保護された Word 文書か、古い形式"),
        ("要領.xlsx", b"\x00\x01", ".xlsx は読めません"),
        ("要領.txt", b"", "ファイルが空です"),
        ("要領.txt", b"\xff\xfe\xfa" * 10, "文字コードを判別できません"),
        ("要領.pdf", b"%PDF-1.7\n" + b"0" * MAX_BYTES, "ファイルが大きすぎます（20.0 MB、上限 20 MB）"),
    ],
    ids=["password", "scan", "truncated", "not-a-pdf", "broken-docx", "encrypted-word", "excel", "empty", "binary", "too-large"],
)
def test_bad_documents_get_a_clear_message(name, data, message):
    with pytest.raises(DocumentError, match=message.replace("(", r"\(").replace(")", r"\)").replace(".", r"\.")):
        read_bytes(name, data)
