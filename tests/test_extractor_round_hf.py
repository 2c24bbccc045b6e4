"""A hanging indent's run of spaces inside an English time or between a time and its date (a text run onto one line)."""

import datetime as dt

from tenders.extractor.dates import find_mentions
from tenders.extractor.normalize import spaced_columns_as_tabs
from tests.extractor_found import one_line, steps


def _times(line: str) -> list[tuple]:
    return [(m.month, m.day, m.time) for m in find_mentions(line)]


def test_spaces_a_hanging_indent_left_inside_a_time_before_its_date():
    line = "(2) Closing time for written opinions: 4:30     p.m. Monday, November 16, 2026"
    assert _times(line) == [(11, 16, dt.time(16, 30))]
    # (no run of spaces before an undotted 「am」: a word, no time)
    assert _times("Section 3     amendments, Monday, November 16, 2026") == [(11, 16, None)]


def test_a_comment_period_run_onto_one_line_keeps_the_time_the_wrap_cut_before_its_pm():
    text = (
        "NOTICE OF REQUEST FOR COMMENTS ON DRAFT SPECIFICATIONS\n"
        "Date of issue: Monday, October 12, 2026\n"
        "1  Subject: Ocean observation buoy system\n"
        "2  Submission of opinions\n"
        "(1) Closing time for written opinions: 4:30\n"
        "    p.m. Monday, November 16, 2026\n"
        "(2) Method: in writing, free form\n"
    )
    assert (dt.date(2026, 11, 16), dt.time(16, 30)) in [(date, time) for _, date, time, _ in steps(one_line(text))]


def test_a_time_ending_a_cell_and_its_date_opening_the_next_are_no_table_columns():
    source = [
        "(1) Bidders shall be registered      on the list of suppliers of this      University for 2026.",
        "(2) Bidders shall deliver their      certificate of eligibility by 3:00 p.m.      Sep. 21, 2026 (Mon.).",
        "(3) Bidders shall not be subject      to suspension of nomination by      the University.",
    ]
    result = spaced_columns_as_tabs(source, list(source))
    assert "p.m.\tSep." not in result[1]
    assert result[0].count("\t") == 2  # (the rows without a time over its date: still a table's)


def test_a_date_ending_a_cell_with_its_comma_keeps_the_time_opening_the_next_cell():
    source = [
        "Step 1      Register      -> Send Form 1 by e-mail until Monday, 7 June 2027,      5:00 p.m. JST.",
        "Step 2      Questions     -> Send Form 2 by e-mail until Friday, 18 June 2027,      12:00 noon JST.",
        "Step 3      Proposals     -> Deliver the proposal by hand      to the Division.",
    ]
    result = spaced_columns_as_tabs(source, list(source))
    assert result[1].split("\t")[-1] == "-> Send Form 2 by e-mail until Friday, 18 June 2027, 12:00 noon JST."
    assert result[2].count("\t") == 3  # (a row without a date over its time: its cells as they were)
