"""The extractor on schedules in many styles (tests/extractor_cases.py): F1 ≥ 0.95 over the set."""

import pytest

from tenders.extractor import extract
from tests.extractor_cases import CASES


def found(text):
    return [(m.kind, m.date.isoformat(), m.time.strftime("%H:%M") if m.time else None, m.precision)
            for m in extract(text).proposal.milestones]


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
