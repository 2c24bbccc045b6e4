"""The extractor on the five real sample notices: every hand-checked answer."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tenders.extractor import extract
from tenders.extractor.labels import DELIVERY_WORDS
from tests.conftest import SAMPLES

ROOT = Path(__file__).resolve().parent.parent
NAMES = sorted(p.stem for p in SAMPLES.glob("*.txt"))


def compact(text: str) -> str:
    import unicodedata

    return unicodedata.normalize("NFKC", text or "").replace(" ", "")


@pytest.mark.parametrize("name", NAMES)
def test_sample_answer(name):
    answer = json.loads((SAMPLES / f"{name}.json").read_text(encoding="utf-8"))
    result = extract((SAMPLES / f"{name}.txt").read_text(encoding="utf-8")).as_json()
    assert result["title"] == answer["title"]
    assert result["issuer"] == answer["issuer"]
    got, want = result["milestones"], answer["milestones"]
    assert [(m["kind"], m["date"], m["time"], m["precision"]) for m in got] == [
        (m["kind"], m["date"], m["time"], m["precision"]) for m in want
    ]
    for g, w in zip(got, want):
        # Labels as written: the answer's label, or the same text with its table group's heading.
        assert compact(w["label"]) in compact(g["label"]) or compact(g["label"]) in compact(w["label"]), (g, w)
        # Every delivery word of the hand-checked note is found (the answers paraphrase the rest).
        for word in DELIVERY_WORDS:
            if word in (w["note"] or "") and not (word == "メール" and "電子メール" in w["note"]):
                assert word in (g["note"] or ""), (word, g, w)
        assert g["evidence"]["text"] and g["evidence"]["line"] >= 1


def test_specifications_without_a_schedule_propose_none():
    for name in ("001_87e1d08d85448c5c", "003_4a3c5cadc82b1bbd"):
        assert extract((SAMPLES / f"{name}.txt").read_text(encoding="utf-8")).proposal.milestones == ()


def test_evidence_points_at_the_source_line():
    text = (SAMPLES / "002_3fb179fb091801d6.txt").read_text(encoding="utf-8")
    result = extract(text)
    lines = text.splitlines()
    for evidence in result.evidence:
        assert lines[evidence["line"] - 1].strip() == evidence["text"]
        assert text[evidence["offset"] :].startswith(lines[evidence["line"] - 1])


def test_the_extractor_is_plain_python():
    code = "import sys, tenders.extractor, tenders.text.documents; print(any(m.startswith('django') for m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
