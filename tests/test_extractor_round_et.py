"""Round et: the extractor's speed, its output unchanged.

``first_characters_guarded`` puts a lookahead for the characters a match can begin with in front of a pattern of
many alternatives: the same matches, found faster. These tests pin what a caller relies on: the matches (span and
groups) stay those of the pattern as written, and a pattern whose first character cannot be told is left alone.
"""

import re

import pytest

from tenders.extractor.firsts import first_characters, first_characters_guarded
from tenders.extractor.labels import NOT_MILESTONE_LABEL, is_not_milestone

# alternatives that begin with a look-behind, 「^」, 「(?:^|\s)」, a case-insensitive group, a repeat and a class
MIXED = re.compile(
    r"(?<!通知)発行|^\(\s{0,2}受付\)$|(?:^|\s)中止(?:した|する)|(?i:period|\bexpir(?:es|y))|\d{1,2}月(?P<part>[上下])旬"
    r"|[ア-ン][.)]|\s?締切"
)
TEXTS = [
    "通知書発行",
    "証明書の発行日",
    "(受付)",
    " (受付)",
    "説明会 中止した",
    "中止する説明会",
    "Contract PERIOD",
    "The offer expires on",
    "the \u212aelvin period",  # (the Kelvin sign is a 「k」 to a case-insensitive match)
    "Perıod",  # (a dotless i: no match)
    "日程 7月下旬",
    "ア.質問",
    "受付締切",
    "",
    "no match here",
]


@pytest.mark.parametrize("text", TEXTS)
def test_a_guarded_pattern_finds_what_the_pattern_finds(text):
    guarded = first_characters_guarded(MIXED)
    assert guarded is not MIXED
    for start in range(len(text) + 1):
        found, expected = guarded.search(text, start), MIXED.search(text, start)
        assert (found and (found.span(), found.groupdict())) == (expected and (expected.span(), expected.groupdict()))
    assert guarded.findall(text) == MIXED.findall(text)
    assert guarded.sub("#", text) == MIXED.sub("#", text)


def test_the_lookahead_holds_every_first_character_and_the_case_insensitive_ones_apart():
    firsts = first_characters(MIXED)
    assert firsts is not None
    plain, folded, start = firsts.split("|")
    assert start == "^"  # (「^\(\s{0,2}受付\)$」: at the start only)
    assert all(char in plain for char in "発\\d\\sア締")
    assert "(" not in plain and "中" not in plain  # (after 「^」 only: 「^\\(」 and the 「^」 of 「(?:^|\\s)中止」)
    assert folded.startswith("(?i:[") and all(char in folded for char in "pe")


def test_what_follows_a_start_anchor_adds_no_character_but_the_start():
    # (「(?:^|\s)中止」: at the text's start, or at a space; 「^abc」 at the start only)
    assert first_characters(re.compile(r"(?:^|\s)中止|^abc|x")) == "[\\sx]|^"
    guarded = first_characters_guarded(re.compile(r"(?:^|\s)中止|^abc|x"))
    assert [m.span() for m in guarded.finditer("中止 中止 abc x")] == [(0, 2), (2, 5), (10, 11)]
    assert guarded.search("abc").span() == (0, 3)
    assert guarded.search("zabc") is None


def test_a_pattern_the_engine_scans_for_itself_is_left_as_it_is():
    for pattern in (r"abc|xyz", r"[ab]c", r"質問|回答", r"^(?:結果)$"):
        compiled = re.compile(pattern)
        assert first_characters_guarded(compiled) is compiled


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?=\d)",  # (a match may be empty)
        r"a?b*",
        r".{1,3}x",  # (any character)
        r"[^a-z]x",  # (a negated class)
        r"(a)\1|b",  # (a back reference first only after its group: still told)
    ],
)
def test_a_pattern_whose_first_character_cannot_be_told_is_left_alone_or_still_exact(pattern):
    compiled = re.compile(pattern)
    guarded = first_characters_guarded(compiled)
    for text in ["", "x", "1x", "ab", "aab", "zzx", "Ax", "bb"]:
        found, expected = guarded.search(text), compiled.search(text)
        assert (found and found.span()) == (expected and expected.span())


def test_not_milestone_label_is_guarded_and_still_reads_labels():
    assert NOT_MILESTONE_LABEL.pattern.startswith("(?=")
    assert is_not_milestone("履行期間")
    assert is_not_milestone("Contract period")
    assert is_not_milestone("(受付)")  # (an alternative that begins with 「^」)
    assert not is_not_milestone("参加申込書の提出期限")
    assert not is_not_milestone("Submission period")
