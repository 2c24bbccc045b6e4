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


def test_papers_named_by_who_issued_them_are_returned_on_the_date_not_published():
    text = "The tender documents issued by the Bureau must be completed and returned to the Bureau on 30 June 2027."
    for found in (steps(text), steps(SHAPES["one-line"](text))):
        assert found == [("submission", dt.date(2027, 6, 30), None, "date")]


def test_registering_to_join_the_tender_is_the_application_though_a_briefing_is_named_before():
    text = (
        "A briefing will be held on May 10, 2027. "
        "Companies wishing to join the tender must register with the Bureau by May 20, 2027."
    )
    for found in (steps(text), steps(SHAPES["one-line"](text))):
        assert ("application", dt.date(2027, 5, 20), None, "date") in found


def test_a_line_of_a_figure_with_an_ocr_zero_heads_no_dates_below():
    for figure in ("平成3〇年度の実績 3〇,〇〇〇部", "平成30年度の実績 30,000部"):
        text = (
            "市報印刷業務の見積りについて\n\n1 印刷物 市報（月1回発行）\n"
            f"{figure}\n提出期限 令和9年6月30日（水）午後5時\n2 開札日 令和9年7月2日（金）"
        )
        for found in (steps(text), steps(SHAPES["one-line"](text))):
            assert ("submission", dt.date(2027, 6, 30), dt.time(17, 0), "datetime") in found, figure


def test_an_events_time_on_its_own_keyed_line_reads_its_pm_and_shares_its_ends():
    for time_line, start in (
        ("Time: 2:00-4:00 p.m.", dt.time(14, 0)),
        ("Time: 2:00 p.m.", dt.time(14, 0)),
        ("Time: 10:00-12:00 noon", dt.time(10, 0)),
    ):
        found = steps(f"Pre-bid meeting\nDate: June 5, 2027\n{time_line}")
        assert {time for _, _, time, _ in found} == {start}, time_line


def test_a_range_of_hours_before_the_date_starts_the_event_at_its_start():
    for text, start in (
        ("Pre-bid meeting will be held from 1:30 to 3:00 p.m. on Saturday, June 5, 2027.", dt.time(13, 30)),
        ("Pre-bid meeting: 10:00 a.m. - 12:00 noon, Saturday, June 5, 2027", dt.time(10, 0)),
        ("Pre-bid meeting: 9:00 to 5:00 p.m. on June 5, 2027", dt.time(9, 0)),
    ):
        for times in _times(text):
            assert times == {start}, text


def test_a_deadline_written_as_a_range_of_hours_before_its_date_still_closes_at_the_end():
    for times in _times("Application forms will be accepted from 9:00 a.m. to 5:00 p.m. on June 5, 2027."):
        assert times == {dt.time(17, 0)}
