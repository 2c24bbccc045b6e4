"""The extractor on schedules in many styles (tests/extractor_cases.py): F1 ≥ 0.95 over the set."""

import pytest

from tenders.extractor import extract
from tenders.text.documents import pdf_text
from tests.conftest import SAMPLES
from tests.documents import pdf_of
from tests.extractor_cases import CASES, DEV
from tests.extractor_found import found


def test_f1_over_the_style_set():
    true_positive = false_positive = false_negative = 0
    misses = []
    for name, text, expected in CASES:
        got = found(text)
        tp = len([m for m in got if m in expected])
        true_positive += tp
        false_positive += len(got) - tp
        false_negative += len(expected) - tp
        if set(got) != set(expected):
            misses.append((name, sorted(set(got) - set(expected)), sorted(set(expected) - set(got))))
    precision = true_positive / max(1, true_positive + false_positive)
    recall = true_positive / max(1, true_positive + false_negative)
    f1 = 2 * precision * recall / max(1e-9, precision + recall)
    assert f1 >= 0.95, (f1, misses)


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_each_style(name, text, expected):
    assert found(text) == expected


def test_weekday_that_does_not_match_is_a_warning():
    result = extract("質問受付期限 令和8年4月15日（木）17時\n")  # 15 April 2026 is a Wednesday
    assert [m.date.isoformat() for m in result.proposal.milestones] == ["2026-04-15"]
    assert result.warnings and "水曜日" in result.warnings[0] and "木" in result.warnings[0]


def test_delivery_words_are_kept_and_refusals_are_not():
    result = extract("応募書類の提出期限 令和8年5月10日（日）16時必着（持参又は郵送）\n※電子メールによる提出は受け付けません。\n")
    note = result.proposal.milestones[0].note
    assert "必着" in note and "持参" in note and "郵送" in note and "メール" not in note


# The same notice as a PDF (text layer) and as one long line (a portal page or a PDF run together) gives the
# same milestones. Left out of the one-line check: notices whose schedule is a pipe table or a table whose
# continuation rows borrow the group's heading (the row structure is what a one-line dump loses).
NOTICES = sorted(SAMPLES.glob("*.txt")) + sorted(DEV.glob("*.txt"))
TABLE_BOUND = {"000_095c39c69b4ecbfc", "07_shirasagi-city-library-led-teisei", "17_kokusai-chiiki-kyoryoku-kikaku-kyoso"}


def one_line(text):
    return " ".join(line.strip().replace("\t", " ") for line in text.splitlines() if line.strip())


@pytest.mark.parametrize("path", NOTICES, ids=[p.stem for p in NOTICES])
def test_a_notice_as_a_pdf_gives_the_same_milestones(path):
    text = path.read_text(encoding="utf-8")
    assert found(pdf_text(pdf_of(text))) == found(text)


@pytest.mark.parametrize(
    "path", [p for p in NOTICES if p.stem not in TABLE_BOUND], ids=[p.stem for p in NOTICES if p.stem not in TABLE_BOUND]
)
def test_a_notice_run_together_on_one_line_gives_the_same_milestones(path):
    text = path.read_text(encoding="utf-8")
    assert found(one_line(text)) == found(text)
