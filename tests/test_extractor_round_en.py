"""Round en's fast paths read as the plain forms they skip (docs/performance.md, 20 MB of text).

Each step that skips work is checked here against the plain form on text made of the characters it is about.
"""

from hypothesis import example, given, settings, strategies as st

from tenders.extractor import labels, normalize
from tenders.extractor.extract import OLD_VERSION_MARK
from tenders.extractor.normalize import _chat_header, gutter_columns


def text_of(*pieces: str, max_size: int = 30):
    return st.lists(st.sampled_from(pieces), max_size=max_size).map("".join)


# the lines of a two-column page read across: the left column's words, the one space between, the right column's
# item (its number in order or not) and words; now and then a line of more spaces, a page's number, a blank line
LEFT = text_of("庁舎清掃業務", "委託", "令和8年", "提出", "(1)", "a", "\u3000", max_size=6)
RIGHT = text_of("提出期限", "説明会", "3月5日", " ", "b", max_size=4)
ITEM = st.sampled_from(["", "1 ", "2 ", "3.", "4.", "(5)", "⑹", "７．", "12 "])
GUTTER_LINE = st.one_of(
    st.tuples(LEFT, ITEM, RIGHT).map(lambda parts: f"{parts[0]} {parts[1]}{parts[2]}"),
    st.sampled_from(["", "－ 5 －", "3/7", "業務 の 概要 について 説明 します"]),
)


# a page of two columns: the left one's lines of unequal width, the right one's items numbered in order
PAGE = [f"庁舎清掃業務委託の提出期限説明{'会議' * (i % 3)} {i + 1}．提出期限" for i in range(10)]


@settings(max_examples=300, deadline=None)
@given(st.lists(GUTTER_LINE, min_size=8, max_size=24))
@example(PAGE)
@example(["業務の概要", "", *PAGE, "－ 5 －", *PAGE[:4]])
def test_gutter_columns_reads_as_without_the_numbered_run_check(lines):
    # (the plain form: every page with a long run of spaced lines has its widths worked out)
    plain = normalize._numbered_run
    try:
        normalize._numbered_run = lambda lines, spaces: True
        expected = gutter_columns(lines)
    finally:
        normalize._numbered_run = plain
    assert gutter_columns(lines) == expected


def test_a_two_column_page_is_still_read_column_by_column():
    lines, origin = gutter_columns(PAGE)
    assert lines[:2] == ["庁舎清掃業務委託の提出期限説明", "庁舎清掃業務委託の提出期限説明会議"]
    assert lines[10] == "1．提出期限" and origin[10] == 0


# a chat's headers (「山田  2027/05/14 10:02」「[2027/05/14 10:02] 山田」) and lines like them
CHAT_LINE = text_of("山田", " ", "  ", "\u3000", "[", "]", "2027/05/14", "10:02", ":", ":00", "(営業)", "\t", "a", max_size=12)


@settings(max_examples=500, deadline=None)
@given(CHAT_LINE)
@example("山田 太郎  2027/05/14 10:02")
@example("  [2027/05/14 10:02:00] 山田 (営業)")
def test_a_chat_header_has_a_colon_or_a_bracket(line):
    # (``chat_form`` looks only at the lines of 50 characters at most with a 「:」 or a 「[」)
    if _chat_header(line):
        assert len(line) <= 50 and (":" in line or "[" in line)


# a correction's mark of the old version (「［訂正前］」「(誤)」「変 更 前」) and lines like it
MARK_LINE = text_of(
    "訂正", "変更", "延期", "前", "後", "誤", "正", "(", ")", "【", "】", "[", "]", " ", "\u3000", "1.", "#", "・", max_size=8
)


@settings(max_examples=500, deadline=None)
@given(MARK_LINE)
@example("【 変 更 前 】")
@example("(1) 誤")
def test_an_old_versions_mark_has_its_letters_on_the_line(line):
    # (``candidates`` looks for the mark only on a line with 「前」 or 「誤」: the label keeps the line's letters)
    if OLD_VERSION_MARK.match(labels.clean_label(line)):
        assert "前" in line or "誤" in line
