"""English time ranges whose a.m./p.m. stands only after their end, round da: the start read as a person reads it."""

import datetime as dt

from tenders.extractor.scoring import SHAPES
from tests.extractor_found import steps


def _times(text: str) -> list[set]:
    return [{time for _, _, time, _ in found} for found in (steps(text), steps(SHAPES["one-line"](text)))]


def test_a_range_whose_pm_stands_after_its_end_starts_in_the_afternoon():
    for text in (
        "Pre-bid meeting - June 5, 2027, 2:00-4:00 p.m.",
        "Pre-bid meeting: June 5, 2027, 2:00 – 4:00 PM",
        "Pre-bid meeting: 6/5/2027 (Sat) 2:00-4:00 p.m.",
    ):
        for times in _times(text):
            assert times == {dt.time(14, 0)}, text


def test_a_range_written_with_to_shares_its_end_pm_too():
    for times in _times("Pre-bid meeting: June 5, 2027, 1:30 to 3:00 p.m."):
        assert times == {dt.time(13, 30)}


def test_a_morning_start_stays_in_the_morning_where_the_afternoon_would_come_after_the_end():
    for text, start in (
        ("Pre-bid meeting - June 5, 2027, 10:00-12:00 noon", dt.time(10, 0)),
        ("Pre-bid meeting - June 5, 2027, 11:00 a.m.-1:00 p.m.", dt.time(11, 0)),
        ("Pre-bid meeting - June 5, 2027, 9:00-5:00 p.m.", dt.time(9, 0)),
    ):
        for times in _times(text):
            assert times == {start}, text
