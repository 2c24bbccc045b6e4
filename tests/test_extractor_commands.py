"""extract_milestones prints a proposal without touching the database; import_notice reads documents."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from tenders.models import Notice
from tests.conftest import SAMPLES
from tests.documents import docx_of, pdf_of

KUWANA = SAMPLES / "002_3fb179fb091801d6.txt"


def test_extract_milestones_prints_each_with_its_line(db):
    out = StringIO()
    call_command("extract_milestones", str(KUWANA), stdout=out)
    text = out.getvalue()
    assert "件名: 「世界を目指す若者応援事業」旅行手配業務委託" in text and "発注機関: 桑名市" in text
    assert "- [question] 2026年4月15日（水）16:30 質問の受付期限（メール ホームページ）  ← 198行目" in text
    assert "2026年5月下旬（予定） 契約の締結" in text
    assert not Notice.objects.exists()


def test_extract_milestones_json_is_the_sample_shape_with_evidence(db):
    out = StringIO()
    call_command("extract_milestones", str(KUWANA), "--json", stdout=out)
    data = json.loads(out.getvalue())
    answer = json.loads(KUWANA.with_suffix(".json").read_text(encoding="utf-8"))
    assert data["title"] == answer["title"] and len(data["milestones"]) == 8
    first = data["milestones"][0]
    assert set(first) >= {"kind", "label", "date", "time", "precision", "note", "evidence"}
    assert first["evidence"]["line"] == 197 and first["evidence"]["text"] == "公募開始\t令和8年4月1日"


def test_import_notice_reads_a_shift_jis_text_document(db, tmp_path):
    path = tmp_path / "kuwana-sjis.txt"
    path.write_bytes(KUWANA.read_text(encoding="utf-8").encode("cp932", errors="replace"))
    out = StringIO()
    call_command("import_notice", str(path), "--team", "T", "--owner", "o@example.jp", stdout=out)
    assert "文書から日程を 8 件読み取りました" in out.getvalue()
    notice = Notice.objects.get()
    assert notice.title == "「世界を目指す若者応援事業」旅行手配業務委託" and notice.issuer == "桑名市"
    assert notice.milestones.count() == 8
    document = notice.documents.get()
    assert document.filename == "kuwana-sjis.txt" and "公募型プロポーザル" in document.text
    assert notice.milestones.get(label="質問の受付期限").source_excerpt.startswith("質問の受付期限")


def test_unreadable_document_is_refused_clearly(db, tmp_path):
    bad = tmp_path / "scan.pdf"
    bad.write_bytes(b"%PDF-1.4 not really")
    err = StringIO()
    with pytest.raises(CommandError):
        call_command("import_notice", str(bad), "--team", "T", "--owner", "o@example.jp", stdout=StringIO(), stderr=err)
    assert "scan.pdf" in err.getvalue() and "PDFを読めません" in err.getvalue()
    assert not Notice.objects.exists()
    with pytest.raises(CommandError, match="missing.txt"):
        call_command("extract_milestones", str(tmp_path / "missing.txt"), stdout=StringIO())


def test_import_notice_reads_a_pdf_and_keeps_the_original(db, tmp_path):
    path = tmp_path / "kuwana.pdf"
    data = pdf_of(KUWANA.read_text(encoding="utf-8"))
    path.write_bytes(data)
    out = StringIO()
    call_command("import_notice", str(path), "--team", "T", "--owner", "o@example.jp", stdout=out)
    assert "文書から日程を 8 件読み取りました" in out.getvalue()
    document = Notice.objects.get().documents.get()
    assert document.filename == "kuwana.pdf" and document.file.read() == data


def test_extract_milestones_reads_a_word_document(db, tmp_path):
    path = tmp_path / "要領.docx"
    path.write_bytes(docx_of(["〇〇業務委託 公募型プロポーザル実施要領"], [["質問受付期限", "令和8年4月15日（水）17時"]]))
    out = StringIO()
    call_command("extract_milestones", str(path), stdout=out)
    assert "- [question] 2026年4月15日（水）17:00 質問受付期限" in out.getvalue()
