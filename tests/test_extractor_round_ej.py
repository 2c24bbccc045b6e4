"""Round ej: patterns rewritten so that long runs of one device (spaces, rules, spaced digits) are scanned once.

Each rewritten pattern is checked against the form it replaces on text made of the characters it is about; the
speed itself is the bench's property (``make bench``), no test here times anything.
"""

import importlib
import re

import pytest
from hypothesis import example, given, settings, strategies as st

from tenders.extractor import extract
from tenders.extractor.normalize import _SPACED_DIGITS
from tenders.extractor.relining import _JOINED, _RULE

extract_module = importlib.import_module("tenders.extractor.extract")
weekday_anchor = extract_module.weekday_anchor


def text_of(*pieces: str, max_size: int = 40):
    return st.lists(st.sampled_from(pieces), max_size=max_size).map("".join)


# the patterns as they were written before they were rewritten for speed
PLAIN_JOINED = re.compile(" +(?=[^\x00-\x7f\u3000 ])")
PLAIN_RULE = re.compile(r"[─━═―‐\-=＝_＿*＊~～]{8,}(?= )")
PLAIN_SPACED_DIGITS = re.compile(r"(?<![\d.,/:])\d(?: \d)+(?= ?[年月日時分])")


def spans(pattern: re.Pattern, text: str) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(text_of(" ", "  ", "\u3000", "a", "あ", "漢", "\t", "\n"))
def test_spaces_between_japanese_words_are_found_where_the_plain_pattern_finds_them(text):
    assert spans(_JOINED, text) == spans(PLAIN_JOINED, text)


@example("--------" + "-" * 20 + " ")
@settings(max_examples=400, deadline=None)
@given(text_of("-", "=", "─", "━", "＊", "~", "――――", "--------", " ", "\u3000", "a", "あ", "\t"))
def test_rules_across_the_page_are_found_where_the_plain_pattern_finds_them(text):
    assert spans(_RULE, text) == spans(PLAIN_RULE, text)


@example("5.1 2 3 年")
@example("1 2 3 4 5 6 7 8 年")
@example("12 3 4 年")
@settings(max_examples=800, deadline=None)
@given(text_of("1", "2", " ", "  ", ".", ",", "/", ":", "年", "月", "日", "時", "分", "a", "あ"))
def test_spaced_digits_are_found_where_the_plain_pattern_finds_them(text):
    assert spans(_SPACED_DIGITS, text) == spans(PLAIN_SPACED_DIGITS, text)
    assert _SPACED_DIGITS.sub("#", text) == PLAIN_SPACED_DIGITS.sub("#", text)


def plain_anchors(monkeypatch):
    """The extraction with each ask of the weekday anchor answered by the plain scan of every candidate."""
    monkeypatch.setattr(
        extract_module.WeekdayAnchors, "at", lambda self, index: weekday_anchor(self.candidates, self.fiscal_year)
    )


SCHEDULE_PIECES = (
    "6月7日(月)",
    "6月8日(火)",
    "2月1日(月)",
    "2月1日(火)",
    "12月21日(水)",
    "1月8日(日)",
    "同月20日",
    "翌月",
    "上旬",
    "Mon 7 June",
    "令和9年度",
    "令和8年5月1日",
    "提出期限 ",
    "説明会 ",
    "質問 ",
    "\t",
    "\n",
    " ",
    "～",
)


@example(["2月1日(月)", "\n", "6月7日(月)"])
@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(SCHEDULE_PIECES), max_size=30))
def test_the_weekday_anchor_kept_between_asks_reads_as_the_plain_scan(pieces):
    text = "".join(pieces)
    fast = extract(text).as_json()
    with pytest.MonkeyPatch.context() as monkeypatch:
        plain_anchors(monkeypatch)
        plain = extract(text).as_json()
    assert fast == plain


def test_a_schedule_of_year_less_dates_takes_the_year_its_first_weekday_fixes():
    text = "令和9年度 業務委託\n質問締切 2月1日(月)\n提出期限 2月8日(月)\n"
    days = [milestone["date"] for milestone in extract(text).as_json()["milestones"]]
    assert days and all(day.startswith("2027-02") for day in days)
