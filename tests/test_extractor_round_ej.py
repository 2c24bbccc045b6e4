"""Round ej: patterns rewritten so that long runs of one device (spaces, rules, spaced digits) are scanned once.

Each rewritten pattern is checked against the form it replaces on text made of the characters it is about; the
speed itself is the bench's property (``make bench``), no test here times anything.
"""

import re

from hypothesis import example, given, settings, strategies as st

from tenders.extractor.normalize import _SPACED_DIGITS
from tenders.extractor.relining import _JOINED, _RULE


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
