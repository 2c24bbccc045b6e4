"""A notice's own definition of 「close of business」 read in capitals and beside its deadlines, round db."""

import datetime as dt

from tenders.extractor.scoring import SHAPES
from tests.extractor_found import steps

_DEFINED_BELOW = (
    "Questions must be received by CLOSE OF BUSINESS on May 20, 2027.\nClose of business means 5:00 p.m. Japan time.\n"
)


def test_a_deadline_at_close_of_business_in_capitals_takes_the_defined_hour():
    for found in (steps(_DEFINED_BELOW), steps(SHAPES["one-line"](_DEFINED_BELOW))):
        assert found == [("question", dt.date(2027, 5, 20), dt.time(17, 0), "datetime")]


def test_the_definition_on_the_deadlines_own_line_still_gives_the_hour():
    text = '"Close of business" means 4:30 p.m. Japan Standard Time. Proposals are due by close of business on June 4, 2027.'
    assert steps(text) == [("submission", dt.date(2027, 6, 4), dt.time(16, 30), "datetime")]
