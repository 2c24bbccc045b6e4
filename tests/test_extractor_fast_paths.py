"""The extractor's fast paths read as the plain forms they replace (docs/performance.md, 20 MB of text).

Each pattern rewritten to scan faster, each step that skips work, is checked here against its plain form on text
made of the characters it is about.
"""

import re
import unicodedata

from hypothesis import example, given, settings, strategies as st

from tenders.extractor import extract, labels
from tenders.extractor.dates import find_mentions
from tenders.extractor.extract import NOTE_MARK, SECTION_REACH, TOP_SECTION, Reader, copied
from tenders.extractor.normalize import (
    _RUBY,
    _SPACE_IN_NUMBER,
    DAY_WORD,
    SPACED_ROW_MAX,
    TILDES,
    TOKEN_ROWS_MIN,
    _easy,
    easy_japanese,
    line_starts,
    nfkc,
    squeezed,
    token_columns,
)
from tenders.extractor.segments import ITEM_START, Window, pieces_of, segments, sentences


def text_of(*pieces: str, max_size: int = 30):
    return st.lists(st.sampled_from(pieces), max_size=max_size).map("".join)


# the patterns as they were written before they were rewritten for speed
PLAIN_SPACE_IN_NUMBER = re.compile(
    r"(?<=\d)[ \t]+(?=[年日時分])|(?<=\d) +(?=月(?!\t| {2}|\s*$))|(?<=\d月)[ \t]+(?=上旬|中旬|下旬|初旬|末)"
    r"|(?:(?<=[\d元][年月])|(?<=[\d元] [年月]))[ \t]+(?=\d)|(?<=令和|平成|昭和)[ \t]+(?=\d|元)"
    r"|(?<=月\d)[ \t](?=\d\s{0,2}日)"  # 「6月1 1日」: a day's two digits parted by a space
)
PLAIN_RUBY = re.compile(r"(?<=[一-龥々〆ヶ])\([ぁ-ゖー]{1,12}\)")
PLAIN_ITEM_START = re.compile(
    r"(?:(?<=[\s。])|(?<=\)))(?=\(\d{1,2}\)\s?\S|\d{1,2}\.\s?[^\d\s.]|[ア-ン][.)]\s?\S|【|第\d{1,2}(?:章|\s(?!\d))|#{1,6}\s)"
    r"|(?<=.)(?=[▽▼■□◆◇●])|(?<=\s)(?=[・〇○◯◎※]\s?\S)"
)
PLAIN_EASY_TRIGGER = re.compile(r"れいわ|よう[び日]|ごご|ごぜん|\dじ|\d\s[じ]")


@example("月1 1日")
@settings(max_examples=500, deadline=None)
@given(text_of("1", "2", "元", "年", "月", "日", "時", "分", " ", "  ", "\t", "令和", "平成", "上旬", "末", "x", "\n"))
def test_spaces_in_numbers_are_found_where_the_plain_pattern_finds_them(text):
    assert [m.span() for m in _SPACE_IN_NUMBER.finditer(text)] == [m.span() for m in PLAIN_SPACE_IN_NUMBER.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(text_of("漢", "字", "々", "(", ")", "ふ", "り", "ー", "が", "な", " ", "1"))
def test_ruby_is_found_where_the_plain_pattern_finds_it(text):
    assert [m.span() for m in _RUBY.finditer(text)] == [m.span() for m in PLAIN_RUBY.finditer(text)]


@example(")第1 1")  # (an OCR's 「第1 2条」 opens no chapter: a number after the space is no heading's)
@settings(max_examples=500, deadline=None)
@given(text_of("(", ")", "1", "12", ".", " ", "。", "ア", "ン", "【", "第", "#", "▽", "■", "・", "※", "x", "\t", "章"))
def test_items_start_where_the_plain_pattern_cuts(text):
    assert ITEM_START.split(text) == PLAIN_ITEM_START.split(text)


@settings(max_examples=300, deadline=None)
@given(text_of("れいわ", "ようび", "よう日", "よう", "ごご", "ごぜん", "5", "じ", " ", "x", "び"))
def test_easy_japanese_is_read_where_its_words_stand(text):
    assert _easy(text) == bool(PLAIN_EASY_TRIGGER.search(text))
    if not PLAIN_EASY_TRIGGER.search(text):
        assert easy_japanese(text) == text


@settings(max_examples=300, deadline=None)
@given(text_of("。", "a", " ", "b"))
def test_sentences_are_cut_after_each_full_stop(text):
    assert sentences(text) == re.split(r"(?<=。)", text)


@settings(max_examples=300, deadline=None)
@given(text_of("5月12日", " ", ")", "※", "注", "1", "12", "3", "x", "  ", max_size=60))
def test_a_footnote_mark_is_found_in_the_last_characters(text):
    near_the_end = NOTE_MARK.search(text, max(0, len(text) - 40))
    anywhere = NOTE_MARK.search(text)
    assert (near_the_end and near_the_end.span()) == (anywhere and anywhere.span())


def plain_token_columns(lines):
    result = list(lines)
    words = [line.split() if len(line) <= SPACED_ROW_MAX and "|" not in line else [] for line in lines]
    index = 0
    while index < len(lines):
        end = index + 1
        while end < len(lines) and len(words[index]) >= TOKEN_ROWS_MIN and len(words[end]) == len(words[index]):
            end += 1
        block = range(index, end)
        if end - index >= 2 and any(
            all(DAY_WORD.fullmatch(word) for word in words[i][1:]) and sum(w[:1].isdigit() for w in words[i][1:]) >= 3
            for i in block
        ):
            for i in block:
                result[i] = "\t".join(words[i])
        index = end
    return result


WORDS = st.sampled_from(["8月3日", "8月12日(月)", "9月上旬", "-", "項目", "月日", "公告", "|", "2026年8月3日", "x" * 400])
LINES = st.lists(
    st.tuples(st.lists(WORDS, max_size=6), st.sampled_from([" ", "  ", "\t"])).map(lambda t: t[1].join(t[0])),
    max_size=8,
)


@settings(max_examples=500, deadline=None)
@given(LINES)
def test_a_table_on_its_side_is_found_as_the_plain_reading_finds_it(lines):
    assert token_columns(lines) == plain_token_columns(lines)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("（）１２ 　～〜㈱①ｶﾞか\u3099eA\t|\U0001d400"), max_size=30))
def test_a_lines_characters_are_mapped_to_where_they_came_from(line):
    chars, where = [], []
    for position, char in enumerate(line):
        for normal in unicodedata.normalize("NFKC", char).translate(TILDES):
            if not normal.isspace():
                chars.append(normal)
                where.append(position)
    assert squeezed(line) == ("".join(chars), where)


def test_top_sections_are_decided_within_the_characters_looked_at():
    assert re._parser.parse(TOP_SECTION.pattern).getwidth()[1] <= SECTION_REACH


@settings(max_examples=200, deadline=None)
@given(st.lists(text_of("第", "1", "12", " ", "　", "■", "【", "１", "⒈", "ｶﾞ", "x", ".", "日程", max_size=8), max_size=6))
def test_section_heads_are_those_of_the_whole_heads(lines):
    reader = Reader("\n".join(lines))
    plain = [nfkc(line[:80]) for line in reader.original[: len(reader.lines)]]
    assert list(reader.section_heads(chunk=2)) == [head if TOP_SECTION.match(head) else None for head in plain]


def test_a_mention_copied_is_the_mention():
    for mention in find_mentions("令和8年6月1日（月）午後5時から6月3日まで 同日正午"):
        assert vars(copied(mention)) == vars(mention) and copied(mention) is not mention


def test_an_extraction_keeps_nothing_for_the_next():
    notice = "提出期限 令和8年6月10日（水）17時\n質問受付期限 令和8年6月1日"
    first = extract(notice).as_json()
    assert labels.clean_label.cache_info().currsize == 0  # emptied after the extraction
    extract("提出期限 令和9年1月5日\n" * 50)
    assert extract(notice).as_json() == first


def test_pieces_are_cut_as_before_for_short_and_long_lines():
    assert pieces_of("(1) 公告 6月1日 (2) 質問 6月5日") == ("(1) 公告 6月1日 ", "(2) 質問 6月5日")
    assert pieces_of("公告 6月1日") == ("公告 6月1日",)
    long = "質問は6月5日まで。" * 20
    assert pieces_of(long) == tuple(["質問は6月5日まで。"] * 20)


@settings(max_examples=500, deadline=None)
@given(text_of("a", "\n", "\r", "\r\n", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029", "\t", " "))
def test_lines_start_where_splitlines_starts_them(text):
    starts, position = [], 0
    for line in text.splitlines(keepends=True):
        starts.append(position)
        position += len(line)
    assert line_starts(text) == starts


@settings(max_examples=200, deadline=None)
@given(st.lists(text_of("(1) 公告 ", "6月1日", "。", "| 質問 | 6月5日 |", "・", " ", "x" * 50, max_size=12), max_size=40))
def test_the_window_gives_the_segments_and_those_around_each(lines):
    class Small(Window):
        BATCH = 3

    every = segments(lines)
    window = Small(lines)
    seen = []
    for position, segment in window:
        seen.append(segment)
        if position:
            assert window.get(position - 1) == every[position - 1]
        for ahead in range(position + 1, position + 9):
            assert window.get(ahead) == (every[ahead] if ahead < len(every) else None)
    assert seen == every
