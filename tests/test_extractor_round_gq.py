"""English notices in forms read since round gq: a request for quotation's words, a corrigendum's 「X, originally …, is
hereby changed to …」."""

import datetime as dt

from tests.extractor_found import steps


def test_a_request_for_quotation_names_its_hand_in_and_its_intention_to_quote():
    text = (
        "REQUEST FOR QUOTATION\n\n"
        "Timetable\n"
        "Notice of intention to quote ....... 3 March 2028, 17:00\n"
        "Quotes due ........................ 17 March 2028, 12:00\n"
        "Supplier selection notified ....... late March 2028\n"
    )
    assert steps(text) == [
        ("application", dt.date(2028, 3, 3), dt.time(17, 0), "datetime"),
        ("submission", dt.date(2028, 3, 17), dt.time(12, 0), "datetime"),
        ("result", dt.date(2028, 3, 1), None, "late_month"),
    ]


def test_a_corrigendum_gives_the_new_date_to_the_step_named_before_originally():
    text = (
        "CORRIGENDUM No. 1\n\n"
        "The closing date for the receipt of bids, originally 4:00 p.m. on Monday,\n"
        "6 March 2028, is hereby extended to 4:00 p.m. on Monday, 13 March 2028.\n"
    )
    assert steps(text) == [("submission", dt.date(2028, 3, 13), dt.time(16, 0), "datetime")]


def test_a_corrigendum_run_onto_one_line_drops_the_old_hour_and_weekday_with_the_old_day():
    text = (
        "CORRIGENDUM No. 1     The closing date for the receipt of bids, originally 4:00 p.m. on Monday,     "
        "6 March 2028, is hereby extended to 4:00 p.m. on Monday, 13 March 2028."
    )
    assert steps(text) == [("submission", dt.date(2028, 3, 13), dt.time(16, 0), "datetime")]


def test_a_corrigendum_whose_new_date_opens_the_next_line_gives_it_to_the_step_named_before_originally():
    text = (
        "CORRIGENDUM\n\n"
        "1. The closing date for bids, originally 6 March 2028 at 16:00, is hereby\n"
        "   extended to Monday, 13 March 2028 at 16:00.\n"
        "2. The opening of bids, originally scheduled for 7 March 2028 at 10:00,\n"
        "   will take place on Tuesday, 14 March 2028 at 10:00.\n"
    )
    assert steps(text) == [
        ("submission", dt.date(2028, 3, 13), dt.time(16, 0), "datetime"),
        ("other", dt.date(2028, 3, 14), dt.time(10, 0), "datetime"),
    ]
