"""English notices of Japanese public bodies, round de: a grant call's ruled parts that name only applications, a
「Call opens」 row, a time before a year-first date, 「Japan time」 and 「by 4 PM」 beside an English date, a leader
row's hour on the line under it."""

import datetime as dt

from tenders.extractor.dates import find_mentions
from tenders.extractor.scoring import SHAPES
from tests.extractor_found import steps

_RULE = "-" * 50

_GRANT_CALL = (
    "CITY OF MINAMIHARA - YOUTH EXCHANGE GRANT 2027\n\n"
    f"{_RULE}\n1. Purpose\n{_RULE}\nSmall grants for youth groups visiting our partner town.\n\n"
    f"{_RULE}\n2. Key dates\n{_RULE}\n"
    "  Call opens                      12/04/2027 (Mon)\n"
    "  Full application due            14/05/2027 (Fri) 17:00\n\n"
    f"{_RULE}\n3. Contact\n{_RULE}\nInternational Section, City Hall.\n"
)


def test_a_ruled_part_that_names_only_applications_keeps_its_dates():
    assert steps(_GRANT_CALL) == [
        ("published", dt.date(2027, 4, 12), None, "date"),
        ("submission", dt.date(2027, 5, 14), dt.time(17, 0), "datetime"),
    ]


def test_a_call_opens_row_is_the_publication():
    text = "CALL FOR PARTNERS\n\nSchedule\n- Call opens: Tuesday, 6 April 2027\n- Proposals due: Friday, 7 May 2027\n"
    assert [kind for kind, *_ in steps(text)] == ["published", "submission"]


def test_a_time_before_a_year_first_date_is_its_time():
    text = (
        "NOTICE OF PROCUREMENT\n\n"
        "5. Time-limit for questions: 15:00 (JST), 2027-09-02 (Thu).\n"
        "6. Tenders must arrive until close of business (17:00) on 2027/9/20 (Mon).\n"
    )
    for found in (steps(text), steps(SHAPES["one-line"](text))):
        assert found == [
            ("question", dt.date(2027, 9, 2), dt.time(15, 0), "datetime"),
            ("submission", dt.date(2027, 9, 20), dt.time(17, 0), "datetime"),
        ]


def test_a_range_of_hours_before_a_year_first_date_gives_it_no_time():
    for line, time in (
        ("Paper copies are available 9:00-17:00, 2027-09-10 (Fri).", None),
        ("Tenders must arrive until 17:00 on 2027-09-10 (Fri).", dt.time(17, 0)),
    ):
        assert [(m.date(), m.time) for m in find_mentions(line)] == [(dt.date(2027, 9, 10), time)]


def test_japan_time_between_an_hour_and_its_english_date_and_by_after_it():
    text = (
        "REQUEST FOR EXPRESSIONS OF INTEREST\n\n"
        "Clarification requests: 3rd August, 2027 (Tuesday), by 3 PM\n"
        "Expressions of Interest received after 3 PM Japan time on Friday, 20th August, 2027 will not be considered.\n"
    )
    assert steps(text) == [
        ("question", dt.date(2027, 8, 3), dt.time(15, 0), "datetime"),
        ("application", dt.date(2027, 8, 20), dt.time(15, 0), "datetime"),
    ]


def test_a_leader_rows_hour_on_the_line_under_its_date():
    text = (
        "REQUEST FOR EXPRESSIONS OF INTEREST\n\n"
        "  Last date for clarification requests ........ 3rd August, 2027 (Tuesday),\n"
        "                                                by 3 PM Japan time\n"
        "  Last date for Expressions of Interest ....... Friday, 20th August, 2027,\n"
        "                                                by 3 PM Japan time\n"
        "  Notification of shortlist ................... on or before 3rd September, 2027\n"
    )
    assert steps(text) == [
        ("question", dt.date(2027, 8, 3), dt.time(15, 0), "datetime"),
        ("application", dt.date(2027, 8, 20), dt.time(15, 0), "datetime"),
        ("result", dt.date(2027, 9, 3), None, "date"),
    ]


def test_a_time_after_a_year_first_date_joined_by_at():
    assert [(m.date(), m.time) for m in find_mentions("Tenders will be opened on 2027/9/27 (Mon) at 10:00 in Room B.")] == [
        (dt.date(2027, 9, 27), dt.time(10, 0))
    ]


def test_submitted_through_a_system_is_no_period():
    text = (
        "TENDER NOTICE\n\n"
        "4.1 Tenders shall be submitted through the Bureau's e-bidding system no later than 12:00 on 2027/9/21 (Tue).\n"
    )
    assert steps(text) == [("submission", dt.date(2027, 9, 21), dt.time(12, 0), "datetime")]
