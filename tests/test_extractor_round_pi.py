"""Notices read as one line (every line break a space): the structure the line breaks carried, read from what
remains of it."""

import datetime as dt

from tests.extractor_found import steps

# a timetable written as a Markdown table without its outer bars, its rule's bars spaced (「--- | --- | ---」)
SPACED_RULE_GRID = (
    "Amendment No. 1\n"
    "\n"
    "Step | Original | Amended\n"
    "--- | --- | ---\n"
    "Clarification requests due | Monday 6 March 2028, 17:00 | Friday 10 March 2028, 17:00\n"
    "Responses to clarifications | Friday 10 March 2028 | Wednesday 15 March 2028\n"
    "Tender submission deadline | Friday 24 March 2028, 12:00 | No change\n"
    "\n"
    "All other terms of the invitation remain unchanged.\n"
)


def test_a_grid_whose_rule_spaces_its_bars_is_read_by_its_rows_on_one_line():
    expected = [
        ("question", dt.date(2028, 3, 10), dt.time(17, 0), "datetime"),
        ("answer", dt.date(2028, 3, 15), None, "date"),
    ]  # (the deadline left as it was is no change of this notice's)
    assert steps(SPACED_RULE_GRID) == expected
    assert steps(SPACED_RULE_GRID.replace("\n", " ")) == expected
