"""Text from any source is cleaned of NUL and control characters on the way in."""

from hypothesis import given, strategies as st

from tenders.text.cleaning import clean_line, clean_text

FORBIDDEN = {chr(c) for c in [*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0), 0x2028, 0x2029]}


def test_line_separators_of_every_kind_become_one_newline():
    assert clean_text("a\r\nb\rc\x0bd\x0ce\x1cf\x85g\u2028h\u2029i") == "a\nb\nc\nd\ne\nf\ng\nh\ni"


def test_nul_and_other_controls_are_removed_and_tabs_kept():
    assert clean_text("令和8年\x004月\x1b15日\t16時\x7f\x9b") == "令和8年4月15日\t16時"


def test_a_one_line_value_has_no_break_left():
    assert clean_line("  件名：\u2028BEGIN:VEVENT\x1c\tx \n") == "件名： BEGIN:VEVENT x"


@given(st.text())
def test_cleaned_text_holds_no_forbidden_character(text):
    assert not FORBIDDEN & set(clean_text(text)) - {"\n"}
    assert not (FORBIDDEN | {"\n", "\t"}) & set(clean_line(text))
